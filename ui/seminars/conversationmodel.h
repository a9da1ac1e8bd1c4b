#pragma once

#include "outboxmarks.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonArray>

#include <vector>

namespace Core {
class ChangeSet;
class LocalStore;
struct Record;
} // namespace Core

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The posts of one seminar thread in reading order: each post followed by
// its replies (depth first, oldest first), with the reply depth in
// DepthRole and author names resolved through the MemberDirectory. A post
// not on the server yet carries its mark in OutboxMarkRole (OutboxMarks,
// optional).
//
// Lazy, for threads of thousands of posts: opening a thread reads only its
// outline (ids, parents, authors, times; one query, no texts); the texts
// come a batch of rows at a time through fetchMore() as the view scrolls.
// A change of posts updates the rows that changed, and new posts are
// inserted where they belong; nothing is read one row at a time.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        AuthorRole = Qt::UserRole + 100, // display name
        CreatedRole,                     // localized date and time
        ParentAuthorRole,                // display name of the post replied to
        BodyRole,                        // the post's text (empty when deleted)
        NewRole,                         // bool: arrived since the reader last read the thread
        AuthorIdRole,                    // the author's member id
        EditedRole,                      // localized time of the last edit (empty: never edited)
        DeletedRole,                     // bool: its author deleted it
        HiddenRole,                      // bool: a facilitator hid it
        HistoryRole, // QStringList: the earlier versions, newest first, "time: text"
        StatusRole,  // the post's state in words: edited, hidden, deleted, files
        FilesRole,   // QJsonArray: the files attached (Core::AttachmentRef)
    };

    static constexpr int BatchSize = 100;

    ConversationModel(Core::LocalStore *store, const MemberDirectory *members,
                      const OutboxMarks *marks, QObject *parent = nullptr);

    void setThread(const QString &threadId);
    // Posts of others updated after `seenThrough` (server time) are new.
    void setNewSince(const QString &seenThrough, const QString &readerId);
    // Who may see hidden posts' text: their authors and, when true, everyone
    // (the seminar's facilitators).
    void setShowsHidden(bool shows);
    QString threadId() const { return m_threadId; }
    void reload();
    void retranslate();
    // The row of the post (fetching up to it), or -1.
    int rowForId(const QString &postId);
    // Posts in the thread (the rows there will be once all are fetched).
    int postCount() const { return int(m_posts.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    struct Post {
        QString id;
        QString parentId;
        QString authorId;
        QString createdAt;
        QString updatedAt;
        QString editedAt;
        bool deleted = false;
        bool hidden = false;
        int depth = 0;
        OutboxMarks::Mark mark = OutboxMarks::Mark::None;
    };
    struct Text {
        QString body;
        QJsonArray history;
        QJsonArray files;
    };

    std::vector<Post> readOutline() const;
    static Text textOf(const Core::Record &post);
    void loadTexts(int from, int to);
    void onRecordsChanged(const Core::ChangeSet &changes);
    void updateMarks();
    bool bodyShown(const Post &post) const;
    QString status(const Post &post) const;
    void fetchUpTo(int row);

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    const OutboxMarks *m_marks;
    QString m_threadId;
    QString m_seenThrough;
    QString m_readerId;
    bool m_showsHidden = false;
    std::vector<Post> m_posts;     // the whole thread's outline, in reading order
    QHash<QString, int> m_rowOfId; // row of each post in m_posts
    QHash<QString, Text> m_texts;  // the texts of the fetched rows
    int m_fetched = 0;             // rows shown so far (rowCount)
};

} // namespace Ui

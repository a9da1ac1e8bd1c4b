#pragma once

#include "outboxmarks.h"

#include <QAbstractListModel>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The posts of one seminar thread in reading order: each post followed by
// its replies (depth first, oldest first), with the reply depth in
// DepthRole and author names resolved through the MemberDirectory. A post
// not on the server yet carries its mark in OutboxMarkRole (OutboxMarks,
// optional). Reloads when posts change while a thread is shown.
class ConversationModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationModel)

public:
    enum Role {
        AuthorRole = Qt::UserRole + 100, // display name
        CreatedRole,                     // localized date and time
        ParentAuthorRole,                // display name of the post replied to
        BodyRole,                        // the post's text
        NewRole,                         // bool: arrived since the reader last read the thread
    };

    ConversationModel(Core::LocalStore *store, const MemberDirectory *members,
                      const OutboxMarks *marks, QObject *parent = nullptr);

    void setThread(const QString &threadId);
    // Posts of others updated after `seenThrough` (server time) are new.
    void setNewSince(const QString &seenThrough, const QString &readerId);
    QString threadId() const { return m_threadId; }
    void reload();
    void retranslate();
    int rowForId(const QString &postId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Post {
        QString id;
        QString parentId;
        QString authorId;
        QString body;
        QString createdAt;
        QString updatedAt;
        int depth = 0;
        OutboxMarks::Mark mark = OutboxMarks::Mark::None;
    };

    void updateMarks();

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    const OutboxMarks *m_marks;
    QString m_threadId;
    QString m_seenThrough;
    QString m_readerId;
    std::vector<Post> m_posts;
};

} // namespace Ui

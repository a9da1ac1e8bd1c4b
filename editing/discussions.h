#pragma once

#include "outboxrepository.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

namespace Core {
class LocalStore;
}

namespace Editing {

class DeskSession;
class EditorSession;

// Taking part in seminars, under the desk's active author: joining a
// seminar, composing posts and replies (an EditorSession per thread whose
// draft is kept as it is typed and never synced), and what became of posts
// the server refused (edit and send again, or drop).
//
// Thread: the thread that owns the store; store and desk are not owned.
class Discussions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Discussions)

public:
    Discussions(Core::LocalStore *store, DeskSession *desk, QObject *parent = nullptr);

    bool isParticipant(const QString &seminarId) const;
    // Joins the seminar as the active author (sent at the next sync).
    Core::Status join(const QString &seminarId);

    // The composer of a post in `threadId` (a reply when the draft's
    // parent_id is set), restored from its draft. Owned by the caller.
    EditorSession *composer(const QString &threadId, QObject *parent) const;
    // Sends the composer's post: writes it under the active author, with its
    // author and time, and drops the draft (one transaction). Returns its id.
    Core::Result<QString> send(EditorSession *composer) const;

    // Editing one's own post: a composer starting from the post's text, or
    // from the draft of an edit not saved yet (kept as typed, never synced).
    EditorSession *postEditor(const QString &postId, QObject *parent) const;
    // Saves the edit: the new text, when it was edited, and the text it
    // replaces kept in the post's history (the latest MaxHistory versions);
    // the draft dropped in the same transaction.
    Core::Status saveEdit(EditorSession *editor) const;
    // Deletes one's own post: its text and history go; the thread shows
    // where it was, and the replies to it stay.
    Core::Status deletePost(const QString &postId) const;
    static QString editDraftKey(const QString &postId);
    static constexpr int MaxHistory = 20;

    // Moderation, by the seminar's facilitators (the server enforces it):
    // a pinned thread is listed first; a closed one takes no new posts; a
    // hidden post is shown to nobody but its author and the facilitators.
    bool mayModerate(const QString &seminarId) const;
    Core::Status setThreadPinned(const QString &threadId, bool pinned) const;
    Core::Status setThreadClosed(const QString &threadId, bool closed) const;
    Core::Status setPostHidden(const QString &postId, bool hidden) const;
    // Removes the thread and its posts (the server deletes them everywhere).
    Core::Status deleteThread(const QString &threadId) const;
    // Closed by a facilitator: posts are refused, except theirs.
    bool isThreadClosed(const QString &threadId) const;
    bool isThreadPinned(const QString &threadId) const;
    QString seminarOfThread(const QString &threadId) const;

    // The composer of a new thread in `seminarId` (its title and first
    // post, fields "title" and "body"), restored from its draft.
    EditorSession *threadComposer(const QString &seminarId, QObject *parent) const;
    // Starts the thread: the thread and its first post in one transaction,
    // the draft dropped with them. Returns the thread's id.
    Core::Result<QString> startThread(EditorSession *composer) const;

    // The active author's posts in `threadId` the server refused.
    QList<Core::OutboxEntry> refusedPosts(const QString &threadId) const;
    // Takes a refused post back into the thread's composer (its text and
    // parent), removing it from the outbox and the replica: to edit it and
    // send it again. Returns the text.
    Core::Result<QString> takeBack(const QString &opId);

    static QString draftKey(const QString &threadId);

    // What is new for the active author: posts of others that arrived after
    // they last read each thread (their own never count).
    // Of `threads` only, when given.
    QHash<QString, int> unreadByThread(const QStringList &threads = {}) const;
    QHash<QString, int> postsByThread(const QStringList &threads = {}) const;
    // The server time up to which `threadId` was read.
    QString seenThrough(const QString &threadId) const;
    // Whose reading it is: the active author.
    QString readerId() const;
    // Everything now in the thread counts as read.
    void markSeen(const QString &threadId);

Q_SIGNALS:
    // The outbox changed: posts may have been sent or refused.
    void postsChanged();
    // Whose reading counts changed (another active author): every thread.
    void readStateChanged();
    // This thread was read (markSeen).
    void threadRead(const QString &threadId);

private:
    Core::Status moderate(QLatin1StringView entity, const QString &id, const QString &seminarId,
                          const QJsonObject &fields) const;

    Core::LocalStore *m_store;
    DeskSession *m_desk;
};

} // namespace Editing

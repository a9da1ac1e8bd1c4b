#pragma once

#include "attachmentlist.h"
#include "result.h"

#include <QWidget>

class QAction;
class QListView;
class QToolButton;

namespace Editing {
class Discussions;
}

namespace Ui {

class ConversationModel;

// One seminar thread as a list of posts (PostDelegate over the lazy
// ConversationModel: a thread of thousands of posts opens at once), with
// what can be done to the selected post, by keyboard, by buttons under the
// list and by its context menu (Shift+F10):
// - Reply (Return on the post): the composer answers it;
// - Edit… (F2) and Delete (Del) one's own post; Earlier versions… of an
//   edited one;
// - for the seminar's facilitators: Hide or show a post, Pin the thread
//   (listed first), Close it to new posts, or Delete it with its posts (the
//   server enforces who may).
// The discussions and the conversation are not owned.
class ThreadView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThreadView)

public:
    ThreadView(Editing::Discussions *discussions, ConversationModel *conversation,
               const FileServices &files, QWidget *parent = nullptr);

    // The thread shown; `canWrite`: the member may reply in it.
    void setThread(const QString &threadId, bool canWrite);
    // Selects the post (fetching the rows up to it) and scrolls to it.
    bool showPost(const QString &postId);
    QListView *list() const { return m_list; }

Q_SIGNALS:
    // Answer this post: the composer takes it as "In reply to".
    void replyRequested(const QString &postId);
    // Something could not be done; the sentence says why.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString currentPostId() const;
    void updateActions();
    void editCurrent();
    void deleteCurrent();
    void deleteThread();
    void showHistory();
    void report(const Core::Status &status);
    void retranslateUi();

    Editing::Discussions *m_discussions;
    ConversationModel *m_conversation;
    QString m_threadId;
    bool m_canWrite = false;
    QListView *m_list;
    AttachmentList *m_files; // the selected post's
    FileServices m_fileServices;
    QAction *m_reply;
    QAction *m_edit;
    QAction *m_delete;
    QAction *m_history;
    QAction *m_hide;
    QAction *m_pin;
    QAction *m_close;
    QAction *m_deleteThread;
    QList<QToolButton *> m_buttons;
};

} // namespace Ui

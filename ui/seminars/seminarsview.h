#pragma once

#include "attachmentlist.h"
#include "masterdetailview.h"

class QLabel;
class QPushButton;
class QModelIndex;
class QSplitter;
class QStackedWidget;
class QTextBrowser;
class QTreeView;

namespace Core {
class LocalStore;
}

namespace Editing {
class Discussions;
class MemberDirectory;
} // namespace Editing

namespace Ui {

class ConversationModel;
using MemberDirectory = Editing::MemberDirectory;
class OutboxMarks;
class PostComposer;
class SeminarModel;
class ThreadView;

// The Seminars page: seminars with dates and status, and their threads, on
// the leading side; the selected thread as a list of posts (ThreadView:
// replies indented under the post they answer, each with its author and
// time; Return answers the selected post) or the selected seminar's
// description. A post not on the server yet says so
// after its time ("Waiting to be sent"). Under a thread, the PostComposer
// writes posts and replies; a seminar the member does not take part in
// offers "Join this seminar" (while it has not closed), one they take part
// in "New thread…". The seminar model,
// store, member directory, marks and discussions are not owned.
class SeminarsView final : public MasterDetailView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeminarsView)

public:
    SeminarsView(Core::LocalStore *store, SeminarModel *model, const MemberDirectory *members,
                 const OutboxMarks *marks, Editing::Discussions *discussions,
                 const FileServices &files, QWidget *parent = nullptr);

    bool showItem(const QString &seminarOrThreadId);
    // Opens the post's thread and scrolls to the post.
    bool showPost(const QString &postId);
    bool selectFirstThread();
    ConversationModel *conversation() const { return m_conversation; }

protected:
    void retranslateUi() override;

private:
    void onCurrentChanged(const QModelIndex &current);
    void showCurrent();
    void showParticipation();
    QString currentSeminarId() const;
    void renderSeminar(const QString &seminarId);

    Core::LocalStore *m_store;
    SeminarModel *m_model;
    const MemberDirectory *m_members;
    ConversationModel *m_conversation;
    QTreeView *m_tree;
    QStackedWidget *m_stack;
    QTextBrowser *m_browser; // a seminar's description, or why there is no thread to show
    ThreadView *m_thread;
    Editing::Discussions *m_discussions;
    PostComposer *m_composer;
    FileServices m_files;
    QLabel *m_joinHint;
    QPushButton *m_joinButton;
    QPushButton *m_newThreadButton;
    QString m_selectedId;
};

} // namespace Ui

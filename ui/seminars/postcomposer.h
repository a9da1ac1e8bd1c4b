#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace Editing {
class Discussions;
class EditorSession;
} // namespace Editing

namespace Ui {

class AttachmentList;
class ConversationModel;
struct FileServices;

// Writing in a seminar thread: "In reply to" (the thread, or the post
// chosen with Reply in the thread), the text with its length against the server's limit, Send
// (Ctrl+Return), and files attached to it (Attach file…, Ctrl+Shift+A),
// uploaded after the post with the next sync. The draft is kept in the replica as it is typed (an
// EditorSession per thread), so closing the app or a power cut loses
// nothing; a post sent offline shows in the thread as waiting to be sent.
// A post the server refused is named above the composer with the reason in
// the member's language and can be taken back into the composer to edit and
// send again, or its text copied.
//
// The discussions and the conversation are not owned.
class PostComposer final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostComposer)

public:
    PostComposer(Editing::Discussions *discussions, ConversationModel *conversation,
                 const FileServices &files, QWidget *parent = nullptr);
    ~PostComposer() override;

    // The thread written in; empty hides the composer.
    void setThread(const QString &threadId);
    // Answers this post (empty: the whole thread); the keyboard goes to the text.
    void replyTo(const QString &postId);

Q_SIGNALS:
    // A post was written to the replica (shown in the thread at once).
    void sent(const QString &postId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void openSession();
    void fillReplyChoices();
    void showLength();
    void showRefused();
    void send();
    void retranslateUi();

    Editing::Discussions *m_discussions;
    ConversationModel *m_conversation;
    QString m_threadId;
    QPointer<Editing::EditorSession> m_session;
    QLabel *m_refused;
    QPushButton *m_takeBackButton;
    QPushButton *m_copyButton;
    QLabel *m_replyLabel;
    QComboBox *m_replyTo;
    QPlainTextEdit *m_editor;
    AttachmentList *m_files;
    QLabel *m_length;
    QLabel *m_error;
    QPushButton *m_sendButton;
    QString m_refusedOpId;
    QString m_refusedText;
};

} // namespace Ui

#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Editing {
class Discussions;
class EditorSession;
} // namespace Editing

namespace Ui {

class AttachmentList;
struct FileServices;

// Edits one's own post: its text with the server's limit said at the
// field. Ctrl+Return or Save writes the edit (the thread then shows the
// post as edited, the earlier text in its history); Escape closes and keeps
// what was typed as a draft for next time; Discard changes forgets it.
// Opened window-modal, never blocking.
class PostEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostEditDialog)

public:
    PostEditDialog(Editing::Discussions *discussions, const QString &postId,
                   const FileServices &files, QWidget *parent = nullptr);
    ~PostEditDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void showErrors();
    void save();
    void retranslateUi();

    Editing::Discussions *m_discussions;
    QPointer<Editing::EditorSession> m_session;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    AttachmentList *m_files;
    QLabel *m_length;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Ui

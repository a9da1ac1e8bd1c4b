#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Editing {
class Discussions;
class EditorSession;
} // namespace Editing

namespace Ui {

class AttachmentList;
struct FileServices;

// Starts a thread in a seminar: its title and first post, each with its
// limit said at the field; Ctrl+Return or Start sends, Escape closes and
// keeps the draft for next time (it is saved as it is typed). Opened
// window-modal, never blocking.
class NewThreadDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewThreadDialog)

public:
    NewThreadDialog(Editing::Discussions *discussions, const QString &seminarId,
                    const FileServices &files, QWidget *parent = nullptr);
    ~NewThreadDialog() override;

Q_SIGNALS:
    // The thread was written to the replica (it goes with the next sync).
    void started(const QString &threadId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void showErrors();
    void start();
    void retranslateUi();

    Editing::Discussions *m_discussions;
    QPointer<Editing::EditorSession> m_session;
    QLabel *m_titleLabel;
    QLineEdit *m_title;
    QLabel *m_bodyLabel;
    QPlainTextEdit *m_body;
    AttachmentList *m_files;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    bool m_tried = false; // errors are shown once Start was pressed
};

} // namespace Ui

#pragma once

#include "deskpassworddialog.h"
#include "desksession.h"

#include <QPointer>
#include <QToolButton>
#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QPushButton;

namespace Ui {

// The team at this desk: who is signed in on this laptop, who is writing
// now, and the ways to change it: add a team member (with their own
// password, checked by the server), write as someone else (their password,
// checked on this computer, no connection needed), sign someone in again
// whose sign-in expired (their changes wait, and say so), take someone off
// the desk. authorButton() is the "Writing as …" button the window keeps in
// its status bar: one click opens the people to switch to; switchAction()
// (Ctrl+Shift+W) opens it from the keyboard. The desk session is not owned.
class DeskPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskPanel)

public:
    explicit DeskPanel(Editing::DeskSession *desk, QWidget *parent = nullptr);

    QToolButton *authorButton() const { return m_authorButton; }
    QAction *switchAction() const { return m_switchAction; }
    // Starts writing as `memberId`: asks for their password when needed.
    void requestSwitch(const QString &memberId);
    void addMember();
    DeskPasswordDialog *openDialog() const { return m_dialog; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    QString currentMemberId() const;
    void signInAgain(const QString &memberId);
    DeskPasswordDialog *newDialog(int mode, const QString &name);

    Editing::DeskSession *m_desk;
    QLabel *m_heading;
    QListWidget *m_people;
    QPushButton *m_switchButton;
    QPushButton *m_addButton;
    QPushButton *m_againButton;
    QPushButton *m_removeButton;
    QToolButton *m_authorButton;
    QMenu *m_authorMenu;
    QAction *m_switchAction;
    QPointer<DeskPasswordDialog> m_dialog;
    QString m_pendingId; // who the open dialog is for
};

} // namespace Ui

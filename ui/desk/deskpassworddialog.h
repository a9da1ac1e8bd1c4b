#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Ui {

// Asks a team member at this desk for their password: to add them to the
// desk (user name and password, checked by the server), to write as them
// (their password, checked on this computer), or to sign them in again.
// While the answer is awaited the inputs are disabled and a progress bar
// moves; a refusal is shown under the password, which stays typed but
// selected. Open it with open(); submitted() carries what was typed.
class DeskPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeskPasswordDialog)

public:
    enum class Mode { AddMember, Switch, SignInAgain };

    DeskPasswordDialog(Mode mode, const QString &name, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode, const QString &explanation = {});
    void setBusy(bool busy);
    void showError(const QString &message);

Q_SIGNALS:
    void submitted(const QString &username, const QString &password);

private:
    void retranslateUi();

    Mode m_mode;
    QString m_name;
    QLabel *m_intro;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_error;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace Ui

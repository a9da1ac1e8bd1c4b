#pragma once

#include "result.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace Sync {
class AccountManager;
class ApiClient;
} // namespace Sync

namespace Ui {

class ActivatePage;
class JoinPage;
class ResetPage;
class ServerPage;

// Everything that comes before a session: the welcome (the community's
// server address, checked), signing in, joining the community, activating
// the new account with its code, and a forgotten password. Signs the member
// in through the AccountManager (the token is then kept in the keychain, so
// "remember me" is implicit); accepts once AccountManager::signedIn()
// arrives. Stays open, with the reason in the user's language at the field
// it is about, when the server refuses or cannot be reached. Busy while the
// server is asked: inputs disabled, a progress bar shown. Open it with
// open(), never exec(). The api and accounts are not owned.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Step { Server, SignIn, Join, Activate, Reset };

    SignInDialog(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent = nullptr);

    // The first run on this computer: starts with the server's address.
    void startWelcome(const QUrl &server);
    void showStep(Step step);
    Step step() const { return m_step; }

    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    // Why the member is asked (an expired session, no keychain); empty: none.
    void setReason(const Core::Error &reason);
    void showError(const Core::Error &error);
    // The message of the sign-in step (an error, or news such as "your
    // account is active"); empty: none.
    QString errorMessage() const;
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // What the sign-in step says when it is not an error of the server.
    enum class Note { None, Activated, PasswordReset, NeedServer, NeedCredentials };

    QWidget *buildSignInPage();
    // The main button of the step shown.
    QPushButton *mainButton() const;
    void submit();
    // The address typed on the sign-in step, set on the api client; false
    // (and said at the field) when it is not an address.
    bool takeServer();
    void onSignInFailed(const Core::Error &error);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error = true);
    void showNote(Note note);
    void retranslateUi();

    Sync::ApiClient *m_api;
    Sync::AccountManager *m_accounts;
    Step m_step = Step::SignIn;
    bool m_busy = false;
    Core::Error m_reason;
    Core::Error m_error;
    Note m_note = Note::None;
    // Who joined in this dialog, and their password: activating the
    // account signs them in without asking again. Forgotten once used.
    QString m_joinedUsername;
    QString m_joinedPassword;

    QStackedWidget *m_stack;
    ServerPage *m_serverPage;
    JoinPage *m_joinPage;
    ActivatePage *m_activatePage;
    ResetPage *m_resetPage;
    QLabel *m_intro = nullptr;
    QLabel *m_serverLabel = nullptr;
    QLineEdit *m_server = nullptr;
    QLabel *m_usernameLabel = nullptr;
    QLineEdit *m_username = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_join = nullptr;
    QPushButton *m_forgot = nullptr;
    QPushButton *m_haveCode = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace Ui

#pragma once

#include "result.h"

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace Sync {
class AccountManager;
class ApiClient;
} // namespace Sync

namespace Ui {

// Asks for the server, username and password and signs the member in
// through the AccountManager (the token is then kept in the keychain, so
// "remember me" is implicit). Stays open, with the reason in the user's
// language, when the server refuses or cannot be reached; accepts once
// AccountManager::signedIn() arrives. Busy while signing in: inputs
// disabled, a progress bar shown. Open it with open(), never exec().
// The api and accounts are not owned.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    SignInDialog(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent = nullptr);

    void setServer(const QUrl &server);
    void setUsername(const QString &username);
    // Why the member is asked (an expired session, no keychain); empty: none.
    void setReason(const Core::Error &reason);
    void showError(const Core::Error &error);
    QString errorMessage() const;
    bool isBusy() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void setBusy(bool busy);
    void showMessage(const QString &text);
    void retranslateUi();

    Sync::ApiClient *m_api;
    Sync::AccountManager *m_accounts;
    bool m_busy = false;
    Core::Error m_reason;
    Core::Error m_error;

    QLabel *m_intro;
    QLabel *m_serverLabel;
    QLineEdit *m_server;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_message;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
};

} // namespace Ui

#pragma once

#include "accountformpage.h"

class QLineEdit;

namespace Ui {

// A forgotten password, in two steps: ask for a reset code (by user name; the
// same answer whether the account exists or not), then enter the code and a
// new password. "I have a code" goes straight to the second step.
class ResetPage final : public AccountFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPage)

public:
    explicit ResetPage(Sync::ApiClient *api, QWidget *parent = nullptr);

    // Starts again at the first step with `username` filled in.
    void start(const QString &username);
    bool hasCodeStep() const { return m_codeStep; }

Q_SIGNALS:
    // The password was changed (every computer of the member is signed out).
    void passwordReset(const QString &username);

private:
    void submit();
    void showCodeStep(bool codeStep);
    void retranslateUi() override;

    bool m_codeStep = false;
    bool m_codeSent = false;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_strength = nullptr;
    QPushButton *m_haveCode;
};

} // namespace Ui

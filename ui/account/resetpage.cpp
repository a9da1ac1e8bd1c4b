#include "resetpage.h"

#include "accounttext.h"
#include "apiclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

using namespace Qt::StringLiterals;

ResetPage::ResetPage(Sync::ApiClient *api, QWidget *parent)
    : AccountFormPage(api, u"resetPage"_s, parent)
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(passwordEdit(u"resetPasswordEdit"_s))
    , m_haveCode(new QPushButton(this))
{
    m_username->setObjectName(u"resetUsernameEdit"_s);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_token->setObjectName(u"resetTokenEdit"_s);
    m_token->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_token->setLayoutDirection(Qt::LeftToRight);
    m_haveCode->setObjectName(u"haveResetCodeButton"_s);
    m_haveCode->setFlat(true);

    m_fields.addRow(m_form, m_usernameLabel, m_username, u"username"_s);
    m_fields.addRow(m_form, m_tokenLabel, m_token, u"token"_s);
    m_strength = addNewPasswordRow(m_passwordLabel, m_password, u"new_password"_s);
    m_form->addRow(QString(), m_haveCode);

    connect(m_primary, &QPushButton::clicked, this, &ResetPage::submit);
    connect(m_haveCode, &QPushButton::clicked, this, [this]() { showCodeStep(true); });
    showCodeStep(false);
    retranslateUi();
}

void ResetPage::start(const QString &username)
{
    m_username->setText(username);
    m_token->clear();
    m_password->clear();
    m_codeSent = false;
    m_fields.clear();
    showFormMessage({});
    showCodeStep(false);
}

void ResetPage::showCodeStep(bool codeStep)
{
    m_codeStep = codeStep;
    m_form->setRowVisible(m_token, codeStep);
    m_form->setRowVisible(m_password, codeStep);
    m_form->setRowVisible(m_strength, codeStep);
    m_form->setRowVisible(m_haveCode, !codeStep);
    retranslateUi();
    (codeStep ? m_token : m_username)->setFocus();
}

void ResetPage::submit()
{
    if (isBusy())
        return;
    m_fields.clear();
    if (!m_codeStep) {
        const QString problem = usernameProblem(m_username->text().trimmed());
        if (!problem.isEmpty()) {
            m_fields.show(u"username"_s, problem);
            return;
        }
        send(m_api->requestReset(m_username->text()), [this](Sync::AccountJob *) {
            m_codeSent = true;
            showCodeStep(true);
        });
        return;
    }
    const QString password = m_password->text();
    if (password.size() < Sync::Protocol::MinPasswordLength ||
        password.size() > Sync::Protocol::MaxPasswordLength) {
        m_fields.show(u"new_password"_s, passwordStrengthText(PasswordStrength::TooShort));
    }
    if (Sync::ApiClient::cleanToken(m_token->text()).isEmpty())
        m_fields.show(u"token"_s, tr("Paste the reset code you received."));
    if (m_fields.hasErrors())
        return;
    send(m_api->resetPassword(m_token->text(), password), [this](Sync::AccountJob *) {
        const QString username = m_username->text().trimmed();
        m_token->clear();
        m_password->clear();
        Q_EMIT passwordReset(username);
    });
}

void ResetPage::retranslateUi()
{
    m_title->setText(tr("Forgotten password"));
    if (!m_codeStep) {
        m_intro->setText(tr("Enter your user name. If your account has an e-mail address, we "
                            "send you a reset code; otherwise the community's administrators "
                            "can give you one."));
        m_primary->setText(tr("&Send me a code"));
    } else {
        m_intro->setText(m_codeSent
                             ? tr("If this account has an e-mail address, a reset code is on its "
                                  "way; it works for %n minute(s). Enter it here with your new "
                                  "password.",
                                  nullptr, Sync::Protocol::ResetCodeLifetimeMinutes)
                             : tr("Enter the reset code you received and your new password."));
        m_primary->setText(tr("Set the &new password"));
    }
    m_usernameLabel->setText(tr("&User name:"));
    m_tokenLabel->setText(tr("Reset &code:"));
    m_passwordLabel->setText(tr("New &password:"));
    m_haveCode->setText(tr("I &have a code"));
}

} // namespace Ui

#pragma once

#include "accountformpage.h"

class QLineEdit;

namespace Ui {

class LanguagePicker;

// Joining the community: name, user name, e-mail (optional), country,
// organisation, languages and a password with a strength hint. Checked here
// first, then by the server; on success the account waits for activation.
class JoinPage final : public AccountFormPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JoinPage)

public:
    explicit JoinPage(Sync::ApiClient *api, QWidget *parent = nullptr);

    void submit();

Q_SIGNALS:
    // The server registered the account; it waits for its activation code
    // (mailed when `emailGiven`).
    void joined(const QString &username, const QString &password, bool emailGiven);

private:
    bool checkFields();
    void retranslateUi() override;

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_countryLabel;
    QLineEdit *m_country;
    QLabel *m_organisationLabel;
    QLineEdit *m_organisation;
    QLabel *m_languagesLabel;
    LanguagePicker *m_languages;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
};

} // namespace Ui

#include "joinpage.h"

#include "accounttext.h"
#include "apiclient.h"
#include "languagepicker.h"
#include "record.h"

#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

using namespace Qt::StringLiterals;

JoinPage::JoinPage(Sync::ApiClient *api, QWidget *parent)
    : AccountFormPage(api, u"joinPage"_s, parent)
    , m_nameLabel(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_emailLabel(new QLabel(this))
    , m_email(new QLineEdit(this))
    , m_countryLabel(new QLabel(this))
    , m_country(new QLineEdit(this))
    , m_organisationLabel(new QLabel(this))
    , m_organisation(new QLineEdit(this))
    , m_languagesLabel(new QLabel(this))
    , m_languages(new LanguagePicker(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(passwordEdit(u"joinPasswordEdit"_s))
{
    m_name->setObjectName(u"joinNameEdit"_s);
    m_username->setObjectName(u"joinUsernameEdit"_s);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText |
                                    Qt::ImhPreferLowercase);
    m_username->setLayoutDirection(Qt::LeftToRight);
    m_email->setObjectName(u"joinEmailEdit"_s);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_email->setLayoutDirection(Qt::LeftToRight);
    m_country->setObjectName(u"joinCountryEdit"_s);
    m_organisation->setObjectName(u"joinOrganisationEdit"_s);
    m_languages->setObjectName(u"joinLanguages"_s);
    m_languages->setMaximumHeight(fontMetrics().height() * 7);

    m_fields.addRow(m_form, m_nameLabel, m_name, u"display_name"_s);
    m_fields.addRow(m_form, m_usernameLabel, m_username, u"username"_s);
    m_fields.addRow(m_form, m_emailLabel, m_email, u"email"_s);
    m_fields.addRow(m_form, m_countryLabel, m_country, u"country"_s);
    m_fields.addRow(m_form, m_organisationLabel, m_organisation, u"organisation"_s);
    m_fields.addRow(m_form, m_languagesLabel, m_languages, u"languages"_s);
    addNewPasswordRow(m_passwordLabel, m_password, u"password"_s);

    connect(m_primary, &QPushButton::clicked, this, &JoinPage::submit);
    retranslateUi();
}

bool JoinPage::checkFields()
{
    m_fields.clear();
    showFormMessage({});
    // Shown from the last field up, so that the first one in error ends
    // with the focus.
    const QString password = m_password->text();
    if (password.size() < Sync::Protocol::MinPasswordLength ||
        password.size() > Sync::Protocol::MaxPasswordLength) {
        m_fields.show(u"password"_s, passwordStrengthText(PasswordStrength::TooShort));
    }
    m_fields.show(u"organisation"_s,
                  lengthProblem(m_organisation->text().trimmed(), Core::MaxOrganisationLength));
    m_fields.show(u"country"_s, lengthProblem(m_country->text().trimmed(), Core::MaxCountryLength));
    m_fields.show(u"email"_s, emailProblem(m_email->text().trimmed()));
    m_fields.show(u"username"_s, usernameProblem(m_username->text().trimmed()));
    const QString name = m_name->text().trimmed();
    m_fields.show(u"display_name"_s, name.isEmpty()
                                         ? fieldErrorText(u"display_name"_s)
                                         : lengthProblem(name, Core::MaxDisplayNameLength));
    return !m_fields.hasErrors();
}

void JoinPage::submit()
{
    if (isBusy() || !checkFields())
        return;
    const QString username = m_username->text().trimmed();
    const QString password = m_password->text();
    const QString email = m_email->text().trimmed();
    QJsonObject fields{{u"username"_s, username},
                       {u"password"_s, password},
                       {u"display_name"_s, m_name->text().trimmed()},
                       {u"country"_s, m_country->text().trimmed()},
                       {u"organisation"_s, m_organisation->text().trimmed()},
                       {u"languages"_s, QJsonArray::fromStringList(m_languages->languages())}};
    if (!email.isEmpty())
        fields.insert(u"email"_s, email);
    send(m_api->registerAccount(fields),
         [this, username, password, emailGiven = !email.isEmpty()](Sync::AccountJob *) {
             Q_EMIT joined(username, password, emailGiven);
         });
}

void JoinPage::retranslateUi()
{
    m_title->setText(tr("Join the community"));
    m_intro->setText(tr("Tell the community who you are. Your name, country, organisation and "
                        "languages are shown to the members you work with; your e-mail address "
                        "is only used to send you codes."));
    m_nameLabel->setText(tr("Your &name:"));
    m_usernameLabel->setText(tr("&User name:"));
    m_username->setPlaceholderText(tr("for example amina.diallo"));
    m_emailLabel->setText(tr("&E-mail (optional):"));
    m_countryLabel->setText(tr("&Country:"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_languagesLabel->setText(tr("&Languages you work in:"));
    m_languages->setAccessibleName(tr("Languages you work in"));
    m_passwordLabel->setText(tr("&Password:"));
    m_primary->setText(tr("&Join"));
}

} // namespace Ui

#include "passwordchangepage.h"

#include "accounttext.h"
#include "apiclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

using namespace Qt::StringLiterals;

PasswordChangePage::PasswordChangePage(Sync::ApiClient *api, QWidget *parent)
    : AccountFormPage(api, u"passwordPage"_s, parent)
    , m_currentLabel(new QLabel(this))
    , m_current(passwordEdit(u"currentPasswordEdit"_s))
    , m_newLabel(new QLabel(this))
    , m_new(passwordEdit(u"newPasswordEdit"_s))
{
    m_back->hide(); // a section of the account tab, not a step
    m_primary->setDefault(false);
    m_fields.addRow(m_form, m_currentLabel, m_current, u"current_password"_s);
    addNewPasswordRow(m_newLabel, m_new, u"new_password"_s);
    connect(m_primary, &QPushButton::clicked, this, &PasswordChangePage::submit);
    retranslateUi();
}

void PasswordChangePage::submit()
{
    if (isBusy())
        return;
    m_fields.clear();
    m_changed = false;
    showFormMessage({});
    const QString next = m_new->text();
    if (next.size() < Sync::Protocol::MinPasswordLength ||
        next.size() > Sync::Protocol::MaxPasswordLength) {
        m_fields.show(u"new_password"_s, passwordStrengthText(PasswordStrength::TooShort));
    }
    if (m_current->text().isEmpty())
        m_fields.show(u"current_password"_s, tr("Enter your current password."));
    if (m_fields.hasErrors())
        return;
    send(m_api->changePassword(m_current->text(), next), [this](Sync::AccountJob *) {
        m_current->clear();
        m_new->clear();
        m_changed = true;
        retranslateUi();
        Q_EMIT passwordChanged();
    });
}

void PasswordChangePage::retranslateUi()
{
    m_title->setText(tr("Password"));
    m_intro->setText(tr("Changing your password needs a connection. Your other computers are "
                        "then signed out; this one stays signed in."));
    m_currentLabel->setText(tr("C&urrent password:"));
    m_newLabel->setText(tr("&New password:"));
    m_primary->setText(tr("&Change password"));
    if (m_changed)
        showFormMessage(tr("Your password has been changed."), false);
}

} // namespace Ui

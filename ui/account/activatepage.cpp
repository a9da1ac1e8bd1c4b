#include "activatepage.h"

#include "apiclient.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Ui {

using namespace Qt::StringLiterals;

ActivatePage::ActivatePage(Sync::ApiClient *api, QWidget *parent)
    : AccountFormPage(api, u"activatePage"_s, parent)
    , m_tokenLabel(new QLabel(this))
    , m_token(new QLineEdit(this))
{
    m_token->setObjectName(u"activationTokenEdit"_s);
    m_token->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_token->setLayoutDirection(Qt::LeftToRight);
    m_fields.addRow(m_form, m_tokenLabel, m_token, u"token"_s);
    connect(m_primary, &QPushButton::clicked, this, &ActivatePage::submit);
    retranslateUi();
}

void ActivatePage::setJoined(const QString &username, bool emailGiven)
{
    m_joined = username;
    m_emailGiven = emailGiven;
    m_token->clear();
    m_fields.clear();
    showFormMessage({});
    retranslateUi();
}

void ActivatePage::submit()
{
    if (isBusy())
        return;
    m_fields.clear();
    if (Sync::ApiClient::cleanToken(m_token->text()).isEmpty()) {
        m_fields.show(u"token"_s, tr("Paste the activation code you received."));
        return;
    }
    send(m_api->activate(m_token->text()), [this](Sync::AccountJob *job) {
        Q_EMIT activated(job->answer().value("username"_L1).toString());
    });
}

void ActivatePage::retranslateUi()
{
    m_title->setText(tr("Activate your account"));
    if (m_joined.isEmpty()) {
        m_intro->setText(tr("Enter the activation code you received by e-mail or from the "
                            "community's administrators."));
    } else if (m_emailGiven) {
        m_intro->setText(tr("Welcome, %1! We have sent an activation code to your e-mail "
                            "address. Paste it here to activate your account. If it does not "
                            "arrive, the community's administrators can give you one.")
                             .arg(m_joined));
    } else {
        m_intro->setText(tr("Welcome, %1! Ask the community's administrators for your "
                            "activation code, then paste it here to activate your account.")
                             .arg(m_joined));
    }
    m_tokenLabel->setText(tr("Activation &code:"));
    m_primary->setText(tr("&Activate"));
}

} // namespace Ui

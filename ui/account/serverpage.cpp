#include "serverpage.h"

#include "accountformpage.h"
#include "accountmanager.h"
#include "apiclient.h"
#include "errortext.h"
#include "protocol.h"

#include <QCryptographicHash>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

// "AB:CD:…", the SHA-256 fingerprint as administrators read it out.
QString fingerprint(const QSslCertificate &certificate)
{
    const QByteArray hex = certificate.digest(QCryptographicHash::Sha256).toHex().toUpper();
    QStringList pairs;
    for (qsizetype i = 0; i < hex.size(); i += 2)
        pairs << QString::fromLatin1(hex.mid(i, 2));
    return pairs.join(u':');
}

} // namespace

ServerPage::ServerPage(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_accounts(accounts)
    , m_title(new QLabel(this))
    , m_intro(new QLabel(this))
    , m_addressLabel(new QLabel(this))
    , m_address(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_fingerprint(new QLabel(this))
    , m_trust(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_continue(new QPushButton(this))
{
    setObjectName(u"serverPage"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    styleAsTitle(m_title, 1.4);
    layout->addWidget(m_title);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    m_address->setObjectName(u"welcomeServerEdit"_s);
    m_address->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_address->setLayoutDirection(Qt::LeftToRight); // an address reads left to right
    m_addressLabel->setBuddy(m_address);
    form->addRow(m_addressLabel, m_address);
    layout->addLayout(form);

    setUpFormMessage(m_message, u"serverMessage"_s);
    styleAsError(m_message);
    layout->addWidget(m_message);

    m_fingerprint->setObjectName(u"certificateFingerprint"_s);
    m_fingerprint->setWordWrap(true);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);
    m_fingerprint->setLayoutDirection(Qt::LeftToRight);
    QFont mono = m_fingerprint->font();
    mono.setFamily(u"monospace"_s);
    mono.setStyleHint(QFont::Monospace);
    m_fingerprint->setFont(mono);
    m_fingerprint->hide();
    layout->addWidget(m_fingerprint);
    m_trust->setObjectName(u"trustCertificateButton"_s);
    m_trust->hide();
    layout->addWidget(m_trust, 0, Qt::AlignLeading);

    setUpBusyBar(m_progress);
    layout->addWidget(m_progress);
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_continue->setObjectName(u"serverContinueButton"_s);
    m_continue->setDefault(true);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);

    connect(m_continue, &QPushButton::clicked, this, &ServerPage::check);
    connect(m_trust, &QPushButton::clicked, this, &ServerPage::trust);
    connect(m_address, &QLineEdit::textEdited, this, [this]() {
        // Another address: what was said about the last one no longer holds.
        m_certificate = QSslCertificate();
        m_fingerprint->hide();
        m_trust->hide();
    });
    retranslateUi();
}

void ServerPage::setServer(const QUrl &server)
{
    m_address->setText(server.toDisplayString(QUrl::RemoveUserInfo));
}

QString ServerPage::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ServerPage::check()
{
    if (m_job)
        return;
    const QString typed = m_address->text().trimmed();
    const QUrl url = QUrl::fromUserInput(typed);
    m_certificate = QSslCertificate();
    m_serverProtocol = 0;
    m_fingerprint->hide();
    m_trust->hide();
    if (typed.isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https")) {
        showMessage(tr("Enter the server address, for example https://leadernet.example.org."));
        m_address->setFocus();
        return;
    }
    showMessage({});
    m_api->setServer(url);
    m_job = m_api->health();
    connect(m_job, &Sync::ApiJob::finished, this, &ServerPage::onChecked);
    setBusy(true);
    m_job->start();
}

void ServerPage::onChecked()
{
    Sync::HealthJob *job = m_job;
    m_job = nullptr;
    setBusy(false);
    if (!job)
        return;
    const Core::Status &status = job->status();
    if (status && job->health().protocol == Sync::Protocol::Version) {
        m_accounts->rememberServer(m_api->server());
        Q_EMIT serverReady(m_api->server());
        return;
    }
    if (status)
        m_serverProtocol = job->health().protocol;
    else if (status.error().code == ErrorCode::VersionMismatch)
        m_serverProtocol = -1; // another version, the server did not say which
    else if (status.error().code == ErrorCode::UntrustedCertificate)
        m_certificate = job->untrustedCertificate();
    retranslateUi();
    if (!status && status.error().code != ErrorCode::UntrustedCertificate &&
        status.error().code != ErrorCode::VersionMismatch) {
        showMessage(status.error().code == ErrorCode::Network
                        ? tr("No server answers at this address. Check the address and the "
                             "connection, then try again.")
                        : tr("This address answers, but not as a LeaderNet server. It may be "
                             "another website, or a network's sign-in page (in a hotel or an "
                             "office): check the address, or sign in to the network in a web "
                             "browser first."));
    }
    m_address->setFocus();
}

void ServerPage::trust()
{
    if (m_certificate.isNull())
        return;
    if (Core::Status s = m_accounts->trustCertificate(m_certificate); !s) {
        showMessage(errorText(s.error()));
        return;
    }
    check();
}

void ServerPage::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_address->setAccessibleDescription(text);
}

void ServerPage::setBusy(bool busy)
{
    m_address->setEnabled(!busy);
    m_continue->setEnabled(!busy);
    m_progress->setVisible(busy);
    showMessage(busy ? tr("Checking the server…") : QString());
}

void ServerPage::retranslateUi()
{
    m_title->setText(tr("Welcome to LeaderNet"));
    m_intro->setText(tr("LeaderNet keeps your courses, seminars and your team's action plan on "
                        "this computer, and brings them up to date whenever there is a "
                        "connection. To begin, enter the address of your community's server: "
                        "your program's administrators can give it to you."));
    m_addressLabel->setText(tr("Server &address:"));
    m_continue->setText(tr("&Continue"));
    m_trust->setText(tr("&Trust this certificate"));
    m_progress->setAccessibleName(tr("Checking the server"));
    if (!m_certificate.isNull()) {
        showMessage(tr("This server's certificate is not signed by an authority this computer "
                       "trusts. If your administrators use a certificate of their own, compare "
                       "its fingerprint with the one they gave you. Trust it only if they "
                       "match."));
        m_fingerprint->setText(tr("SHA-256 fingerprint: %1").arg(fingerprint(m_certificate)));
        m_fingerprint->setAccessibleName(tr("Certificate fingerprint"));
        m_fingerprint->show();
        m_trust->show();
    } else if (m_serverProtocol > Sync::Protocol::Version) {
        showMessage(tr("This server is newer than this version of LeaderNet. Install the latest "
                       "version of the app, then try again."));
    } else if (m_serverProtocol > 0) {
        showMessage(tr("This server runs an older version of LeaderNet than this app. Ask the "
                       "community's administrators to update it."));
    } else if (m_serverProtocol < 0) {
        showMessage(tr("This server works with another version of LeaderNet than this app. "
                       "Install the latest version of the app; if you have it already, ask the "
                       "community's administrators to update the server."));
    }
}

void ServerPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui

#include "signindialog.h"

#include "accountmanager.h"
#include "apiclient.h"
#include "errortext.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

SignInDialog::SignInDialog(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_accounts(accounts)
    , m_intro(new QLabel(this))
    , m_serverLabel(new QLabel(this))
    , m_server(new QLineEdit(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_username->setObjectName(u"usernameEdit"_s);
    m_username->setInputMethodHints(Qt::ImhNoAutoUppercase | Qt::ImhNoPredictiveText);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_serverLabel->setBuddy(m_server);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);

    m_message->setObjectName(u"signInMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Sign-in message"));
    QPalette errorPalette = m_message->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_message->setPalette(errorPalette);
    m_message->hide();
    layout->addWidget(m_message);

    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(8);
    m_progress->hide();
    layout->addWidget(m_progress);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    setTabOrder(m_server, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_accounts, &Sync::AccountManager::signedIn, this, [this]() {
        if (!m_busy)
            return;
        setBusy(false);
        m_password->clear();
        accept();
    });
    connect(m_accounts, &Sync::AccountManager::signInFailed, this,
            [this](const Core::Error &error) {
                if (!m_busy)
                    return;
                setBusy(false);
                showError(error);
            });
    retranslateUi();
}

void SignInDialog::setServer(const QUrl &server)
{
    m_server->setText(server.toDisplayString(QUrl::RemoveUserInfo));
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setReason(const Core::Error &reason)
{
    m_reason = reason;
    retranslateUi();
}

void SignInDialog::showError(const Core::Error &error)
{
    m_error = error;
    showMessage(errorText(error));
    if (error.code == Core::ErrorCode::Unauthorized) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

QString SignInDialog::errorMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https")) {
        m_error = {};
        showMessage(tr("Enter the server address, for example https://leadernet.example.org."));
        m_server->setFocus();
        return;
    }
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        m_error = {};
        showMessage(tr("Enter your username and password."));
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    m_error = {};
    showMessage({});
    m_api->setServer(url);
    setBusy(true);
    m_accounts->signIn(m_username->text().trimmed(), m_password->text());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_server->setEnabled(!busy);
    m_username->setEnabled(!busy);
    m_password->setEnabled(!busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_progress->setVisible(busy);
    if (busy)
        showMessage(tr("Signing in…"));
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to LeaderNet"));
    QString intro = tr("Sign in with your LeaderNet account. You stay signed in on this "
                       "computer until you sign out.");
    if (m_reason.code == Core::ErrorCode::Unauthorized)
        intro = tr("Your session has ended. Sign in again to sync.");
    else if (m_reason.code == Core::ErrorCode::NoSecretService)
        intro = tr("This computer could not keep your password last time. Sign in again to "
                   "sync.");
    m_intro->setText(intro);
    m_serverLabel->setText(tr("&Server:"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_progress->setAccessibleName(tr("Signing in"));
    if (m_busy)
        showMessage(tr("Signing in…"));
    else if (m_error.code != Core::ErrorCode::None)
        showMessage(errorText(m_error));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ui

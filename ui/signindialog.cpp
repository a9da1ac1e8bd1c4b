#include "signindialog.h"

#include "accountformpage.h"
#include "accountmanager.h"
#include "activatepage.h"
#include "apiclient.h"
#include "errortext.h"
#include "joinpage.h"
#include "resetpage.h"
#include "serverpage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

SignInDialog::SignInDialog(Sync::ApiClient *api, Sync::AccountManager *accounts, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_accounts(accounts)
    , m_stack(new QStackedWidget(this))
    , m_serverPage(new ServerPage(api, accounts, this))
    , m_joinPage(new JoinPage(api, this))
    , m_activatePage(new ActivatePage(api, this))
    , m_resetPage(new ResetPage(api, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"signInDialog"_s);
    setMinimumWidth(480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 16);
    layout->setSpacing(12);
    // In the order of Step.
    m_stack->addWidget(m_serverPage);
    m_stack->addWidget(buildSignInPage());
    m_stack->addWidget(m_joinPage);
    m_stack->addWidget(m_activatePage);
    m_stack->addWidget(m_resetPage);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_serverPage, &ServerPage::serverReady, this, [this](const QUrl &server) {
        setServer(server);
        showStep(Step::SignIn);
    });
    connect(m_join, &QPushButton::clicked, this, [this]() {
        if (takeServer())
            showStep(Step::Join);
    });
    connect(m_haveCode, &QPushButton::clicked, this, [this]() {
        if (!takeServer())
            return;
        m_activatePage->setJoined({}, false);
        showStep(Step::Activate);
    });
    connect(m_forgot, &QPushButton::clicked, this, [this]() {
        if (!takeServer())
            return;
        m_resetPage->start(m_username->text().trimmed());
        showStep(Step::Reset);
    });
    connect(m_joinPage, &JoinPage::joined, this,
            [this](const QString &username, const QString &password, bool emailGiven) {
                m_joinedUsername = username;
                m_joinedPassword = password;
                m_activatePage->setJoined(username, emailGiven);
                showStep(Step::Activate);
            });
    connect(m_activatePage, &ActivatePage::activated, this, [this](const QString &username) {
        const bool joinedHere = !m_joinedPassword.isEmpty() && username == m_joinedUsername;
        const QString password = joinedHere ? m_joinedPassword : QString();
        m_joinedPassword.clear();
        showStep(Step::SignIn);
        setUsername(username);
        showNote(Note::Activated);
        if (joinedHere) {
            m_password->setText(password);
            submit();
        }
    });
    connect(m_resetPage, &ResetPage::passwordReset, this, [this](const QString &username) {
        showStep(Step::SignIn);
        setUsername(username);
        showNote(Note::PasswordReset);
    });
    for (AccountFormPage *page : {static_cast<AccountFormPage *>(m_joinPage),
                                  static_cast<AccountFormPage *>(m_activatePage),
                                  static_cast<AccountFormPage *>(m_resetPage)}) {
        connect(page, &AccountFormPage::backRequested, this, [this]() { showStep(Step::SignIn); });
    }
    connect(m_accounts, &Sync::AccountManager::signedIn, this, [this]() {
        if (!m_busy)
            return;
        setBusy(false);
        m_password->clear();
        accept();
    });
    connect(m_accounts, &Sync::AccountManager::signInFailed, this, &SignInDialog::onSignInFailed);
    showStep(Step::SignIn);
    retranslateUi();
}

QWidget *SignInDialog::buildSignInPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(u"signInPage"_s);
    m_intro = new QLabel(page);
    m_serverLabel = new QLabel(page);
    m_server = new QLineEdit(page);
    m_usernameLabel = new QLabel(page);
    m_username = new QLineEdit(page);
    m_passwordLabel = new QLabel(page);
    m_password = new QLineEdit(page);
    m_message = new QLabel(page);
    m_progress = new QProgressBar(page);
    m_join = new QPushButton(page);
    m_forgot = new QPushButton(page);
    m_haveCode = new QPushButton(page);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    m_server->setObjectName(u"serverEdit"_s);
    m_server->setInputMethodHints(Qt::ImhUrlCharactersOnly | Qt::ImhNoAutoUppercase);
    m_server->setLayoutDirection(Qt::LeftToRight);
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

    setUpFormMessage(m_message, u"signInMessage"_s);
    layout->addWidget(m_message);

    setUpBusyBar(m_progress);
    layout->addWidget(m_progress);

    // The ways in for someone without a password to type.
    auto *links = new QHBoxLayout;
    m_join->setObjectName(u"joinButton"_s);
    m_forgot->setObjectName(u"forgotPasswordButton"_s);
    m_haveCode->setObjectName(u"activationButton"_s);
    for (QPushButton *b : {m_join, m_forgot, m_haveCode}) {
        b->setAutoDefault(true); // Return on the focused link follows it
        b->setFlat(true);
        links->addWidget(b);
    }
    links->addStretch(1);
    layout->addLayout(links);
    layout->addStretch(1);

    QWidget::setTabOrder(m_server, m_username);
    QWidget::setTabOrder(m_username, m_password);
    return page;
}

void SignInDialog::startWelcome(const QUrl &server)
{
    m_serverPage->setServer(server);
    showStep(Step::Server);
}

void SignInDialog::showStep(Step step)
{
    m_step = step;
    m_stack->setCurrentIndex(int(step));
    m_buttons->button(QDialogButtonBox::Ok)->setVisible(step == Step::SignIn);
    // Drawn as the default; Return presses it (keyPressEvent).
    mainButton()->setDefault(true);
    // The step's first field takes the focus.
    if (step == Step::SignIn) {
        (m_username->text().isEmpty() ? m_username : m_password)->setFocus();
    } else if (auto *field = m_stack->currentWidget()->findChild<QLineEdit *>()) {
        field->setFocus();
    }
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
    m_note = Note::None;
    showMessage(errorText(error));
    if (error.code == ErrorCode::Unauthorized) {
        m_password->setFocus();
        m_password->selectAll();
    }
}

void SignInDialog::onSignInFailed(const Core::Error &error)
{
    if (!m_busy)
        return;
    setBusy(false);
    // Nothing LeaderNet answers at the address, or one that cannot be
    // trusted: the welcome step says what is wrong with it, and offers to
    // trust a certificate.
    if (error.code == ErrorCode::UntrustedCertificate || error.code == ErrorCode::Protocol ||
        error.code == ErrorCode::VersionMismatch || error.code == ErrorCode::NotFound) {
        m_serverPage->setServer(m_api->server());
        showStep(Step::Server);
        m_serverPage->check();
        return;
    }
    showError(error);
}

QString SignInDialog::errorMessage() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    if (error)
        styleAsError(m_message);
    else
        m_message->setPalette(palette());
}

void SignInDialog::showNote(Note note)
{
    m_note = note;
    m_error = {};
    retranslateUi();
}

bool SignInDialog::takeServer()
{
    const QUrl url = QUrl::fromUserInput(m_server->text().trimmed());
    if (m_server->text().trimmed().isEmpty() || !url.isValid() || url.host().isEmpty() ||
        (url.scheme() != u"http" && url.scheme() != u"https")) {
        showNote(Note::NeedServer);
        m_server->setFocus();
        return false;
    }
    m_api->setServer(url);
    return true;
}

void SignInDialog::submit()
{
    if (m_busy || m_step != Step::SignIn)
        return;
    if (!takeServer())
        return;
    if (m_username->text().trimmed().isEmpty() || m_password->text().isEmpty()) {
        showNote(Note::NeedCredentials);
        (m_username->text().trimmed().isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    m_error = {};
    m_note = Note::None;
    setBusy(true);
    m_accounts->signIn(m_username->text().trimmed(), m_password->text());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *w : {static_cast<QWidget *>(m_server), static_cast<QWidget *>(m_username),
                       static_cast<QWidget *>(m_password), static_cast<QWidget *>(m_join),
                       static_cast<QWidget *>(m_forgot), static_cast<QWidget *>(m_haveCode),
                       static_cast<QWidget *>(m_buttons->button(QDialogButtonBox::Ok))}) {
        w->setEnabled(!busy);
    }
    m_progress->setVisible(busy);
    retranslateUi();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(m_step == Step::Server ? tr("Welcome to LeaderNet")
                                          : tr("Sign in to LeaderNet"));
    QString intro = tr("Sign in with your LeaderNet account. You stay signed in on this "
                       "computer until you sign out. New to the community? Join it here.");
    if (m_reason.code == ErrorCode::Unauthorized)
        intro = tr("Your session has ended. Sign in again to sync.");
    else if (m_reason.code == ErrorCode::NoSecretService)
        intro = tr("This computer could not keep your password last time. Sign in again to "
                   "sync.");
    m_intro->setText(intro);
    m_serverLabel->setText(tr("&Server:"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_join->setText(tr("&Join the community…"));
    m_forgot->setText(tr("&Forgot your password?"));
    m_haveCode->setText(tr("I have an acti&vation code"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign &in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    m_progress->setAccessibleName(tr("Signing in"));
    if (m_busy)
        showMessage(tr("Signing in…"), false);
    else if (m_error.code != ErrorCode::None)
        showMessage(errorText(m_error));
    else if (m_note == Note::Activated)
        showMessage(tr("Your account is active. Welcome to the community!"), false);
    else if (m_note == Note::PasswordReset)
        showMessage(tr("Your password has been changed, and every computer that was signed in "
                       "with the old one has been signed out. Sign in with the new password."),
                    false);
    else if (m_note == Note::NeedServer)
        showMessage(tr("Enter the server address, for example https://leadernet.example.org."));
    else if (m_note == Note::NeedCredentials)
        showMessage(tr("Enter your username and password."));
    else
        showMessage({});
    m_message->setAccessibleName(tr("Sign-in message"));
}

QPushButton *SignInDialog::mainButton() const
{
    switch (m_step) {
    case Step::Server:
        return m_serverPage->continueButton();
    case Step::SignIn:
        return m_buttons->button(QDialogButtonBox::Ok);
    case Step::Join:
        return m_joinPage->primaryButton();
    case Step::Activate:
        return m_activatePage->primaryButton();
    case Step::Reset:
        return m_resetPage->primaryButton();
    }
    return nullptr;
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    // Return presses the main button of the step shown, whichever button
    // the dialog last took as its default (those of the other steps are
    // only hidden). A focused button takes Return itself.
    const bool plain =
        event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && plain) {
        if (QPushButton *button = mainButton(); button && button->isEnabled())
            button->click();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace Ui

#include "sessioncontroller.h"

#include "apiclient.h"
#include "desksession.h"
#include "mainwindow.h"
#include "signindialog.h"
#include "syncengine.h"
#include "syncstatuswidget.h"
#include "uilogging.h"

namespace Ui {

SessionController::SessionController(const AppServices &services, MainWindow *window,
                                     QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_window(window)
{
    Sync::AccountManager *accounts = services.accounts;
    Editing::DeskSession *desk = services.desk;
    connect(window, &MainWindow::signInRequested, this, [this]() { showSignIn(); });
    connect(desk, &Editing::DeskSession::ready, this, &SessionController::onSignedIn);
    connect(desk, &Editing::DeskSession::passwordNeeded, this,
            [this](const QString &username, const Core::Error &reason) {
                if (m_interactive)
                    showSignIn(username, reason);
                else
                    giveUp(reason);
            });
    connect(desk, &Editing::DeskSession::signInFailed, this, [this](const Core::Error &error) {
        if (!m_directSignIn)
            return; // the dialog shows its own failures
        m_directSignIn = false;
        if (error.code == Core::ErrorCode::Network) {
            // Keep working from the replica; sign in later from the Sync page.
            m_window->syncStatus()->showFailure(error);
            giveUp(error);
            return;
        }
        if (m_interactive) {
            showSignIn(m_services.accounts->rememberedAccount().username);
            m_dialog->showError(error);
        } else {
            giveUp(error);
        }
    });
    connect(accounts, &Sync::AccountManager::signedOut, this, [this]() {
        if (m_interactive)
            showSignIn(m_services.accounts->rememberedAccount().username);
    });
    connect(services.engine, &Sync::SyncEngine::finished, this, &SessionController::onSyncFinished);
}

void SessionController::start(const QString &username, const QString &password)
{
    m_directSignIn = !username.isEmpty() && !password.isEmpty();
    m_services.desk->start(m_directSignIn ? username : QString(), password);
}

void SessionController::showSignIn(const QString &username, const Core::Error &reason)
{
    if (!m_dialog) {
        m_dialog = new SignInDialog(m_services.api, m_services.accounts, m_window);
        m_dialog->setAttribute(Qt::WA_DeleteOnClose);
        m_dialog->setWindowModality(Qt::WindowModal);
    }
    QUrl server = m_services.api->server();
    if (server.isEmpty())
        server = m_services.accounts->rememberedAccount().server;
    m_dialog->setServer(server);
    m_dialog->setUsername(username);
    m_dialog->setReason(reason);
    // Nobody has used this computer with LeaderNet yet, and no server was
    // named: the welcome asks for the community's address first.
    if (server.isEmpty() && !m_services.accounts->rememberedAccount().isValid())
        m_dialog->startWelcome(m_services.accounts->lastServer());
    m_dialog->open();
}

void SessionController::onSignedIn()
{
    // The desk session starts the sync that follows a sign-in.
    m_directSignIn = false;
    qCInfo(lcUi) << "signed in; the sync starts";
}

void SessionController::onSyncFinished(bool ok)
{
    if (!m_firstSyncReported) {
        m_firstSyncReported = true;
        Q_EMIT firstSyncDone(ok);
    }
    const Core::Error &error = m_services.engine->lastError();
    if (!ok && error.code == Core::ErrorCode::Unauthorized && m_interactive &&
        m_services.accounts->isSignedIn()) {
        // The token expired or was revoked: ask for the password again.
        showSignIn(m_services.accounts->current().username, error);
    }
}

void SessionController::giveUp(const Core::Error &error)
{
    qCInfo(lcUi) << "no sign-in:" << int(error.code) << error.detail;
    if (!m_firstSyncReported) {
        m_firstSyncReported = true;
        Q_EMIT firstSyncDone(false);
    }
}

} // namespace Ui

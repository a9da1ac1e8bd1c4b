#include "sessioncontroller.h"

#include "apiclient.h"
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
    connect(accounts, &Sync::AccountManager::signedIn, this, &SessionController::onSignedIn);
    connect(accounts, &Sync::AccountManager::passwordNeeded, this,
            [this](const QString &username, const Core::Error &reason) {
                if (m_interactive)
                    showSignIn(username, reason);
                else
                    giveUp(reason);
            });
    connect(accounts, &Sync::AccountManager::signInFailed, this, [this](const Core::Error &error) {
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
    if (!username.isEmpty() && !password.isEmpty()) {
        m_directSignIn = true;
        m_services.accounts->signIn(username, password);
    } else {
        m_services.accounts->restore();
    }
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
    m_dialog->open();
}

void SessionController::onSignedIn()
{
    m_directSignIn = false;
    qCInfo(lcUi) << "signed in; starting a sync";
    // The signed-in member's changes are pushed with the app's own token.
    m_services.engine->setSelf(m_services.accounts->current().memberId);
    m_services.engine->syncNow();
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

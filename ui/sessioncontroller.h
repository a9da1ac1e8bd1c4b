#pragma once

#include "accountmanager.h"
#include "appservices.h"
#include "signindialog.h"

#include <QObject>
#include <QPointer>

namespace Ui {

class MainWindow;

// Drives a session of the app: signs in (with given credentials, or by
// restoring the remembered one), asks for the password with the
// SignInDialog when needed (also after sign-out or an expired session),
// and starts a sync after each sign-in. Emits firstSyncDone() once, when
// the first sync has finished or cannot happen (no sign-in possible).
//
// Thread: the GUI thread. Services and window are not owned.
class SessionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SessionController)

public:
    SessionController(const AppServices &services, MainWindow *window, QObject *parent = nullptr);

    // When false (screenshots, scripts), no dialog is ever shown: a needed
    // password ends the attempt instead.
    void setInteractive(bool interactive) { m_interactive = interactive; }

    // Signs in with `username` and `password` when given, else restores the
    // remembered session.
    void start(const QString &username = {}, const QString &password = {});
    // Opens the sign-in dialog (window-modal, non-blocking).
    void showSignIn(const QString &username = {}, const Core::Error &reason = {});
    SignInDialog *signInDialog() const { return m_dialog; }

Q_SIGNALS:
    void firstSyncDone(bool ok);

private:
    void onSignedIn();
    void onSyncFinished(bool ok);
    void giveUp(const Core::Error &error);

    AppServices m_services;
    MainWindow *m_window;
    QPointer<SignInDialog> m_dialog;
    bool m_interactive = true;
    bool m_directSignIn = false; // a sign-in started by start(), not by the dialog
    bool m_firstSyncReported = false;
};

} // namespace Ui

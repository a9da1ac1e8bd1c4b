#pragma once

#include "result.h"
#include "syncengine.h"

#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace Core {
class LocalStore;
}

namespace Ui {

// The sync indicator of the status bar, in words: "Sending… 2 of 5 changes
// sent" (with a progress bar), "Receiving… 120 records received" (with a
// busy bar), "Offline — trying again in 8 seconds" (counting down until the
// engine's next attempt), "Offline — changes are kept on this computer",
// "Sync failed: …" or "Synced at …"; and who is signed in. Follows the
// engine's signals only (stateChanged, pushProgress, progress,
// retryScheduled, finished); the engine and store are not owned.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine, QWidget *parent = nullptr);

    // The signed-in member's display name; empty when nobody is signed in.
    void setMemberName(const QString &name);
    // Shows a failure that happened outside the engine (signing in); a
    // network error reads as "Offline".
    void showFailure(const Core::Error &error);
    QString statusText() const;
    QString memberText() const;
    QProgressBar *progressBar() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void onStateChanged(Sync::SyncEngine::State state);
    void updateStatus();
    QString statusFor() const;
    QString idleText() const;

    Core::LocalStore *m_store;
    Sync::SyncEngine *m_engine;
    Sync::SyncEngine::State m_state;
    QString m_memberName;
    qint64 m_sent = 0;
    qint64 m_toSend = 0;
    qint64 m_received = 0;
    qint64 m_refused = 0;
    bool m_failed = false;
    Core::Error m_error;
    QDeadlineTimer m_retryAt;
    QTimer *m_countdown;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_member;
};

} // namespace Ui

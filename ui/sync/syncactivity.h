#pragma once

#include "protocol.h"
#include "result.h"
#include "syncengine.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace Sync {
class SyncScheduler;
}

namespace Ui {

// What the sync is doing now, in numbers: the phase, changes sent of how
// many, records and bytes received, the share of the estimated download and
// the time left, the engine's next retry, and how the last sync ended.
// Follows the engine's signals (and the scheduler's estimate, when there is
// a scheduler); the status bar and the Sync page word it each their way.
//
// Thread: the GUI thread. The engine and scheduler are not owned.
class SyncActivity final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncActivity)

public:
    using State = Sync::SyncEngine::State;

    explicit SyncActivity(Sync::SyncEngine *engine, QObject *parent = nullptr);

    void setScheduler(Sync::SyncScheduler *scheduler);
    Sync::SyncScheduler *scheduler() const { return m_scheduler; }

    State state() const { return m_state; }
    bool isActive() const;
    qint64 sent() const { return m_sent; }
    qint64 toSend() const { return m_toSend; }
    qint64 received() const { return m_received; }
    qint64 bytesReceived() const { return m_bytes; }
    qint64 refused() const { return m_refused; }
    // The last sync (or sign-in) failed, with error().
    bool failed() const { return m_failed; }
    const Core::Error &error() const { return m_error; }
    // When the engine tries again (State::Waiting).
    QDeadlineTimer retryAt() const { return m_retryAt; }
    // The download this sync was estimated at; changes < 0 when unknown.
    const Sync::Protocol::PullEstimate &estimate() const { return m_estimate; }
    // Of the estimated download, 0 to 100; -1 when unknown.
    int percent() const;
    // Time left at the rate so far; -1 until it can be told.
    qint64 remainingMs() const;

    // A failure outside the engine (signing in).
    void showFailure(const Core::Error &error);

Q_SIGNALS:
    void changed();

private:
    void onStateChanged(State state);

    Sync::SyncEngine *m_engine;
    QPointer<Sync::SyncScheduler> m_scheduler;
    State m_state;
    qint64 m_sent = 0;
    qint64 m_toSend = 0;
    qint64 m_received = 0;
    qint64 m_bytes = 0;
    qint64 m_refused = 0;
    bool m_failed = false;
    Core::Error m_error;
    QDeadlineTimer m_retryAt;
    Sync::Protocol::PullEstimate m_estimate{-1, -1};
    QElapsedTimer m_receiving; // since the first page of this sync arrived
    qint64 m_receivedAtStart = 0;
};

} // namespace Ui

#include "syncactivity.h"

#include "syncscheduler.h"

namespace Ui {

SyncActivity::SyncActivity(Sync::SyncEngine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_state(engine->state())
{
    connect(m_engine, &Sync::SyncEngine::stateChanged, this, &SyncActivity::onStateChanged);
    connect(m_engine, &Sync::SyncEngine::pushProgress, this, [this](qint64 sent, qint64 pending) {
        m_sent = sent;
        m_toSend = sent + pending;
        Q_EMIT changed();
    });
    connect(m_engine, &Sync::SyncEngine::progress, this, [this](qint64 records, qint64 bytes) {
        if (!m_receiving.isValid()) {
            // The rate is measured from the first page on: the wait for it
            // is the server's, not the link's.
            m_receiving.start();
            m_receivedAtStart = records;
        }
        m_received = records;
        m_bytes = bytes;
        Q_EMIT changed();
    });
    connect(m_engine, &Sync::SyncEngine::retryScheduled, this,
            [this](int, int delayMs, const Core::Error &error) {
                m_error = error;
                m_retryAt = QDeadlineTimer(delayMs);
                Q_EMIT changed();
            });
    connect(m_engine, &Sync::SyncEngine::finished, this, [this](bool ok) {
        m_failed = !ok;
        m_error = m_engine->lastError();
        m_refused = ok ? m_engine->summary().rejected : 0;
        Q_EMIT changed();
    });
}

void SyncActivity::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    if (scheduler)
        connect(scheduler, &Sync::SyncScheduler::statusChanged, this, &SyncActivity::changed);
    Q_EMIT changed();
}

bool SyncActivity::isActive() const
{
    return m_state == State::Pushing || m_state == State::Pulling || m_state == State::Applying ||
           m_state == State::Verifying;
}

void SyncActivity::onStateChanged(State state)
{
    const bool wasActive = isActive();
    if (!wasActive && m_state != State::Waiting &&
        (state == State::Pushing || state == State::Pulling || state == State::Applying)) {
        // A new sync: retries of the same sync keep their counts.
        m_sent = m_toSend = m_received = m_bytes = m_refused = 0;
        m_receiving.invalidate();
        m_estimate = m_scheduler && m_scheduler->ownsRunningSync()
                         ? m_scheduler->estimate()
                         : Sync::Protocol::PullEstimate{-1, -1};
    }
    m_state = state;
    if (isActive())
        m_failed = false;
    Q_EMIT changed();
}

void SyncActivity::showFailure(const Core::Error &error)
{
    m_failed = true;
    m_error = error;
    Q_EMIT changed();
}

int SyncActivity::percent() const
{
    if (m_state == State::Pushing)
        return m_toSend > 0 ? int(m_sent * 100 / m_toSend) : -1;
    if ((m_state != State::Pulling && m_state != State::Applying) || m_estimate.changes <= 0)
        return -1;
    // Never 100 % before the end: the estimate is an estimate.
    return int(std::min<qint64>(99, m_received * 100 / m_estimate.changes));
}

qint64 SyncActivity::remainingMs() const
{
    if (percent() < 0 || m_state == State::Pushing || !m_receiving.isValid())
        return -1;
    const qint64 elapsed = m_receiving.elapsed();
    const qint64 done = m_received - m_receivedAtStart;
    if (elapsed < 2000 || done <= 0)
        return -1;
    const qint64 left = std::max<qint64>(0, m_estimate.changes - m_received);
    return left * elapsed / done;
}

} // namespace Ui

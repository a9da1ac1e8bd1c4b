#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

namespace Core {
class LocalStore;
}

namespace Sync {

class ApiClient;
class PullJob;

// Brings the replica up to date with the server. An explicit state machine
// that never blocks the event loop: each page is one PullJob; a page is
// applied and the cursor moved in one transaction, so a sync cut anywhere
// resumes at the first page not yet applied.
//
// Thread: the thread that owns the LocalStore and the ApiClient (both not
// owned). Emits stateChanged() on each transition, progress() after every
// applied page, and finished() once per syncNow() with the outcome.
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    enum class State { Idle, Pulling, Applying, Failed };
    Q_ENUM(State)

    SyncEngine(Core::LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Pulling || m_state == State::Applying; }
    const Core::Error &lastError() const { return m_lastError; }
    void setPageSize(int records) { m_pageSize = records; }

public Q_SLOTS:
    // Starts a sync unless one is running (then does nothing).
    void syncNow();
    // Stops the running sync; what was applied stays applied.
    void abort();

Q_SIGNALS:
    void stateChanged(Sync::SyncEngine::State state);
    void progress(qint64 recordsApplied, qint64 bytesReceived);
    void finished(bool ok);

private:
    void pullNextPage();
    void onPageReceived();
    void fail(const Core::Error &error);
    void setState(State state);

    Core::LocalStore *m_store;
    ApiClient *m_api;
    QPointer<PullJob> m_job;
    State m_state = State::Idle;
    Core::Error m_lastError;
    int m_pageSize;
    qint64 m_recordsApplied = 0;
    qint64 m_bytesReceived = 0;
};

} // namespace Sync

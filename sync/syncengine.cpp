#include "syncengine.h"

#include "apiclient.h"
#include "localstore.h"
#include "protocol.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSyncEngine, "leadernet.sync.engine")

namespace Sync {

using namespace Qt::StringLiterals;

SyncEngine::SyncEngine(Core::LocalStore *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_pageSize(Protocol::DefaultPageSize)
{}

SyncEngine::~SyncEngine()
{
    if (m_job)
        m_job->abort();
}

void SyncEngine::syncNow()
{
    if (isRunning())
        return;
    m_lastError = {};
    m_recordsApplied = 0;
    m_bytesReceived = 0;
    if (!m_store->isOpen()) {
        fail(Core::makeError(Core::ErrorCode::DatabaseOpen, u"the replica is not open"_s));
        return;
    }
    if (m_api->token().isEmpty()) {
        fail(Core::makeError(Core::ErrorCode::Unauthorized, u"not signed in"_s));
        return;
    }
    qCInfo(lcSyncEngine) << "sync started";
    pullNextPage();
}

void SyncEngine::abort()
{
    if (!isRunning())
        return;
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    fail(Core::makeError(Core::ErrorCode::Cancelled));
}

void SyncEngine::pullNextPage()
{
    const Core::Result<qint64> cursor = m_store->syncState().cursor();
    if (!cursor) {
        fail(cursor.error());
        return;
    }
    setState(State::Pulling);
    m_job = m_api->pull(*cursor, m_pageSize);
    connect(m_job, &ApiJob::finished, this, &SyncEngine::onPageReceived);
    m_job->start();
}

void SyncEngine::onPageReceived()
{
    // The job deletes itself after this slot returns.
    PullJob *job = m_job;
    m_job = nullptr;
    if (!job->status()) {
        fail(job->status().error());
        return;
    }
    m_bytesReceived += job->bytesReceived();
    const Protocol::PullPage &page = job->page();
    setState(State::Applying);
    if (Core::Status s = m_store->applyPulled(page.records, page.tombstones, page.cursor); !s) {
        fail(s.error());
        return;
    }
    m_recordsApplied += page.records.size() + page.tombstones.size();
    const bool hasMore = page.hasMore;
    Q_EMIT progress(m_recordsApplied, m_bytesReceived);
    if (m_state != State::Applying)
        return; // a slot connected to progress() aborted the sync
    if (hasMore) {
        pullNextPage();
        return;
    }
    (void)m_store->syncState().setValue(Core::SyncStateRepository::LastSyncKey, Core::nowUtc());
    qCInfo(lcSyncEngine) << "sync finished," << m_recordsApplied << "changes applied";
    setState(State::Idle);
    Q_EMIT finished(true);
}

void SyncEngine::fail(const Core::Error &error)
{
    qCWarning(lcSyncEngine) << "sync failed:" << int(error.code) << error.detail;
    m_lastError = error;
    setState(State::Failed);
    Q_EMIT finished(false);
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Sync

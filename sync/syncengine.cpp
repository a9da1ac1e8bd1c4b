#include "syncengine.h"

#include "apiclient.h"
#include "localstore.h"
#include "pageapplier.h"
#include "protocol.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSyncEngine, "leadernet.sync.engine")

namespace Sync {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

// Failures that may pass by themselves: the link, or the server for a moment.
bool isTransient(ErrorCode code)
{
    return code == ErrorCode::Network || code == ErrorCode::Server;
}

Protocol::PushOperation toWire(const Core::OutboxEntry &e)
{
    Protocol::PushOperation op;
    op.opId = e.opId;
    switch (e.kind) {
    case Core::OutboxKind::Create:
        op.kind = Protocol::PushKind::Create;
        break;
    case Core::OutboxKind::Patch:
        op.kind = Protocol::PushKind::Patch;
        break;
    case Core::OutboxKind::Delete:
        op.kind = Protocol::PushKind::Delete;
        break;
    }
    op.entity = e.entity;
    op.id = e.recordId;
    op.baseRevision = e.baseRevision;
    op.authorId = e.authorId;
    op.createdAt = e.createdAt;
    op.firstSentAt = e.firstSentAt;
    op.fields = e.fields;
    op.base = e.base;
    return op;
}

} // namespace

SyncEngine::SyncEngine(Core::LocalStore *store, ApiClient *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_retryTimer(new QTimer(this))
    , m_notifyTimer(new QTimer(this))
    , m_applier(new PageApplier(this))
    , m_pageSize(Protocol::DefaultPageSize)
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &SyncEngine::startAttempt);
    m_notifyTimer->setInterval(NotifyIntervalMs);
    connect(m_notifyTimer, &QTimer::timeout, this, [this]() {
        if (m_changedMeanwhile.isEmpty())
            m_notifyTimer->stop();
        else
            m_store->notifyChanged(std::exchange(m_changedMeanwhile, {}));
    });
}

SyncEngine::~SyncEngine()
{
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
}

void SyncEngine::setMemberToken(const QString &memberId, const QString &token)
{
    if (token.isEmpty())
        m_tokens.remove(memberId);
    else
        m_tokens.insert(memberId, token);
}

void SyncEngine::removeMemberToken(const QString &memberId)
{
    m_tokens.remove(memberId);
}

QString SyncEngine::tokenFor(const QString &authorId) const
{
    if (const auto it = m_tokens.constFind(authorId); it != m_tokens.cend())
        return *it;
    if (!m_selfId.isEmpty() && authorId == m_selfId)
        return m_api->token();
    return {};
}

int SyncEngine::backoffDelayMs(const RetryPolicy &policy, int attempt)
{
    qint64 ceiling = policy.firstDelayMs;
    for (int i = 1; i < attempt && ceiling < policy.maxDelayMs; ++i)
        ceiling *= 2;
    ceiling = std::min<qint64>(ceiling, policy.maxDelayMs);
    // "Equal jitter": never less than half the ceiling, so retries still back
    // off, and spread so that many clients cut off together do not return together.
    const qint64 half = ceiling / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

void SyncEngine::syncNow()
{
    start(false);
}

void SyncEngine::sendChanges()
{
    start(true);
}

void SyncEngine::start(bool sendOnly)
{
    if (isRunning())
        return;
    m_sendOnly = sendOnly;
    m_lastError = {};
    m_heldBack = {};
    m_summary = {};
    m_attempt = 0;
    if (!m_store->isOpen()) {
        fail(Core::makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s));
        return;
    }
    if (m_api->token().isEmpty()) {
        fail(Core::makeError(ErrorCode::Unauthorized, u"not signed in"_s));
        return;
    }
    qCInfo(lcSyncEngine) << "sync started";
    startAttempt();
}

void SyncEngine::startAttempt()
{
    ++m_attempt;
    m_summary.waitingAuthors.clear();
    pushNext();
}

void SyncEngine::abort()
{
    if (!isRunning())
        return;
    m_retryTimer->stop();
    ++m_applyRun; // pages being applied finish, unseen
    m_applier->dropWaiting(); // those not begun are not applied
    if (m_job) {
        m_job->disconnect(this);
        m_job->abort();
    }
    fail(Core::makeError(ErrorCode::Cancelled));
}

void SyncEngine::pushNext()
{
    // One batch: consecutive changes of one author who is signed in. Changes
    // of others wait, and so do later changes of the records they touched.
    // The outbox is read a page at a time until the batch is full, never whole.
    QSet<QString> held;
    QSet<QString> waiting;
    Protocol::PushRequest request;
    m_pushAuthor.clear();
    m_pushOps.clear();
    const int chunk = std::max(m_pushBatchSize, 64);
    qint64 after = 0;
    for (bool full = false; !full;) {
        const Core::Result<QList<Core::OutboxEntry>> page =
            m_store->outbox().pendingAfter(after, chunk);
        if (!page) {
            fail(page.error());
            return;
        }
        for (const Core::OutboxEntry &e : *page) {
            after = e.position;
            const QString key = Core::OutboxRepository::recordKey(e.entity, e.recordId);
            if (held.contains(key))
                continue;
            if (tokenFor(e.authorId).isEmpty()) {
                held.insert(key);
                waiting.insert(e.authorId);
                continue;
            }
            if (m_pushAuthor.isEmpty())
                m_pushAuthor = e.authorId;
            if (e.authorId != m_pushAuthor || request.operations.size() >= m_pushBatchSize) {
                full = true;
                break;
            }
            request.operations << toWire(e);
            m_pushOps << e.opId;
        }
        if (page->size() < chunk)
            break;
    }
    m_summary.waitingAuthors = QStringList(waiting.begin(), waiting.end());
    m_summary.waitingAuthors.sort();
    if (request.operations.isEmpty()) {
        // "n of n": the last batch is answered.
        if (const qint64 sent = m_summary.pushed + m_summary.rejected; sent > 0)
            Q_EMIT pushProgress(sent, 0);
        afterPush();
        return;
    }
    // From now on these entries are frozen: later edits get entries of their own.
    const QString now = m_store->clock()->nowIso();
    if (Core::Status s = m_store->outbox().markSent(m_pushOps, now); !s) {
        fail(s.error());
        return;
    }
    request.sentAt = now;
    for (Protocol::PushOperation &op : request.operations) {
        if (op.firstSentAt.isEmpty())
            op.firstSentAt = now;
    }
    const Core::Result<int> pendingCount = m_store->outbox().pendingCount();
    setState(State::Pushing);
    Q_EMIT pushProgress(m_summary.pushed + m_summary.rejected,
                        pendingCount ? *pendingCount : request.operations.size());
    PushJob *job = m_api->push(request, tokenFor(m_pushAuthor));
    m_job = job;
    connect(job, &ApiJob::finished, this, &SyncEngine::onPushed);
    job->start();
}

void SyncEngine::onPushed()
{
    auto *job = qobject_cast<PushJob *>(m_job.data());
    m_job = nullptr;
    if (!job)
        return;
    if (!job->status()) {
        const Core::Error &e = job->status().error();
        // Another member's sign-in has expired: their changes wait, the rest go on.
        if (e.code == ErrorCode::Unauthorized && m_pushAuthor != m_selfId &&
            m_tokens.contains(m_pushAuthor)) {
            qCInfo(lcSyncEngine) << "token of author" << m_pushAuthor << "refused; changes wait";
            m_tokens.remove(m_pushAuthor);
            Q_EMIT authorSignInRefused(m_pushAuthor);
            if (m_state != State::Pushing)
                return; // aborted from a slot
            pushNext();
            return;
        }
        // Past the member's quota for today: the changes wait on this
        // computer, the others' still come in, and the sync ends saying why.
        if (e.code == ErrorCode::QuotaExceeded) {
            qCInfo(lcSyncEngine) << "the server's daily quota is reached; changes wait";
            m_heldBack = e;
            afterPush();
            return;
        }
        fail(e);
        return;
    }
    for (const Protocol::PushResult &r : job->response().results) {
        if (!m_pushOps.contains(r.opId)) {
            fail(Core::makeError(ErrorCode::Protocol,
                                 u"the server answered for an operation not sent"_s));
            return;
        }
        Core::Status s;
        if (r.rejected()) {
            ++m_summary.rejected;
            s = m_store->reject(r.opId, r.message.isEmpty() ? r.code : r.message, r.code);
        } else {
            ++m_summary.pushed;
            const bool keptAside = r.status == Protocol::PushStatus::Conflict;
            if (keptAside)
                ++m_summary.conflicts;
            s = m_store->acknowledge(r.opId, keptAside ? Core::LocalStore::Taken::KeptAside
                                                       : Core::LocalStore::Taken::Applied);
        }
        if (!s) {
            fail(s.error());
            return;
        }
    }
    if (m_state != State::Pushing)
        return; // aborted from a slot
    pushNext();
}

void SyncEngine::afterPush()
{
    if (!m_sendOnly) {
        pullNextPage();
        return;
    }
    if (m_heldBack.code != ErrorCode::None) {
        fail(std::exchange(m_heldBack, {}));
        return;
    }
    qCInfo(lcSyncEngine) << "changes sent:" << m_summary.pushed << "sent," << m_summary.rejected
                         << "refused; nothing received (send only)";
    setState(State::Idle);
    Q_EMIT finished(true);
}

void SyncEngine::pullNextPage()
{
    const Core::Result<Core::PullPosition> position = m_store->syncState().pullPosition();
    if (!position) {
        fail(position.error());
        return;
    }
    setState(State::Pulling);
    m_pull = {};
    m_pull.bytesBefore = m_summary.bytesReceived;
    m_pull.open = true;
    m_pull.clock.start();
    PullJob *job = m_api->pull(*position, pageSizeForLink());
    m_job = job;
    connect(job, &PullJob::pageReceived, this, &SyncEngine::onPageReceived);
    connect(job, &ApiJob::finished, this, &SyncEngine::onPullFinished);
    job->start();
}

void SyncEngine::onPageReceived(const QByteArray &body)
{
    ++m_pull.applying;
    if (auto *job = qobject_cast<PullJob *>(m_job.data()))
        m_summary.bytesReceived = m_pull.bytesBefore + job->bytesReceived();
    pauseReadingWhenFull();
    ++m_pull.pages;
    setState(State::Applying);
    const int run = m_applyRun;
    // Decoded off the UI thread while the page before is applied, in order.
    m_applier->decode(body, [this, run](const PageApplier::Decoded &page) {
        if (run != m_applyRun)
            return; // aborted meanwhile
        m_pull.decoded.enqueue(page);
        applyNextPage();
    });
}

void SyncEngine::applyNextPage()
{
    // Two pages with the applier, or as many as make MaxChangesWithApplier:
    // it goes from one to the next without waiting for this thread, applies
    // pages waiting together in one transaction, and a write of this thread
    // (held up by the applier's lock, so handing no more pages) waits for
    // what the applier holds at most.
    while (!m_pull.decoded.isEmpty() &&
           (m_pull.withApplier < MaxPagesWithApplier ||
            m_pull.changesWithApplier + PageApplier::changesOf(m_pull.decoded.head()) <=
                MaxChangesWithApplier)) {
        ++m_pull.withApplier;
        m_pull.changesWithApplier += PageApplier::changesOf(m_pull.decoded.head());
        const int run = m_applyRun;
        m_applier->apply(m_store->path(), m_pull.decoded.dequeue(),
                         [this, run](const Core::Status &status, const Core::ChangeSet &applied,
                                     const PageApplier::Page &page) {
                             if (run != m_applyRun)
                                 return; // aborted meanwhile
                             --m_pull.withApplier;
                             m_pull.changesWithApplier -= page.changes;
                             onPageApplied(status, applied, page.changes, page.hasMore);
                         });
    }
    pauseReadingWhenFull();
}

void SyncEngine::pauseReadingWhenFull()
{
    // Pages wait in the connection rather than in memory.
    if (auto *job = qobject_cast<PullJob *>(m_job.data()))
        job->setReadingPaused(m_pull.applying - m_pull.withApplier >= MaxPagesWaiting);
}

void SyncEngine::onPullFinished()
{
    // The job deletes itself after this slot returns.
    auto *job = qobject_cast<PullJob *>(m_job.data());
    m_job = nullptr;
    if (!job)
        return;
    m_summary.bytesReceived = m_pull.bytesBefore + job->bytesReceived();
    m_pull.open = false;
    if (!job->status())
        m_pull.failure = job->status().error();
    // The rate of an answer long enough to tell (a short one is mostly its
    // round trip); it counts the server's and this computer's pauses too,
    // so it errs on the slow side. Kept once the pages are applied, when
    // the replica's write lock is free.
    const qint64 ms = m_pull.clock.elapsed();
    if (job->bytesReceived() >= RateSampleBytes && ms > 0)
        m_pull.rate = job->bytesReceived() * 1000 / ms;
    finishPull();
}

int SyncEngine::pageSizeForLink() const
{
    const Core::Result<QString> stored =
        m_store->syncState().value(Core::SyncStateRepository::LinkRateKey);
    const qint64 rate = stored ? stored->toLongLong() : 0;
    // A link never measured: pages a 2G link carries within the limit.
    const qint64 fits = rate > 0 ? rate * CutCostSeconds / StreamedRecordBytes : UnmeasuredPageSize;
    return int(std::min<qint64>(m_pageSize, std::max<qint64>(fits, MinLinkPageSize)));
}

void SyncEngine::onPageApplied(const Core::Status &status, const Core::ChangeSet &applied,
                               qint64 changes, bool hasMore)
{
    --m_pull.applying;
    if (!status) {
        ++m_applyRun; // the pages after it are not applied
        if (m_job) {
            m_job->disconnect(this);
            m_job->abort();
            m_job = nullptr;
        }
        fail(status.error());
        return;
    }
    noteChanged(applied); // views refresh as pages apply
    m_summary.received += changes;
    m_pull.hasMore = hasMore;
    const int run = m_applyRun;
    Q_EMIT progress(m_summary.received, m_summary.bytesReceived);
    if (run != m_applyRun || !isRunning())
        return; // a slot connected to progress() aborted the sync
    if (m_pull.applying == 0 && qobject_cast<PullJob *>(m_job.data()))
        setState(State::Pulling);
    if (m_pull.applying > 0)
        applyNextPage();
    else
        finishPull();
}

void SyncEngine::noteChanged(const Core::ChangeSet &applied)
{
    // The first page's records at once; then what the pages after it
    // changed, together, a few times a second: a view refreshes in tens of
    // milliseconds, and a fast link brings pages quicker than that.
    if (!m_notifyTimer->isActive()) {
        m_store->notifyChanged(applied);
        m_notifyTimer->start();
        return;
    }
    m_changedMeanwhile.unite(applied);
}

void SyncEngine::flushChanged()
{
    m_notifyTimer->stop();
    m_store->notifyChanged(std::exchange(m_changedMeanwhile, {}));
}

void SyncEngine::finishPull()
{
    if (m_pull.open || m_pull.applying > 0)
        return;
    if (m_pull.rate > 0) {
        (void)m_store->syncState().setValue(Core::SyncStateRepository::LinkRateKey,
                                            QString::number(std::exchange(m_pull.rate, 0)));
    }
    if (m_pull.failure.code != ErrorCode::None) {
        fail(m_pull.failure);
        return;
    }
    if (m_pull.pages == 0) {
        fail(Core::makeError(ErrorCode::Protocol, u"the server answered a pull without a page"_s));
        return;
    }
    if (m_pull.hasMore) {
        pullNextPage(); // a stream ends after so many pages: the next one goes on
        return;
    }
    succeed();
}

void SyncEngine::succeed()
{
    flushChanged();
    (void)m_store->syncState().setValue(Core::SyncStateRepository::LastSyncKey,
                                        m_store->clock()->nowIso());
    // The first fill counts as read: only what comes after is new.
    (void)m_store->readState().setDefaultIfUnset();
    if (m_heldBack.code != ErrorCode::None) {
        fail(std::exchange(m_heldBack, {}));
        return;
    }
    qCInfo(lcSyncEngine) << "sync finished:" << m_summary.pushed << "sent," << m_summary.rejected
                         << "refused," << m_summary.received << "received";
    setState(State::Idle);
    Q_EMIT finished(true);
}

void SyncEngine::verify()
{
    if (isRunning())
        return;
    m_lastError = {};
    setState(State::Verifying);
    DigestJob *job = m_api->digest();
    m_job = job;
    connect(job, &ApiJob::finished, this, &SyncEngine::onDigest);
    job->start();
}

void SyncEngine::onDigest()
{
    auto *job = qobject_cast<DigestJob *>(m_job.data());
    m_job = nullptr;
    if (!job)
        return;
    if (!job->status()) {
        m_lastError = job->status().error();
        setState(State::Failed);
        Q_EMIT verified(false, {});
        return;
    }
    const Core::Result<QMap<QString, Core::ScopeDigest>> local = m_store->digest();
    if (!local) {
        m_lastError = local.error();
        setState(State::Failed);
        Q_EMIT verified(false, {});
        return;
    }
    const QMap<QString, Core::ScopeDigest> &remote = job->digest().scopes;
    QStringList mismatched;
    QSet<QString> scopes(remote.keyBegin(), remote.keyEnd());
    for (auto it = local->keyBegin(); it != local->keyEnd(); ++it)
        scopes.insert(*it);
    for (const QString &scope : scopes) {
        if (remote.value(scope) != local->value(scope))
            mismatched << scope;
    }
    mismatched.sort();
    setState(State::Idle);
    Q_EMIT verified(mismatched.isEmpty(), mismatched);
}

void SyncEngine::fail(const Core::Error &error)
{
    flushChanged();
    if (isTransient(error.code) && m_attempt < m_retry.maxAttempts && m_state != State::Verifying) {
        const int delay = backoffDelayMs(m_retry, m_attempt);
        qCInfo(lcSyncEngine) << "sync attempt" << m_attempt << "failed:" << error.detail
                             << "- retrying in" << delay << "ms";
        m_lastError = error;
        setState(State::Waiting);
        Q_EMIT retryScheduled(m_attempt, delay, error);
        m_retryTimer->start(delay);
        return;
    }
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

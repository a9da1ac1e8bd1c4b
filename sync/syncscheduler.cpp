#include "syncscheduler.h"

#include "apiclient.h"
#include "apijobs.h"
#include "attachmentfetcher.h"
#include "attachmenttransfer.h"
#include "clock.h"
#include "localstore.h"
#include "networkstatus.h"

#include <QLoggingCategory>

namespace Sync {

Q_LOGGING_CATEGORY(lcSyncScheduler, "leadernet.sync.scheduler")

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Reachability = NetworkStatus::Reachability;

namespace {
const QString ServerLimitKey = u"server_max_attachment_bytes"_s;
}

SyncScheduler::SyncScheduler(SyncEngine *engine, ApiClient *api, NetworkStatus *network,
                             Core::Clock *clock, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_api(api)
    , m_network(network)
    , m_clock(clock)
    , m_periodic(new Core::ClockTimer(clock, this))
    , m_debounce(new Core::ClockTimer(clock, this))
    , m_retry(new Core::ClockTimer(clock, this))
    , m_fetcher(new AttachmentFetcher(api, &engine->store()->attachments(), this))
{
    connect(m_periodic, &Core::ClockTimer::timeout, this, [this]() { attempt(Trigger::Periodic); });
    connect(m_debounce, &Core::ClockTimer::timeout, this, [this]() {
        if (hasChangesToSend())
            attempt(Trigger::LocalChange);
    });
    connect(m_retry, &Core::ClockTimer::timeout, this, [this]() { attempt(Trigger::Retry); });
    connect(m_engine, &SyncEngine::finished, this, &SyncScheduler::onSyncFinished);
    connect(m_network, &NetworkStatus::changed, this, &SyncScheduler::onNetworkChanged);
    connect(m_api, &ApiClient::transferred, this, &SyncScheduler::onTransferred);
    connect(m_engine, &SyncEngine::stateChanged, this, [this](SyncEngine::State state) {
        if (state != SyncEngine::State::Applying)
            countUsage();
    });
    connect(m_engine->store(), &Core::LocalStore::outboxChanged, this, [this]() {
        if (m_started && m_settings.mode != SyncSettings::Mode::Manual)
            m_debounce->start(DebounceMs); // a burst of edits makes one sync
    });
}

SyncScheduler::~SyncScheduler() = default;

Core::Status SyncScheduler::setSettings(const SyncSettings &settings)
{
    if (Core::Status s = settings.save(m_engine->store()->syncState()); !s)
        return s;
    const SyncSettings before = std::exchange(m_settings, settings);
    m_fetcher->setQuotaBytes(settings.storageQuota);
    if (!settings.prefetch)
        m_fetcher->stopPrefetch();
    qCInfo(lcSyncScheduler) << "settings changed; mode" << int(settings.mode);
    if (settings.mode == SyncSettings::Mode::Manual) {
        m_periodic->stop();
        m_debounce->stop();
        m_retry->stop();
        m_nextAttempt = {};
        setHold(Hold::Manual);
    } else if (m_started && !(before == settings)) {
        // What waited may go now (or the other way round): look again.
        attempt(Trigger::Start);
    }
    Q_EMIT statusChanged();
    return {};
}

bool SyncScheduler::isMetered() const
{
    return m_settings.treatAsMetered || (m_network->knowsMetered() && m_network->isMetered());
}

QDate SyncScheduler::today() const
{
    return m_clock->now().toLocalTime().date();
}

qint64 SyncScheduler::usedToday() const
{
    const Core::LocalStore *store = m_engine->store();
    if (!store->isOpen())
        return 0;
    const Core::Result<qint64> used = store->dataUsage().total(today(), today());
    return used ? *used : 0;
}

qint64 SyncScheduler::usedThisMonth() const
{
    const Core::LocalStore *store = m_engine->store();
    if (!store->isOpen())
        return 0;
    const QDate day = today();
    const Core::Result<qint64> used =
        store->dataUsage().total(QDate(day.year(), day.month(), 1), day);
    return used ? *used : 0;
}

bool SyncScheduler::overBudget(qint64 extra) const
{
    return (m_settings.dailyBudget > 0 && usedToday() + extra > m_settings.dailyBudget) ||
           (m_settings.monthlyBudget > 0 && usedThisMonth() + extra > m_settings.monthlyBudget);
}

bool SyncScheduler::hasChangesToSend() const
{
    const Core::LocalStore *store = m_engine->store();
    if (!store->isOpen())
        return false;
    const Core::Result<int> pending = store->outbox().pendingCount();
    return pending && *pending > 0;
}

void SyncScheduler::start()
{
    if (m_engine->store()->isOpen())
        m_settings = SyncSettings::load(m_engine->store()->syncState());
    m_fetcher->setQuotaBytes(m_settings.storageQuota);
    m_started = true;
    if (m_engine->store()->isOpen()) {
        if (const auto kept = m_engine->store()->syncState().value(ServerLimitKey); kept)
            m_fetcher->setServerLimit(kept->toLongLong());
    }
    if (m_settings.mode == SyncSettings::Mode::Manual) {
        setHold(Hold::Manual);
        return;
    }
    attempt(Trigger::Start);
}

void SyncScheduler::syncNow()
{
    attempt(Trigger::Demand);
}

void SyncScheduler::attempt(Trigger trigger)
{
    if (m_engine->isRunning() || m_job || m_asking) {
        if (trigger != Trigger::Demand)
            m_pending = true;
        return;
    }
    if (m_api->token().isEmpty() || !m_engine->store()->isOpen())
        return; // not signed in: the sign-in starts a sync of its own
    m_trigger = trigger;
    m_retry->stop();
    m_debounce->stop();
    if (trigger != Trigger::Demand) {
        if (m_settings.mode == SyncSettings::Mode::Manual) {
            setHold(Hold::Manual);
            return;
        }
        if (m_network->reachability() == Reachability::Offline) {
            // Nothing to try until the system says the network is back.
            m_nextAttempt = {};
            setHold(Hold::Offline, Core::makeError(ErrorCode::Network, u"no network"_s));
            return;
        }
        if (m_settings.mode == SyncSettings::Mode::UnmeteredOnly && isMetered()) {
            schedulePeriodic();
            setHold(Hold::Metered);
            return;
        }
    }
    Core::Result<Core::PullPosition> position = m_engine->store()->syncState().pullPosition();
    if (!position) {
        runSync(false); // the engine reports the replica's failure
        return;
    }
    m_job = m_api->estimate(*position);
    connect(m_job, &ApiJob::finished, this, &SyncScheduler::onEstimated);
    m_job->start();
}

void SyncScheduler::onEstimated()
{
    EstimateJob *job = m_job;
    m_job = nullptr;
    if (!job)
        return;
    const Core::Status &status = job->status();
    m_estimate = status ? job->estimate() : Protocol::PullEstimate{-1, -1};
    if (!status) {
        const Core::Error &error = status.error();
        const bool automatic = m_trigger != Trigger::Demand;
        if (automatic && error.code == ErrorCode::Network) {
            scheduleRetry(Hold::Offline, error);
            return;
        }
        if (automatic && error.code == ErrorCode::Server) {
            scheduleRetry(Hold::ServerUnreachable, error);
            return;
        }
        if (error.code == ErrorCode::Protocol) {
            // Not the server's answer: a network's sign-in page, most often.
            scheduleRetry(Hold::CaptivePortal, error);
            return;
        }
        // Anything else (an older server, a refused sign-in): the sync
        // itself meets it and says so.
        runSync(false);
        return;
    }
    Q_EMIT statusChanged();
    decide();
}

void SyncScheduler::decide()
{
    const qint64 bytes = m_estimate.bytes;
    Hold reason = Hold::None;
    const bool large = bytes > 0 && bytes >= m_largeBytes;
    if (large) {
        if (isMetered())
            reason = Hold::Metered;
        else if (overBudget(bytes))
            reason = Hold::OverBudget;
        else if (!m_settings.inWindow(m_clock->now().toLocalTime().time()))
            reason = Hold::OutsideWindow;
    } else if (bytes > 0 && overBudget(0)) {
        reason = Hold::OverBudget; // the budget is spent: even small downloads wait
    }
    if (m_trigger == Trigger::Demand) {
        if (large && (reason == Hold::Metered || reason == Hold::OverBudget)) {
            m_asking = true;
            Q_EMIT statusChanged();
            Q_EMIT largeDownloadQuestion(bytes, reason);
            return;
        }
        runSync(false); // the person asked: a small sync, or outside the window, goes
        return;
    }
    if (reason != Hold::None) {
        qCInfo(lcSyncScheduler) << "download of about" << bytes << "bytes waits:" << reason;
        setHold(reason);
        schedulePeriodic();
        if (hasChangesToSend())
            runSync(true);
        return;
    }
    runSync(false);
}

void SyncScheduler::answerLargeDownload(bool download)
{
    if (!m_asking)
        return;
    m_asking = false;
    if (download) {
        runSync(false);
        return;
    }
    setHold(isMetered() ? Hold::Metered : Hold::OverBudget);
    schedulePeriodic();
    if (hasChangesToSend())
        runSync(true);
}

void SyncScheduler::runSync(bool sendOnly)
{
    if (!sendOnly)
        setHold(Hold::None);
    m_nextAttempt = {};
    m_ownSync = true;
    if (sendOnly)
        m_engine->sendChanges();
    else
        m_engine->syncNow();
}

void SyncScheduler::onSyncFinished(bool ok)
{
    const bool sendOnly = m_engine->isSendOnly();
    m_ownSync = false;
    const Core::Error &error = m_engine->lastError();
    if (ok) {
        m_failures = 0;
        if (!sendOnly)
            setHold(m_settings.mode == SyncSettings::Mode::Manual ? Hold::Manual : Hold::None);
        schedulePeriodic();
        uploadNext();
        if (!sendOnly)
            prefetch();
        if (m_started)
            askServerLimits();
    } else if (error.code == ErrorCode::Network || error.code == ErrorCode::Server) {
        scheduleRetry(error.code == ErrorCode::Network ? Hold::Offline : Hold::ServerUnreachable,
                      error);
    } else {
        schedulePeriodic();
    }
    if (std::exchange(m_pending, false) && !m_retry->isActive())
        attempt(Trigger::LocalChange);
    Q_EMIT statusChanged();
}

void SyncScheduler::uploadNext()
{
    if (m_upload || m_api->token().isEmpty() || !m_engine->store()->isOpen())
        return;
    Core::AttachmentCache &cache = m_engine->store()->attachments();
    const Core::Result<QList<Core::AttachmentCache::Entry>> pending = cache.pendingUploads();
    if (!pending || pending->isEmpty())
        return; // most syncs: nothing attached, no reading of every record
    const Core::Result<QSet<QString>> inUse = Core::attachmentsInUse(m_engine->store()->database());
    if (!inUse)
        return;
    for (const Core::AttachmentCache::Entry &file : *pending) {
        if (!inUse->contains(file.sha256)) {
            qCInfo(lcSyncScheduler)
                << "not sending" << file.sha256.left(12) << "; nothing names it any more";
            (void)cache.cancelUpload(file.sha256);
            continue;
        }
        if (file.size >= m_largeBytes && (isMetered() || overBudget(file.size)))
            continue; // waits, like a large download
        m_upload = new AttachmentTransfer(AttachmentTransfer::Direction::Upload, file.sha256, m_api,
                                          &cache, this);
        connect(m_upload, &AttachmentTransfer::finished, this, [this]() {
            AttachmentTransfer *done = m_upload;
            m_upload = nullptr;
            done->deleteLater();
            if (done->status())
                uploadNext();
        });
        m_upload->start();
        return;
    }
}

// The largest file the server takes (health's max_attachment_bytes): kept
// from the last time (start()), and asked once a run after the first sync
// (so a connection on hold moves nothing for it), so that a file too large
// is refused when it is attached rather than at its upload.
void SyncScheduler::askServerLimits()
{
    if (std::exchange(m_askedLimits, true) || m_api->server().isEmpty())
        return;
    HealthJob *job = m_api->health();
    connect(job, &ApiJob::finished, this, [this, job]() {
        const qint64 limit = job->health().maxAttachmentBytes;
        if (!job->status() || limit <= 0)
            return;
        m_fetcher->setServerLimit(limit);
        if (Core::LocalStore *store = m_engine->store(); store->isOpen())
            (void)store->syncState().setValue(ServerLimitKey, QString::number(limit));
    });
    job->start();
}

// The files records name that are not here yet, fetched ahead while the
// connection is unmetered, within the budget (a large one also within the
// window) and, by the fetcher, within the storage quota.
void SyncScheduler::prefetch()
{
    if (!m_started || !m_settings.prefetch || isMetered() || m_api->token().isEmpty() ||
        !m_engine->store()->isOpen())
        return;
    Core::AttachmentCache &cache = m_engine->store()->attachments();
    const Core::Result<QList<Core::AttachmentRef>> named =
        Core::namedAttachments(m_engine->store()->database());
    if (!named)
        return;
    const bool inWindow = m_settings.inWindow(m_clock->now().toLocalTime().time());
    QList<Core::AttachmentRef> wanted;
    qint64 bytes = 0;
    for (const Core::AttachmentRef &file : *named) {
        const auto entry = cache.entry(file.sha256);
        if (entry && *entry && (*entry)->complete)
            continue;
        const qint64 missing = file.size - (entry && *entry ? (*entry)->received : 0);
        if ((file.size >= m_largeBytes && !inWindow) || overBudget(bytes + missing))
            continue;
        bytes += missing;
        wanted << file;
    }
    if (!wanted.isEmpty()) {
        qCInfo(lcSyncScheduler) << "fetching" << wanted.size() << "files ahead," << bytes
                                << "bytes";
        m_fetcher->prefetch(wanted);
    }
}

void SyncScheduler::onNetworkChanged()
{
    const Reachability reach = m_network->reachability();
    qCInfo(lcSyncScheduler) << "network changed:" << reach << "metered" << isMetered();
    if (isMetered() || reach == Reachability::Offline)
        m_fetcher->stopPrefetch();
    if (!m_started || m_settings.mode == SyncSettings::Mode::Manual)
        return;
    if (reach == Reachability::Offline) {
        m_retry->stop();
        m_nextAttempt = {};
        setHold(Hold::Offline, Core::makeError(ErrorCode::Network, u"no network"_s));
        return;
    }
    if (m_network->isBehindCaptivePortal()) {
        scheduleRetry(Hold::CaptivePortal,
                      Core::makeError(ErrorCode::Protocol, u"the system saw a captive portal"_s));
        return;
    }
    // Back online, or on another connection (metered or not): try now.
    if (m_hold != Hold::None || m_failures > 0 || m_retry->isActive())
        attempt(Trigger::Network);
}

void SyncScheduler::onTransferred(qint64 sent, qint64 received)
{
    m_uncountedSent += sent;
    m_uncountedReceived += received;
    // While pulled pages are applied the replica's write lock is the
    // applier's: a write here would wait for them on this thread (a pull's
    // answer ends before its last pages are applied). Counted once they are.
    if (m_engine->state() != SyncEngine::State::Applying)
        countUsage();
}

void SyncScheduler::countUsage()
{
    Core::LocalStore *store = m_engine->store();
    if ((m_uncountedSent == 0 && m_uncountedReceived == 0) || !store->isOpen())
        return;
    if (Core::Status s = store->dataUsage().add(today(), m_uncountedSent, m_uncountedReceived);
        !s) {
        qCWarning(lcSyncScheduler) << "cannot count the data used:" << s.error().detail;
        return;
    }
    m_uncountedSent = 0;
    m_uncountedReceived = 0;
    Q_EMIT usageChanged();
}

void SyncScheduler::scheduleRetry(Hold hold, const Core::Error &error)
{
    if (!m_started) { // syncs run only on demand until start()
        setHold(hold, error);
        return;
    }
    ++m_failures;
    const int delay = SyncEngine::backoffDelayMs(RetryPolicy, m_failures);
    qCInfo(lcSyncScheduler) << "trying again in" << delay << "ms:" << hold << error.detail;
    m_periodic->stop();
    m_retry->start(delay);
    m_nextAttempt = m_clock->now().addMSecs(delay);
    setHold(hold, error);
    Q_EMIT statusChanged();
}

void SyncScheduler::schedulePeriodic()
{
    if (!m_started || m_settings.mode == SyncSettings::Mode::Manual) {
        m_nextAttempt = {};
        return;
    }
    qint64 delay = PeriodMs;
    if (m_hold == Hold::OutsideWindow) {
        // Also look again when the window opens.
        const QDateTime now = m_clock->now().toLocalTime();
        QDateTime opens(now.date(), m_settings.windowStart);
        if (opens <= now)
            opens = opens.addDays(1);
        delay = std::min(delay, now.msecsTo(opens) + 1000);
    }
    m_periodic->start(int(delay));
    m_nextAttempt = m_clock->now().addMSecs(delay);
}

void SyncScheduler::setHold(Hold hold, const Core::Error &error)
{
    if (m_hold == hold && m_holdError.code == error.code)
        return;
    m_hold = hold;
    m_holdError = error;
    Q_EMIT statusChanged();
}

} // namespace Sync

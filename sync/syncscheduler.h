#pragma once

#include "protocol.h"
#include "result.h"
#include "syncengine.h"
#include "syncsettings.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

namespace Core {
class Clock;
class ClockTimer;
} // namespace Core

namespace Sync {

class ApiClient;
class AttachmentFetcher;
class AttachmentTransfer;
class EstimateJob;
class NetworkStatus;

// Decides when the engine syncs, so that a person never has to think of it:
// on start, when the network returns, every quarter of an hour, a few
// seconds after a local change, and whenever the person asks (syncNow()).
//
// Before each sync it asks the server what the download would be
// (Protocol::PullEstimate). A large download (LargeDownloadBytes or more)
// waits while the connection is metered, while it would pass the daily or
// monthly data budget, or outside the time window for large downloads;
// meanwhile the person's own changes are still sent (SyncEngine::
// sendChanges()), as they are small. Asked for on demand, such a download is
// put to the person first (largeDownloadQuestion(), answered with
// answerLargeDownload()). Small syncs never ask.
//
// After the link or the server fails (once the engine's own retries are
// spent) it tries again with exponential backoff and jitter, 10 s doubling
// to at most 60 s, until the server answers. An answer that is not the
// server's (a hotel's or office's sign-in page) is named as a captive portal.
// While the operating system says there is no network, nothing is tried
// until it says there is.
//
// After each sync, the files the person attached go up, one after the other
// (the records that name them went first, with the push); a large one
// waits, like a large download, while the connection is metered or past the
// budget. A file whose upload fails stays waiting for the next sync; one
// that nothing names any more (removed before it was sent) is not sent.
//
// Then, on an unmetered connection and within the budget, the files the
// records name are fetched ahead (SyncSettings::prefetch; a large one only
// within the window), as far as the storage quota allows; the person's own
// requests (fetcher()->fetch()) go first.
//
// Every byte the API client moves is counted per day in the replica
// (Core::DataUsageRepository), for the budgets and the data-usage view.
//
// Time comes from a Core::Clock, so tests wind a ManualClock. Thread: the
// GUI thread; nothing is owned.
class SyncScheduler final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncScheduler)

public:
    // Why automatic syncs wait (or only send) now.
    enum class Hold {
        None,
        Manual,            // the person chose to sync only on demand
        Offline,           // no network, or the server's address does not answer
        ServerUnreachable, // the server answers with errors (it is down or restarting)
        CaptivePortal,     // something else answers in the server's place
        Metered,           // a metered connection, and syncs wait for an unmetered one
        OverBudget,        // the download would pass the data budget
        OutsideWindow,     // a large download waits for the window
    };
    Q_ENUM(Hold)

    static constexpr int PeriodMs = 15 * 60 * 1000;
    static constexpr int DebounceMs = 5000;
    static constexpr qint64 LargeDownloadBytes = 1024 * 1024;
    static constexpr SyncEngine::RetryPolicy RetryPolicy{0, 10'000, 60'000};

    SyncScheduler(SyncEngine *engine, ApiClient *api, NetworkStatus *network, Core::Clock *clock,
                  QObject *parent = nullptr);
    ~SyncScheduler() override;

    const SyncSettings &settings() const { return m_settings; }
    // Kept in the replica and applied at once.
    Core::Status setSettings(const SyncSettings &settings);

    // From how many bytes a download counts as large (LargeDownloadBytes
    // unless set; tests set less).
    void setLargeDownloadBytes(qint64 bytes) { m_largeBytes = bytes; }
    qint64 largeDownloadBytes() const { return m_largeBytes; }

    NetworkStatus *network() const { return m_network; }
    // Brings attached files here: on demand, and ahead after syncs.
    AttachmentFetcher *fetcher() const { return m_fetcher; }
    bool isMetered() const;
    Hold hold() const { return m_hold; }
    // The error behind Offline, ServerUnreachable or CaptivePortal.
    const Core::Error &holdError() const { return m_holdError; }
    // Failed attempts in a row (the backoff's count).
    int failures() const { return m_failures; }
    // When the next automatic attempt is due (invalid: none is planned).
    QDateTime nextAttempt() const { return m_nextAttempt; }
    // The estimate of the running (or last) sync; changes < 0 before one.
    const Protocol::PullEstimate &estimate() const { return m_estimate; }
    // The server is being asked what there is to download.
    bool isEstimating() const { return !m_job.isNull(); }
    // The engine's running sync was started here (so estimate() is its).
    bool ownsRunningSync() const { return m_ownSync; }
    // A file the person attached is being uploaded.
    bool isUploading() const { return !m_upload.isNull(); }
    // The person has been asked about a large download and not yet answered.
    bool isAsking() const { return m_asking; }

    // Bytes moved today and this calendar month (local time).
    qint64 usedToday() const;
    qint64 usedThisMonth() const;

public Q_SLOTS:
    // Loads the settings and makes the first sync (unless Manual).
    void start();
    // The person asked: sync now, whatever the settings (a large download
    // on a metered connection or past the budget is put to them first).
    void syncNow();
    // The answer to largeDownloadQuestion(): download now, or only send
    // one's changes and leave the download for later.
    void answerLargeDownload(bool download);

Q_SIGNALS:
    // The hold, the next attempt or the estimate changed.
    void statusChanged();
    // The bytes counted for today changed.
    void usageChanged();
    // A sync asked for now would download `bytes` while `reason` (Metered or
    // OverBudget) holds: ask the person.
    void largeDownloadQuestion(qint64 bytes, Sync::SyncScheduler::Hold reason);

private:
    enum class Trigger { Start, Network, Periodic, LocalChange, Retry, Demand };

    void attempt(Trigger trigger);
    void onEstimated();
    void decide();
    void runSync(bool sendOnly);
    void onSyncFinished(bool ok);
    void onNetworkChanged();
    void onTransferred(qint64 sent, qint64 received);
    void countUsage();
    void uploadNext();
    void prefetch();
    void askServerLimits();
    void scheduleRetry(Hold hold, const Core::Error &error);
    void schedulePeriodic();
    void setHold(Hold hold, const Core::Error &error = {});
    bool overBudget(qint64 extra) const;
    bool hasChangesToSend() const;
    QDate today() const;

    SyncEngine *m_engine;
    ApiClient *m_api;
    NetworkStatus *m_network;
    Core::Clock *m_clock;
    Core::ClockTimer *m_periodic;
    Core::ClockTimer *m_debounce;
    Core::ClockTimer *m_retry;
    AttachmentFetcher *m_fetcher;
    QPointer<EstimateJob> m_job;
    QPointer<AttachmentTransfer> m_upload;
    SyncSettings m_settings;
    Hold m_hold = Hold::None;
    Core::Error m_holdError;
    QDateTime m_nextAttempt;
    Protocol::PullEstimate m_estimate{-1, -1};
    Trigger m_trigger = Trigger::Start;
    qint64 m_largeBytes = LargeDownloadBytes;
    qint64 m_uncountedSent = 0; // transferred, not in the data usage yet
    qint64 m_uncountedReceived = 0;
    int m_failures = 0;
    bool m_started = false;
    bool m_pending = false; // a trigger came while a sync ran
    bool m_asking = false;
    bool m_askedLimits = false; // the server's health was asked this run
    bool m_ownSync = false;     // the engine's running sync was started here
};

} // namespace Sync

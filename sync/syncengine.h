#pragma once

#include "changeset.h"
#include "digest.h"
#include "pageapplier.h"
#include "result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QStringList>

class QTimer;

namespace Core {
class LocalStore;
}

namespace Sync {

class ApiClient;
class ApiJob;

// What one sync did, for the status bar and `leadernet-sync`.
struct SyncSummary {
    qint64 pushed = 0;    // operations the server took
    qint64 conflicts = 0; // of those, kept with a conflict record
    qint64 rejected = 0;  // operations the server refused (kept in the outbox)
    qint64 received = 0;  // records and deletions applied
    qint64 bytesReceived = 0;
    QStringList waitingAuthors; // members with changes waiting who are not signed in
};

// Brings the replica and the server together. An explicit state machine that
// never blocks the event loop:
//
//   Pushing: the outbox goes first, in the order changes were made, in
//   batches of one author each, sent with that author's own token (several
//   members may be signed in on one laptop). Each operation the server takes
//   leaves the outbox; each one it refuses stays, marked with the reason.
//   Changes of an author who is not signed in wait (and so do later changes
//   of the same records).
//   Pulling/Applying: pages after the stored position; a page is applied and
//   the position moved in one transaction, so a sync cut anywhere resumes at
//   the first page not yet applied. Pages are applied on a worker thread with
//   its own connection to the replica (PageApplier); the store then emits
//   recordsChanged() on this thread.
//   Waiting: after a network or server failure, the sync is tried again
//   after an exponential backoff with jitter (up to maxAttempts), from the
//   outbox on: every step is safe to repeat.
//
// Thread: the thread that owns the LocalStore and the ApiClient (both not
// owned). Emits stateChanged() on each transition, progress() after every
// pushed batch and applied page, and finished() once per syncNow() with the
// outcome (after retries).
class SyncEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)

public:
    enum class State { Idle, Pushing, Pulling, Applying, Waiting, Verifying, Failed };
    Q_ENUM(State)

    struct RetryPolicy {
        int maxAttempts = 5; // tries in all; 1 means no retry
        int firstDelayMs = 1000;
        int maxDelayMs = 60'000;
    };

    SyncEngine(Core::LocalStore *store, ApiClient *api, QObject *parent = nullptr);
    ~SyncEngine() override;

    State state() const { return m_state; }
    bool isRunning() const { return m_state != State::Idle && m_state != State::Failed; }
    // The running (or last) sync only sends: sendChanges().
    bool isSendOnly() const { return m_sendOnly; }
    const Core::Error &lastError() const { return m_lastError; }
    const SyncSummary &summary() const { return m_summary; }
    // The most records a pulled page holds (pages are smaller on a slow
    // link: pageSizeForLink()).
    void setPageSize(int records) { m_pageSize = records; }
    void setPushBatchSize(int operations) { m_pushBatchSize = operations; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retry = policy; }

    // The token each author's changes are pushed with. The ApiClient's own
    // token is used for pulls and for `selfId`'s changes.
    void setSelf(const QString &memberId) { m_selfId = memberId; }
    Core::LocalStore *store() const { return m_store; }
    void setMemberToken(const QString &memberId, const QString &token);
    void removeMemberToken(const QString &memberId);

    // The delay before retry `attempt` (1-based): a random point in the upper
    // half of min(maxDelay, firstDelay * 2^(attempt-1)).
    static int backoffDelayMs(const RetryPolicy &policy, int attempt);

public Q_SLOTS:
    // Starts a sync unless one is running (then does nothing).
    void syncNow();
    // Sends the outbox and receives nothing (a download waits for a better
    // time or connection): finished() follows the push, and the time of the
    // last sync stays as it was.
    void sendChanges();
    // Stops the running sync; what was applied stays applied.
    void abort();
    // Compares the replica with the server's digest; emits verified().
    void verify();

Q_SIGNALS:
    void stateChanged(Sync::SyncEngine::State state);
    void progress(qint64 recordsApplied, qint64 bytesReceived);
    void pushProgress(qint64 operationsSent, qint64 operationsPending);
    void retryScheduled(int attempt, int delayMs, const Core::Error &error);
    // The server refused the sign-in of `memberId`, a co-author whose changes
    // were being sent (expired, signed out elsewhere, account disabled):
    // their token is dropped and their changes wait.
    void authorSignInRefused(const QString &memberId);
    void finished(bool ok);
    // `mismatched`: the scopes whose digests differ (empty when they match).
    void verified(bool ok, const QStringList &mismatched);

private:
    void start(bool sendOnly);
    void startAttempt();
    void afterPush();
    void pushNext();
    void onPushed();
    void pullNextPage();
    void onPageReceived(const QByteArray &body);
    void onPullFinished();
    void onPageApplied(const Core::Status &status, const Core::ChangeSet &applied, qint64 changes,
                       bool hasMore);
    // Tells the views what a page changed, a few times a second at most.
    void noteChanged(const Core::ChangeSet &applied);
    void flushChanged();
    // Hands the next decoded page to the applier once the one before is done.
    void applyNextPage();
    // Stops reading the answer while MaxPagesWaiting pages wait for the applier.
    void pauseReadingWhenFull();
    // After the pull's answer and its last page: the next pull, or the end.
    void finishPull();
    // The page size for the link's rate as the last pull measured it.
    int pageSizeForLink() const;
    void onDigest();
    void fail(const Core::Error &error);
    void succeed();
    void setState(State state);
    QString tokenFor(const QString &authorId) const;

    Core::LocalStore *m_store;
    ApiClient *m_api;
    QPointer<ApiJob> m_job;
    QTimer *m_retryTimer;
    QTimer *m_notifyTimer;
    Core::ChangeSet m_changedMeanwhile; // applied, not told yet
    static constexpr int NotifyIntervalMs = 250;
    PageApplier *m_applier;
    int m_applyRun = 0;
    // The pull under way: one answer, of one page or a stream of them.
    struct PullRun {
        qint64 bytesBefore = 0;               // received by the sync before this answer
        int pages = 0;                        // pages received
        int applying = 0;                     // pages received, not applied yet
        QQueue<PageApplier::Decoded> decoded; // decoded, waiting for their turn
        int withApplier = 0;                  // pages handed to the applier, not applied yet
        qint64 changesWithApplier = 0;        // their records and tombstones
        qint64 rate = 0;      // bytes per second the answer came at (0: not measured)
        bool open = false;    // the answer is still arriving
        bool hasMore = false; // the last page applied says more follow
        Core::Error failure;  // why the answer stopped short
        QElapsedTimer clock;  // since the request
    };
    // Received pages not with the applier yet (being decoded, or waiting
    // their turn) from which the connection is no longer read.
    static constexpr int MaxPagesWaiting = 2;
    static constexpr int MaxPagesWithApplier = 2;
    static constexpr qint64 MaxChangesWithApplier = 5000;
    // A link cut mid-answer costs the page being received: a page is to
    // take at most CutCostSeconds of the link, at about StreamedRecordBytes
    // a record (92-116 bytes measured in streams of the generated
    // community), between MinLinkPageSize records and the page size.
    static constexpr qint64 CutCostSeconds = 10;
    static constexpr qint64 StreamedRecordBytes = 150;
    static constexpr qint64 MinLinkPageSize = 100;
    static constexpr qint64 UnmeasuredPageSize = 1000;
    static constexpr qint64 RateSampleBytes = 64 * 1024;
    PullRun m_pull;
    State m_state = State::Idle;
    Core::Error m_lastError;
    Core::Error m_heldBack; // why this sync's changes wait (the daily quota)
    SyncSummary m_summary;
    RetryPolicy m_retry;
    int m_attempt = 0;
    bool m_sendOnly = false;
    int m_pageSize;
    int m_pushBatchSize = 200;
    QString m_selfId;
    QHash<QString, QString> m_tokens;
    QString m_pushAuthor;
    QStringList m_pushOps;
};

} // namespace Sync

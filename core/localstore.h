#pragma once

#include "attachmentcache.h"
#include "changeset.h"
#include "clock.h"
#include "datausagerepository.h"
#include "digest.h"
#include "draftrepository.h"
#include "outboxrepository.h"
#include "readstaterepository.h"
#include "record.h"
#include "recordrepository.h"
#include "result.h"
#include "scopes.h"
#include "searchindex.h"
#include "syncstaterepository.h"

#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>
#include <optional>

struct sqlite3;

namespace Core {

// The local replica of one profile: a SQLite file (WAL, foreign keys,
// migrated on open) with a table per entity, the outbox and the sync state.
//
// Thread: the thread that calls open() owns the connection and must make
// every later call. Every local write is stored with its outbox entry in one
// transaction, so "saved" survives a crash. Emits recordsChanged() after each
// committed write with the records it touched. Consecutive edits of one
// record by one author merge into one outbox entry until a push carries it
// (a paragraph typed in a minute is one operation on the wire, not sixty).
// Times of local writes come from the clock (Clock::system() unless set).
class LocalStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalStore)

public:
    explicit LocalStore(QObject *parent = nullptr);
    ~LocalStore() override;

    static QString replicaFileName() { return QStringLiteral("replica.sqlite"); }
    // The page size of a new replica's file (see open()).
    static constexpr int NewReplicaPageSize = 16384;
    // The profile folder used when none is given: AppDataLocation/profiles/default.
    static QString defaultProfileDir();

    // Opens (creating when missing) and migrates the replica. Refuses a file
    // written by a newer LeaderNet with DatabaseTooNew and leaves it untouched.
    Status open(const QString &path);
    void close();
    // Instead of copying the log itself past 64 MB (see open()): after a
    // commit of this connection that leaves `bytes` or more in the log
    // beyond what it held when `grown` was last called, calls `grown` on
    // the committing thread, which has another connection copy it
    // (checkpointLog()). Until close().
    Status whenLogHolds(qint64 bytes, std::function<void()> grown);
    // Copies into the file as much of the log as no reader or writer holds
    // back, without waiting for them (a passive checkpoint).
    Status checkpointLog();
    bool isOpen() const { return m_db.isOpen(); }
    QString path() const { return m_path; }
    QSqlDatabase database() const { return m_db; }
    // Not owned; must outlive the store. nullptr means Clock::system().
    void setClock(Clock *clock);
    Clock *clock() const { return m_clock; }

    const RecordRepository &records() const { return m_records; }
    OutboxRepository &outbox() { return m_outbox; }
    const OutboxRepository &outbox() const { return m_outbox; }
    SyncStateRepository &syncState() { return m_syncState; }
    const SyncStateRepository &syncState() const { return m_syncState; }
    const SearchIndex &search() const { return m_search; }
    DraftRepository &drafts() { return m_drafts; }
    ReadStateRepository &readState() { return m_readState; }
    const ReadStateRepository &readState() const { return m_readState; }
    const DraftRepository &drafts() const { return m_drafts; }
    DataUsageRepository &dataUsage() { return m_dataUsage; }
    // The attachments' files, in the folder "attachments" beside the replica.
    AttachmentCache &attachments() { return m_attachments; }
    const DataUsageRepository &dataUsage() const { return m_dataUsage; }

    // Local edits by `authorId`. Each writes the record and its outbox entry
    // in one transaction and returns the outbox operation id.
    // createRecord() may also drop the draft it was written from, in the same
    // transaction (a sent post leaves no draft behind, and no draft is
    // ever sent twice).
    Result<QString> createRecord(Record record, const QString &authorId,
                                 const QString &fromDraft = {});
    // Several new records in one transaction (a thread and its first post);
    // their op ids in order.
    Result<QStringList> createRecords(QList<Record> records, const QString &authorId,
                                      const QString &fromDraft = {});
    // updateRecord() may drop the draft the change was written from (an
    // edit of a post, saved), in the same transaction.
    Result<QString> updateRecord(QAnyStringView entity, const QString &id,
                                 const QJsonObject &changedFields, const QString &authorId,
                                 const QString &fromDraft = {});
    Result<QString> deleteRecord(QAnyStringView entity, const QString &id, const QString &authorId);

    // Applies records pulled from the server and moves the pull position, in
    // one transaction. A record with local changes still in the outbox keeps
    // them: the pending changes are laid again on top of the pulled version.
    // `visibleScopes`, when given (the last page of a pull says them): every
    // scope the member may see now; the records of any other scope (a team
    // they left, a seminar they were taken out of) are removed in the same
    // transaction, with the server's copies kept of them. "all" (an admin)
    // keeps everything. Changes waiting in the outbox stay. Each record is
    // valid (Core::validateRecord) as the protocol's decoder left it: it is
    // not checked again here, where the replica's write lock is held.
    Status applyPulled(const QList<Record> &records, const QList<Tombstone> &tombstones,
                       const PullPosition &next, const QStringList &visibleScopes = {});
    Status applyPulled(const QList<Record> &records, const QList<Tombstone> &tombstones,
                       qint64 cursor);

    // Per scope, the count and hash of the records in the replica (see
    // Core::DigestBuilder): equal to the server's digest when in step.
    Result<QMap<QString, ScopeDigest>> digest() const;

    // The server's version of a record with local changes waiting (kept
    // from the first of them until the last is sent): `kept` is false when
    // there is none; `record` is empty when the server does not have it.
    struct ServerCopy {
        bool kept = false;
        std::optional<Record> record;
    };
    Result<ServerCopy> serverCopy(const QString &entity, const QString &id) const;

    // The server took operation `opId` (applied, merged or kept as a
    // conflict): it leaves the outbox. A change the server kept aside as a
    // conflict (a second review of one submission) leaves the record as the
    // server has it: a record it did not create is removed here too (the
    // conflict, pulled, holds what was written).
    enum class Taken { Applied, KeptAside };
    Status acknowledge(const QString &opId, Taken taken = Taken::Applied);
    // The server refused `opId`: it stays, with the reason, until the user
    // sends it again (retryOperation) or discards it.
    Status reject(const QString &opId, const QString &reason, const QString &code = {});
    Status retryOperation(const QString &opId);
    // Drops a local change; the record goes back to the server's version with
    // the remaining local changes laid on top (works offline).
    Status discardOperation(const QString &opId);

    // The replica now serves `memberId`. When it served someone else, every
    // record and the reading state are removed (what they could see is not the next member's to
    // read) and the pull starts again from the beginning. The outbox stays: changes of people not
    // signed in wait for them and are never sent in another's name. A replica that served nobody
    // yet becomes the member's as it is. True when it removed records (recordsChanged() was
    // emitted).
    Result<bool> adoptMember(const QString &memberId);
    static inline const QString OwnerKey = QStringLiteral("member");
    // The scopes the last pull said the member may see, one per line.
    static inline const QString ScopesKey = QStringLiteral("scopes");

    // Says that another connection to the same file (the sync engine's
    // applying thread) changed these records: emits recordsChanged().
    void notifyChanged(const ChangeSet &changes);

    // The changes applyPulled() made in its last successful call.
    const ChangeSet &lastApplied() const { return m_lastApplied; }

Q_SIGNALS:
    void recordsChanged(const Core::ChangeSet &changes);
    void outboxChanged();

private:
    // Writes the record and its outbox entry (or merges into the record's
    // last one) inside the caller's transaction.
    struct Staged {
        QString opId;
        bool newEntry = false;
    };
    Result<Staged> stage(const Record &record, OutboxKind kind, const QJsonObject &fields,
                         const QJsonObject &base, const QString &authorId);
    Result<QString> writeLocal(const Record &record, OutboxKind kind, const QJsonObject &fields,
                               const QJsonObject &base, const QString &authorId,
                               const QString &fromDraft = {});
    // Rebuilds the record from the server's copy and the outbox entries left.
    Status rebase(const QString &entity, const QString &id);
    Result<OutboxEntry> outboxEntry(const QString &opId) const;
    Status keepServerCopy(const QString &entity, const QString &id);
    // Removes the records of scopes outside `visible` (see applyPulled());
    // inside the caller's transaction.
    Status keepOnlyScopes(const QStringList &visible, ChangeSet &removed);
    // The scope of each record is worked out from its parents: looked up once.
    Scopes::Lookup cachedScopeLookup(QHash<QString, Result<QString>> &cache) const;
    Status setServerCopy(const QString &entity, const QString &id, const Record *record);
    Status dropServerCopyIfDone(const QString &entity, const QString &id);

    // Folds a patch into the record's last outbox entry when that entry is
    // the same author's and was never sent: that entry's op id, else empty.
    Result<QString> mergeIntoLatest(const Record &record, OutboxKind kind,
                                    const QJsonObject &fields, const QJsonObject &base,
                                    const QString &authorId);

    struct LogWatch {
        qint64 pages = 0;
        std::function<void()> grown;
        qint64 toldAt = 0; // the log's pages when `grown` was last called
    };
    static int logCommitted(void *watch, sqlite3 *connection, const char *database, int pages);
    // This connection copies the log into the file after its own commits
    // once the log holds `bytes` or more (SQLite's wal_autocheckpoint, in
    // pages of the file's size).
    Status checkpointLogEvery(qint64 bytes);
    // The pages of this file that hold `bytes` of log (at least one).
    Result<qint64> logPages(qint64 bytes) const;

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<LogWatch> m_logWatch;
    Clock *m_clock;
    ChangeSet m_lastApplied;
    QSqlDatabase m_db;
    RecordRepository m_records;
    OutboxRepository m_outbox;
    SyncStateRepository m_syncState;
    SearchIndex m_search;
    DraftRepository m_drafts;
    ReadStateRepository m_readState;
    DataUsageRepository m_dataUsage;
    AttachmentCache m_attachments;
};

} // namespace Core

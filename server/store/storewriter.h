#pragma once

#include "protocol.h"
#include "record.h"
#include "result.h"
#include "sqldialect.h"
#include "statementcache.h"
#include "writerqueue.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace Server {

// A record as the store holds it, live or deleted (a deleted record keeps its
// last fields, so that an edit that arrives after the deletion can be kept as
// a conflict with everything it was about).
struct StoredRecord {
    Core::Record record;
    QString scope;
    bool deleted = false;
};

// What a pushed operation came to, kept under its op id.
struct AppliedOp {
    Sync::Protocol::PushStatus status = Sync::Protocol::PushStatus::Applied;
    qint64 revision = 0;
};

// An operation applied before, and who sent it.
struct StoredOp {
    AppliedOp outcome;
    QString memberId;
};

// One write transaction on the server store, on the thread that made it.
// Every record written gets the next `seq` of the change log and the scope the
// authorization module gives it; grants follow the record in the same
// transaction. Rolls back unless commit() is called. Made by
// ServerStore::beginWrite().
class StoreWriter final
{
public:
    // Runs its statements through `statements`, the connection's cache.
    StoreWriter(QSqlDatabase db, SqlDialect dialect, StatementCache &statements);
    ~StoreWriter();
    Q_DISABLE_COPY_MOVE(StoreWriter)

    // Takes `writeMutex` (the process's queue of writers, held until the
    // transaction ends) and then the store's write lock.
    Core::Status begin(WriterQueue *writers, std::chrono::milliseconds wait);
    // The refusal of a writer whose turn did not come in time.
    static Core::Error busy();
    Core::Status commit();

    // Validates `record` (Core::validateRecord) and stores it as the current
    // version; an empty updatedAt becomes now. Returns the seq it got.
    Core::Result<qint64> putRecord(Core::Record record);
    // The same for a record the caller has validated, in the scope scopeFor()
    // gave it in this transaction.
    Core::Result<qint64> putRecord(Core::Record record, const QString &scope);

    // Every live record of `entity`, for look-ups by title or name.
    Core::Result<QList<Core::Record>> liveRecords(const QString &entity);

    // The scope `record` would be stored under (its parents as this
    // transaction sees them).
    Core::Result<QString> scopeFor(const Core::Record &record);

    // The live records of `entity` in `scope` whose `field` names `parentId`
    // (the posts of a thread being deleted).
    Core::Result<QStringList> childIds(const QString &entity, const QString &scope,
                                       const QString &field, const QString &parentId);
    // The same records, whole (the reviews of a submission, the submissions
    // of a plan).
    Core::Result<QList<Core::Record>> children(const QString &entity, const QString &scope,
                                               const QString &field, const QString &parentId);

    // Turns the record into a tombstone with a new seq.
    Core::Result<qint64> deleteRecord(const QString &entity, const QString &id,
                                      const QString &updatedBy);

    // The live record as this transaction sees it.
    Core::Result<std::optional<Core::Record>> record(const QString &entity, const QString &id);
    // The record live or deleted, with its scope.
    Core::Result<std::optional<StoredRecord>> stored(const QString &entity, const QString &id);

    // Pushed operations: each op id is applied once.
    Core::Result<std::optional<StoredOp>> appliedOp(const QString &opId);
    Core::Status recordAppliedOp(const QString &opId, const QString &memberId,
                                 const Core::Record &target, const AppliedOp &result);

    // A savepoint inside the transaction: one pushed operation is all or nothing.
    Core::Status savepoint();
    Core::Status rollbackToSavepoint();
    Core::Status releaseSavepoint();

    // Bytes of records this transaction wrote (their fields as stored, and a
    // row's worth for each), less what was rolled back to a savepoint.
    qint64 bytesWritten() const { return m_written; }
    // What a member's pushes stored on one day ("YYYY-MM-DD", UTC); adding
    // `bytes` to it returns the new total.
    Core::Result<qint64> usage(const QString &memberId, const QString &day);
    Core::Result<qint64> addUsage(const QString &memberId, const QString &day, qint64 bytes);

    // For the stores of other tables in this transaction (accounts, the mail
    // outbox): an error unless the transaction has begun and not ended;
    // `sql` prepared once per connection and reused (bulk writes, such as an
    // import, put tens of thousands of rows in one transaction); the
    // connection itself.
    Core::Status mustWrite() const;
    Core::Result<CachedQuery> run(const QString &sql, const QVariantList &values = {});
    QSqlDatabase database() const { return m_db; }

private:
    Core::Result<qint64> nextSeq();
    Core::Result<QString> scopeOfStored(const QString &entity, const QString &id);
    Core::Status replaceGrants(const Core::Record &record, bool deleted, qint64 seq);
    void unlockWriters();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    StatementCache &m_statements;
    WriterQueue *m_writers = nullptr; // our turn, held while the transaction is open
    bool m_active = false;
    std::optional<qint64> m_lastSeq;
    qint64 m_written = 0;
    qint64 m_writtenAtSavepoint = 0;
};

} // namespace Server

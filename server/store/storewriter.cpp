#include "storewriter.h"

#include "authorization.h"
#include "database.h"
#include "entityschema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerWriter, "leadernet.server.writer")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {
// What a row of the change log costs beside its fields (keys, scope, times).
constexpr qint64 RowBytes = 160;
} // namespace

StoreWriter::StoreWriter(QSqlDatabase db, SqlDialect dialect, StatementCache &statements)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_statements(statements)
{
    m_statements.hold();
}

StoreWriter::~StoreWriter()
{
    if (m_active) {
        if (Core::Status s = Dialect::execute(m_db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerWriter) << "rollback failed:" << s.error().detail;
    }
    unlockWriters();
    m_statements.release();
}

Core::Status StoreWriter::begin(WriterQueue *writers, std::chrono::milliseconds wait)
{
    if (writers) {
        if (!writers->lockUntil(std::chrono::steady_clock::now() + wait))
            return busy();
        m_writers = writers;
    }
    if (Core::Status s = Dialect::beginWrite(m_db, m_dialect, wait); !s) {
        unlockWriters();
        return s;
    }
    m_active = true;
    return {};
}

Core::Error StoreWriter::busy()
{
    return makeError(ErrorCode::Busy, u"the store is busy with other writes; try again shortly"_s);
}

Core::Status StoreWriter::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction to commit"_s);
    if (Core::Status s = Dialect::execute(m_db, u"COMMIT"_s); !s)
        return s;
    m_active = false;
    unlockWriters();
    return {};
}

void StoreWriter::unlockWriters()
{
    if (m_writers)
        std::exchange(m_writers, nullptr)->unlock();
}

// Writers are serialised (how depends on the dialect), so seq numbers are
// allocated, and become visible, in commit order: see Dialect::allocateSeq.
Core::Result<qint64> StoreWriter::nextSeq()
{
    return Dialect::allocateSeq(m_db, m_dialect, m_lastSeq);
}

Core::Status StoreWriter::mustWrite() const
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    return {};
}

Core::Result<CachedQuery> StoreWriter::run(const QString &sql, const QVariantList &values)
{
    return m_statements.run(sql, values);
}

Core::Result<QString> StoreWriter::scopeOfStored(const QString &entity, const QString &id)
{
    const Core::Result<CachedQuery> q = run(
        u"SELECT scope FROM records WHERE entity = ? AND id = ? AND deleted = 0"_s, {entity, id});
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    const QString scope = found ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (!found)
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    return scope;
}

// A grant keeps the seq at which it was first made, so that a pull can tell
// which scopes a member gained after its cursor; new grants get `seq`.
Core::Status StoreWriter::replaceGrants(const Core::Record &record, bool deleted, qint64 seq)
{
    const QList<Authorization::Grant> wanted =
        deleted ? QList<Authorization::Grant>() : Authorization::grantsOf(record);
    QList<Authorization::Grant> existing;
    {
        const auto q = run(u"SELECT grantee, scope FROM grants WHERE source_entity = ? AND "
                           "source_id = ?"_s,
                           {record.entity, record.id});
        if (!q)
            return q.error();
        while ((*q)->next())
            existing << Authorization::Grant{(*q)->value(0).toString(), (*q)->value(1).toString()};
        (*q)->finish();
    }
    for (const Authorization::Grant &g : std::as_const(existing)) {
        if (wanted.contains(g))
            continue;
        if (const auto q = run(u"DELETE FROM grants WHERE source_entity = ? AND source_id = ? "
                               "AND grantee = ? AND scope = ?"_s,
                               {record.entity, record.id, g.grantee, g.scope});
            !q) {
            return q.error();
        }
    }
    for (const Authorization::Grant &g : wanted) {
        if (existing.contains(g))
            continue;
        if (const auto q = run(u"INSERT INTO grants (source_entity, source_id, grantee, "
                               "scope, seq) VALUES (?, ?, ?, ?, ?)"_s,
                               {record.entity, record.id, g.grantee, g.scope, seq});
            !q) {
            return q.error();
        }
    }
    return {};
}

Core::Result<QString> StoreWriter::scopeFor(const Core::Record &record)
{
    return Authorization::scopeOf(record, [this](QLatin1StringView entity, const QString &id) {
        return scopeOfStored(QString(entity), id);
    });
}

Core::Result<qint64> StoreWriter::putRecord(Core::Record record)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    if (Core::Status s = Core::validateRecord(record); !s)
        return s.error();
    const Core::Result<QString> scope = scopeFor(record);
    if (!scope)
        return scope.error();
    return putRecord(std::move(record), *scope);
}

Core::Result<qint64> StoreWriter::putRecord(Core::Record record, const QString &scope)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    if (record.updatedAt.isEmpty())
        record.updatedAt = Core::nowUtc();
    const QByteArray json = QJsonDocument(record.fields).toJson(QJsonDocument::Compact);
    const QString fields = QString::fromUtf8(json);
    m_written += json.size() + RowBytes;
    // INSERT ... ON CONFLICT ... DO UPDATE is understood by SQLite and PostgreSQL.
    if (const auto q = run(
            u"INSERT INTO records (entity, id, seq, scope, fields, updated_at, updated_by, "
            "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (entity, id) DO UPDATE SET "
            "seq = excluded.seq, scope = excluded.scope, fields = excluded.fields, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted = 0"_s,
            {record.entity, record.id, *seq, scope, fields, record.updatedAt, record.updatedBy});
        !q) {
        return q.error();
    }
    if (Core::Status s = replaceGrants(record, false, *seq); !s)
        return s.error();
    return *seq;
}

Core::Result<qint64> StoreWriter::deleteRecord(const QString &entity, const QString &id,
                                               const QString &updatedBy)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    // Only a live record takes a seq when it goes.
    if (const Core::Result<QString> scope = scopeOfStored(entity, id); !scope)
        return scope.error();
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    m_written += RowBytes;
    const auto q = run(u"UPDATE records SET seq = ?, deleted = 1, updated_at = ?, "
                       "updated_by = ? WHERE entity = ? AND id = ? AND deleted = 0"_s,
                       {*seq, Core::nowUtc(), updatedBy, entity, id});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    Core::Record gone;
    gone.entity = entity;
    gone.id = id;
    if (Core::Status s = replaceGrants(gone, true, *seq); !s)
        return s.error();
    return *seq;
}

Core::Result<std::optional<Core::Record>> StoreWriter::record(const QString &entity,
                                                              const QString &id)
{
    const auto q = run(u"SELECT seq, fields, updated_at, updated_by FROM records "
                       "WHERE entity = ? AND id = ? AND deleted = 0"_s,
                       {entity, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Core::Record>();
    Core::Record r;
    r.entity = entity;
    r.id = id;
    r.revision = (*q)->value(0).toLongLong();
    r.fields = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
    r.updatedAt = (*q)->value(2).toString();
    r.updatedBy = (*q)->value(3).toString();
    return std::optional<Core::Record>(std::move(r));
}

Core::Result<std::optional<StoredRecord>> StoreWriter::stored(const QString &entity,
                                                              const QString &id)
{
    const auto q = run(u"SELECT seq, fields, updated_at, updated_by, scope, deleted FROM records "
                       "WHERE entity = ? AND id = ?"_s,
                       {entity, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredRecord>();
    StoredRecord out;
    out.record.entity = entity;
    out.record.id = id;
    out.record.revision = (*q)->value(0).toLongLong();
    out.record.fields = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
    out.record.updatedAt = (*q)->value(2).toString();
    out.record.updatedBy = (*q)->value(3).toString();
    out.scope = (*q)->value(4).toString();
    out.deleted = (*q)->value(5).toInt() != 0;
    (*q)->finish();
    return std::optional<StoredRecord>(std::move(out));
}

Core::Result<std::optional<StoredOp>> StoreWriter::appliedOp(const QString &opId)
{
    const auto q =
        run(u"SELECT status, revision, member_id FROM applied_ops WHERE op_id = ?"_s, {opId});
    if (!q)
        return q.error();
    std::optional<StoredOp> out;
    if ((*q)->next()) {
        const auto status = Sync::Protocol::pushStatusFromName((*q)->value(0).toString());
        out = StoredOp{AppliedOp{status.value_or(Sync::Protocol::PushStatus::Applied),
                                 (*q)->value(1).toLongLong()},
                       (*q)->value(2).toString()};
    }
    (*q)->finish();
    return out;
}

Core::Status StoreWriter::recordAppliedOp(const QString &opId, const QString &memberId,
                                          const Core::Record &target, const AppliedOp &result)
{
    const auto q =
        run(u"INSERT INTO applied_ops (op_id, member_id, entity, record_id, status, "
            "revision, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
            {opId, memberId, target.entity, target.id,
             Sync::Protocol::pushStatusName(result.status), result.revision, Core::nowUtc()});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Status StoreWriter::savepoint()
{
    m_writtenAtSavepoint = m_written;
    return Dialect::execute(m_db, u"SAVEPOINT push_op"_s);
}

Core::Status StoreWriter::rollbackToSavepoint()
{
    if (Core::Status s = Dialect::execute(m_db, u"ROLLBACK TO SAVEPOINT push_op"_s); !s)
        return s;
    m_written = m_writtenAtSavepoint;
    return releaseSavepoint();
}

Core::Result<qint64> StoreWriter::usage(const QString &memberId, const QString &day)
{
    const Core::Result<CachedQuery> q =
        run(u"SELECT bytes FROM member_usage WHERE member_id = ? AND day = ?"_s, {memberId, day});
    if (!q)
        return q.error();
    const qint64 bytes = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return bytes;
}

Core::Result<qint64> StoreWriter::addUsage(const QString &memberId, const QString &day,
                                           qint64 bytes)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    // One statement: the store's write lock is held for every one.
    const Core::Result<CachedQuery> q =
        run(u"INSERT INTO member_usage (member_id, day, bytes) VALUES (?, ?, ?) "
            "ON CONFLICT (member_id, day) DO UPDATE SET bytes = member_usage.bytes + "
            "excluded.bytes RETURNING bytes"_s,
            {memberId, day, bytes});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return makeError(ErrorCode::Query, u"member_usage returned no row"_s);
    const qint64 total = (*q)->value(0).toLongLong();
    (*q)->finish();
    return total;
}

Core::Status StoreWriter::releaseSavepoint()
{
    return Dialect::execute(m_db, u"RELEASE SAVEPOINT push_op"_s);
}

Core::Result<QList<Core::Record>> StoreWriter::liveRecords(const QString &entity)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT id, seq, fields, updated_at, updated_by FROM records "
                                    "WHERE entity = ? AND deleted = 0 ORDER BY seq"_s,
                                    {entity});
        !s) {
        return s.error();
    }
    QList<Core::Record> out;
    while (q.next()) {
        Core::Record r;
        r.entity = entity;
        r.id = q.value(0).toString();
        r.revision = q.value(1).toLongLong();
        r.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        r.updatedAt = q.value(3).toString();
        r.updatedBy = q.value(4).toString();
        out << r;
    }
    return out;
}

Core::Result<QStringList> StoreWriter::childIds(const QString &entity, const QString &scope,
                                                const QString &field, const QString &parentId)
{
    const Core::Result<QList<Core::Record>> records = children(entity, scope, field, parentId);
    if (!records)
        return records.error();
    QStringList ids;
    for (const Core::Record &r : *records)
        ids << r.id;
    return ids;
}

Core::Result<QList<Core::Record>> StoreWriter::children(const QString &entity, const QString &scope,
                                                        const QString &field,
                                                        const QString &parentId)
{
    // By scope (indexed), then the reference read in the fields: the same
    // SQL on SQLite and PostgreSQL.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT id, seq, fields, updated_at, updated_by FROM records "
                                    "WHERE scope = ? AND entity = ? AND deleted = 0"_s,
                                    {scope, entity});
        !s) {
        return s.error();
    }
    QList<Core::Record> records;
    while (q.next()) {
        QJsonObject fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (fields.value(field).toString() != parentId)
            continue;
        records.append(Core::Record{entity, q.value(0).toString(), q.value(1).toLongLong(),
                                    std::move(fields), q.value(3).toString(),
                                    q.value(4).toString()});
    }
    return records;
}

} // namespace Server

#include "storewriter.h"

#include "authorization.h"
#include "database.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcServerWriter, "leadernet.server.writer")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

StoreWriter::StoreWriter(QSqlDatabase db, SqlDialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{}

StoreWriter::~StoreWriter()
{
    if (m_active) {
        if (Core::Status s = Core::exec(m_db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerWriter) << "rollback failed:" << s.error().detail;
    }
}

Core::Status StoreWriter::begin()
{
    if (Core::Status s = Core::exec(m_db, Dialect::beginWrite(m_dialect)); !s)
        return s;
    m_active = true;
    return {};
}

Core::Status StoreWriter::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction to commit"_s);
    if (Core::Status s = Core::exec(m_db, u"COMMIT"_s); !s)
        return s;
    m_active = false;
    return {};
}

// The store has one writer at a time (BEGIN IMMEDIATE on SQLite), so the
// largest seq read inside the transaction cannot be taken by anyone else and
// seq numbers become visible in increasing order.
Core::Result<qint64> StoreWriter::nextSeq()
{
    if (!m_lastSeq) {
        QSqlQuery q(m_db);
        if (Core::Status s = Core::exec(q, u"SELECT coalesce(max(seq), 0) FROM records"_s); !s)
            return s.error();
        m_lastSeq = q.next() ? q.value(0).toLongLong() : 0;
    }
    return ++*m_lastSeq;
}

Core::Result<QString> StoreWriter::scopeOfStored(const QString &entity, const QString &id)
{
    QSqlQuery q(m_db);
    if (Core::Status s = Core::exec(
            q, u"SELECT scope FROM records WHERE entity = ? AND id = ? AND deleted = 0"_s,
            {entity, id});
        !s) {
        return s.error();
    }
    if (!q.next())
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    return q.value(0).toString();
}

Core::Status StoreWriter::replaceGrants(const Core::Record &record, bool deleted)
{
    if (Core::Status s =
            Core::exec(m_db, u"DELETE FROM grants WHERE source_entity = ? AND source_id = ?"_s,
                       {record.entity, record.id});
        !s) {
        return s;
    }
    if (deleted)
        return {};
    for (const Authorization::Grant &g : Authorization::grantsOf(record)) {
        if (Core::Status s = Core::exec(m_db,
                                        u"INSERT INTO grants (source_entity, source_id, grantee, "
                                        "scope) VALUES (?, ?, ?, ?)"_s,
                                        {record.entity, record.id, g.grantee, g.scope});
            !s) {
            return s;
        }
    }
    return {};
}

Core::Result<qint64> StoreWriter::putRecord(Core::Record record)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    if (Core::Status s = Core::validateRecord(record); !s)
        return s.error();
    const Core::Result<QString> scope =
        Authorization::scopeOf(record, [this](QLatin1StringView entity, const QString &id) {
            return scopeOfStored(QString(entity), id);
        });
    if (!scope)
        return scope.error();
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    if (record.updatedAt.isEmpty())
        record.updatedAt = Core::nowUtc();
    const QString fields =
        QString::fromUtf8(QJsonDocument(record.fields).toJson(QJsonDocument::Compact));
    // INSERT ... ON CONFLICT ... DO UPDATE is understood by SQLite and PostgreSQL.
    if (Core::Status s = Core::exec(
            m_db,
            u"INSERT INTO records (entity, id, seq, scope, fields, updated_at, updated_by, "
            "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (entity, id) DO UPDATE SET "
            "seq = excluded.seq, scope = excluded.scope, fields = excluded.fields, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted = 0"_s,
            {record.entity, record.id, *seq, *scope, fields, record.updatedAt, record.updatedBy});
        !s) {
        return s.error();
    }
    if (Core::Status s = replaceGrants(record, false); !s)
        return s.error();
    return *seq;
}

Core::Result<qint64> StoreWriter::deleteRecord(const QString &entity, const QString &id,
                                               const QString &updatedBy)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    QSqlQuery q(m_db);
    if (Core::Status s = Core::exec(q,
                                    u"UPDATE records SET seq = ?, deleted = 1, fields = '{}', "
                                    "updated_at = ?, updated_by = ? WHERE entity = ? AND id = ? "
                                    "AND deleted = 0"_s,
                                    {*seq, Core::nowUtc(), updatedBy, entity, id});
        !s) {
        return s.error();
    }
    if (q.numRowsAffected() != 1) {
        --*m_lastSeq;
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    }
    Core::Record gone;
    gone.entity = entity;
    gone.id = id;
    if (Core::Status s = replaceGrants(gone, true); !s)
        return s.error();
    return *seq;
}

Core::Status StoreWriter::createAccount(const QString &memberId, const QString &username,
                                        const QString &passwordHash)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    return Core::exec(m_db,
                      u"INSERT INTO accounts (member_id, username, password_hash, active, "
                      "created_at) VALUES (?, ?, ?, 1, ?)"_s,
                      {memberId, username, passwordHash, Core::nowUtc()});
}

Core::Result<std::optional<Core::Record>> StoreWriter::record(const QString &entity,
                                                              const QString &id)
{
    QSqlQuery q(m_db);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT seq, fields, updated_at, updated_by FROM records "
                                    "WHERE entity = ? AND id = ? AND deleted = 0"_s,
                                    {entity, id});
        !s) {
        return s.error();
    }
    if (!q.next())
        return std::optional<Core::Record>();
    Core::Record r;
    r.entity = entity;
    r.id = id;
    r.revision = q.value(0).toLongLong();
    r.fields = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
    r.updatedAt = q.value(2).toString();
    r.updatedBy = q.value(3).toString();
    return std::optional<Core::Record>(std::move(r));
}

} // namespace Server

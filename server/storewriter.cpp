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
    m_statements.clear(); // finalize before the transaction ends
    if (m_active) {
        if (Core::Status s = Dialect::execute(m_db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerWriter) << "rollback failed:" << s.error().detail;
    }
}

Core::Status StoreWriter::begin()
{
    if (Core::Status s = Dialect::beginWrite(m_db, m_dialect); !s)
        return s;
    m_active = true;
    return {};
}

Core::Status StoreWriter::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction to commit"_s);
    m_statements.clear();
    if (Core::Status s = Dialect::execute(m_db, u"COMMIT"_s); !s)
        return s;
    m_active = false;
    return {};
}

// Writers are serialised (how depends on the dialect), so seq numbers are
// allocated, and become visible, in commit order: see Dialect::allocateSeq.
Core::Result<qint64> StoreWriter::nextSeq()
{
    return Dialect::allocateSeq(m_db, m_dialect, m_lastSeq);
}

Core::Result<QSqlQuery *> StoreWriter::run(const QString &sql, const QVariantList &values)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        if (!q.prepare(sql))
            return Core::queryError(q);
        it = m_statements.insert(sql, std::move(q));
    }
    QSqlQuery &q = *it;
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values.at(i));
    if (!q.exec())
        return Core::queryError(q);
    return &q;
}

Core::Result<QString> StoreWriter::scopeOfStored(const QString &entity, const QString &id)
{
    const Core::Result<QSqlQuery *> q = run(
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

Core::Status StoreWriter::replaceGrants(const Core::Record &record, bool deleted)
{
    if (const auto q = run(u"DELETE FROM grants WHERE source_entity = ? AND source_id = ?"_s,
                           {record.entity, record.id});
        !q) {
        return q.error();
    }
    if (deleted)
        return {};
    for (const Authorization::Grant &g : Authorization::grantsOf(record)) {
        if (const auto q = run(u"INSERT INTO grants (source_entity, source_id, grantee, "
                               "scope) VALUES (?, ?, ?, ?)"_s,
                               {record.entity, record.id, g.grantee, g.scope});
            !q) {
            return q.error();
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
    if (const auto q = run(
            u"INSERT INTO records (entity, id, seq, scope, fields, updated_at, updated_by, "
            "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (entity, id) DO UPDATE SET "
            "seq = excluded.seq, scope = excluded.scope, fields = excluded.fields, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted = 0"_s,
            {record.entity, record.id, *seq, *scope, fields, record.updatedAt, record.updatedBy});
        !q) {
        return q.error();
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
    // Only a live record takes a seq when it goes.
    if (const Core::Result<QString> scope = scopeOfStored(entity, id); !scope)
        return scope.error();
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
    if (q.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    Core::Record gone;
    gone.entity = entity;
    gone.id = id;
    if (Core::Status s = replaceGrants(gone, true); !s)
        return s.error();
    return *seq;
}

Core::Status StoreWriter::createAccount(const QString &memberId, const QString &username,
                                        const QString &passwordHash, bool active)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q = run(u"INSERT INTO accounts (member_id, username, password_hash, active, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                       {memberId, username, passwordHash, active ? 1 : 0, Core::nowUtc()});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QHash<QString, QString>> StoreWriter::accountUsernames()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q, u"SELECT member_id, username FROM accounts"_s); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
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

#include "outboxrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Core {

using namespace Qt::StringLiterals;

QString outboxKindName(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Create:
        return u"create"_s;
    case OutboxKind::Delete:
        return u"delete"_s;
    case OutboxKind::Patch:
        break;
    }
    return u"patch"_s;
}

namespace {

OutboxKind kindFromName(const QString &name)
{
    if (name == u"create")
        return OutboxKind::Create;
    if (name == u"delete")
        return OutboxKind::Delete;
    return OutboxKind::Patch;
}

} // namespace

OutboxRepository::OutboxRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status OutboxRepository::append(const OutboxEntry &e)
{
    return exec(m_db,
                u"INSERT INTO outbox (op_id, author_id, entity, record_id, kind, fields, "
                "base_fields, base_revision, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                {e.opId, e.authorId, e.entity, e.recordId, outboxKindName(e.kind),
                 QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(e.base).toJson(QJsonDocument::Compact)),
                 e.baseRevision, e.createdAt});
}

Status OutboxRepository::merge(const OutboxEntry &e)
{
    return exec(m_db,
                u"UPDATE outbox SET fields = ?, base_fields = ?, created_at = ? "
                "WHERE op_id = ? AND first_sent_at IS NULL"_s,
                {QString::fromUtf8(QJsonDocument(e.fields).toJson(QJsonDocument::Compact)),
                 QString::fromUtf8(QJsonDocument(e.base).toJson(QJsonDocument::Compact)),
                 e.createdAt, e.opId});
}

Result<QList<OutboxEntry>> OutboxRepository::select(const QString &where,
                                                    const QVariantList &values, int limit,
                                                    bool descending) const
{
    QString sql = u"SELECT position, op_id, author_id, entity, record_id, kind, fields, "
                  "base_revision, created_at, state, error, base_fields, first_sent_at, error_code "
                  "FROM outbox "
                  "WHERE %1 ORDER BY position%2"_s.arg(where, descending ? u" DESC"_s : QString());
    QVariantList bound = values;
    if (limit >= 0) {
        sql += u" LIMIT ?"_s;
        bound << limit;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, bound); !s)
        return s.error();
    QList<OutboxEntry> entries;
    while (q.next()) {
        OutboxEntry e;
        e.position = q.value(0).toLongLong();
        e.opId = q.value(1).toString();
        e.authorId = q.value(2).toString();
        e.entity = q.value(3).toString();
        e.recordId = q.value(4).toString();
        e.kind = kindFromName(q.value(5).toString());
        e.fields = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.baseRevision = q.value(7).toLongLong();
        e.createdAt = q.value(8).toString();
        e.rejected = q.value(9).toString() == u"rejected";
        e.error = q.value(10).toString();
        e.base = QJsonDocument::fromJson(q.value(11).toString().toUtf8()).object();
        e.firstSentAt = q.value(12).toString();
        e.errorCode = q.value(13).toString();
        entries << e;
    }
    return entries;
}

Result<QList<OutboxEntry>> OutboxRepository::pending(const QString &authorId, int limit) const
{
    if (authorId.isEmpty())
        return select(u"state = 'pending'"_s, {}, limit);
    return select(u"state = 'pending' AND author_id = ?"_s, {authorId}, limit);
}

Result<QList<OutboxEntry>> OutboxRepository::pendingAfter(qint64 position, int limit) const
{
    return select(u"state = 'pending' AND position > ?"_s, {position}, limit);
}

Result<std::optional<OutboxEntry>> OutboxRepository::latestForRecord(QAnyStringView entity,
                                                                     const QString &recordId) const
{
    const Result<QList<OutboxEntry>> found =
        select(u"entity = ? AND record_id = ?"_s, {entity.toString(), recordId}, 1, true);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return std::optional<OutboxEntry>();
    return std::optional<OutboxEntry>(found->first());
}

Status OutboxRepository::markSent(const QStringList &opIds, const QString &at)
{
    QSqlQuery q(m_db);
    if (!q.prepare(
            u"UPDATE outbox SET first_sent_at = ? WHERE op_id = ? AND first_sent_at IS NULL"_s))
        return queryError(q);
    for (const QString &opId : opIds) {
        q.bindValue(0, at);
        q.bindValue(1, opId);
        if (!q.exec())
            return queryError(q);
    }
    return {};
}

Result<QList<OutboxEntry>> OutboxRepository::rejected() const
{
    return select(u"state = 'rejected'"_s, {});
}

Result<QList<OutboxEntry>> OutboxRepository::forRecord(QAnyStringView entity,
                                                       const QString &recordId) const
{
    return select(u"entity = ? AND record_id = ?"_s, {entity.toString(), recordId});
}

Result<QList<OutboxEntry>> OutboxRepository::byOpId(const QString &opId) const
{
    return select(u"op_id = ?"_s, {opId});
}

Result<int> OutboxRepository::pendingCount() const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

QString OutboxRepository::recordKey(QStringView entity, QStringView recordId)
{
    return entity.toString() + u'/' + recordId;
}

Result<QSet<QString>> OutboxRepository::recordKeys() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q, u"SELECT DISTINCT entity, record_id FROM outbox"_s); !s)
        return s.error();
    QSet<QString> keys;
    while (q.next())
        keys.insert(recordKey(q.value(0).toString(), q.value(1).toString()));
    return keys;
}

Status OutboxRepository::remove(const QString &opId)
{
    return exec(m_db, u"DELETE FROM outbox WHERE op_id = ?"_s, {opId});
}

Status OutboxRepository::markRejected(const QString &opId, const QString &reason,
                                      const QString &code)
{
    return exec(
        m_db, u"UPDATE outbox SET state = 'rejected', error = ?, error_code = ? WHERE op_id = ?"_s,
        {reason, code, opId});
}

Status OutboxRepository::markPending(const QString &opId)
{
    return exec(m_db,
                u"UPDATE outbox SET state = 'pending', error = NULL, error_code = NULL "
                "WHERE op_id = ?"_s,
                {opId});
}

} // namespace Core

#include "recordrepository.h"

#include "database.h"
#include "entityschema.h"

#include <algorithm>

#include <sqlite3.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

QJsonValue fromColumn(const FieldSpec &field, const QVariant &value)
{
    if (value.isNull())
        return QJsonValue::Null;
    switch (field.type) {
    case FieldType::Integer:
        return value.toLongLong();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(value.toString().toUtf8());
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    case FieldType::Text:
        break;
    }
    return value.toString();
}

QString columnList(const EntitySpec &spec)
{
    QStringList columns{u"id"_s, u"revision"_s, u"updated_at"_s, u"updated_by"_s};
    for (const FieldSpec &f : spec.fields)
        columns << f.name;
    return columns.join(u", "_s);
}

Record readRow(const EntitySpec &spec, const QSqlQuery &q)
{
    Record r;
    r.entity = spec.name;
    r.id = q.value(0).toString();
    r.revision = q.value(1).toLongLong();
    r.updatedAt = q.value(2).toString();
    r.updatedBy = q.value(3).toString();
    for (qsizetype i = 0; i < spec.fields.size(); ++i) {
        const QVariant v = q.value(int(i) + 4);
        if (!v.isNull())
            r.fields.insert(spec.fields[i].name, fromColumn(spec.fields[i], v));
    }
    return r;
}

// `spec` with only the fields named in `only`.
Result<EntitySpec> outlineOf(const EntitySpec &spec, const QStringList &only)
{
    EntitySpec outline{spec.name, {}, spec.sinceVersion};
    for (const QString &name : only) {
        const FieldSpec *f = spec.field(name);
        if (!f)
            return makeError(ErrorCode::Invalid, u"%1 has no field '%2'"_s.arg(spec.name, name));
        outline.fields << *f;
    }
    return outline;
}

// A failed statement run through SQLite itself, as queryError() tells one
// run through Qt (busy or locked: try again).
Error sqliteError(sqlite3 *connection, int rc, QAnyStringView entity)
{
    const int primary = rc & 0xff;
    return makeError(primary == SQLITE_BUSY || primary == SQLITE_LOCKED ? ErrorCode::Busy
                                                                        : ErrorCode::Query,
                     u"%1 (writing %2 records)"_s.arg(QString::fromUtf8(sqlite3_errmsg(connection)),
                                                      entity.toString()));
}

Error unknownEntity(QAnyStringView entity)
{
    return makeError(ErrorCode::Invalid, u"unknown entity '%1'"_s.arg(entity.toString()));
}

} // namespace

RecordRepository::RecordRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_shared<Statements>())
{}

RecordRepository::Statements::~Statements()
{
    for (sqlite3_stmt *statement : std::as_const(upsert))
        sqlite3_finalize(statement);
}

Result<QSqlQuery *> RecordRepository::preparedRemove(const EntitySpec &spec)
{
    if (const auto it = m_statements->remove.find(&spec); it != m_statements->remove.end())
        return &*it;
    QSqlQuery q(m_db);
    if (!q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(spec.name)))
        return queryError(q);
    return &*m_statements->remove.insert(&spec, std::move(q));
}

sqlite3 *RecordRepository::connection()
{
    if (!m_statements->connection)
        m_statements->connection = sqliteHandle(m_db);
    return m_statements->connection;
}

Result<sqlite3_stmt *> RecordRepository::preparedUpsert(const EntitySpec &spec, int rows)
{
    const std::pair key{&spec, rows};
    if (const auto it = m_statements->upsert.find(key); it != m_statements->upsert.end())
        return *it;
    sqlite3 *connection = this->connection();
    if (!connection)
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    QStringList placeholders;
    placeholders.fill(u"?"_s, spec.fields.size() + 4);
    QStringList values;
    values.fill(u"(%1)"_s.arg(placeholders.join(u","_s)), rows);
    QStringList updates{u"revision = excluded.revision"_s, u"updated_at = excluded.updated_at"_s,
                        u"updated_by = excluded.updated_by"_s};
    for (const FieldSpec &f : spec.fields)
        updates << u"%1 = excluded.%1"_s.arg(f.name);
    const QByteArray sql =
        u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) DO UPDATE SET %4"_s
            .arg(spec.name, columnList(spec), values.join(u","_s), updates.join(u", "_s))
            .toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (const int rc = sqlite3_prepare_v3(connection, sql.constData(), int(sql.size()),
                                          SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
        rc != SQLITE_OK) {
        sqlite3_finalize(statement);
        return sqliteError(connection, rc, spec.name);
    }
    m_statements->upsert.insert(key, statement);
    return statement;
}

Result<Record> RecordRepository::get(QAnyStringView entity, const QString &id) const
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    QSqlQuery q(m_db);
    if (Status s =
            exec(q, u"SELECT %1 FROM %2 WHERE id = ?"_s.arg(columnList(*spec), spec->name), {id});
        !s)
        return s.error();
    if (!q.next())
        return makeError(ErrorCode::NotFound, u"%1 %2"_s.arg(spec->name, id));
    return readRow(*spec, q);
}

Result<QList<Record>> RecordRepository::listOutline(QAnyStringView entity, const QStringList &only,
                                                    QStringView field, const QVariant &value,
                                                    QStringView orderBy) const
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    const Result<EntitySpec> outline = outlineOf(*spec, only);
    if (!outline)
        return outline.error();
    return list(*spec, *outline, field, value, orderBy);
}

Result<QList<Record>> RecordRepository::getMany(QAnyStringView entity, const QStringList &ids,
                                                const QStringList &only) const
{
    const EntitySpec *full = entitySpec(entity);
    if (!full)
        return unknownEntity(entity);
    const Result<EntitySpec> outline = outlineOf(*full, only);
    if (!outline)
        return outline.error();
    const EntitySpec *spec = only.isEmpty() ? full : &*outline;
    constexpr qsizetype Chunk = 500; // well under SQLite's limit of bound values
    QList<Record> records;
    for (qsizetype from = 0; from < ids.size(); from += Chunk) {
        const QStringList chunk = ids.mid(from, Chunk);
        QStringList marks(chunk.size(), u"?"_s);
        QVariantList values;
        for (const QString &id : chunk)
            values << id;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = exec(q,
                            u"SELECT %1 FROM %2 WHERE id IN (%3)"_s.arg(
                                columnList(*spec), spec->name, marks.join(u',')),
                            values);
            !s) {
            return s.error();
        }
        while (q.next())
            records << readRow(*spec, q);
    }
    return records;
}

Result<QList<Record>> RecordRepository::list(QAnyStringView entity, QStringView field,
                                             const QVariant &value, QStringView orderBy) const
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    return list(*spec, *spec, field, value, orderBy);
}

Result<QList<Record>> RecordRepository::list(const EntitySpec &full, const EntitySpec &read,
                                             QStringView field, const QVariant &value,
                                             QStringView orderBy) const
{
    const EntitySpec *spec = &full;
    QString sql = u"SELECT %1 FROM %2"_s.arg(columnList(read), spec->name);
    QVariantList values;
    if (!field.isEmpty()) {
        if (!spec->field(field) && field != u"id")
            return makeError(ErrorCode::Invalid, u"%1 has no field '%2'"_s.arg(spec->name, field));
        sql += u" WHERE %1 = ?"_s.arg(field);
        values << value;
    }
    if (!orderBy.isEmpty()) {
        if (!spec->field(orderBy))
            return makeError(ErrorCode::Invalid,
                             u"%1 has no field '%2'"_s.arg(spec->name, orderBy));
        sql += u" ORDER BY %1, id"_s.arg(orderBy);
    } else {
        sql += u" ORDER BY rowid"_s;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q, sql, values); !s)
        return s.error();
    QList<Record> records;
    while (q.next())
        records << readRow(read, q);
    return records;
}

Result<int> RecordRepository::count(QAnyStringView entity) const
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT count(*) FROM %1"_s.arg(spec->name)); !s)
        return s.error();
    q.next();
    return q.value(0).toInt();
}

Status RecordRepository::upsert(const Record &record)
{
    return upsertAll({&record});
}

Status RecordRepository::upsertAll(QList<const Record *> records, Checked checked)
{
    if (records.isEmpty())
        return {};
    if (checked == Checked::No) {
        for (const Record *record : std::as_const(records)) {
            if (Status s = validateRecord(*record); !s)
                return s;
        }
    }
    const EntitySpec *known = entitySpec(records.first()->entity);
    if (!known)
        return unknownEntity(records.first()->entity);
    const EntitySpec &spec = *known;
    if (const auto other =
            std::find_if(records.cbegin(), records.cend(),
                         [&](const Record *r) { return r->entity != records.first()->entity; });
        other != records.cend()) {
        return makeError(ErrorCode::Invalid, u"%1 and %2 records written as one"_s.arg(
                                                 records.first()->entity, (*other)->entity));
    }
    // Statements of up to 1,024 rows (a page of most kinds in one), fewer
    // when SQLite's limit of bound values says so, then of the powers of
    // two the rest adds up to: a few statements kept prepared per entity.
    sqlite3 *connection = this->connection();
    if (!connection)
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    const qsizetype columns = spec.fields.size() + 4;
    const int most = sqlite3_limit(connection, SQLITE_LIMIT_VARIABLE_NUMBER, -1);
    int mostRows = 1024;
    while (mostRows > 1 && mostRows * columns > most)
        mostRows /= 2;
    QList<QByteArray> texts; // bound without a copy: kept until the statement ran
    qsizetype done = 0;
    while (done < records.size()) {
        int rows = mostRows;
        while (rows > records.size() - done)
            rows /= 2;
        const Result<sqlite3_stmt *> prepared = preparedUpsert(spec, rows);
        if (!prepared)
            return prepared.error();
        sqlite3_stmt *statement = *prepared;
        texts.clear();
        texts.reserve(rows * columns);
        int index = 0;
        const auto bindText = [&](QByteArray utf8, bool null) {
            ++index;
            if (null) {
                sqlite3_bind_null(statement, index);
                return;
            }
            texts.append(std::move(utf8));
            sqlite3_bind_text(statement, index, texts.last().constData(), int(texts.last().size()),
                              SQLITE_STATIC);
        };
        for (qsizetype i = done; i < done + rows; ++i) {
            const Record &record = *records[i];
            bindText(record.id.toUtf8(), record.id.isNull());
            sqlite3_bind_int64(statement, ++index, record.revision);
            bindText(record.updatedAt.toUtf8(), record.updatedAt.isNull());
            bindText(record.updatedBy.toUtf8(), record.updatedBy.isNull());
            for (const FieldSpec &f : spec.fields) {
                const QJsonValue value = record.fields.value(f.name);
                if (value.isNull() || value.isUndefined()) {
                    sqlite3_bind_null(statement, ++index);
                    continue;
                }
                switch (f.type) {
                case FieldType::Integer:
                    sqlite3_bind_int64(statement, ++index, value.toInteger());
                    break;
                case FieldType::Real:
                    sqlite3_bind_double(statement, ++index, value.toDouble());
                    break;
                case FieldType::Json:
                    bindText(value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact),
                             false);
                    break;
                case FieldType::Text: {
                    // As Qt binds it: a null string is NULL.
                    const QString text = value.toString();
                    bindText(text.toUtf8(), text.isNull());
                    break;
                }
                }
            }
        }
        const int rc = sqlite3_step(statement);
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
        if (rc != SQLITE_DONE)
            return sqliteError(connection, rc, spec.name);
        done += rows;
    }
    return {};
}

Status RecordRepository::remove(QAnyStringView entity, const QString &id)
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    const Result<QSqlQuery *> q = preparedRemove(*spec);
    if (!q)
        return q.error();
    (*q)->bindValue(0, id);
    if (!(*q)->exec())
        return queryError(**q);
    return {};
}

} // namespace Core

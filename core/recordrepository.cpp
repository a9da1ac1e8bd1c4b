#include "recordrepository.h"

#include "database.h"
#include "entityschema.h"

#include <algorithm>

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

QVariant toColumn(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QVariant(field.type == FieldType::Integer ? QMetaType::fromType<qint64>()
                                                         : QMetaType::fromType<QString>());
    switch (field.type) {
    case FieldType::Integer:
        return value.toInteger();
    case FieldType::Real:
        return value.toDouble();
    case FieldType::Json:
        return QString::fromUtf8(
            value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case FieldType::Text:
        break;
    }
    return value.toString();
}

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

Error unknownEntity(QAnyStringView entity)
{
    return makeError(ErrorCode::Invalid, u"unknown entity '%1'"_s.arg(entity.toString()));
}

} // namespace

RecordRepository::RecordRepository(QSqlDatabase db)
    : m_db(std::move(db))
    , m_statements(std::make_shared<Statements>())
{}

Result<QSqlQuery *> RecordRepository::prepared(Statement kind, const EntitySpec &spec, int rows)
{
    if (kind == Statement::Remove) {
        if (const auto it = m_statements->remove.find(&spec); it != m_statements->remove.end())
            return &*it;
        QSqlQuery q(m_db);
        if (!q.prepare(u"DELETE FROM %1 WHERE id = ?"_s.arg(spec.name)))
            return queryError(q);
        return &*m_statements->remove.insert(&spec, std::move(q));
    }
    const std::pair key{&spec, rows};
    if (const auto it = m_statements->upsert.find(key); it != m_statements->upsert.end())
        return &*it;
    QStringList placeholders;
    placeholders.fill(u"?"_s, spec.fields.size() + 4);
    QStringList values;
    values.fill(u"(%1)"_s.arg(placeholders.join(u", "_s)), rows);
    QStringList updates{u"revision = excluded.revision"_s, u"updated_at = excluded.updated_at"_s,
                        u"updated_by = excluded.updated_by"_s};
    for (const FieldSpec &f : spec.fields)
        updates << u"%1 = excluded.%1"_s.arg(f.name);
    QSqlQuery q(m_db);
    if (!q.prepare(u"INSERT INTO %1 (%2) VALUES %3 ON CONFLICT (id) DO UPDATE SET %4"_s.arg(
            spec.name, columnList(spec), values.join(u", "_s), updates.join(u", "_s))))
        return queryError(q);
    return &*m_statements->upsert.insert(key, std::move(q));
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

Status RecordRepository::upsertAll(QList<const Record *> records)
{
    if (records.isEmpty())
        return {};
    for (const Record *record : std::as_const(records)) {
        if (Status s = validateRecord(*record); !s)
            return s;
    }
    const EntitySpec &spec = *entitySpec(records.first()->entity);
    if (const auto other = std::find_if(
            records.cbegin(), records.cend(),
            [&](const Record *r) { return r->entity != records.first()->entity; });
        other != records.cend()) {
        return makeError(ErrorCode::Invalid, u"%1 and %2 records written as one"_s.arg(
                                                 records.first()->entity, (*other)->entity));
    }
    // Statements of 256 rows (fewer for an entity of many fields: SQLite
    // binds at most 32,766 values), then of the powers of two the rest adds
    // up to: a few statements kept prepared per entity.
    int mostRows = 256;
    while (mostRows > 1 && mostRows * (spec.fields.size() + 4) > 32766)
        mostRows /= 2;
    qsizetype done = 0;
    while (done < records.size()) {
        int rows = mostRows;
        while (rows > records.size() - done)
            rows /= 2;
        const Result<QSqlQuery *> q = prepared(Statement::Upsert, spec, rows);
        if (!q)
            return q.error();
        int column = 0;
        for (qsizetype i = done; i < done + rows; ++i) {
            const Record &record = *records[i];
            (*q)->bindValue(column++, record.id);
            (*q)->bindValue(column++, record.revision);
            (*q)->bindValue(column++, record.updatedAt);
            (*q)->bindValue(column++, record.updatedBy);
            for (const FieldSpec &f : spec.fields)
                (*q)->bindValue(column++, toColumn(f, record.fields.value(f.name)));
        }
        if (!(*q)->exec())
            return queryError(**q);
        done += rows;
    }
    return {};
}

Status RecordRepository::remove(QAnyStringView entity, const QString &id)
{
    const EntitySpec *spec = entitySpec(entity);
    if (!spec)
        return unknownEntity(entity);
    const Result<QSqlQuery *> q = prepared(Statement::Remove, *spec);
    if (!q)
        return q.error();
    (*q)->bindValue(0, id);
    if (!(*q)->exec())
        return queryError(**q);
    return {};
}

} // namespace Core

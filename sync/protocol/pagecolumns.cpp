#include "pagecolumns.h"

#include <QHash>
#include <QJsonArray>
#include <QtNumeric>

#include <optional>

namespace Sync::Protocol {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

// The records of one entity with the same field names, in page order.
struct Table {
    QString entity;
    QStringList fields;
    QList<const Core::Record *> records;
};

// The tombstones of one entity, in page order.
struct DeletedTable {
    QString entity;
    QList<const Core::Tombstone *> tombstones;
};

Core::Error malformed(const QString &why)
{
    return makeError(ErrorCode::Protocol, u"a page in columns is malformed: %1"_s.arg(why));
}

// The revisions of a "rev" column: the first as it is, each next one added
// to the one before. Empty with `ok` false on a value that is not a whole
// number or a sum out of range.
QList<qint64> revisions(const QJsonArray &column, bool &ok)
{
    QList<qint64> out;
    out.reserve(column.size());
    qint64 revision = 0;
    ok = true;
    for (const QJsonValue &v : column) {
        const qint64 step = v.toInteger(-1);
        if (!v.isDouble() || (step == -1 && v.toDouble() != -1.0) ||
            qAddOverflow(revision, step, &revision) || revision < 0) {
            ok = false;
            return {};
        }
        out.append(revision);
    }
    return out;
}

// A UUID as Core::newRecordId() writes it: 36 characters, lowercase hex
// with dashes at 8, 13, 18 and 23.
bool isCanonicalUuid(QStringView s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s[i].unicode();
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// A column whose values are all UUIDs travels as one string of their hex
// digits, {"uuids": "…"} (32 digits each): without quotes, commas and dashes
// the random digits cost about 16 bytes each once compressed, not 20.
QJsonValue packed(const QJsonArray &column)
{
    if (column.isEmpty())
        return column;
    QString hex;
    hex.reserve(column.size() * 32);
    for (const QJsonValue &v : column) {
        const QString s = v.toString();
        if (!v.isString() || !isCanonicalUuid(s))
            return column;
        for (const QChar c : s) {
            if (c != u'-')
                hex.append(c);
        }
    }
    return QJsonObject{{u"uuids"_s, hex}};
}

// A column as packed() wrote it; nullopt when it is neither a list nor
// {"uuids": "…"} of whole UUIDs in lowercase hex.
std::optional<QJsonArray> unpacked(const QJsonValue &column)
{
    if (column.isArray())
        return column.toArray();
    const QJsonValue uuids = column.toObject().value("uuids"_L1);
    if (!column.isObject() || !uuids.isString())
        return std::nullopt;
    const QString hex = uuids.toString();
    if (hex.size() % 32 != 0)
        return std::nullopt;
    QJsonArray out;
    QString uuid(36, u'-');
    for (qsizetype at = 0; at < hex.size(); at += 32) {
        qsizetype to = 0;
        for (qsizetype i = 0; i < 32; ++i, ++to) {
            const char16_t c = hex[at + i].unicode();
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return std::nullopt;
            if (to == 8 || to == 13 || to == 18 || to == 23)
                ++to;
            uuid[to] = QChar(c);
        }
        out.append(uuid);
    }
    return out;
}

QJsonArray revisionColumn(const QList<qint64> &revisions)
{
    QJsonArray column;
    qint64 previous = 0;
    for (const qint64 revision : revisions) {
        column.append(revision - previous);
        previous = revision;
    }
    return column;
}

} // namespace

void writeColumns(const PullPage &page, QJsonObject &out)
{
    QList<Table> tables;
    QHash<QString, qsizetype> tableOf; // entity and field names, one a line
    for (const Core::Record &r : page.records) {
        QStringList fields = r.fields.keys();
        const QString key = r.entity + u'\n' + fields.join(u'\n');
        auto it = tableOf.constFind(key);
        if (it == tableOf.cend()) {
            it = tableOf.insert(key, tables.size());
            tables.append({r.entity, std::move(fields), {}});
        }
        tables[*it].records.append(&r);
    }
    QJsonArray jsonTables;
    for (const Table &t : tables) {
        QJsonArray ids;
        QJsonArray updatedAt;
        QJsonArray updatedBy;
        QList<qint64> revs;
        QList<QJsonArray> values(t.fields.size());
        for (const Core::Record *r : t.records) {
            ids.append(r->id);
            revs.append(r->revision);
            updatedAt.append(r->updatedAt);
            updatedBy.append(r->updatedBy);
            // Every record of the table has these fields, in this (sorted) order.
            qsizetype f = 0;
            for (auto it = r->fields.begin(); it != r->fields.end(); ++it, ++f)
                values[f].append(it.value());
        }
        QJsonArray valueColumns;
        for (const QJsonArray &column : values)
            valueColumns.append(packed(column));
        jsonTables.append(QJsonObject{{u"entity"_s, t.entity},
                                      {u"fields"_s, QJsonArray::fromStringList(t.fields)},
                                      {u"id"_s, packed(ids)},
                                      {u"rev"_s, revisionColumn(revs)},
                                      {u"updated_at"_s, updatedAt},
                                      {u"updated_by"_s, packed(updatedBy)},
                                      {u"values"_s, valueColumns}});
    }
    out.insert(u"tables"_s, jsonTables);

    QList<DeletedTable> deleted;
    QHash<QString, qsizetype> deletedOf;
    for (const Core::Tombstone &t : page.tombstones) {
        auto it = deletedOf.constFind(t.entity);
        if (it == deletedOf.cend()) {
            it = deletedOf.insert(t.entity, deleted.size());
            deleted.append({t.entity, {}});
        }
        deleted[*it].tombstones.append(&t);
    }
    if (deleted.isEmpty())
        return;
    QJsonArray jsonDeleted;
    for (const DeletedTable &d : deleted) {
        QJsonArray ids;
        QList<qint64> revs;
        for (const Core::Tombstone *t : d.tombstones) {
            ids.append(t->id);
            revs.append(t->revision);
        }
        jsonDeleted.append(QJsonObject{
            {u"entity"_s, d.entity}, {u"id"_s, packed(ids)}, {u"rev"_s, revisionColumn(revs)}});
    }
    out.insert(u"deleted"_s, jsonDeleted);
}

Core::Status readColumns(const QJsonObject &object, PullPage &page)
{
    const QJsonValue tables = object.value("tables"_L1);
    const QJsonValue deleted = object.value("deleted"_L1);
    if (!tables.isArray() || !(deleted.isUndefined() || deleted.isArray()))
        return malformed(u"tables and deleted must be lists"_s);
    for (const QJsonValue &tableValue : tables.toArray()) {
        const QJsonObject table = tableValue.toObject();
        const QJsonValue entity = table.value("entity"_L1);
        const QJsonArray fields = table.value("fields"_L1).toArray();
        const std::optional<QJsonArray> ids = unpacked(table.value("id"_L1));
        const std::optional<QJsonArray> updatedAt = unpacked(table.value("updated_at"_L1));
        const std::optional<QJsonArray> updatedBy = unpacked(table.value("updated_by"_L1));
        const QJsonArray values = table.value("values"_L1).toArray();
        if (!entity.isString() || !ids || !updatedAt || !updatedBy)
            return malformed(u"a table lacks its entity or a column"_s);
        const qsizetype count = ids->size();
        bool revsOk = false;
        const QList<qint64> revs = revisions(table.value("rev"_L1).toArray(), revsOk);
        if (!revsOk || revs.size() != count || updatedAt->size() != count ||
            updatedBy->size() != count || values.size() != fields.size()) {
            return malformed(u"a table's columns differ in length"_s);
        }
        QStringList names;
        QList<QJsonArray> columns;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QString name = fields.at(f).toString();
            if (!fields.at(f).isString() || names.contains(name))
                return malformed(u"a field is not named, or named twice"_s);
            names << name;
            std::optional<QJsonArray> column = unpacked(values.at(f));
            if (!column || column->size() != count)
                return malformed(u"a table's columns differ in length"_s);
            columns << std::move(*column);
        }
        page.records.reserve(page.records.size() + count);
        for (qsizetype i = 0; i < count; ++i) {
            if (!ids->at(i).isString())
                return malformed(u"a record id is not a string"_s);
            Core::Record r;
            r.entity = entity.toString();
            r.id = ids->at(i).toString();
            r.revision = revs.at(i);
            r.updatedAt = updatedAt->at(i).toString();
            r.updatedBy = updatedBy->at(i).toString();
            for (qsizetype f = 0; f < names.size(); ++f)
                r.fields.insert(names.at(f), columns.at(f).at(i));
            if (Core::Status s = Core::validateRecord(r); !s)
                return makeError(ErrorCode::Protocol, s.error().detail);
            page.records.append(std::move(r));
        }
    }
    for (const QJsonValue &deletedValue : deleted.toArray()) {
        const QJsonObject table = deletedValue.toObject();
        const QJsonValue entity = table.value("entity"_L1);
        const std::optional<QJsonArray> ids = unpacked(table.value("id"_L1));
        bool revsOk = false;
        const QList<qint64> revs = revisions(table.value("rev"_L1).toArray(), revsOk);
        if (!entity.isString() || !ids || !revsOk || revs.size() != ids->size())
            return malformed(u"a table's columns differ in length"_s);
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const Core::Tombstone t{entity.toString(), ids->at(i).toString(), revs.at(i)};
            // Checked like a record: a bad tombstone would fail every later
            // attempt to apply its page.
            if (!ids->at(i).isString())
                return malformed(u"a record id is not a string"_s);
            if (Core::Status s = Core::validateRecord({t.entity, t.id, t.revision, {}, {}, {}}); !s)
                return makeError(ErrorCode::Protocol, s.error().detail);
            page.tombstones.append(t);
        }
    }
    return {};
}

} // namespace Sync::Protocol

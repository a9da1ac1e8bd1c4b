#include "pagecolumns.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <QtNumeric>

#include <algorithm>
#include <optional>

namespace Sync::Protocol {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

// One member of a record's fields as JSON text: its name (with its quotes)
// and its value, both as written.
struct Member {
    QByteArrayView name;
    QByteArrayView value;
};

// A record's fields as JSON text and their members, sorted by name.
struct TextFields {
    QByteArray text;
    QList<Member> members;
};

// The records of one entity with the same field names, in page order.
struct Table {
    QString entity;
    QList<QByteArrayView> fields; // names as written, with their quotes
    QList<qsizetype> records;     // indexes in the page and its TextFields
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

char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return char16_t(uchar(c));
}

// A UUID as Core::newRecordId() writes it: 36 characters, lowercase hex
// with dashes at 8, 13, 18 and 23.
template<typename View> bool isCanonicalUuid(View s)
{
    if (s.size() != 36)
        return false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = unit(s[i]);
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? c != u'-' : !((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

// Appends `s` as a JSON string.
void appendString(QByteArray &out, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    out += '"';
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const uchar c = uchar(utf8.at(i));
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.constData() + from, i - from);
        from = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += "0123456789abcdef"[c >> 4];
            out += "0123456789abcdef"[c & 15];
        }
    }
    out.append(utf8.constData() + from, utf8.size() - from);
    out += '"';
}

// Appends a UUID's 32 hex digits.
template<typename View> void appendHex(QByteArray &out, View uuid)
{
    for (qsizetype i = 0; i < uuid.size(); ++i) {
        if (uuid[i] != u'-')
            out += char(unit(uuid[i]));
    }
}

// A column whose values are all UUIDs travels as one string of their hex
// digits, {"uuids": "…"} (32 digits each): without quotes, commas and dashes
// the random digits cost about 16 bytes each once compressed, not 20.
void appendPacked(QByteArray &out, qsizetype count, auto uuidAt)
{
    out += "{\"uuids\":\"";
    out.reserve(out.size() + count * 32 + 2);
    for (qsizetype i = 0; i < count; ++i)
        appendHex(out, uuidAt(i));
    out += "\"}";
}

enum class Packing { Uuids, None };

// A column of strings: packed when all are UUIDs and `packing` allows.
void appendStrings(QByteArray &out, const QList<QStringView> &column,
                   Packing packing = Packing::Uuids)
{
    if (packing == Packing::Uuids && !column.isEmpty() &&
        std::all_of(column.cbegin(), column.cend(), isCanonicalUuid<QStringView>)) {
        appendPacked(out, column.size(), [&column](qsizetype i) { return column.at(i); });
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < column.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, column.at(i));
    }
    out += ']';
}

// A column of values as JSON text, copied as they are; packed when all are
// UUID strings.
void appendValues(QByteArray &out, const QList<QByteArrayView> &column)
{
    const auto inner = [](QByteArrayView v) {
        return v.sliced(1, v.size() - 2);
    };
    const auto isUuid = [&inner](QByteArrayView v) {
        return v.size() == 38 && v.front() == '"' && v.back() == '"' && isCanonicalUuid(inner(v));
    };
    if (!column.isEmpty() && std::all_of(column.cbegin(), column.cend(), isUuid)) {
        appendPacked(out, column.size(), [&](qsizetype i) { return inner(column.at(i)); });
        return;
    }
    out += '[';
    for (qsizetype i = 0; i < column.size(); ++i) {
        if (i > 0)
            out += ',';
        out.append(column.at(i).data(), column.at(i).size());
    }
    out += ']';
}

// A "rev" column: the first revision, then each one's difference from the
// one before.
void appendRevisions(QByteArray &out, const QList<qint64> &revisions)
{
    out += '[';
    qint64 previous = 0;
    for (qsizetype i = 0; i < revisions.size(); ++i) {
        if (i > 0)
            out += ',';
        out += QByteArray::number(revisions.at(i) - previous);
        previous = revisions.at(i);
    }
    out += ']';
}

// The end of the JSON string that starts at `at` (its quote), or -1.
qsizetype stringEnd(QByteArrayView t, qsizetype at)
{
    for (qsizetype i = at + 1; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the JSON value that starts at `at`, or -1. Lists and objects
// are skipped by their brackets; what is in them is not checked.
qsizetype valueEnd(QByteArrayView t, qsizetype at)
{
    if (at >= t.size())
        return -1;
    if (t[at] == '"')
        return stringEnd(t, at);
    if (t[at] == '{' || t[at] == '[') {
        int depth = 0;
        for (qsizetype i = at; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                i = stringEnd(t, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = at;
    while (i < t.size() && !QByteArrayView(",}] \t\n\r").contains(t[i]))
        ++i;
    return i > at ? i : -1;
}

qsizetype skipSpace(QByteArrayView t, qsizetype i)
{
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\n' || t[i] == '\r'))
        ++i;
    return i;
}

// The members of a JSON object's text, sorted by name; false when the text
// is not one object or names a member twice.
bool splitObject(QByteArrayView t, QList<Member> &members)
{
    qsizetype i = skipSpace(t, 0);
    if (i >= t.size() || t[i] != '{')
        return false;
    i = skipSpace(t, i + 1);
    if (i < t.size() && t[i] == '}') {
        ++i;
    } else {
        for (;;) {
            if (i >= t.size() || t[i] != '"')
                return false;
            const qsizetype nameEnd = stringEnd(t, i);
            if (nameEnd < 0)
                return false;
            const QByteArrayView name = t.sliced(i, nameEnd - i);
            i = skipSpace(t, nameEnd);
            if (i >= t.size() || t[i] != ':')
                return false;
            i = skipSpace(t, i + 1);
            const qsizetype end = valueEnd(t, i);
            if (end < 0)
                return false;
            members.append({name, t.sliced(i, end - i)});
            i = skipSpace(t, end);
            if (i < t.size() && t[i] == ',') {
                i = skipSpace(t, i + 1);
                continue;
            }
            if (i >= t.size() || t[i] != '}')
                return false;
            ++i;
            break;
        }
    }
    if (skipSpace(t, i) != t.size())
        return false;
    std::sort(members.begin(), members.end(),
              [](const Member &a, const Member &b) { return a.name < b.name; });
    return std::adjacent_find(members.cbegin(), members.cend(),
                              [](const Member &a, const Member &b) { return a.name == b.name; }) ==
           members.cend();
}

// A record's fields as text: `stored` when given, else its fields written.
// Text that does not split (not an object, a name twice) is read and
// written again, as Qt writes an object (whose text always splits).
TextFields textFields(const Core::Record &r, const QByteArray *stored)
{
    TextFields t;
    t.text = stored ? *stored : QJsonDocument(r.fields).toJson(QJsonDocument::Compact);
    if (!splitObject(t.text, t.members)) {
        t.members.clear();
        t.text =
            QJsonDocument(QJsonDocument::fromJson(t.text).object()).toJson(QJsonDocument::Compact);
        splitObject(t.text, t.members);
    }
    return t;
}

// The UUIDs of a column packed() wrote as {"uuids": "…"}; nullopt when the
// column is not that, or its digits are not whole UUIDs in lowercase hex.
std::optional<QStringList> packedUuids(const QJsonValue &column)
{
    const QJsonValue uuids = column.toObject().value("uuids"_L1);
    if (!column.isObject() || !uuids.isString())
        return std::nullopt;
    const QString hex = uuids.toString();
    if (hex.size() % 32 != 0)
        return std::nullopt;
    QStringList out;
    out.reserve(hex.size() / 32);
    for (qsizetype at = 0; at < hex.size(); at += 32) {
        QString uuid(36, u'-');
        qsizetype to = 0;
        for (qsizetype i = 0; i < 32; ++i, ++to) {
            const char16_t c = hex[at + i].unicode();
            if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
                return std::nullopt;
            if (to == 8 || to == 13 || to == 18 || to == 23)
                ++to;
            uuid[to] = QChar(c);
        }
        out.append(std::move(uuid));
    }
    return out;
}

// A column of a table's values: a list, or the UUIDs of a packed one.
struct ValueColumn {
    QJsonArray values;
    QStringList uuids;
    bool packed = false;

    qsizetype size() const { return packed ? uuids.size() : values.size(); }
    QJsonValue at(qsizetype i) const { return packed ? QJsonValue(uuids.at(i)) : values.at(i); }
};

// A column as packed() wrote it; nullopt when it is neither a list nor
// {"uuids": "…"} of whole UUIDs in lowercase hex.
std::optional<ValueColumn> unpacked(const QJsonValue &column)
{
    if (column.isArray())
        return ValueColumn{column.toArray(), {}, false};
    if (std::optional<QStringList> uuids = packedUuids(column))
        return ValueColumn{{}, std::move(*uuids), true};
    return std::nullopt;
}

// A column of texts (ids, times, authors) as packed() wrote it, read
// straight into strings; a value that is not a string reads as none, and
// clears `allStrings`. nullopt as unpacked().
std::optional<QStringList> texts(const QJsonValue &column, bool &allStrings)
{
    allStrings = true;
    if (!column.isArray())
        return packedUuids(column);
    const QJsonArray values = column.toArray();
    QStringList out;
    out.reserve(values.size());
    for (const QJsonValue &v : values) {
        allStrings = allStrings && v.isString();
        out.append(v.toString());
    }
    return out;
}

} // namespace

QByteArray writeColumns(const PullPage &page)
{
    QList<TextFields> fields(page.records.size());
    QList<Table> tables;
    QHash<QByteArray, qsizetype> tableOf; // entity and field names, one a line
    for (qsizetype i = 0; i < page.records.size(); ++i) {
        const Core::Record &r = page.records.at(i);
        fields[i] =
            textFields(r, i < page.storedFields.size() ? &page.storedFields.at(i) : nullptr);
        QByteArray key = r.entity.toUtf8();
        for (const Member &m : std::as_const(fields[i].members))
            key.append('\n').append(m.name.data(), m.name.size());
        auto it = tableOf.constFind(key);
        if (it == tableOf.cend()) {
            it = tableOf.insert(key, tables.size());
            QList<QByteArrayView> names;
            names.reserve(fields[i].members.size());
            for (const Member &m : std::as_const(fields[i].members))
                names.append(m.name);
            tables.append({r.entity, std::move(names), {}});
        }
        tables[*it].records.append(i);
    }

    QByteArray out;
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
    if (!deleted.isEmpty()) {
        out += "\"deleted\":[";
        for (const DeletedTable &d : std::as_const(deleted)) {
            if (&d != &deleted.constFirst())
                out += ',';
            QList<QStringView> ids;
            QList<qint64> revs;
            for (const Core::Tombstone *t : d.tombstones) {
                ids.append(t->id);
                revs.append(t->revision);
            }
            out += "{\"entity\":";
            appendString(out, d.entity);
            out += ",\"id\":";
            appendStrings(out, ids);
            out += ",\"rev\":";
            appendRevisions(out, revs);
            out += '}';
        }
        out += "],";
    }

    out += "\"tables\":[";
    for (const Table &t : std::as_const(tables)) {
        if (&t != &tables.constFirst())
            out += ',';
        QList<QStringView> ids;
        QList<qint64> revs;
        QList<QStringView> updatedAt;
        QList<QStringView> updatedBy;
        for (const qsizetype i : t.records) {
            const Core::Record &r = page.records.at(i);
            ids.append(r.id);
            revs.append(r.revision);
            updatedAt.append(r.updatedAt);
            updatedBy.append(r.updatedBy);
        }
        out += "{\"entity\":";
        appendString(out, t.entity);
        out += ",\"fields\":[";
        for (qsizetype f = 0; f < t.fields.size(); ++f) {
            if (f > 0)
                out += ',';
            out.append(t.fields.at(f).data(), t.fields.at(f).size());
        }
        out += "],\"id\":";
        appendStrings(out, ids);
        out += ",\"rev\":";
        appendRevisions(out, revs);
        out += ",\"updated_at\":";
        appendStrings(out, updatedAt, Packing::None);
        out += ",\"updated_by\":";
        appendStrings(out, updatedBy);
        out += ",\"values\":[";
        // Every record of the table has these fields, in this (sorted) order.
        QList<QByteArrayView> column(t.records.size());
        for (qsizetype f = 0; f < t.fields.size(); ++f) {
            if (f > 0)
                out += ',';
            for (qsizetype row = 0; row < t.records.size(); ++row)
                column[row] = fields.at(t.records.at(row)).members.at(f).value;
            appendValues(out, column);
        }
        out += "]}";
    }
    out += ']';
    return out;
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
        bool idsAreStrings = false;
        bool ignored = false;
        const std::optional<QStringList> ids = texts(table.value("id"_L1), idsAreStrings);
        const std::optional<QStringList> updatedAt = texts(table.value("updated_at"_L1), ignored);
        const std::optional<QStringList> updatedBy = texts(table.value("updated_by"_L1), ignored);
        const QJsonArray values = table.value("values"_L1).toArray();
        if (!entity.isString() || !ids || !updatedAt || !updatedBy)
            return malformed(u"a table lacks its entity or a column"_s);
        if (!idsAreStrings)
            return malformed(u"a record id is not a string"_s);
        const qsizetype count = ids->size();
        bool revsOk = false;
        const QList<qint64> revs = revisions(table.value("rev"_L1).toArray(), revsOk);
        if (!revsOk || revs.size() != count || updatedAt->size() != count ||
            updatedBy->size() != count || values.size() != fields.size()) {
            return malformed(u"a table's columns differ in length"_s);
        }
        QStringList names;
        QList<ValueColumn> columns;
        for (qsizetype f = 0; f < fields.size(); ++f) {
            const QString name = fields.at(f).toString();
            if (!fields.at(f).isString() || names.contains(name))
                return malformed(u"a field is not named, or named twice"_s);
            names << name;
            std::optional<ValueColumn> column = unpacked(values.at(f));
            if (!column || column->size() != count)
                return malformed(u"a table's columns differ in length"_s);
            columns << std::move(*column);
        }
        page.records.reserve(page.records.size() + count);
        const QString entityName = entity.toString(); // one string the table's records share
        // Every record of the table has these fields: each starts as a copy
        // of them, null, and its values are set in place.
        QJsonObject blank;
        for (const QString &name : std::as_const(names))
            blank.insert(name, QJsonValue::Null);
        for (qsizetype i = 0; i < count; ++i) {
            Core::Record r;
            r.entity = entityName;
            r.id = ids->at(i);
            r.revision = revs.at(i);
            r.updatedAt = updatedAt->at(i);
            r.updatedBy = updatedBy->at(i);
            r.fields = blank;
            for (qsizetype f = 0; f < names.size(); ++f)
                r.fields[names.at(f)] = columns.at(f).at(i);
            if (Core::Status s = Core::validateRecord(r); !s)
                return makeError(ErrorCode::Protocol, s.error().detail);
            page.records.append(std::move(r));
        }
    }
    for (const QJsonValue &deletedValue : deleted.toArray()) {
        const QJsonObject table = deletedValue.toObject();
        const QJsonValue entity = table.value("entity"_L1);
        bool idsAreStrings = false;
        const std::optional<QStringList> ids = texts(table.value("id"_L1), idsAreStrings);
        bool revsOk = false;
        const QList<qint64> revs = revisions(table.value("rev"_L1).toArray(), revsOk);
        if (!entity.isString() || !ids || !revsOk || revs.size() != ids->size())
            return malformed(u"a table's columns differ in length"_s);
        // Checked like a record: a bad tombstone would fail every later
        // attempt to apply its page.
        if (!idsAreStrings)
            return malformed(u"a record id is not a string"_s);
        const QString entityName = entity.toString();
        for (qsizetype i = 0; i < ids->size(); ++i) {
            const Core::Tombstone t{entityName, ids->at(i), revs.at(i)};
            if (Core::Status s = Core::validateRecord({t.entity, t.id, t.revision, {}, {}, {}}); !s)
                return makeError(ErrorCode::Protocol, s.error().detail);
            page.tombstones.append(t);
        }
    }
    return {};
}

} // namespace Sync::Protocol

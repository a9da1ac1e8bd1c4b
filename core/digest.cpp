#include "digest.h"

#include "entityschema.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace Core {

namespace {

QByteArray normalized(const FieldSpec &field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QByteArrayLiteral("\x01null");
    switch (field.type) {
    case FieldType::Integer:
        return QByteArray::number(value.toInteger());
    case FieldType::Real:
        return QByteArray::number(value.toDouble(), 'g', 17);
    case FieldType::Json:
        return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                               : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    case FieldType::Text:
        break;
    }
    return value.toString().toUtf8();
}

} // namespace

QByteArray DigestBuilder::line(const Record &record)
{
    QCryptographicHash fields(QCryptographicHash::Sha256);
    if (const EntitySpec *spec = entitySpec(record.entity)) {
        for (const FieldSpec &f : spec->fields) {
            fields.addData(normalized(f, record.fields.value(f.name)));
            fields.addData(QByteArrayView("\x1f", 1));
        }
    }
    return record.entity.toUtf8() + '/' + record.id.toUtf8() + '/' +
           QByteArray::number(record.revision) + '/' + fields.result().toHex();
}

void DigestBuilder::add(const QString &scope, const Record &record)
{
    m_lines[scope].append(line(record));
}

QMap<QString, ScopeDigest> DigestBuilder::result() const
{
    QMap<QString, ScopeDigest> out;
    for (auto it = m_lines.begin(); it != m_lines.end(); ++it) {
        QList<QByteArray> lines = it.value();
        std::sort(lines.begin(), lines.end());
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QByteArray &l : lines) {
            hash.addData(l);
            hash.addData(QByteArrayView("\n", 1));
        }
        out.insert(it.key(), ScopeDigest{lines.size(), QString::fromLatin1(hash.result().toHex())});
    }
    return out;
}

} // namespace Core

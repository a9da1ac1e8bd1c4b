#include "record.h"

#include "entityschema.h"

#include <QDateTime>
#include <QUuid>

namespace Core {

using namespace Qt::StringLiterals;

Status validateRecord(const Record &record)
{
    const EntitySpec *spec = entitySpec(record.entity);
    if (!spec)
        return makeError(ErrorCode::Invalid, u"unknown entity '%1'"_s.arg(record.entity));
    if (QUuid::fromString(record.id).isNull())
        return makeError(ErrorCode::Invalid, u"'%1' is not a UUID"_s.arg(record.id));
    for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
        const FieldSpec *field = spec->field(it.key());
        if (!field) {
            return makeError(ErrorCode::Invalid,
                             u"%1 has no field '%2'"_s.arg(record.entity, it.key()));
        }
        const QJsonValue v = it.value();
        if (v.isNull())
            continue;
        bool fits = false;
        switch (field->type) {
        case FieldType::Text:
            fits = v.isString();
            if (const qsizetype limit = field->maxLength > 0 ? field->maxLength : MaxTextLength;
                fits && v.toString().size() > limit) {
                return makeError(ErrorCode::Invalid, u"%1.%2 is longer than %3 characters"_s
                                                         .arg(record.entity, it.key())
                                                         .arg(limit));
            }
            break;
        case FieldType::Integer:
            fits = v.isDouble() && v.toDouble() == double(v.toInteger());
            break;
        case FieldType::Real:
            fits = v.isDouble();
            break;
        case FieldType::Json:
            fits = v.isArray() || v.isObject();
            break;
        }
        if (!fits) {
            return makeError(ErrorCode::Invalid,
                             u"%1.%2 has the wrong type"_s.arg(record.entity, it.key()));
        }
    }
    return {};
}

qsizetype maxLength(QAnyStringView entity, QAnyStringView field)
{
    const EntitySpec *spec = entitySpec(entity);
    const FieldSpec *f = spec ? spec->field(field.toString()) : nullptr;
    return f && f->maxLength > 0 ? f->maxLength : MaxTextLength;
}

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace Core

#include "record.h"

#include "attachmentref.h"
#include "entityschema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
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
        if (it.key() == AttachmentsField) {
            if (Status s = checkAttachments(v); !s)
                return makeError(ErrorCode::Invalid,
                                 u"%1.%2: %3"_s.arg(record.entity, it.key(), s.error().detail));
        }
    }
    return {};
}

Status checkProfile(const Record &record)
{
    if (record.entity != Entity::Member)
        return {};
    const QJsonValue name = record.fields.value("display_name"_L1);
    if (name.isString() && name.toString().trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, u"member.display_name must not be empty"_s);
    const QJsonValue languages = record.fields.value("languages"_L1);
    if (languages.isArray()) {
        const QJsonArray list = languages.toArray();
        if (list.size() > MaxLanguages) {
            return makeError(ErrorCode::Invalid,
                             u"member.languages has more than %1 languages"_s.arg(MaxLanguages));
        }
        for (const QJsonValue &code : list) {
            if (!code.isString() || !isLanguageCode(code.toString()))
                return makeError(ErrorCode::Invalid,
                                 u"member.languages must be language codes such as \"en\""_s);
        }
    } else if (languages.isObject()) {
        return makeError(ErrorCode::Invalid, u"member.languages must be a list"_s);
    }
    return {};
}

bool isLanguageCode(const QString &code)
{
    static const QRegularExpression pattern(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
    return pattern.match(code).hasMatch();
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

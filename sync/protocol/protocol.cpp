#include "protocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Sync::Protocol {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Core::Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Protocol, u"malformed JSON: %1"_s.arg(error.errorString()));
    if (!doc.isObject())
        return makeError(ErrorCode::Protocol, u"expected a JSON object"_s);
    return doc.object();
}

bool isString(const QJsonObject &o, QLatin1StringView key)
{
    return o.value(key).isString();
}

} // namespace

QByteArray encode(const HealthInfo &v)
{
    return compact({{u"status"_s, v.status},
                    {u"version"_s, v.version},
                    {u"store"_s, v.store},
                    {u"protocol"_s, v.protocol}});
}

Core::Result<HealthInfo> decodeHealthInfo(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "status"_L1) || !isString(*o, "version"_L1))
        return makeError(ErrorCode::Protocol, u"health answer lacks status or version"_s);
    return HealthInfo{o->value("status"_L1).toString(), o->value("version"_L1).toString(),
                      o->value("store"_L1).toString(), o->value("protocol"_L1).toInt()};
}

QByteArray encode(const LoginRequest &v)
{
    return compact({{u"username"_s, v.username}, {u"password"_s, v.password}});
}

Core::Result<LoginRequest> decodeLoginRequest(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "username"_L1) || !isString(*o, "password"_L1))
        return makeError(ErrorCode::Invalid, u"username and password must be strings"_s);
    return LoginRequest{o->value("username"_L1).toString(), o->value("password"_L1).toString()};
}

QByteArray encode(const LoginResponse &v)
{
    return compact({{u"token"_s, v.token},
                    {u"member_id"_s, v.memberId},
                    {u"username"_s, v.username},
                    {u"display_name"_s, v.displayName},
                    {u"roles"_s, QJsonArray::fromStringList(v.roles)},
                    {u"expires_at"_s, v.expiresAt}});
}

Core::Result<LoginResponse> decodeLoginResponse(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "token"_L1) || !isString(*o, "member_id"_L1))
        return makeError(ErrorCode::Protocol, u"sign-in answer lacks token or member"_s);
    LoginResponse r;
    r.token = o->value("token"_L1).toString();
    r.memberId = o->value("member_id"_L1).toString();
    r.username = o->value("username"_L1).toString();
    r.displayName = o->value("display_name"_L1).toString();
    for (const QJsonValue &role : o->value("roles"_L1).toArray())
        r.roles << role.toString();
    r.expiresAt = o->value("expires_at"_L1).toString();
    return r;
}

QJsonObject recordToJson(const Core::Record &r)
{
    return {{u"entity"_s, r.entity},        {u"id"_s, r.id},
            {u"rev"_s, r.revision},         {u"updated_at"_s, r.updatedAt},
            {u"updated_by"_s, r.updatedBy}, {u"fields"_s, r.fields}};
}

Core::Result<Core::Record> recordFromJson(const QJsonObject &o)
{
    if (!isString(o, "entity"_L1) || !isString(o, "id"_L1) || !o.value("fields"_L1).isObject())
        return makeError(ErrorCode::Protocol, u"a record needs entity, id and fields"_s);
    Core::Record r;
    r.entity = o.value("entity"_L1).toString();
    r.id = o.value("id"_L1).toString();
    r.revision = o.value("rev"_L1).toInteger();
    r.updatedAt = o.value("updated_at"_L1).toString();
    r.updatedBy = o.value("updated_by"_L1).toString();
    r.fields = o.value("fields"_L1).toObject();
    if (Core::Status s = Core::validateRecord(r); !s)
        return makeError(ErrorCode::Protocol, s.error().detail);
    return r;
}

QByteArray encode(const PullPage &v)
{
    QJsonArray changes;
    for (const Core::Record &r : v.records)
        changes.append(recordToJson(r));
    for (const Core::Tombstone &t : v.tombstones) {
        changes.append(QJsonObject{{u"entity"_s, t.entity},
                                   {u"id"_s, t.id},
                                   {u"rev"_s, t.revision},
                                   {u"deleted"_s, true}});
    }
    return compact({{u"protocol"_s, Version},
                    {u"cursor"_s, v.cursor},
                    {u"has_more"_s, v.hasMore},
                    {u"changes"_s, changes}});
}

Core::Result<PullPage> decodePullPage(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!o->value("cursor"_L1).isDouble() || !o->value("changes"_L1).isArray())
        return makeError(ErrorCode::Protocol, u"a page needs cursor and changes"_s);
    PullPage page;
    page.cursor = o->value("cursor"_L1).toInteger();
    page.hasMore = o->value("has_more"_L1).toBool();
    for (const QJsonValue &v : o->value("changes"_L1).toArray()) {
        const QJsonObject change = v.toObject();
        if (change.value("deleted"_L1).toBool()) {
            const Core::Tombstone t{change.value("entity"_L1).toString(),
                                    change.value("id"_L1).toString(),
                                    change.value("rev"_L1).toInteger()};
            // Checked like a record: a bad tombstone would fail every later
            // attempt to apply its page.
            if (Core::Status s = Core::validateRecord({t.entity, t.id, t.revision, {}, {}, {}}); !s)
                return makeError(ErrorCode::Protocol, s.error().detail);
            page.tombstones << t;
            continue;
        }
        auto record = recordFromJson(change);
        if (!record)
            return record.error();
        page.records << record.value();
    }
    return page;
}

QByteArray encode(const ErrorBody &v)
{
    return compact({{u"error"_s, QJsonObject{{u"code"_s, v.code}, {u"message"_s, v.message}}}});
}

Core::Result<ErrorBody> decodeErrorBody(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonObject e = o->value("error"_L1).toObject();
    if (!isString(e, "code"_L1))
        return makeError(ErrorCode::Protocol, u"not an error body"_s);
    return ErrorBody{e.value("code"_L1).toString(), e.value("message"_L1).toString()};
}

} // namespace Sync::Protocol

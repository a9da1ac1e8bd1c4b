#include "protocol.h"

#include "pagecolumns.h"

#include <algorithm>
#include <array>

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

QByteArray compactArray(const QJsonArray &array)
{
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
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
    QJsonObject o{{u"status"_s, v.status},
                  {u"version"_s, v.version},
                  {u"store"_s, v.store},
                  {u"protocol"_s, v.protocol}};
    if (v.maxAttachmentBytes > 0)
        o.insert(u"max_attachment_bytes"_s, v.maxAttachmentBytes);
    return compact(o);
}

Core::Result<HealthInfo> decodeHealthInfo(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "status"_L1) || !isString(*o, "version"_L1))
        return makeError(ErrorCode::Protocol, u"health answer lacks status or version"_s);
    // max_attachment_bytes came later: older servers leave it out (0).
    return HealthInfo{o->value("status"_L1).toString(), o->value("version"_L1).toString(),
                      o->value("store"_L1).toString(), o->value("protocol"_L1).toInt(),
                      std::max<qint64>(0, o->value("max_attachment_bytes"_L1).toInteger())};
}

bool isAttachmentHash(QStringView text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QByteArray encode(const LoginRequest &v)
{
    QJsonObject o{{u"username"_s, v.username}, {u"password"_s, v.password}};
    if (!v.device.isEmpty())
        o.insert(u"device"_s, v.device);
    return compact(o);
}

Core::Result<LoginRequest> decodeLoginRequest(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "username"_L1) || !isString(*o, "password"_L1))
        return makeError(ErrorCode::Invalid, u"username and password must be strings"_s);
    if (o->contains("device"_L1) && !isString(*o, "device"_L1))
        return makeError(ErrorCode::Invalid, u"device must be a string"_s);
    return LoginRequest{o->value("username"_L1).toString(), o->value("password"_L1).toString(),
                        o->value("device"_L1).toString().left(200)};
}

QByteArray encode(const PasswordChange &v)
{
    return compact(
        {{u"current_password"_s, v.currentPassword}, {u"new_password"_s, v.newPassword}});
}

Core::Result<PasswordChange> decodePasswordChange(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!isString(*o, "current_password"_L1) || !isString(*o, "new_password"_L1))
        return makeError(ErrorCode::Invalid,
                         u"current_password and new_password must be strings"_s);
    return PasswordChange{o->value("current_password"_L1).toString(),
                          o->value("new_password"_L1).toString()};
}

QByteArray encode(const LoginResponse &v)
{
    QJsonObject o{{u"token"_s, v.token},
                  {u"member_id"_s, v.memberId},
                  {u"username"_s, v.username},
                  {u"display_name"_s, v.displayName},
                  {u"roles"_s, QJsonArray::fromStringList(v.roles)},
                  {u"expires_at"_s, v.expiresAt}};
    if (!v.device.isEmpty())
        o.insert(u"device"_s, v.device);
    return compact(o);
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
    r.device = o->value("device"_L1).toString();
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

QByteArray encode(const PullPage &v, PageLayout layout)
{
    if (layout == PageLayout::Columns) {
        // Written as text: the records' fields go as the server keeps them.
        QByteArray out = "{";
        if (v.backfillThrough != 0) {
            out += "\"backfill_after\":" + QByteArray::number(v.backfillAfter) +
                   ",\"backfill_through\":" + QByteArray::number(v.backfillThrough) + ',';
        }
        out += "\"cursor\":" + QByteArray::number(v.cursor) + ',';
        if (v.grantedAfter != 0)
            out += "\"granted_after\":" + QByteArray::number(v.grantedAfter) + ',';
        out += "\"has_more\":"_ba + (v.hasMore ? "true" : "false") + ",\"layout\":\"" +
               QByteArray(ColumnsLayoutName.data(), ColumnsLayoutName.size()) +
               "\",\"protocol\":" + QByteArray::number(Version) + ',';
        if (!v.scopes.isEmpty())
            out += "\"scopes\":" + compactArray(QJsonArray::fromStringList(v.scopes)) + ',';
        out += writeColumns(v);
        out += '}';
        return out;
    }
    QJsonObject o{{u"protocol"_s, Version}, {u"cursor"_s, v.cursor}, {u"has_more"_s, v.hasMore}};
    QJsonArray changes;
    for (qsizetype i = 0; i < v.records.size(); ++i) {
        QJsonObject change = recordToJson(v.records.at(i));
        if (i < v.storedFields.size())
            change.insert(u"fields"_s, QJsonDocument::fromJson(v.storedFields.at(i)).object());
        changes.append(change);
    }
    for (const Core::Tombstone &t : v.tombstones) {
        changes.append(QJsonObject{{u"entity"_s, t.entity},
                                   {u"id"_s, t.id},
                                   {u"rev"_s, t.revision},
                                   {u"deleted"_s, true}});
    }
    o.insert(u"changes"_s, changes);
    if (v.grantedAfter != 0)
        o.insert(u"granted_after"_s, v.grantedAfter);
    if (v.backfillThrough != 0) {
        o.insert(u"backfill_after"_s, v.backfillAfter);
        o.insert(u"backfill_through"_s, v.backfillThrough);
    }
    if (!v.scopes.isEmpty())
        o.insert(u"scopes"_s, QJsonArray::fromStringList(v.scopes));
    return compact(o);
}

Core::Result<PullPage> decodePullPage(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue layout = o->value("layout"_L1);
    const bool columns = layout == QJsonValue(ColumnsLayoutName);
    if (!layout.isUndefined() && !columns)
        return makeError(ErrorCode::Protocol, u"a page in an unknown layout"_s);
    if (!o->value("cursor"_L1).isDouble() || (!columns && !o->value("changes"_L1).isArray()))
        return makeError(ErrorCode::Protocol, u"a page needs cursor and changes"_s);
    PullPage page;
    page.cursor = o->value("cursor"_L1).toInteger();
    page.hasMore = o->value("has_more"_L1).toBool();
    page.grantedAfter = o->value("granted_after"_L1).toInteger();
    page.backfillAfter = o->value("backfill_after"_L1).toInteger();
    page.backfillThrough = o->value("backfill_through"_L1).toInteger();
    if (page.cursor < 0 || page.grantedAfter < 0 || page.backfillAfter < 0 ||
        page.backfillThrough < 0) {
        return makeError(ErrorCode::Protocol, u"a page position is negative"_s);
    }
    for (const QJsonValue &scope : o->value("scopes"_L1).toArray()) {
        if (!scope.isString() || scope.toString().isEmpty())
            return makeError(ErrorCode::Protocol, u"a scope is not a name"_s);
        page.scopes << scope.toString();
    }
    if (!page.scopes.isEmpty() && page.hasMore)
        return makeError(ErrorCode::Protocol, u"scopes come with the last page"_s);
    if (columns) {
        if (Core::Status s = readColumns(*o, page); !s)
            return s.error();
        return page;
    }
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
    QJsonObject error{{u"code"_s, v.code}, {u"message"_s, v.message}};
    if (!v.field.isEmpty())
        error.insert(u"field"_s, v.field);
    return compact({{u"error"_s, error}});
}

Core::Result<ErrorBody> decodeErrorBody(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonObject e = o->value("error"_L1).toObject();
    if (!isString(e, "code"_L1))
        return makeError(ErrorCode::Protocol, u"not an error body"_s);
    return ErrorBody{e.value("code"_L1).toString(), e.value("message"_L1).toString(),
                     e.value("field"_L1).toString()};
}

QString refusalCodeName(Core::ErrorCode code)
{
    switch (code) {
    case ErrorCode::Forbidden:
        return u"forbidden"_s;
    case ErrorCode::NotFound:
        return u"not_found"_s;
    case ErrorCode::Closed:
        return u"closed"_s;
    default:
        break;
    }
    return u"invalid"_s;
}

Core::ErrorCode refusalCodeFromName(QStringView name)
{
    for (const ErrorCode code : {ErrorCode::Forbidden, ErrorCode::NotFound, ErrorCode::Closed}) {
        if (name == refusalCodeName(code))
            return code;
    }
    return ErrorCode::Invalid;
}

namespace {

// An enum's names on the wire, in the enum's order.
template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<QLatin1StringView, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return Enum(i);
    }
    return std::nullopt;
}

constexpr std::array<QLatin1StringView, 3> PushKindNames{"create"_L1, "patch"_L1, "delete"_L1};
constexpr std::array<QLatin1StringView, 4> PushStatusNames{"applied"_L1, "merged"_L1, "conflict"_L1,
                                                           "rejected"_L1};
constexpr std::array<QLatin1StringView, 3> ConflictKindNames{"field"_L1, "delete_edit"_L1,
                                                             "edit_delete"_L1};

} // namespace

QString pushKindName(PushKind kind)
{
    return PushKindNames.at(std::size_t(kind));
}

std::optional<PushKind> pushKindFromName(QStringView name)
{
    return fromName<PushKind>(PushKindNames, name);
}

QString pushStatusName(PushStatus status)
{
    return PushStatusNames.at(std::size_t(status));
}

std::optional<PushStatus> pushStatusFromName(QStringView name)
{
    return fromName<PushStatus>(PushStatusNames, name);
}

QString conflictKindName(ConflictKind kind)
{
    return ConflictKindNames.at(std::size_t(kind));
}

std::optional<ConflictKind> conflictKindFromName(QStringView name)
{
    return fromName<ConflictKind>(ConflictKindNames, name);
}

QByteArray encode(const PushRequest &v)
{
    QJsonArray ops;
    for (const PushOperation &op : v.operations) {
        QJsonObject o{
            {u"op"_s, op.opId},     {u"kind"_s, pushKindName(op.kind)}, {u"entity"_s, op.entity},
            {u"id"_s, op.id},       {u"base_rev"_s, op.baseRevision},   {u"author"_s, op.authorId},
            {u"at"_s, op.createdAt}};
        if (!op.fields.isEmpty())
            o.insert(u"fields"_s, op.fields);
        if (!op.base.isEmpty())
            o.insert(u"base"_s, op.base);
        if (!op.firstSentAt.isEmpty())
            o.insert(u"first_sent"_s, op.firstSentAt);
        ops.append(o);
    }
    QJsonObject request{{u"ops"_s, ops}};
    if (!v.sentAt.isEmpty())
        request.insert(u"sent_at"_s, v.sentAt);
    return compact(request);
}

Core::Result<PushRequest> decodePushRequest(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    const QJsonValue ops = o->value("ops"_L1);
    if (!ops.isArray())
        return makeError(ErrorCode::Invalid, u"a push needs an array 'ops'"_s);
    if (ops.toArray().size() > MaxPushOperations) {
        return makeError(ErrorCode::Invalid,
                         u"at most %1 operations per push"_s.arg(MaxPushOperations));
    }
    PushRequest request;
    const QJsonValue sentAt = o->value("sent_at"_L1);
    if (!sentAt.isUndefined() && !sentAt.isString())
        return makeError(ErrorCode::Invalid, u"'sent_at' must be a string"_s);
    request.sentAt = sentAt.toString();
    int index = 0;
    for (const QJsonValue &v : ops.toArray()) {
        const QJsonObject op = v.toObject();
        const auto bad = [index](const QString &what) {
            return makeError(ErrorCode::Invalid, u"operation %1: %2"_s.arg(index).arg(what));
        };
        if (!v.isObject())
            return bad(u"not an object"_s);
        for (const char *key : {"op", "kind", "entity", "id", "author"}) {
            if (!op.value(QLatin1StringView(key)).isString())
                return bad(u"'%1' must be a string"_s.arg(QLatin1StringView(key)));
        }
        for (const char *key : {"fields", "base"}) {
            const QJsonValue f = op.value(QLatin1StringView(key));
            if (!f.isUndefined() && !f.isObject())
                return bad(u"'%1' must be an object"_s.arg(QLatin1StringView(key)));
        }
        const QJsonValue rev = op.value("base_rev"_L1);
        if (!rev.isUndefined() &&
            (!rev.isDouble() || rev.toDouble() < 0 || rev.toDouble() != double(rev.toInteger()))) {
            return bad(u"'base_rev' must be a whole number >= 0"_s);
        }
        const QJsonValue at = op.value("at"_L1);
        if (!at.isUndefined() && !at.isString())
            return bad(u"'at' must be a string"_s);
        const QJsonValue firstSent = op.value("first_sent"_L1);
        if (!firstSent.isUndefined() && !firstSent.isString())
            return bad(u"'first_sent' must be a string"_s);
        const std::optional<PushKind> kind = pushKindFromName(op.value("kind"_L1).toString());
        if (!kind)
            return bad(u"'kind' must be create, patch or delete"_s);
        PushOperation p;
        p.opId = op.value("op"_L1).toString();
        p.kind = *kind;
        p.entity = op.value("entity"_L1).toString();
        p.id = op.value("id"_L1).toString();
        p.baseRevision = rev.toInteger();
        p.authorId = op.value("author"_L1).toString();
        p.createdAt = at.toString();
        p.firstSentAt = firstSent.toString();
        p.fields = op.value("fields"_L1).toObject();
        p.base = op.value("base"_L1).toObject();
        request.operations << p;
        ++index;
    }
    return request;
}

QByteArray encode(const PushResponse &v)
{
    QJsonArray results;
    for (const PushResult &r : v.results) {
        QJsonObject o{{u"op"_s, r.opId}, {u"status"_s, pushStatusName(r.status)}};
        if (r.revision != 0)
            o.insert(u"rev"_s, r.revision);
        if (!r.code.isEmpty()) {
            o.insert(u"code"_s, r.code);
            o.insert(u"message"_s, r.message);
        }
        results.append(o);
    }
    return compact({{u"results"_s, results}});
}

Core::Result<PushResponse> decodePushResponse(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!o->value("results"_L1).isArray())
        return makeError(ErrorCode::Protocol, u"a push answer needs results"_s);
    PushResponse response;
    for (const QJsonValue &v : o->value("results"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        if (!isString(r, "op"_L1) || !isString(r, "status"_L1))
            return makeError(ErrorCode::Protocol, u"a push result needs op and status"_s);
        // A status this client does not know is not taken for success.
        const std::optional<PushStatus> status =
            pushStatusFromName(r.value("status"_L1).toString());
        if (!status) {
            return makeError(ErrorCode::Protocol,
                             u"unknown push status '%1'"_s.arg(r.value("status"_L1).toString()));
        }
        response.results << PushResult{r.value("op"_L1).toString(), *status,
                                       r.value("rev"_L1).toInteger(), r.value("code"_L1).toString(),
                                       r.value("message"_L1).toString()};
    }
    return response;
}

QByteArray encode(const DigestResponse &v)
{
    QJsonObject scopes;
    for (auto it = v.scopes.begin(); it != v.scopes.end(); ++it) {
        scopes.insert(it.key(), QJsonObject{{u"count"_s, it->count}, {u"hash"_s, it->hash}});
    }
    return compact({{u"cursor"_s, v.cursor}, {u"scopes"_s, scopes}});
}

Core::Result<DigestResponse> decodeDigestResponse(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!o->value("cursor"_L1).isDouble() || !o->value("scopes"_L1).isObject())
        return makeError(ErrorCode::Protocol, u"a digest needs cursor and scopes"_s);
    DigestResponse d;
    d.cursor = o->value("cursor"_L1).toInteger();
    const QJsonObject scopes = o->value("scopes"_L1).toObject();
    for (auto it = scopes.begin(); it != scopes.end(); ++it) {
        const QJsonObject s = it.value().toObject();
        d.scopes.insert(it.key(), Core::ScopeDigest{s.value("count"_L1).toInteger(),
                                                    s.value("hash"_L1).toString()});
    }
    return d;
}

QByteArray encode(const PullEstimate &v)
{
    return compact({{u"changes"_s, v.changes}, {u"bytes"_s, v.bytes}});
}

Core::Result<PullEstimate> decodePullEstimate(const QByteArray &body)
{
    const auto o = parseObject(body);
    if (!o)
        return o.error();
    if (!o->value("changes"_L1).isDouble() || !o->value("bytes"_L1).isDouble())
        return makeError(ErrorCode::Protocol, u"an estimate needs changes and bytes"_s);
    const PullEstimate e{o->value("changes"_L1).toInteger(), o->value("bytes"_L1).toInteger()};
    if (e.changes < 0 || e.bytes < 0)
        return makeError(ErrorCode::Protocol, u"an estimate cannot be negative"_s);
    return e;
}

} // namespace Sync::Protocol

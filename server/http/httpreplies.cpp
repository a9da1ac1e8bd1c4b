#include "httpreplies.h"

#include "protocol.h"

#include <QDateTime>
#include <QJsonDocument>

#include <httplib.h>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerHttp, "leadernet.server.http")

namespace Server::HttpReplies {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
namespace Protocol = Sync::Protocol;

std::string toStd(QLatin1StringView s)
{
    return std::string(s.data(), std::size_t(s.size()));
}

void sendJson(httplib::Response &res, int status, const QByteArray &body)
{
    res.status = status;
    // The length before compression: the client's check for an answer cut short.
    res.set_header(toStd(Protocol::BodyLengthHeader), std::to_string(body.size()));
    res.set_content(body.constData(), std::size_t(body.size()), PendingJsonType);
}

namespace {
// Carries sendBytes' media type to restoreBytesType(); never sent.
constexpr const char *PendingMediaTypeHeader = "X-LeaderNet-Pending-Media-Type";
} // namespace

void sendBytes(httplib::Response &res, int status, const QByteArray &body, const QString &mediaType)
{
    res.status = status;
    res.set_header(PendingMediaTypeHeader, mediaType.toStdString());
    res.set_content(body.constData(), std::size_t(body.size()), PendingBytesType);
}

void restoreBytesType(httplib::Response &res)
{
    const auto type = res.headers.find("Content-Type");
    const auto pending = res.headers.find(PendingMediaTypeHeader);
    if (type == res.headers.end() || type->second != PendingBytesType ||
        pending == res.headers.end()) {
        return;
    }
    type->second = pending->second;
    res.headers.erase(pending);
}

void sendError(httplib::Response &res, int status, const QString &code, const QString &message,
               const QString &field)
{
    sendJson(res, status, Protocol::encode(Protocol::ErrorBody{code, message, field}));
}

void sendError(httplib::Response &res, const Core::Error &error)
{
    switch (error.code) {
    case ErrorCode::Invalid:
        return sendError(res, 400, u"invalid"_s, error.detail, error.field);
    case ErrorCode::Protocol:
        return sendError(res, 400, u"bad_json"_s, error.detail);
    case ErrorCode::Unauthorized:
        return sendError(res, 401, u"unauthorized"_s, error.detail, error.field);
    case ErrorCode::Forbidden:
        return sendError(res, 403, u"forbidden"_s, error.detail);
    case ErrorCode::NotFound:
        return sendError(res, 404, u"not_found"_s, error.detail);
    case ErrorCode::RateLimited:
        return sendError(res, 429, u"too_many_attempts"_s, error.detail);
    case ErrorCode::Closed:
        return sendError(res, 403, u"closed"_s, error.detail);
    case ErrorCode::AccountDisabled:
        return sendError(res, 403, u"account_disabled"_s, error.detail);
    case ErrorCode::QuotaExceeded: {
        // Taken again after midnight, UTC.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const QDateTime midnight(now.date().addDays(1), QTime(0, 0), Qt::UTC);
        res.set_header("Retry-After", std::to_string(std::max<qint64>(1, now.secsTo(midnight))));
        return sendError(res, 429, u"quota_exceeded"_s, error.detail);
    }
    case ErrorCode::Busy:
        // Writers waited their turn as long as they may: come back shortly.
        qCInfo(lcServerHttp) << "store busy:" << error.detail;
        res.set_header("Retry-After", "2");
        return sendError(res, 503, u"busy"_s,
                         u"the server is busy with other writes; try again shortly"_s);
    default:
        break;
    }
    qCWarning(lcServerHttp) << "internal error:" << error.detail;
    sendError(res, 500, u"internal"_s, u"the server failed; try again later"_s);
}

void sendRateLimited(httplib::Response &res, const Core::Error &error, int retryAfter)
{
    res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
    sendError(res, error);
}

QString bearerToken(const httplib::Request &req)
{
    const QString header = QString::fromStdString(req.get_header_value("Authorization")).trimmed();
    if (!header.startsWith(u"bearer "_s, Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

Core::Result<QJsonObject> bodyObject(const httplib::Request &req)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(req.body), &error);
    if (error.error != QJsonParseError::NoError)
        return Core::makeError(ErrorCode::Protocol,
                               u"the body is not JSON: %1"_s.arg(error.errorString()));
    if (!doc.isObject())
        return Core::makeError(ErrorCode::Protocol, u"the body must be a JSON object"_s);
    return doc.object();
}

Core::Result<QString> stringField(const QJsonObject &o, QLatin1StringView name)
{
    if (!o.value(name).isString())
        return Core::makeError(ErrorCode::Invalid, u"%1 must be a string"_s.arg(name));
    return o.value(name).toString();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace Server::HttpReplies

#pragma once

#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QLoggingCategory>
#include <QString>

#include <optional>
#include <string>

namespace httplib {
struct Request;
struct Response;
} // namespace httplib

Q_DECLARE_LOGGING_CATEGORY(lcServerHttp)

// How every route reads a request and answers: JSON bodies (compressed later
// by HttpApi's post-routing step), error bodies from Core errors, the bearer
// token and the body as a JSON object.
namespace Server::HttpReplies {

// httplib would compress an "application/json" body by itself (brotli at its
// slowest quality when the client offers br, as QtNetwork does). JSON leaves
// sendJson under this type instead, which httplib leaves alone, and HttpApi's
// encodeAnswer() picks the codec and restores the type.
inline constexpr const char *PendingJsonType = "application/x-leadernet-pending-json";

// Bytes other than JSON (attachments) leave a route under this type, for the
// same reason: httplib would compress a text/* or image/svg+xml body, cut
// to a range or not. restoreBytesType() gives them their own type back after
// httplib is done with the body.
inline constexpr const char *PendingBytesType = "application/x-leadernet-pending-bytes";

std::string toStd(QLatin1StringView s);
// `body` as it is, of type `mediaType`, never compressed.
void sendBytes(httplib::Response &res, int status, const QByteArray &body,
               const QString &mediaType);
// The post-routing step of sendBytes.
void restoreBytesType(httplib::Response &res);
void sendJson(httplib::Response &res, int status, const QByteArray &body);
// `field`: the request's field the refusal is about (empty: none).
void sendError(httplib::Response &res, int status, const QString &code, const QString &message,
               const QString &field = {});
// A Core error as an HTTP answer. Store failures are logged and answered
// without detail: a client learns nothing about the server's insides.
void sendError(httplib::Response &res, const Core::Error &error);
// A refusal for too many attempts, with the wait in Retry-After.
void sendRateLimited(httplib::Response &res, const Core::Error &error, int retryAfter);
QString bearerToken(const httplib::Request &req);
// The body as a JSON object; Protocol (400 bad_json) when it is not one.
Core::Result<QJsonObject> bodyObject(const httplib::Request &req);
// A string member of `o`, or an Invalid error naming it.
Core::Result<QString> stringField(const QJsonObject &o, QLatin1StringView name);
QByteArray compact(const QJsonObject &o);

} // namespace Server::HttpReplies

#include "httpapi.h"

#include "accountservice.h"
#include "authservice.h"
#include "compression.h"
#include "httpfront.h"
#include "protocol.h"
#include "pullservice.h"
#include "pushservice.h"
#include "serverstore.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <functional>

#include <limits>
#include <string>
#include <thread>
#include <vector>

Q_LOGGING_CATEGORY(lcServerHttp, "leadernet.server.http")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
namespace Protocol = Sync::Protocol;

namespace {

constexpr const char *JsonType = "application/json";
// httplib would compress an "application/json" body by itself (brotli at its
// slowest quality when the client offers br, as QtNetwork does). JSON leaves
// sendJson under this type instead, which httplib leaves alone, and
// encodeAnswer() picks the codec and restores the type.
constexpr const char *PendingJsonType = "application/x-leadernet-pending-json";

// Strong zstd levels need about 90 MB and 2 s of a core per 5 MB page: this
// many run at once, and further large answers meanwhile get a fast level.
constexpr int MaxStrongCompressions = 2;
constexpr qsizetype StrongCompressionFrom = 256 * 1024;
constexpr int FastZstdLevel = 6;
std::atomic<int> s_strongCompressions{0};

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

// The post-routing step of every answer: a JSON body is compressed with the
// best codec the request's Accept-Encoding allows (zstd, then gzip), when it
// is large enough to gain. X-LeaderNet-Body-Length keeps the length before.
void encodeAnswer(const httplib::Request &req, httplib::Response &res)
{
    const auto type = res.headers.find("Content-Type");
    if (type == res.headers.end() || type->second != PendingJsonType)
        return;
    type->second = JsonType;
    if (res.body.size() < std::size_t(Protocol::MinCompressedBodySize) ||
        res.has_header("Content-Range") || res.has_header("Content-Encoding")) {
        return;
    }
    const Protocol::Codec codec =
        Protocol::preferredCodec(QByteArrayView(req.get_header_value("Accept-Encoding")));
    if (codec == Protocol::Codec::Identity)
        return;
    const QByteArrayView body(res.body.data(), qsizetype(res.body.size()));
    int level = 0; // Protocol::defaultLevel
    bool strong = false;
    if (codec == Protocol::Codec::Zstd && body.size() >= StrongCompressionFrom) {
        strong = s_strongCompressions.fetch_add(1) < MaxStrongCompressions;
        if (!strong) {
            s_strongCompressions.fetch_sub(1);
            level = FastZstdLevel;
        }
    }
    const QByteArray packed = Protocol::compress(body, codec, level);
    if (strong)
        s_strongCompressions.fetch_sub(1);
    if (packed.isEmpty() || packed.size() >= body.size())
        return;
    res.body.assign(packed.constData(), std::size_t(packed.size()));
    res.set_header("Content-Encoding", toStd(Protocol::codecName(codec)));
    res.headers.erase("Content-Length");
    res.set_header("Content-Length", std::to_string(res.body.size()));
}

// `field`: the request's field the refusal is about (empty: none).
void sendError(httplib::Response &res, int status, const QString &code, const QString &message,
               const QString &field = {})
{
    sendJson(res, status, Protocol::encode(Protocol::ErrorBody{code, message, field}));
}

// A Core error as an HTTP answer. Store failures are logged here and answered
// without detail: a client learns nothing about the server's insides.
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

// The status httplib set on its own (no body yet), as an ErrorBody.
void fillDefaultError(httplib::Response &res)
{
    switch (res.status) {
    case 400:
        return sendError(res, 400, u"bad_request"_s, u"the request cannot be understood"_s);
    case 404:
        return sendError(res, 404, u"not_found"_s, u"no such route"_s);
    case 413:
        return sendError(res, 413, u"payload_too_large"_s, u"the request body is too large"_s);
    case 414:
        return sendError(res, 414, u"uri_too_long"_s, u"the request line is too long"_s);
    default:
        break;
    }
    if (res.status >= 500) {
        return sendError(res, res.status, u"internal"_s, u"the server failed; try again later"_s);
    }
    sendError(res, res.status, u"http_%1"_s.arg(res.status), u"the request was refused"_s);
}

QString bearerToken(const httplib::Request &req)
{
    const QString header = QString::fromStdString(req.get_header_value("Authorization")).trimmed();
    if (!header.startsWith(u"bearer "_s, Qt::CaseInsensitive))
        return {};
    return header.mid(7).trimmed();
}

// A non-negative integer query parameter; `fallback` when it is absent.
std::optional<qint64> numberParam(const httplib::Request &req, const char *name, qint64 fallback)
{
    if (!req.has_param(name))
        return fallback;
    bool ok = false;
    const qint64 value = QString::fromStdString(req.get_param_value(name)).toLongLong(&ok);
    if (!ok || value < 0)
        return std::nullopt;
    return value;
}

// The body as a JSON object; Protocol (400 bad_json) when it is not one.
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

// A string member of `o`, or an Invalid error naming it.
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

// The member's own record as GET/POST /api/v1/profile answer it, with their
// private e-mail address (null when none), which is not part of the record.
QByteArray profileJson(const AccountService::Profile &profile)
{
    const Core::Record &member = profile.member;
    QJsonObject o = member.fields;
    o.insert(u"member_id"_s, member.id);
    o.insert(u"rev"_s, member.revision);
    o.insert(u"updated_at"_s, member.updatedAt);
    o.insert(u"email"_s, profile.email.isEmpty() ? QJsonValue() : QJsonValue(profile.email));
    return compact(o);
}

struct Route {
    std::string method;
    std::string path;
    std::function<void(const httplib::Request &, httplib::Response &)> handler;
};

// One request HttpFront read whole, as httplib reads it from a socket; the
// answer is written into memory, which the front sends.
class BufferedStream final : public httplib::Stream
{
public:
    BufferedStream(const std::string &request, const HttpFront::Peer &peer)
        : m_in(request)
        , m_peer(peer)
    {}

    bool is_readable() const override { return m_pos < m_in.size(); }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const std::size_t n = std::min(size, m_in.size() - m_pos);
        std::copy_n(m_in.data() + m_pos, n, ptr);
        m_pos += n;
        return ssize_t(n);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        m_out.append(ptr, size);
        return ssize_t(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_peer.ip;
        port = m_peer.port;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = m_peer.localIp;
        port = m_peer.localPort;
    }
    // No socket: httplib checks it only against select()'s FD_SETSIZE.
    socket_t socket() const override { return INVALID_SOCKET; }

    std::string takeAnswer() { return std::move(m_out); }

private:
    const std::string &m_in;
    const HttpFront::Peer &m_peer;
    std::size_t m_pos = 0;
    std::string m_out;
};

// Bodies of routes that need no sign-in, and of the other routes but push.
constexpr std::size_t OpenRouteBodyLimit = 16 * 1024;
constexpr std::size_t RouteBodyLimit = 64 * 1024;
// How long every answer to a reset request takes (see handleResetRequest).
constexpr auto ResetAnswerFloor = std::chrono::milliseconds(50);
// A kept-alive connection waits this long for its next request (it holds no worker).
constexpr auto IdleTimeout = std::chrono::seconds(30);

} // namespace

// httplib's router, run on requests HttpFront has read.
class HttpApi::Router final : public httplib::Server
{
public:
    std::string run(const std::string &request, const HttpFront::Peer &peer, bool closeAfter,
                    bool &close)
    {
        BufferedStream stream(request, peer);
        process_request(stream, closeAfter, close, nullptr);
        return stream.takeAnswer();
    }
};

HttpApi::HttpApi(ServerStore &store, AuthService &auth)
    : HttpApi(store, auth, Options{})
{}

HttpApi::HttpApi(ServerStore &store, AuthService &auth, Options options)
    : m_store(store)
    , m_auth(auth)
    , m_options(options)
    , m_push(std::make_unique<PushService>(store, m_options.memberDailyQuota))
    , m_pull(std::make_unique<PullService>(store))
    , m_accounts(std::make_unique<AccountService>(store, auth, m_options.mailQueued))
    , m_server(std::make_unique<Router>())
{
    HttpFront::Limits limits;
    limits.workers = m_options.threads;
    limits.idleTimeout = IdleTimeout;
    m_front = std::make_unique<HttpFront>(
        limits,
        [this](std::string_view method, std::string_view path) { return bodyLimit(method, path); },
        [this](const std::string &request, const HttpFront::Peer &peer, bool closeAfter,
               bool &close) { return m_server->run(request, peer, closeAfter, close); });
    // The front has bounded every body already; these only fill the
    // Keep-Alive header of the answers.
    m_server->set_payload_max_length(m_options.maxPayloadBytes);
    m_server->set_keep_alive_max_count(std::size_t(limits.maxRequestsPerConnection));
    m_server->set_keep_alive_timeout(IdleTimeout.count());
    installRoutes();
}

HttpApi::~HttpApi() = default;

const QList<HttpApi::RouteSpec> &HttpApi::routeTable()
{
    static const QList<RouteSpec> table{
        {"GET", Protocol::HealthPath, &HttpApi::handleHealth, Body::Open},
        {"GET", Protocol::OpenApiPath, &HttpApi::handleOpenApi, Body::Open},
        {"POST", Protocol::LoginPath, &HttpApi::handleLogin, Body::Open},
        {"POST", Protocol::LogoutPath, &HttpApi::handleLogout, Body::SignedIn},
        {"POST", Protocol::LogoutEverywherePath, &HttpApi::handleLogoutEverywhere, Body::SignedIn},
        {"POST", Protocol::RefreshPath, &HttpApi::handleRefresh, Body::Open},
        {"POST", Protocol::PasswordPath, &HttpApi::handlePassword, Body::SignedIn},
        {"GET", Protocol::PullPath, &HttpApi::handlePull, Body::SignedIn},
        {"POST", Protocol::PushPath, &HttpApi::handlePush, Body::Push},
        {"GET", Protocol::DigestPath, &HttpApi::handleDigest, Body::SignedIn},
        {"POST", Protocol::RegisterPath, &HttpApi::handleRegister, Body::Open},
        {"POST", Protocol::ActivatePath, &HttpApi::handleActivate, Body::Open},
        {"POST", Protocol::ResetRequestPath, &HttpApi::handleResetRequest, Body::Open},
        {"POST", Protocol::ResetPath, &HttpApi::handleReset, Body::Open},
        {"GET", Protocol::ProfilePath, &HttpApi::handleProfile, Body::SignedIn},
        {"POST", Protocol::ProfilePath, &HttpApi::handleProfileUpdate, Body::SignedIn},
    };
    return table;
}

QList<std::pair<QString, QString>> HttpApi::routes()
{
    QList<std::pair<QString, QString>> out;
    for (const RouteSpec &r : routeTable())
        out.append({QString::fromLatin1(r.method), QString(r.path)});
    return out;
}

void HttpApi::installRoutes()
{
    auto routes = std::make_shared<std::vector<Route>>();
    for (const RouteSpec &spec : routeTable()) {
        routes->push_back({spec.method, toStd(spec.path),
                           [this, handler = spec.handler](const auto &req, auto &res) {
                               (this->*handler)(req, res);
                           }});
    }

    // One dispatcher for every method, so that a known path with the wrong
    // method answers 405 (httplib alone would say 404).
    auto dispatch = [this, routes](const httplib::Request &req, httplib::Response &res) {
        struct InFlight {
            std::atomic<int> &count;
            explicit InFlight(std::atomic<int> &c)
                : count(c)
            {
                ++count;
            }
            ~InFlight() { --count; }
            Q_DISABLE_COPY_MOVE(InFlight)
        } inFlight(m_inFlight);
        const std::string method = req.method == "HEAD" ? std::string("GET") : req.method;
        std::string allowed;
        for (const Route &route : *routes) {
            if (route.path != req.path)
                continue;
            if (route.method == method)
                return route.handler(req, res);
            allowed += (allowed.empty() ? "" : ", ") + route.method;
        }
        if (allowed.empty())
            return sendError(res, 404, u"not_found"_s, u"no such route"_s);
        res.set_header("Allow", allowed);
        sendError(res, 405, u"method_not_allowed"_s,
                  u"use %1 for this route"_s.arg(QString::fromStdString(allowed)));
    };
    const std::string any = "/.*";
    m_server->Get(any, dispatch);
    m_server->Post(any, dispatch);
    m_server->Put(any, dispatch);
    m_server->Patch(any, dispatch);
    m_server->Delete(any, dispatch);
    m_server->Options(any, dispatch);

    // Runs before the body is read: a client of another protocol version
    // learns it at once.
    m_server->set_pre_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        // httplib would inflate a compressed body with no bound on its size:
        // a small gzip bomb could take the server's memory. Refused unread.
        if (req.has_header("Content-Encoding") &&
            req.get_header_value("Content-Encoding") != "identity") {
            sendError(res, 415, u"unsupported_encoding"_s,
                      u"request bodies are sent uncompressed (Content-Encoding)"_s);
            return httplib::Server::HandlerResponse::Handled;
        }
        const std::string header = toStd(Protocol::VersionHeader);
        if (!req.has_header(header.c_str()))
            return httplib::Server::HandlerResponse::Unhandled;
        bool ok = false;
        const int version = QString::fromStdString(req.get_header_value(header.c_str())).toInt(&ok);
        if (ok && version == Protocol::Version)
            return httplib::Server::HandlerResponse::Unhandled;
        sendError(res, 426, u"protocol_version"_s,
                  u"this server speaks protocol version %1"_s.arg(Protocol::Version));
        return httplib::Server::HandlerResponse::Handled;
    });
    m_server->set_error_handler(
        httplib::Server::HandlerWithResponse([](const httplib::Request &, httplib::Response &res) {
            if (!res.body.empty())
                return httplib::Server::HandlerResponse::Unhandled;
            fillDefaultError(res);
            return httplib::Server::HandlerResponse::Handled;
        }));
    m_server->set_exception_handler(
        [](const httplib::Request &req, httplib::Response &res, std::exception_ptr ep) {
            QString what = u"unknown"_s;
            try {
                if (ep)
                    std::rethrow_exception(ep);
            } catch (const std::exception &e) {
                what = QString::fromUtf8(e.what());
            } catch (...) {
            }
            qCWarning(lcServerHttp) << "exception in" << QString::fromStdString(req.path) << what;
            sendError(res, 500, u"internal"_s, u"the server failed; try again later"_s);
        });
    m_server->set_post_routing_handler(encodeAnswer);
    m_server->set_logger([](const httplib::Request &req, const httplib::Response &res) {
        // The path only: queries and headers may carry what must not be logged.
        qCDebug(lcServerHttp) << QString::fromStdString(req.method)
                              << QString::fromStdString(req.path) << res.status;
    });
}

std::size_t HttpApi::bodyLimit(std::string_view method, std::string_view path) const
{
    // Unknown routes and methods are answered 404 or 405 without their body.
    Body body = Body::Open;
    for (const RouteSpec &route : routeTable()) {
        if (method == route.method &&
            path == std::string_view(route.path.data(), std::size_t(route.path.size())))
            body = route.body;
    }
    switch (body) {
    case Body::Open:
        return OpenRouteBodyLimit;
    case Body::SignedIn:
        return RouteBodyLimit;
    case Body::Push:
        break;
    }
    return m_options.maxPayloadBytes;
}

Core::Result<int> HttpApi::bind(const QString &host, int port)
{
    if (isTls()) {
        if (Core::Status s = m_front->useTls(m_options.tlsCertificate, m_options.tlsKey); !s)
            return s.error();
    }
    return m_front->bind(host, port);
}

Core::Status HttpApi::run()
{
    m_front->run();
    qCDebug(lcServerHttp) << "listener ended";
    return {};
}

void HttpApi::stop()
{
    m_front->stop();
}

void HttpApi::handleOpenApi(const httplib::Request &, httplib::Response &res)
{
    static const QByteArray document = [] {
        QFile file(u":/api/openapi.json"_s);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    if (document.isEmpty())
        return sendError(res, 500, u"internal"_s, u"the API description is missing"_s);
    sendJson(res, 200, document);
}

void HttpApi::handleHealth(const httplib::Request &, httplib::Response &res)
{
    Protocol::HealthInfo info;
    info.status = u"ok"_s;
    info.version = QStringLiteral(LEADERNET_VERSION);
    info.store = Dialect::storeName(m_store.dialect());
    info.protocol = Protocol::Version;
    sendJson(res, 200, Protocol::encode(info));
}

void HttpApi::handleLogin(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::LoginRequest> request =
        Protocol::decodeLoginRequest(QByteArray::fromStdString(req.body));
    if (!request)
        return sendError(res, request.error());
    const QString address = QString::fromStdString(req.remote_addr);
    int retryAfter = 0;
    const Core::Result<Protocol::LoginResponse> response =
        m_auth.login(*request, address, &retryAfter);
    if (!response) {
        if (response.error().code == ErrorCode::RateLimited)
            res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
        return sendError(res, response.error());
    }
    sendJson(res, 200, Protocol::encode(*response));
}

void HttpApi::handleLogout(const httplib::Request &req, httplib::Response &res)
{
    if (Core::Status s = m_auth.logout(bearerToken(req)); !s)
        return sendError(res, s.error());
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleLogoutEverywhere(const httplib::Request &req, httplib::Response &res)
{
    // No body, or {"keep_this_device": true} to stay signed in with this token.
    bool keepThisToken = false;
    if (!req.body.empty()) {
        const Core::Result<QJsonObject> body = bodyObject(req);
        if (!body)
            return sendError(res, body.error());
        const QJsonValue keep = body->value("keep_this_device"_L1);
        if (!keep.isUndefined() && !keep.isBool())
            return sendError(res, 400, u"invalid"_s, u"keep_this_device must be true or false"_s,
                             u"keep_this_device"_s);
        keepThisToken = keep.toBool();
    }
    if (Core::Status s = m_auth.logoutEverywhere(bearerToken(req), keepThisToken); !s)
        return sendError(res, s.error());
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleRefresh(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::LoginResponse> response = m_auth.refresh(bearerToken(req));
    if (!response)
        return sendError(res, response.error());
    sendJson(res, 200, Protocol::encode(*response));
}

void HttpApi::handlePassword(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<Protocol::PasswordChange> change =
        Protocol::decodePasswordChange(QByteArray::fromStdString(req.body));
    if (!change)
        return sendError(res, change.error());
    int retryAfter = 0;
    if (Core::Status s = m_auth.changePassword(bearerToken(req), change->currentPassword,
                                               change->newPassword, &retryAfter);
        !s) {
        if (s.error().code == ErrorCode::RateLimited)
            res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
        return sendError(res, s.error());
    }
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handlePull(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member)
        return sendError(res, member.error());
    const std::optional<qint64> after = numberParam(req, "after", 0);
    const std::optional<qint64> limit = numberParam(req, "limit", Protocol::DefaultPageSize);
    if (!after || !limit || *limit == 0) {
        return sendError(res, 400, u"invalid"_s,
                         u"after must be a number >= 0 and limit a number >= 1"_s);
    }
    // A client that does not send granted_after does not take part in
    // backfills (they would repeat for it forever).
    const std::optional<qint64> grantedAfter =
        numberParam(req, "granted_after", std::numeric_limits<qint64>::max());
    const std::optional<qint64> backfillAfter = numberParam(req, "backfill_after", 0);
    const std::optional<qint64> backfillThrough = numberParam(req, "backfill_through", 0);
    if (!grantedAfter || !backfillAfter || !backfillThrough) {
        return sendError(res, 400, u"invalid"_s,
                         u"granted_after, backfill_after and backfill_through must be numbers "
                         ">= 0"_s);
    }
    const int pageSize = int(std::min<qint64>(*limit, Protocol::MaxPageSize));
    const Core::Result<Protocol::PullPage> page = m_pull->page(
        *member, Core::PullPosition{*after, *grantedAfter, *backfillAfter, *backfillThrough},
        pageSize);
    if (!page)
        return sendError(res, page.error());
    sendJson(res, 200, Protocol::encode(*page));
}

void HttpApi::handlePush(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member)
        return sendError(res, member.error());
    QByteArray body = QByteArray::fromStdString(req.body);
    const std::string encodingHeader = toStd(Protocol::BodyEncodingHeader);
    if (req.has_header(encodingHeader.c_str())) {
        const std::string name = req.get_header_value(encodingHeader.c_str());
        const std::optional<Protocol::Codec> codec = Protocol::codecFromName(QByteArrayView(name));
        if (!codec) {
            return sendError(res, 415, u"unsupported_encoding"_s,
                             u"request bodies may be sent as zstd or gzip"_s);
        }
        Core::Result<QByteArray> inflated =
            Protocol::decompress(body, *codec, Protocol::MaxInflatedRequestSize);
        if (!inflated) {
            return sendError(res, 400, u"bad_encoding"_s,
                             u"the body cannot be decoded: %1"_s.arg(inflated.error().detail));
        }
        body = std::move(inflated).value();
    }
    const Core::Result<Protocol::PushRequest> request = Protocol::decodePushRequest(body);
    if (!request)
        return sendError(res, request.error());
    const Core::Result<Protocol::PushResponse> response = m_push->push(*member, *request);
    if (!response)
        return sendError(res, response.error());
    sendJson(res, 200, Protocol::encode(*response));
}

void HttpApi::handleDigest(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member)
        return sendError(res, member.error());
    const Core::Result<Protocol::DigestResponse> digest = m_pull->digest(*member);
    if (!digest)
        return sendError(res, digest.error());
    sendJson(res, 200, Protocol::encode(*digest));
}

namespace {

// A refusal for too many attempts, with the wait in Retry-After.
void sendRateLimited(httplib::Response &res, const Core::Error &error, int retryAfter)
{
    res.set_header("Retry-After", std::to_string(std::max(1, retryAfter)));
    sendError(res, error);
}

// An account route's refusal; too many attempts of `attempt` from `address`
// say when to try again.
void sendAccountError(httplib::Response &res, const Core::Error &error, AccountService &accounts,
                      AccountService::Attempt attempt, const QString &address)
{
    if (error.code == ErrorCode::RateLimited)
        return sendRateLimited(res, error, accounts.retryAfterSeconds(attempt, address));
    sendError(res, error);
}

} // namespace

void HttpApi::handleRegister(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const QString address = QString::fromStdString(req.remote_addr);
    const Core::Result<AccountService::Registration> registration =
        m_accounts->registerAccount(*body, address);
    if (!registration) {
        return sendAccountError(res, registration.error(), *m_accounts,
                                AccountService::Attempt::Register, address);
    }
    if (registration->usernameTaken) {
        return sendError(res, 409, u"username_taken"_s,
                         u"the user name '%1' is taken; choose another"_s.arg(
                             body->value("username"_L1).toString()),
                         u"username"_s);
    }
    sendJson(res, 201,
             compact({{u"member_id"_s, registration->memberId},
                      {u"status"_s, u"pending_activation"_s}}));
}

void HttpApi::handleActivate(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> token = stringField(*body, "token"_L1);
    if (!token)
        return sendError(res, token.error());
    const QString address = QString::fromStdString(req.remote_addr);
    const Core::Result<Account> account = m_accounts->activate(*token, address);
    if (!account) {
        return sendAccountError(res, account.error(), *m_accounts, AccountService::Attempt::Token,
                                address);
    }
    sendJson(res, 200,
             compact({{u"member_id"_s, account->memberId},
                      {u"username"_s, account->username},
                      {u"status"_s, u"active"_s}}));
}

void HttpApi::handleResetRequest(const httplib::Request &req, httplib::Response &res)
{
    // An account's reset writes a token (and a mail); an unknown name writes
    // nothing. Every answer waits until the same moment, so the time does
    // not tell which names exist.
    struct Floor {
        std::chrono::steady_clock::time_point until =
            std::chrono::steady_clock::now() + ResetAnswerFloor;
        ~Floor() { std::this_thread::sleep_until(until); }
    } floor;
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> username = stringField(*body, "username"_L1);
    if (!username)
        return sendError(res, username.error());
    const QString address = QString::fromStdString(req.remote_addr);
    if (Core::Status s = m_accounts->requestReset(*username, address); !s) {
        return sendAccountError(res, s.error(), *m_accounts, AccountService::Attempt::ResetRequest,
                                address);
    }
    // The same answer whether the account exists or not.
    sendJson(res, 202, compact({{u"status"_s, u"accepted"_s}}));
}

void HttpApi::handleReset(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<QString> token = stringField(*body, "token"_L1);
    if (!token)
        return sendError(res, token.error());
    const Core::Result<QString> password = stringField(*body, "new_password"_L1);
    if (!password)
        return sendError(res, password.error());
    const QString address = QString::fromStdString(req.remote_addr);
    if (Core::Status s = m_accounts->resetPassword(*token, *password, address); !s) {
        return sendAccountError(res, s.error(), *m_accounts, AccountService::Attempt::Token,
                                address);
    }
    sendJson(res, 200, QByteArrayLiteral("{\"ok\":true}"));
}

void HttpApi::handleProfile(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<AccountService::Profile> profile = m_accounts->profile(bearerToken(req));
    if (!profile)
        return sendError(res, profile.error());
    sendJson(res, 200, profileJson(*profile));
}

void HttpApi::handleProfileUpdate(const httplib::Request &req, httplib::Response &res)
{
    // The token first: a client that is not signed in learns that before
    // anything about its body.
    if (const Core::Result<QString> member = m_auth.authenticate(bearerToken(req)); !member)
        return sendError(res, member.error());
    const Core::Result<QJsonObject> body = bodyObject(req);
    if (!body)
        return sendError(res, body.error());
    const Core::Result<AccountService::Profile> updated =
        m_accounts->updateProfile(bearerToken(req), *body);
    if (!updated)
        return sendError(res, updated.error());
    sendJson(res, 200, profileJson(*updated));
}

} // namespace Server

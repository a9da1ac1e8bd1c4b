#include "httpapi.h"

#include "accountservice.h"
#include "attachmentstore.h"
#include "authservice.h"
#include "compression.h"
#include "httpfront.h"
#include "httpreplies.h"
#include "pagestream.h"
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
#include <cctype>
#include <chrono>
#include <functional>

#include <limits>
#include <string>
#include <thread>
#include <vector>

namespace Server {

using namespace Qt::StringLiterals;
using namespace HttpReplies;
using Core::ErrorCode;
namespace Protocol = Sync::Protocol;

namespace {

constexpr const char *JsonType = "application/json";
constexpr const char *JsonUtf8Type = "application/json; charset=utf-8";

// Strong zstd levels need about 90 MB and 2 s of a core per 5 MB page: this
// many run at once, and further large answers meanwhile get a fast level.
constexpr int MaxStrongCompressions = 2;
constexpr qsizetype StrongCompressionFrom = 256 * 1024;
constexpr int FastZstdLevel = 6;
std::atomic<int> s_strongCompressions{0};

// Large pull pages in the column layout: at this level they come out
// smaller than rows at 19, at about 40 MB/s of one core instead of 2-3, so
// a first fill is paced by the link and the client, not by the server's CPU
// (docs/sync-protocol.md, "Encoding"; 11 rather than 12 since the client
// applies pages twice as fast: the admin's fill 0.5% more bytes, 0.3 s
// less of the server's CPU of 2.3). Pages under StrongCompressionFrom (the
// incremental syncs) still get level 19, which costs little on them.
// Matches of 6 bytes or more, 32 candidates compared rather than 64, and a
// match finder's table of 2^21 entries rather than 2^22: the column pages'
// values repeat in long runs, and the admin's fill comes out 1.4% smaller
// for two fifths less of the compressor's CPU (docs/sync-protocol.md, "What
// a pull costs the server").
constexpr Protocol::ZstdSettings ColumnsZstd{11, 6, 5, 21};

// The first page of a streamed pull, which the client applies while the
// server makes the next. (A whole first page of 1,000 records kept a
// member's first sync of 2,200 waiting 34 ms for its first byte.)
constexpr int FirstStreamedPageSize = 125;

// Two pages, one after the other, as one: the changes of both and the
// position after the second. (A change is in one of them only: the store
// keeps one row a record.)
Protocol::PullPage joined(Protocol::PullPage first, const Protocol::PullPage &second)
{
    first.records += second.records;
    first.storedFields += second.storedFields;
    first.tombstones += second.tombstones;
    first.cursor = second.cursor;
    first.hasMore = second.hasMore;
    first.grantedAfter = second.grantedAfter;
    first.backfillAfter = second.backfillAfter;
    first.backfillThrough = second.backfillThrough;
    first.scopes = second.scopes;
    return first;
}

// Compresses the answer's body with the best codec the request's
// Accept-Encoding allows (zstd, then gzip), when it is large enough to gain:
// zstd by `zstd`, or when its level is 0 at level 19 while at most
// MaxStrongCompressions large answers are being compressed, else at the fast
// level. Leaves an answer alone that is encoded already.
void compressAnswer(const httplib::Request &req, httplib::Response &res,
                    Protocol::ZstdSettings zstd)
{
    if (res.body.size() < std::size_t(Protocol::MinCompressedBodySize) ||
        res.has_header("Content-Range") || res.has_header("Content-Encoding")) {
        return;
    }
    const Protocol::Codec codec =
        Protocol::preferredCodec(QByteArrayView(req.get_header_value("Accept-Encoding")));
    if (codec == Protocol::Codec::Identity)
        return;
    const QByteArrayView body(res.body.data(), qsizetype(res.body.size()));
    bool strong = false;
    if (codec == Protocol::Codec::Zstd && zstd.level == 0 && body.size() >= StrongCompressionFrom) {
        strong = s_strongCompressions.fetch_add(1) < MaxStrongCompressions;
        if (!strong) {
            s_strongCompressions.fetch_sub(1);
            zstd = {FastZstdLevel};
        }
    }
    const QByteArray packed = codec == Protocol::Codec::Zstd ? Protocol::compress(body, zstd)
                                                             : Protocol::compress(body, codec);
    if (strong)
        s_strongCompressions.fetch_sub(1);
    if (packed.isEmpty() || packed.size() >= body.size())
        return;
    res.body.assign(packed.constData(), std::size_t(packed.size()));
    res.set_header("Content-Encoding", toStd(Protocol::codecName(codec)));
    res.headers.erase("Content-Length");
    res.set_header("Content-Length", std::to_string(res.body.size()));
}

// The post-routing step of every answer: a JSON body is compressed (unless
// its route did so already). X-LeaderNet-Body-Length keeps the length before.
void encodeAnswer(const httplib::Request &req, httplib::Response &res)
{
    const auto type = res.headers.find("Content-Type");
    if (type == res.headers.end() || type->second != PendingJsonType)
        return;
    type->second = JsonType;
    compressAnswer(req, res, {});
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

struct Route {
    std::string method;
    std::string path;
    std::function<void(const httplib::Request &, httplib::Response &)> handler;
};

// One request HttpFront read whole, as httplib reads it from a socket; the
// answer is written into memory, which the front sends. A chunked answer (a
// streamed pull) goes to the front in parts as it is written: past
// PartSize, or with each write of a chunk (MinPartWrite or more), so its
// pages leave as they are made. Any other answer is handed over whole when
// it is done, and its worker is free at once however slowly it is read.
class BufferedStream final : public httplib::Stream
{
public:
    static constexpr std::size_t PartSize = 64 * 1024;
    static constexpr std::size_t MinPartWrite = 1024;

    BufferedStream(const std::string &request, const HttpFront::Peer &peer,
                   const HttpFront::SendPart &sendPart)
        : m_in(request)
        , m_peer(peer)
        , m_sendPart(sendPart)
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
        if (m_gone)
            return -1;
        m_out.append(ptr, size);
        if (!m_headWritten) { // httplib writes the status line and headers in one go
            m_headWritten = true;
            m_chunked = isChunked(m_out);
        }
        if (m_chunked && m_sendPart && (m_out.size() >= PartSize || size >= MinPartWrite)) {
            if (!m_sendPart(std::exchange(m_out, {}))) {
                m_gone = true; // the client left: the answer's maker stops
                return -1;
            }
        }
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
    static bool isChunked(const std::string &head)
    {
        std::string lower(head.size(), '\0');
        std::transform(head.begin(), head.end(), lower.begin(),
                       [](unsigned char c) { return char(std::tolower(c)); });
        return lower.find("\r\ntransfer-encoding: chunked\r\n") != std::string::npos;
    }

    const HttpFront::SendPart &m_sendPart;
    std::size_t m_pos = 0;
    std::string m_out;
    bool m_headWritten = false;
    bool m_chunked = false;
    bool m_gone = false;
};

// Whether a request's path is a route's: the same, or for a route that ends
// in a parameter ("/api/v1/attachments/{sha256}"), the same up to it and
// then one non-empty segment.
bool pathMatches(std::string_view route, std::string_view path)
{
    const std::size_t brace = route.find('{');
    if (brace == std::string_view::npos)
        return route == path;
    return path.size() > brace && path.substr(0, brace) == route.substr(0, brace) &&
           path.find('/', brace) == std::string_view::npos;
}

// Bodies of routes that need no sign-in, and of the other routes but push.
constexpr std::size_t OpenRouteBodyLimit = 16 * 1024;
constexpr std::size_t RouteBodyLimit = 64 * 1024;
// A kept-alive connection waits this long for its next request (it holds no worker).
constexpr auto IdleTimeout = std::chrono::seconds(30);

} // namespace

// httplib's router, run on requests HttpFront has read.
class HttpApi::Router final : public httplib::Server
{
public:
    // httplib writes a streamed body (a content provider's) only while its
    // own listening socket is set: it never listens here (HttpFront does),
    // so the socket is marked set, with a number no descriptor has.
    Router() { svr_sock_ = std::numeric_limits<int>::max(); }

    std::string run(const std::string &request, const HttpFront::Peer &peer, bool closeAfter,
                    bool &close, const HttpFront::SendPart &sendPart)
    {
        BufferedStream stream(request, peer, sendPart);
        // httplib would cut every body to a request's Range itself, JSON
        // errors included; the routes that serve ranges (attachments) read
        // the Range header themselves.
        process_request(stream, closeAfter, close,
                        [](httplib::Request &req) { req.ranges.clear(); });
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
    , m_attachments(std::make_unique<AttachmentStore>(store))
    , m_server(std::make_unique<Router>())
{
    HttpFront::Limits limits;
    limits.workers = m_options.threads;
    limits.idleTimeout = IdleTimeout;
    m_front = std::make_unique<HttpFront>(
        limits,
        [this](std::string_view method, std::string_view path) { return bodyLimit(method, path); },
        [this](const std::string &request, const HttpFront::Peer &peer, bool closeAfter,
               bool &close, const HttpFront::SendPart &sendPart) {
            return m_server->run(request, peer, closeAfter, close, sendPart);
        });
    // The front has bounded every body by its route already; httplib checks
    // again against the largest (an upload's, or a push's), and the rest
    // only fill the Keep-Alive header of the answers.
    m_server->set_payload_max_length(std::max(
        m_options.maxPayloadBytes, std::size_t(std::max<qint64>(0, m_options.maxAttachmentBytes))));
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
        {"GET", Protocol::EstimatePath, &HttpApi::handleEstimate, Body::SignedIn},
        {"POST", Protocol::RegisterPath, &HttpApi::handleRegister, Body::Open},
        {"POST", Protocol::ActivatePath, &HttpApi::handleActivate, Body::Open},
        {"POST", Protocol::ResetRequestPath, &HttpApi::handleResetRequest, Body::Open},
        {"POST", Protocol::ResetPath, &HttpApi::handleReset, Body::Open},
        {"GET", Protocol::ProfilePath, &HttpApi::handleProfile, Body::SignedIn},
        {"POST", Protocol::ProfilePath, &HttpApi::handleProfileUpdate, Body::SignedIn},
        {"PUT", Protocol::AttachmentPath, &HttpApi::handleAttachmentPut, Body::Attachment},
        {"HEAD", Protocol::AttachmentPath, &HttpApi::handleAttachmentHead, Body::SignedIn},
        {"GET", Protocol::AttachmentPath, &HttpApi::handleAttachmentGet, Body::SignedIn},
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
        // A HEAD is answered by the path's GET route unless it has its own.
        const Route *get = nullptr;
        std::string allowed;
        for (const Route &route : *routes) {
            if (!pathMatches(route.path, req.path))
                continue;
            if (route.method == req.method)
                return route.handler(req, res);
            if (route.method == "GET")
                get = &route;
            allowed += (allowed.empty() ? "" : ", ") + route.method;
        }
        if (get && req.method == "HEAD")
            return get->handler(req, res);
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
    m_server->set_post_routing_handler([](const httplib::Request &req, httplib::Response &res) {
        restoreBytesType(res);
        encodeAnswer(req, res);
    });
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
            pathMatches(std::string_view(route.path.data(), std::size_t(route.path.size())), path))
            body = route.body;
    }
    switch (body) {
    case Body::Open:
        return OpenRouteBodyLimit;
    case Body::SignedIn:
        return RouteBodyLimit;
    case Body::Attachment:
        return std::size_t(m_options.maxAttachmentBytes);
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
    info.maxAttachmentBytes = m_options.maxAttachmentBytes;
    sendJson(res, 200, Protocol::encode(info));
}

namespace {

// The pull position of a pull or estimate request (after, granted_after,
// backfill_after, backfill_through); nullopt when one is not a number >= 0.
std::optional<Core::PullPosition> pullPosition(const httplib::Request &req)
{
    const std::optional<qint64> after = numberParam(req, "after", 0);
    // A client that does not send granted_after does not take part in
    // backfills (they would repeat for it forever).
    const std::optional<qint64> grantedAfter =
        numberParam(req, "granted_after", std::numeric_limits<qint64>::max());
    const std::optional<qint64> backfillAfter = numberParam(req, "backfill_after", 0);
    const std::optional<qint64> backfillThrough = numberParam(req, "backfill_through", 0);
    if (!after || !grantedAfter || !backfillAfter || !backfillThrough)
        return std::nullopt;
    return Core::PullPosition{*after, *grantedAfter, *backfillAfter, *backfillThrough};
}

// The JSON answer's first part compressed and sent on its own: a few
// milliseconds of level 19, then the link carries it while the rest is
// compressed (whole, a daily sync's page of 240 KB kept a 2G link idle for
// the 50 ms level 19 took).
constexpr qsizetype FirstPartBytes = 16 * 1024;

// A JSON answer compressed with zstd while it is sent (one frame, in parts).
struct ZstdAnswer {
    ZstdAnswer(const QByteArray &body, Protocol::ZstdSettings zstd)
        : json(body)
        , frame(zstd, 0, body.size())
    {}

    QByteArray json;
    Protocol::ZstdFrameWriter frame;
    qsizetype sent = 0; // bytes of `json` compressed
};

// Answers `json` compressed with zstd by `zstd` while it is sent: a first
// part at once, the rest as it is compressed (no idle link meanwhile).
void sendZstdInParts(httplib::Response &res, const QByteArray &json, Protocol::ZstdSettings zstd)
{
    auto answer = std::make_shared<ZstdAnswer>(json, zstd);
    res.status = 200;
    // The length before compression: the client's check for an answer cut short.
    res.set_header(toStd(Protocol::BodyLengthHeader), std::to_string(json.size()));
    res.set_header("Content-Encoding", toStd(Protocol::codecName(Protocol::Codec::Zstd)));
    // With its charset: httplib would gzip a stream of "application/json" on
    // top of the zstd (see HttpReplies::PendingJsonType).
    res.set_chunked_content_provider(JsonUtf8Type, [answer](std::size_t, httplib::DataSink &sink) {
        const qsizetype total = answer->json.size();
        if (answer->sent == total) {
            sink.done();
            return true;
        }
        const qsizetype part =
            answer->sent == 0 ? std::min(FirstPartBytes, total) : total - answer->sent;
        const QByteArrayView bytes = QByteArrayView(answer->json).sliced(answer->sent, part);
        answer->sent += part;
        const bool last = answer->sent == total;
        QByteArray out;
        if (!answer->frame.write(bytes, !last, out) || (last && !answer->frame.finish(out)))
            return false;
        return sink.write(out.constData(), std::size_t(out.size()));
    });
}

} // namespace

void HttpApi::handlePull(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member)
        return sendError(res, member.error());
    const std::optional<Core::PullPosition> position = pullPosition(req);
    const std::optional<qint64> limit = numberParam(req, "limit", Protocol::DefaultPageSize);
    if (!position || !limit || *limit == 0) {
        return sendError(res, 400, u"invalid"_s,
                         u"after, granted_after, backfill_after and backfill_through must be "
                         "numbers >= 0, limit a number >= 1"_s);
    }
    const int pageSize = int(std::min<qint64>(*limit, Protocol::MaxPageSize));
    // Clients that read the column layout ask for it; others get rows.
    const bool columns = req.get_param_value(toStd(Protocol::PageLayoutParam).c_str()) ==
                         toStd(Protocol::ColumnsLayoutName);
    const bool streamAsked =
        columns &&
        req.get_param_value(toStd(Protocol::PageStreamParam).c_str()) ==
            toStd(Protocol::PageStreamValue) &&
        Protocol::preferredCodec(QByteArrayView(req.get_header_value("Accept-Encoding"))) ==
            Protocol::Codec::Zstd;
    // Pages in columns carry the records' fields as the store keeps them.
    const ServerStore::Fields fields =
        columns ? ServerStore::Fields::Stored : ServerStore::Fields::Parsed;
    // A stream starts with a small page, so that the client applies it while
    // the server reads and compresses the next (docs/sync-protocol.md,
    // "Streamed pulls"). What fits the client's page size still goes as one
    // page.
    const int firstSize = streamAsked ? std::min(pageSize, FirstStreamedPageSize) : pageSize;
    Core::Result<Protocol::PullPage> page = m_pull->page(*member, *position, firstSize, fields);
    if (!page)
        return sendError(res, page.error());
    if (!columns)
        return sendJson(res, 200, Protocol::encode(*page));
    if (streamAsked && page->hasMore && pageSize <= FirstStreamedPageSize)
        return streamPages(req, res, *member, {*page}, pageSize, pageSize);
    if (streamAsked && page->hasMore) {
        const qsizetype firstCount = page->records.size() + page->tombstones.size();
        const int restSize = int(pageSize - firstCount);
        // When the rest cannot fit the client's page, the stream starts at
        // once; only a rest that may fit is read before the first byte.
        const Core::Result<bool> more = m_pull->moreThan(*member, page->next(), restSize);
        if (!more)
            return sendError(res, more.error());
        if (*more)
            return streamPages(req, res, *member, {*page}, restSize, pageSize);
        const Core::Result<Protocol::PullPage> rest =
            m_pull->page(*member, page->next(), restSize, fields);
        if (!rest)
            return sendError(res, rest.error());
        if (rest->hasMore || firstCount < firstSize)
            return streamPages(req, res, *member, {*page, *rest}, pageSize, pageSize);
        page = joined(std::move(page).value(), *rest);
    }
    const QByteArray json = Protocol::encode(*page, Protocol::PageLayout::Columns);
    // An answer of one part goes whole, as every other answer (its length
    // stated: chunks and their headers would only add bytes).
    if (json.size() > FirstPartBytes &&
        Protocol::preferredCodec(QByteArrayView(req.get_header_value("Accept-Encoding"))) ==
            Protocol::Codec::Zstd) {
        // Level 19 below StrongCompressionFrom, as compressAnswer() gives.
        return sendZstdInParts(res, json,
                               json.size() >= StrongCompressionFrom ? ColumnsZstd
                                                                    : Protocol::ZstdSettings{});
    }
    sendJson(res, 200, json);
    if (json.size() >= StrongCompressionFrom)
        compressAnswer(req, res, ColumnsZstd);
}

namespace {

// A streamed pull's state, from one call of its content provider to the next.
struct PageStream {
    QString member;
    QString token;
    int nextSize = 0; // of the first page made in the answer
    int pageSize = 0;
    QList<Protocol::PullPage> ready; // made before the answer began
    Core::PullPosition next;
    Protocol::PageStreamWriter writer{ColumnsZstd};
    qint64 written = 0; // JSON bytes of the pages so far
    bool ended = false;
};

} // namespace

void HttpApi::streamPages(const httplib::Request &req, httplib::Response &res,
                          const QString &member, QList<Protocol::PullPage> ready, int nextSize,
                          int pageSize)
{
    auto stream = std::make_shared<PageStream>();
    stream->member = member;
    stream->token = bearerToken(req);
    stream->nextSize = nextSize;
    stream->pageSize = pageSize;
    stream->ready = std::move(ready);
    res.status = 200;
    res.set_header("Content-Encoding", toStd(Protocol::codecName(Protocol::Codec::Zstd)));
    // Each call writes one page; a failure (the store, a session ended
    // meanwhile, the client gone) cuts the answer short: the client keeps
    // the pages it has whole and asks again from there.
    res.set_chunked_content_provider(
        toStd(Protocol::PageStreamType), [this, stream](std::size_t, httplib::DataSink &sink) {
            if (stream->ended) {
                sink.done();
                return true;
            }
            Core::Result<Protocol::PullPage> page = Protocol::PullPage();
            if (!stream->ready.isEmpty()) {
                page = stream->ready.takeFirst();
            } else {
                if (!m_auth.authenticate(stream->token))
                    return false;
                page = m_pull->page(stream->member, stream->next,
                                    std::exchange(stream->nextSize, stream->pageSize),
                                    ServerStore::Fields::Stored);
                if (!page) {
                    qCWarning(lcServerHttp) << "a streamed pull stopped:" << page.error().detail;
                    return false;
                }
            }
            const QByteArray json = Protocol::encode(*page, Protocol::PageLayout::Columns);
            stream->written += json.size();
            stream->next = page->next();
            QByteArray bytes = stream->writer.page(json);
            stream->ended = !page->hasMore || stream->written >= Protocol::MaxStreamBytes;
            if (stream->ended)
                bytes += stream->writer.finish();
            return !bytes.isEmpty() && sink.write(bytes.constData(), std::size_t(bytes.size()));
        });
}

void HttpApi::handleEstimate(const httplib::Request &req, httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member)
        return sendError(res, member.error());
    const std::optional<Core::PullPosition> position = pullPosition(req);
    if (!position) {
        return sendError(res, 400, u"invalid"_s,
                         u"after, granted_after, backfill_after and backfill_through must be "
                         "numbers >= 0"_s);
    }
    const Core::Result<Protocol::PullEstimate> estimate = m_pull->estimate(*member, *position);
    if (!estimate)
        return sendError(res, estimate.error());
    sendJson(res, 200, Protocol::encode(*estimate));
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

} // namespace Server

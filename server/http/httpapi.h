#pragma once

#include "protocol.h"
#include "pushservice.h"
#include "result.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>

#include <utility>

#include <atomic>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string_view>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Server {

class AccountService;
class AttachmentStore;
class PullService;
class HttpFront;
class AuthService;
class ServerStore;

// The HTTP API of leadernet-server on cpp-httplib: health, sign-in and
// sign-out, registration, activation, password reset and the member's
// profile, the member's sync (pull, push, digest) and attachments (upload,
// download; attachmentroutes.cpp). HttpFront owns the
// connections and reads each request whole; httplib's router then runs it on
// one of the front's workers, and each handler uses the store's connection
// for its thread. Every error is a
// JSON ErrorBody with a 4xx/5xx status; nothing a client sends escapes as an
// exception. Borrows the store and the auth service, which must outlive it.
class HttpApi final
{
public:
    struct Options {
        // The largest body of a push; other routes take far less (bodyLimit()).
        std::size_t maxPayloadBytes = 8 * 1024 * 1024;
        // What each member may store a day through pushes (PushService); 0: no limit.
        qint64 memberDailyQuota = PushService::DefaultDailyQuota;
        // Workers running whole requests (HttpFront reads them first, so a
        // slow or idle connection holds none).
        std::size_t threads = 64;
        // HTTPS with this certificate chain and key (PEM files); plain HTTP
        // when both are empty.
        QString tlsCertificate;
        QString tlsKey;
        // Mail delivery (serve --smtp): when set, registrations that give an
        // e-mail address and reset requests of accounts that have one queue a
        // mail with the token (AccountService), and this is called after each
        // such commit, on the request's thread, to wake the MailSender. Empty:
        // no mail is queued; tokens only come from the admin commands.
        std::function<void()> mailQueued;
        // The largest attachment a member may upload (serve --max-attachment);
        // /api/v1/health states it.
        qint64 maxAttachmentBytes = Sync::Protocol::DefaultMaxAttachmentBytes;
    };

    HttpApi(ServerStore &store, AuthService &auth, Options options);
    HttpApi(ServerStore &store, AuthService &auth);
    ~HttpApi();
    Q_DISABLE_COPY_MOVE(HttpApi)

    bool isTls() const { return !m_options.tlsCertificate.isEmpty(); }

    // Binds to `host`:`port` (0 picks a free port); returns the bound port.
    // Fails with a clear message when the TLS certificate or key cannot be used.
    Core::Result<int> bind(const QString &host, int port);

    // Serves until stop() is called (from any thread). Call after bind().
    Core::Status run();

    // Stops accepting connections (thread-safe). Requests in flight finish;
    // run() returns once idle keep-alive connections time out as well.
    void stop();

    // Every route: method and path (the OpenAPI document lists the same). A
    // path may end in one parameter, as in "/api/v1/attachments/{sha256}".
    static QList<std::pair<QString, QString>> routes();

    // Route handlers running right now.
    int requestsInFlight() const { return m_inFlight.load(); }

    // The largest request body a route takes: the push's maxPayloadBytes,
    // a small limit for every other route, smallest for those that need no
    // sign-in.
    std::size_t bodyLimit(std::string_view method, std::string_view path) const;

private:
    using Handler = void (HttpApi::*)(const httplib::Request &, httplib::Response &);
    // The body a route takes: small for those that need no sign-in, larger
    // for the others, the push's maxPayloadBytes for the push, and
    // maxAttachmentBytes for an attachment's upload.
    enum class Body { Open, SignedIn, Push, Attachment };
    struct RouteSpec {
        const char *method;
        QLatin1StringView path;
        Handler handler;
        Body body;
    };
    static const QList<RouteSpec> &routeTable();
    void installRoutes();
    void handleOpenApi(const httplib::Request &req, httplib::Response &res);
    void handleHealth(const httplib::Request &req, httplib::Response &res);
    void handleLogin(const httplib::Request &req, httplib::Response &res);
    void handleLogout(const httplib::Request &req, httplib::Response &res);
    void handleLogoutEverywhere(const httplib::Request &req, httplib::Response &res);
    void handleRefresh(const httplib::Request &req, httplib::Response &res);
    void handlePassword(const httplib::Request &req, httplib::Response &res);
    void handlePull(const httplib::Request &req, httplib::Response &res);
    // Answers a pull as a stream of pages (Protocol::PageStreamType): those
    // `ready`, then one of `nextSize` changes, then pages of `pageSize`.
    void streamPages(const httplib::Request &req, httplib::Response &res, const QString &member,
                     QList<Sync::Protocol::PullPage> ready, int nextSize, int pageSize);
    void handlePush(const httplib::Request &req, httplib::Response &res);
    void handleDigest(const httplib::Request &req, httplib::Response &res);
    void handleEstimate(const httplib::Request &req, httplib::Response &res);
    void handleRegister(const httplib::Request &req, httplib::Response &res);
    void handleActivate(const httplib::Request &req, httplib::Response &res);
    void handleResetRequest(const httplib::Request &req, httplib::Response &res);
    void handleReset(const httplib::Request &req, httplib::Response &res);
    void handleProfile(const httplib::Request &req, httplib::Response &res);
    void handleProfileUpdate(const httplib::Request &req, httplib::Response &res);
    // attachmentroutes.cpp
    struct AttachmentRequest {
        QString member;
        QString sha256;
    };
    // Who asks, and for which file; nullopt once an error was sent.
    std::optional<AttachmentRequest> attachmentRequest(const httplib::Request &req,
                                                       httplib::Response &res);
    void handleAttachmentPut(const httplib::Request &req, httplib::Response &res);
    void handleAttachmentHead(const httplib::Request &req, httplib::Response &res);
    void handleAttachmentGet(const httplib::Request &req, httplib::Response &res);

    ServerStore &m_store;
    AuthService &m_auth;
    Options m_options;
    std::unique_ptr<PushService> m_push;
    std::unique_ptr<PullService> m_pull;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<AttachmentStore> m_attachments;
    class Router;
    std::unique_ptr<Router> m_server;
    std::unique_ptr<HttpFront> m_front;
    std::atomic<int> m_inFlight{0};
};

} // namespace Server

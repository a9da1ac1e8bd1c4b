#pragma once

#include "result.h"

#include <QString>

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

namespace Server {

// The front of the HTTP server: it owns the listening socket and every
// connection, and reads each request whole, on one thread and without
// blocking, before a worker sees it. So a connection that is slow to send its
// headers or body, or that waits for its next request, holds no worker; the
// workers only run complete requests and write their answers into memory,
// which the front then sends as the client reads them.
//
// The front enforces what a route cannot: a deadline for the head and a
// minimum rate for the body, a bounded head (size and number of headers), a
// body bounded by its route's limit however it is framed (Content-Length or
// chunked; refused with 413 as soon as it passes the limit, or at once when
// the declared length does), unambiguous framing (two Content-Lengths, a
// Content-Length with a Transfer-Encoding, or an unparseable length are
// refused with 400, so no proxy in front can be desynchronised), limits on
// connections (in all and per address) and on the bodies buffered at once.
// Its own refusals are JSON error bodies like the routes' and close the
// connection after a short lingering read, so the client reads them.
//
// HTTPS: with a certificate and key the front speaks TLS (OpenSSL, non
// blocking) on the same terms. POSIX sockets and poll(). The request's
// framing is RequestReader's, the sockets' bytes HttpSocket's; this class
// owns the connections, their deadlines and the workers.
class HttpFront final
{
public:
    struct Limits {
        std::size_t maxHeadBytes = 16 * 1024; // request line and headers
        int maxHeaderCount = 64;
        // The head (and the TLS handshake) must arrive within this, counted
        // from its first byte.
        std::chrono::milliseconds headDeadline{10000};
        // A kept-alive connection waiting for its next request is closed
        // after this (it costs a socket, never a worker).
        std::chrono::milliseconds idleTimeout{30000};
        // After `grace`, a body must have come at this mean rate at least
        // (a 2G link carries several times more).
        std::size_t minBodyBytesPerSecond = 2048;
        std::chrono::milliseconds grace{10000};
        // An answer the client stops reading for this long is dropped.
        std::chrono::milliseconds stallTimeout{60000};
        int maxConnections = 4000;
        int maxConnectionsPerAddress = 128;
        // Bodies being read or waiting for a worker, in all: past it new
        // bodies are refused with 503 and Retry-After.
        std::size_t bodyBudget = std::size_t(256) * 1024 * 1024;
        int maxRequestsPerConnection = 1000;
        std::size_t workers = 64;
    };

    struct Peer {
        std::string ip;
        int port = 0;
        std::string localIp;
        int localPort = 0;
    };

    // The body limit of a request, from its method and path (no query).
    using BodyLimit = std::function<std::size_t(std::string_view method, std::string_view path)>;

    // Runs one whole request on a worker thread. `request` is in canonical
    // form: the request line and headers, the body's length as one
    // Content-Length, no Transfer-Encoding or Expect, then the body. Returns
    // the answer (the rest of it, after any parts) as bytes; sets `close`
    // when the connection must close after it (`closeAfter` asks for that:
    // the last request allowed, or the server stopping).
    //
    // A long answer may be handed over in parts as it is made (`sendPart`,
    // from the worker): the front sends each while the worker makes the
    // next, and sendPart waits while more than MaxQueuedPart bytes of the
    // answer are still unsent, so a slow reader holds the worker back, not
    // the server's memory. sendPart returns false once the connection is
    // gone: the worker stops making the answer.
    using SendPart = std::function<bool(std::string &&part)>;
    static constexpr std::size_t MaxQueuedPart = 1024 * 1024;
    using Process = std::function<std::string(const std::string &request, const Peer &peer,
                                              bool closeAfter, bool &close,
                                              const SendPart &sendPart)>;

    HttpFront(Limits limits, BodyLimit bodyLimit, Process process);
    ~HttpFront();
    HttpFront(const HttpFront &) = delete;
    HttpFront &operator=(const HttpFront &) = delete;

    // HTTPS with this certificate chain and key (PEM). Fails with a clear
    // message when they cannot be used. Call before bind().
    Core::Status useTls(const QString &certificate, const QString &key);

    // Binds to `host`:`port` (0 picks a free port); returns the bound port.
    Core::Result<int> bind(const QString &host, int port);

    // Serves until stop(). Answers being written are finished (for a few
    // seconds at most); then every connection is closed.
    void run();

    // Thread-safe.
    void stop();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Server

#include "httpfront.h"

#include "protocol.h"

#include <QFile>
#include <QLoggingCategory>

#include <httplib.h>
#include <openssl/err.h>
#include <openssl/ssl.h>

#include <arpa/inet.h>
#include <csignal>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <vector>

Q_LOGGING_CATEGORY(lcServerFront, "leadernet.server.front")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
namespace Protocol = Sync::Protocol;

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr std::size_t ReadChunk = 64 * 1024;
// After a refusal the front reads and drops what the client still sends, for
// this long or this much, so the client reads the answer instead of a reset.
constexpr milliseconds LingerFor{5000};
constexpr std::size_t LingerBytes = 64 * 1024 * 1024;
// On stop, answers being written get this long to finish.
constexpr milliseconds DrainOnStop{10000};
constexpr milliseconds Tick{200};
constexpr std::size_t MaxChunkLine = 1024;
constexpr int ListenBacklog = 4096;

#ifdef MSG_NOSIGNAL
constexpr int SendFlags = MSG_NOSIGNAL;
#else
constexpr int SendFlags = 0;
#endif

bool sameText(std::string_view a, std::string_view b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trimmed(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// A refusal of the front's own: a JSON error body like the routes' answers.
std::string refusal(int status, std::string_view reason, const QString &code,
                    const QString &message, std::string_view extraHeaders = {})
{
    const QByteArray body = Protocol::encode(Protocol::ErrorBody{code, message});
    std::string out =
        "HTTP/1.1 " + std::to_string(status) + ' ' + std::string(reason) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
        "\r\n" +
        std::string(Protocol::BodyLengthHeader.data(),
                    std::size_t(Protocol::BodyLengthHeader.size())) +
        ": " + std::to_string(body.size()) + "\r\nConnection: close\r\n" +
        std::string(extraHeaders) + "\r\n";
    out.append(body.constData(), std::size_t(body.size()));
    return out;
}

std::string busyRefusal(const QString &code, const QString &message)
{
    return refusal(503, "Service Unavailable", code, message, "Retry-After: 5\r\n");
}

bool setNonBlocking(int fd)
{
    const int flags = ::fcntl(fd, F_GETFL, 0);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags | O_NONBLOCK) == 0 &&
           ::fcntl(fd, F_SETFD, FD_CLOEXEC) == 0;
}

void addressOf(const sockaddr_storage &ss, std::string &ip, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (ss.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&ss);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    } else {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&ss);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    }
    ip = text;
}

enum class Phase {
    Idle,      // waiting for a request's first byte
    Head,      // reading the request line and headers (or the TLS handshake)
    Body,      // reading the body
    Busy,      // a worker runs the request
    Writing,   // sending the answer
    Lingering, // after a refusal: dropping what still comes, then closing
};

enum class Framing { None, Length, Chunked };
enum class ChunkStep { Size, Data, DataEnd, Trailer };

struct Connection {
    std::uint64_t id = 0;
    int fd = -1;
    SSL *ssl = nullptr;
    bool handshaking = false;
    bool sslWantsRead = false;  // a write waits for the socket to be readable
    bool sslWantsWrite = false; // a read waits for the socket to be writable
    HttpFront::Peer peer;
    Phase phase = Phase::Idle;
    Clock::time_point since;     // the phase's start (Idle: since the last answer)
    Clock::time_point lastWrite; // the last progress sending
    std::string in;              // received bytes; those before inPos are used
    std::size_t inPos = 0;
    std::string head; // canonical request line and headers, no final CRLF
    std::string method;
    std::string body;
    Framing framing = Framing::None;
    std::size_t expected = 0; // Framing::Length
    std::size_t limit = 0;
    ChunkStep step = ChunkStep::Size;
    std::size_t chunkLeft = 0;
    std::size_t trailerBytes = 0;
    std::size_t budgeted = 0; // body bytes counted in the shared budget
    std::string out;
    std::size_t outPos = 0;
    bool closeAfterWrite = false;
    bool lingerAfterWrite = false;
    std::size_t lingered = 0;
    int served = 0;
    bool dead = false;
};

struct Done {
    std::uint64_t id;
    std::string answer;
    bool close;
};

// What a refusal says; the connection closes after it.
struct Refusal {
    int status;
    const char *reason;
    QString code;
    QString message;
};

} // namespace

struct HttpFront::Impl {
    Limits limits;
    BodyLimit bodyLimit;
    Process process;
    SSL_CTX *tls = nullptr;
    int listener = -1;
    int wakeRead = -1;
    int wakeWrite = -1;
    std::atomic<bool> stopRequested{false};
    std::atomic<int> open{0};
    bool stopping = false;
    Clock::time_point stopDeadline;
    std::uint64_t nextId = 1;
    std::unordered_map<std::uint64_t, std::unique_ptr<Connection>> connections;
    std::unordered_map<std::string, int> perAddress;
    std::size_t budgetUsed = 0;
    std::unique_ptr<httplib::ThreadPool> workers;
    std::mutex doneMutex;
    std::deque<Done> done;
    Clock::time_point acceptPausedUntil;

    ~Impl()
    {
        for (auto &[id, c] : connections)
            closeNow(*c);
        for (int fd : {listener, wakeRead, wakeWrite}) {
            if (fd >= 0)
                ::close(fd);
        }
        if (tls)
            SSL_CTX_free(tls);
    }

    void wake() const
    {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(wakeWrite, &byte, 1);
    }

    // ---- Reading and writing, plain or TLS.

    // Bytes read (> 0), 0 at the end of the stream, -1 on an error, -2 when
    // nothing is there yet.
    long receive(Connection &c, char *buffer, std::size_t size)
    {
        if (!c.ssl) {
            const ssize_t n = ::recv(c.fd, buffer, size, 0);
            if (n >= 0)
                return long(n);
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? -2 : -1;
        }
        ERR_clear_error();
        c.sslWantsWrite = false;
        const int n = SSL_read(c.ssl, buffer, int(std::min<std::size_t>(size, INT32_MAX)));
        if (n > 0) {
            c.handshaking = false;
            return n;
        }
        switch (SSL_get_error(c.ssl, n)) {
        case SSL_ERROR_WANT_READ:
            return -2;
        case SSL_ERROR_WANT_WRITE:
            c.sslWantsWrite = true;
            return -2;
        case SSL_ERROR_ZERO_RETURN:
            return 0;
        default:
            return -1;
        }
    }

    long send(Connection &c, const char *data, std::size_t size)
    {
        if (!c.ssl) {
            const ssize_t n = ::send(c.fd, data, size, SendFlags);
            if (n >= 0)
                return long(n);
            return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? -2 : -1;
        }
        ERR_clear_error();
        c.sslWantsRead = false;
        const int n = SSL_write(c.ssl, data, int(std::min<std::size_t>(size, INT32_MAX)));
        if (n > 0)
            return n;
        switch (SSL_get_error(c.ssl, n)) {
        case SSL_ERROR_WANT_WRITE:
            return -2;
        case SSL_ERROR_WANT_READ:
            c.sslWantsRead = true;
            return -2;
        default:
            return -1;
        }
    }

    // ---- Connections.

    void release(Connection &c)
    {
        budgetUsed -= std::min(budgetUsed, c.budgeted);
        c.budgeted = 0;
    }

    void closeNow(Connection &c)
    {
        if (c.fd < 0)
            return;
        release(c);
        if (c.ssl) {
            ERR_clear_error();
            if (!c.handshaking)
                SSL_shutdown(c.ssl);
            SSL_free(c.ssl);
            c.ssl = nullptr;
        }
        ::close(c.fd);
        c.fd = -1;
        c.dead = true;
        auto it = perAddress.find(c.peer.ip);
        if (it != perAddress.end() && --it->second <= 0)
            perAddress.erase(it);
        --open;
    }

    void acceptAll()
    {
        const auto now = Clock::now();
        if (now < acceptPausedUntil)
            return;
        for (;;) {
            sockaddr_storage ss{};
            socklen_t length = sizeof ss;
            const int fd = ::accept(listener, reinterpret_cast<sockaddr *>(&ss), &length);
            if (fd < 0) {
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // Out of descriptors: let the kernel's queue hold the
                    // rest a moment rather than spin on them.
                    qCWarning(lcServerFront) << "cannot accept a connection:" << strerror(errno);
                    acceptPausedUntil = now + milliseconds(500);
                    return;
                }
                if (errno == EINTR || errno == ECONNABORTED)
                    continue;
                return; // EAGAIN: none left
            }
            auto c = std::make_unique<Connection>();
            c->fd = fd;
            addressOf(ss, c->peer.ip, c->peer.port);
            sockaddr_storage local{};
            socklen_t localLength = sizeof local;
            if (::getsockname(fd, reinterpret_cast<sockaddr *>(&local), &localLength) == 0)
                addressOf(local, c->peer.localIp, c->peer.localPort);
            const int yes = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &yes, sizeof yes);
            if (!setNonBlocking(fd)) {
                ::close(fd);
                continue;
            }
            int &fromAddress = perAddress[c->peer.ip];
            const bool tooMany = int(connections.size()) >= limits.maxConnections;
            if (tooMany || fromAddress >= limits.maxConnectionsPerAddress) {
                if (fromAddress == 0)
                    perAddress.erase(c->peer.ip);
                if (!tls) {
                    const std::string answer =
                        tooMany ? busyRefusal(u"busy"_s, u"the server has too many connections; "
                                                         "try again in a moment"_s)
                                : busyRefusal(u"too_many_connections"_s,
                                              u"too many connections from your address; close "
                                              "some and try again"_s);
                    [[maybe_unused]] const auto n =
                        ::send(fd, answer.data(), answer.size(), SendFlags);
                }
                ::close(fd);
                continue;
            }
            ++fromAddress;
            ++open;
            c->id = nextId++;
            c->since = now;
            if (tls) {
                c->ssl = SSL_new(tls);
                if (!c->ssl || SSL_set_fd(c->ssl, fd) != 1) {
                    closeNow(*c);
                    continue;
                }
                SSL_set_accept_state(c->ssl);
                // The handshake is part of the head: it has headDeadline.
                c->handshaking = true;
                c->phase = Phase::Head;
            }
            const std::uint64_t id = c->id;
            connections.emplace(id, std::move(c));
        }
    }

    void refuse(Connection &c, const Refusal &r, std::string_view extraHeaders = {})
    {
        release(c);
        c.body.clear();
        c.out = refusal(r.status, r.reason, r.code, r.message, extraHeaders);
        c.outPos = 0;
        c.phase = Phase::Writing;
        c.closeAfterWrite = true;
        c.lingerAfterWrite = true;
        c.lastWrite = Clock::now();
        flush(c);
    }

    void refuseBusy(Connection &c)
    {
        refuse(c,
               {503, "Service Unavailable", u"busy"_s,
                u"the server is receiving too much at once; try again in a moment"_s},
               "Retry-After: 5\r\n");
    }

    void refuseTooLarge(Connection &c)
    {
        refuse(c, {413, "Payload Too Large", u"payload_too_large"_s,
                   u"the request body is larger than this route takes (%1 bytes)"_s.arg(c.limit)});
    }

    // Reads what the socket holds, and moves the request on.
    void onReadable(Connection &c)
    {
        char buffer[ReadChunk];
        while (!c.dead) {
            const bool reading = c.phase == Phase::Idle || c.phase == Phase::Head ||
                                 c.phase == Phase::Body || c.phase == Phase::Lingering;
            if (!reading)
                return;
            const long n = receive(c, buffer, sizeof buffer);
            if (n == -2) {
                // A finished handshake with no request yet is an idle connection.
                if (c.handshaking && SSL_is_init_finished(c.ssl)) {
                    c.handshaking = false;
                    if (c.phase == Phase::Head && c.in.size() == c.inPos) {
                        c.phase = Phase::Idle;
                        c.since = Clock::now();
                    }
                }
                return;
            }
            if (n <= 0) {
                closeNow(c);
                return;
            }
            if (c.phase == Phase::Lingering) {
                c.lingered += std::size_t(n);
                if (c.lingered > LingerBytes)
                    closeNow(c);
                continue;
            }
            c.in.append(buffer, std::size_t(n));
            advance(c);
        }
    }

    void compact(Connection &c)
    {
        if (c.inPos == 0)
            return;
        c.in.erase(0, c.inPos);
        c.inPos = 0;
    }

    void advance(Connection &c)
    {
        while (!c.dead) {
            if (c.phase == Phase::Idle || c.phase == Phase::Head) {
                if (c.handshaking)
                    return;
                // Empty lines before a request are allowed (RFC 9112, 2.2).
                while (c.inPos + 1 < c.in.size() && c.in[c.inPos] == '\r' &&
                       c.in[c.inPos + 1] == '\n')
                    c.inPos += 2;
                if (c.inPos >= c.in.size()) {
                    compact(c);
                    return;
                }
                if (c.phase == Phase::Idle) {
                    c.phase = Phase::Head;
                    c.since = Clock::now();
                }
                const std::size_t end = c.in.find("\r\n\r\n", c.inPos);
                const std::size_t headBytes =
                    end == std::string::npos ? c.in.size() - c.inPos : end + 4 - c.inPos;
                if (headBytes > limits.maxHeadBytes) {
                    refuse(c, {431, "Request Header Fields Too Large", u"headers_too_large"_s,
                               u"the request line and headers take more than %1 bytes"_s.arg(
                                   limits.maxHeadBytes)});
                    return;
                }
                if (end == std::string::npos) {
                    compact(c);
                    return;
                }
                const std::string_view head(c.in.data() + c.inPos, end - c.inPos);
                c.inPos = end + 4;
                if (!readHead(c, head))
                    return;
                continue;
            }
            if (c.phase == Phase::Body) {
                if (!readBody(c))
                    return;
                dispatch(c);
                return;
            }
            return;
        }
    }

    // Checks the head and sets the body's framing; false when refused.
    bool readHead(Connection &c, std::string_view head)
    {
        const Refusal badRequest{400, "Bad Request", u"bad_request"_s,
                                 u"the request cannot be understood"_s};
        std::size_t lineEnd = head.find("\r\n");
        const std::string_view requestLine = head.substr(0, lineEnd);
        const std::size_t sp1 = requestLine.find(' ');
        const std::size_t sp2 =
            sp1 == std::string_view::npos ? sp1 : requestLine.find(' ', sp1 + 1);
        if (sp2 == std::string_view::npos ||
            requestLine.find(' ', sp2 + 1) != std::string_view::npos) {
            refuse(c, badRequest);
            return false;
        }
        const std::string_view method = requestLine.substr(0, sp1);
        const std::string_view target = requestLine.substr(sp1 + 1, sp2 - sp1 - 1);
        const std::string_view version = requestLine.substr(sp2 + 1);
        if (method.empty() || target.empty() || (version != "HTTP/1.1" && version != "HTTP/1.0")) {
            refuse(c, badRequest);
            return false;
        }
        c.method = std::string(method);
        c.head.assign(requestLine);
        c.head += "\r\n";

        int headers = 0;
        int lengths = 0;
        int encodings = 0;
        std::uint64_t length = 0;
        bool chunked = false;
        bool expectContinue = false;
        while (lineEnd != std::string_view::npos) {
            const std::size_t from = lineEnd + 2;
            lineEnd = head.find("\r\n", from);
            const std::string_view line = head.substr(
                from, lineEnd == std::string_view::npos ? std::string_view::npos : lineEnd - from);
            if (++headers > limits.maxHeaderCount) {
                refuse(c, {431, "Request Header Fields Too Large", u"headers_too_large"_s,
                           u"the request has more than %1 headers"_s.arg(limits.maxHeaderCount)});
                return false;
            }
            const std::size_t colon = line.find(':');
            // A folded line, a name with spaces, a line with no name: each
            // is read differently by different servers (RFC 9112, 5).
            if (colon == 0 || colon == std::string_view::npos || line.front() == ' ' ||
                line.front() == '\t' ||
                line.substr(0, colon).find_first_of(" \t") != std::string_view::npos) {
                refuse(c, badRequest);
                return false;
            }
            const std::string_view name = line.substr(0, colon);
            const std::string_view value = trimmed(line.substr(colon + 1));
            if (sameText(name, "Content-Length")) {
                ++lengths;
                const auto [end, error] =
                    std::from_chars(value.data(), value.data() + value.size(), length);
                if (value.empty() || value.size() > 18 || error != std::errc() ||
                    end != value.data() + value.size()) {
                    refuse(c, {400, "Bad Request", u"bad_content_length"_s,
                               u"the Content-Length is not a byte count"_s});
                    return false;
                }
                continue;
            }
            if (sameText(name, "Transfer-Encoding")) {
                ++encodings;
                chunked = sameText(value, "chunked");
                if (!chunked) {
                    refuse(c, {501, "Not Implemented", u"unsupported_transfer_encoding"_s,
                               u"request bodies are sent with Content-Length or chunked"_s});
                    return false;
                }
                continue;
            }
            if (sameText(name, "Expect")) {
                expectContinue = sameText(value, "100-continue");
                continue;
            }
            c.head.append(line);
            c.head += "\r\n";
        }
        if (lengths > 1 || encodings > 1 || (lengths > 0 && encodings > 0) ||
            (encodings > 0 && version == "HTTP/1.0")) {
            refuse(c, {400, "Bad Request", u"ambiguous_framing"_s,
                       u"the body's length is given more than once (Content-Length and "
                       "Transfer-Encoding, or twice)"_s});
            return false;
        }

        const std::size_t query = target.find('?');
        c.limit = bodyLimit(method, target.substr(0, query));
        c.body.clear();
        c.framing = chunked ? Framing::Chunked : lengths > 0 ? Framing::Length : Framing::None;
        c.expected = std::size_t(length);
        c.step = ChunkStep::Size;
        c.chunkLeft = 0;
        c.trailerBytes = 0;
        if (c.framing == Framing::Length && length > c.limit) {
            refuseTooLarge(c);
            return false;
        }
        c.phase = Phase::Body;
        c.since = Clock::now();
        const bool moreToCome = (c.framing == Framing::Length && c.expected > 0 &&
                                 c.in.size() - c.inPos < c.expected) ||
                                c.framing == Framing::Chunked;
        if (expectContinue && moreToCome) {
            c.out += "HTTP/1.1 100 Continue\r\n\r\n";
            flush(c);
        }
        return !c.dead;
    }

    // Counts `n` more body bytes in the budget; false (refused) past it.
    bool take(Connection &c, std::size_t n)
    {
        if (budgetUsed + n > limits.bodyBudget) {
            refuseBusy(c);
            return false;
        }
        budgetUsed += n;
        c.budgeted += n;
        return true;
    }

    // Moves body bytes from `in`; true when the body is whole.
    bool readBody(Connection &c)
    {
        if (c.framing == Framing::None)
            return true;
        if (c.framing == Framing::Length) {
            const std::size_t n = std::min(c.expected - c.body.size(), c.in.size() - c.inPos);
            if (n > 0 && !take(c, n))
                return false;
            c.body.append(c.in, c.inPos, n);
            c.inPos += n;
            compact(c);
            return c.body.size() == c.expected;
        }
        const Refusal badChunk{400, "Bad Request", u"bad_chunked_body"_s,
                               u"the chunked body cannot be read"_s};
        for (;;) {
            const std::size_t available = c.in.size() - c.inPos;
            switch (c.step) {
            case ChunkStep::Size: {
                const std::size_t end = c.in.find("\r\n", c.inPos);
                if (end == std::string::npos || end - c.inPos > MaxChunkLine) {
                    if (available > MaxChunkLine) {
                        refuse(c, badChunk);
                        return false;
                    }
                    compact(c);
                    return false;
                }
                std::string_view line(c.in.data() + c.inPos, end - c.inPos);
                line = trimmed(line.substr(0, line.find(';')));
                std::uint64_t size = 0;
                const auto [stop, error] =
                    std::from_chars(line.data(), line.data() + line.size(), size, 16);
                if (line.empty() || line.size() > 15 || error != std::errc() ||
                    stop != line.data() + line.size()) {
                    refuse(c, badChunk);
                    return false;
                }
                c.inPos = end + 2;
                if (size == 0) {
                    c.step = ChunkStep::Trailer;
                    break;
                }
                // Refused as soon as the declared chunk passes the limit.
                if (size > c.limit - c.body.size()) {
                    refuseTooLarge(c);
                    return false;
                }
                c.chunkLeft = std::size_t(size);
                c.step = ChunkStep::Data;
                break;
            }
            case ChunkStep::Data: {
                const std::size_t n = std::min(c.chunkLeft, available);
                if (n == 0) {
                    compact(c);
                    return false;
                }
                if (!take(c, n))
                    return false;
                c.body.append(c.in, c.inPos, n);
                c.inPos += n;
                c.chunkLeft -= n;
                if (c.chunkLeft == 0)
                    c.step = ChunkStep::DataEnd;
                break;
            }
            case ChunkStep::DataEnd:
                if (available < 2) {
                    compact(c);
                    return false;
                }
                if (c.in.compare(c.inPos, 2, "\r\n") != 0) {
                    refuse(c, badChunk);
                    return false;
                }
                c.inPos += 2;
                c.step = ChunkStep::Size;
                break;
            case ChunkStep::Trailer: {
                // Trailer fields are read past and dropped.
                const std::size_t end = c.in.find("\r\n", c.inPos);
                if (end == std::string::npos) {
                    if (c.trailerBytes + available > limits.maxHeadBytes) {
                        refuse(c, badChunk);
                        return false;
                    }
                    compact(c);
                    return false;
                }
                c.trailerBytes += end + 2 - c.inPos;
                if (c.trailerBytes > limits.maxHeadBytes) {
                    refuse(c, badChunk);
                    return false;
                }
                const bool last = end == c.inPos;
                c.inPos = end + 2;
                if (last) {
                    compact(c);
                    return true;
                }
                break;
            }
            }
        }
    }

    // Hands the whole request to a worker.
    void dispatch(Connection &c)
    {
        std::string request = std::move(c.head);
        c.head.clear();
        const bool hasBody = c.framing != Framing::None || c.method == "POST" ||
                             c.method == "PUT" || c.method == "PATCH";
        if (hasBody)
            request += "Content-Length: " + std::to_string(c.body.size()) + "\r\n";
        request += "\r\n";
        request += c.body;
        c.body.clear();
        c.body.shrink_to_fit();
        c.phase = Phase::Busy;
        const bool closeAfter = stopping || c.served + 1 >= limits.maxRequestsPerConnection;
        workers->enqueue(
            [this, id = c.id, peer = c.peer, closeAfter, request = std::move(request)]() {
                bool close = false;
                std::string answer = process(request, peer, closeAfter, close);
                {
                    std::lock_guard lock(doneMutex);
                    done.push_back({id, std::move(answer), close || closeAfter});
                }
                wake();
            });
    }

    void takeDone()
    {
        std::deque<Done> ready;
        {
            std::lock_guard lock(doneMutex);
            ready.swap(done);
        }
        for (Done &d : ready) {
            const auto it = connections.find(d.id);
            if (it == connections.end() || it->second->dead)
                continue;
            Connection &c = *it->second;
            release(c);
            c.out += d.answer;
            c.closeAfterWrite = d.close || stopping;
            c.lingerAfterWrite = false;
            c.phase = Phase::Writing;
            c.lastWrite = Clock::now();
            flush(c);
        }
    }

    // Sends what is waiting; at the end of an answer, closes or waits for the next request.
    void flush(Connection &c)
    {
        while (!c.dead && c.outPos < c.out.size()) {
            const long n = send(c, c.out.data() + c.outPos, c.out.size() - c.outPos);
            if (n == -2)
                return;
            if (n < 0) {
                closeNow(c);
                return;
            }
            c.outPos += std::size_t(n);
            c.lastWrite = Clock::now();
        }
        if (c.dead)
            return;
        c.out.clear();
        c.out.shrink_to_fit();
        c.outPos = 0;
        if (c.phase != Phase::Writing)
            return; // a 100 Continue: the body comes next
        if (c.closeAfterWrite) {
            if (!c.lingerAfterWrite || stopping) {
                closeNow(c);
                return;
            }
            if (c.ssl) {
                ERR_clear_error();
                SSL_shutdown(c.ssl);
            }
            ::shutdown(c.fd, SHUT_WR);
            c.phase = Phase::Lingering;
            c.since = Clock::now();
            c.in.clear();
            c.inPos = 0;
            onReadable(c);
            return;
        }
        ++c.served;
        c.phase = Phase::Idle;
        c.since = Clock::now();
        // A request sent right after this one may be waiting already.
        advance(c);
        onReadable(c);
    }

    void checkDeadlines()
    {
        const auto now = Clock::now();
        for (auto &[id, cp] : connections) {
            Connection &c = *cp;
            if (c.dead)
                continue;
            const auto elapsed = now - c.since;
            switch (c.phase) {
            case Phase::Idle:
                if (elapsed > limits.idleTimeout)
                    closeNow(c);
                break;
            case Phase::Head:
                if (elapsed > limits.headDeadline) {
                    if (c.handshaking) {
                        closeNow(c);
                        break;
                    }
                    refuse(c, {408, "Request Timeout", u"request_timeout"_s,
                               u"the request's headers did not arrive in time"_s});
                }
                break;
            case Phase::Body: {
                const auto late = elapsed - limits.grace;
                const double seconds = std::chrono::duration<double>(late).count();
                const std::size_t received = c.framing == Framing::Chunked
                                                 ? c.body.size()
                                                 : c.body.size() + (c.in.size() - c.inPos);
                if (seconds > 0 &&
                    double(received) < seconds * double(limits.minBodyBytesPerSecond))
                    refuse(c, {408, "Request Timeout", u"request_timeout"_s,
                               u"the request's body came too slowly"_s});
                break;
            }
            case Phase::Writing:
                if (now - c.lastWrite > limits.stallTimeout)
                    closeNow(c);
                break;
            case Phase::Lingering:
                if (elapsed > LingerFor)
                    closeNow(c);
                break;
            case Phase::Busy:
                break;
            }
        }
    }

    void beginStop()
    {
        stopping = true;
        stopDeadline = Clock::now() + DrainOnStop;
        if (listener >= 0) {
            ::close(listener);
            listener = -1;
        }
        for (auto &[id, c] : connections) {
            if (c->phase == Phase::Busy || c->phase == Phase::Writing)
                c->closeAfterWrite = true;
            else
                closeNow(*c);
        }
    }

    void loop()
    {
        std::vector<pollfd> fds;
        std::vector<Connection *> byIndex;
        for (;;) {
            if (stopRequested && !stopping)
                beginStop();
            if (stopping) {
                const bool draining =
                    std::any_of(connections.begin(), connections.end(),
                                [](const auto &entry) { return !entry.second->dead; });
                if (!draining || Clock::now() > stopDeadline)
                    return;
            }
            fds.clear();
            byIndex.clear();
            fds.push_back({wakeRead, POLLIN, 0});
            byIndex.push_back(nullptr);
            if (listener >= 0 && Clock::now() >= acceptPausedUntil) {
                fds.push_back({listener, POLLIN, 0});
                byIndex.push_back(nullptr);
            }
            for (auto &[id, cp] : connections) {
                Connection &c = *cp;
                short events = 0;
                if (c.phase == Phase::Idle || c.phase == Phase::Head || c.phase == Phase::Body ||
                    c.phase == Phase::Lingering || c.sslWantsRead)
                    events |= POLLIN;
                if (c.outPos < c.out.size() || c.sslWantsWrite)
                    events |= POLLOUT;
                if (events == 0)
                    continue;
                fds.push_back({c.fd, events, 0});
                byIndex.push_back(&c);
            }
            const int ready = ::poll(fds.data(), nfds_t(fds.size()), int(Tick.count()));
            if (ready < 0 && errno != EINTR) {
                qCWarning(lcServerFront) << "poll failed:" << strerror(errno);
                return;
            }
            if (ready > 0) {
                if (fds[0].revents & POLLIN) {
                    char drain[256];
                    while (::read(wakeRead, drain, sizeof drain) > 0) {
                    }
                }
                for (std::size_t i = 1; i < fds.size(); ++i) {
                    if (fds[i].revents == 0)
                        continue;
                    Connection *c = byIndex[i];
                    if (!c) {
                        acceptAll();
                        continue;
                    }
                    if (c->dead)
                        continue;
                    if (fds[i].revents & POLLOUT || (c->sslWantsRead && fds[i].revents & POLLIN))
                        flush(*c);
                    if (!c->dead && fds[i].revents & (POLLIN | POLLHUP | POLLERR))
                        onReadable(*c);
                    if (!c->dead && fds[i].revents & (POLLHUP | POLLERR) &&
                        c->phase == Phase::Writing)
                        closeNow(*c);
                }
            }
            takeDone();
            checkDeadlines();
            for (auto it = connections.begin(); it != connections.end();) {
                if (it->second->dead)
                    it = connections.erase(it);
                else
                    ++it;
            }
        }
    }
};

HttpFront::HttpFront(Limits limits, BodyLimit bodyLimit, Process process)
    : d(std::make_unique<Impl>())
{
    d->limits = limits;
    d->bodyLimit = std::move(bodyLimit);
    d->process = std::move(process);
    int pipeEnds[2] = {-1, -1};
    if (::pipe(pipeEnds) == 0) {
        d->wakeRead = pipeEnds[0];
        d->wakeWrite = pipeEnds[1];
        setNonBlocking(d->wakeRead);
        setNonBlocking(d->wakeWrite);
    }
}

HttpFront::~HttpFront() = default;

Core::Status HttpFront::useTls(const QString &certificate, const QString &key)
{
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    const QByteArray cert = QFile::encodeName(certificate);
    const QByteArray pem = QFile::encodeName(key);
    if (!ctx || SSL_CTX_set_min_proto_version(ctx, TLS1_2_VERSION) != 1 ||
        SSL_CTX_use_certificate_chain_file(ctx, cert.constData()) != 1 ||
        SSL_CTX_use_PrivateKey_file(ctx, pem.constData(), SSL_FILETYPE_PEM) != 1 ||
        SSL_CTX_check_private_key(ctx) != 1) {
        if (ctx)
            SSL_CTX_free(ctx);
        ERR_clear_error();
        return Core::makeError(ErrorCode::Invalid,
                               u"cannot use the TLS certificate %1 with the key %2 (not PEM, "
                               "unreadable, or they do not match)"_s.arg(certificate, key));
    }
    SSL_CTX_set_mode(ctx, SSL_MODE_ENABLE_PARTIAL_WRITE | SSL_MODE_ACCEPT_MOVING_WRITE_BUFFER);
    SSL_CTX_set_options(ctx, SSL_OP_NO_RENEGOTIATION);
    if (d->tls)
        SSL_CTX_free(d->tls);
    d->tls = ctx;
    return {};
}

Core::Result<int> HttpFront::bind(const QString &host, int port)
{
    const auto failure = [&] {
        return Core::makeError(ErrorCode::Network,
                               u"cannot listen on %1:%2 (in use, or not an address of this "
                               "machine)"_s.arg(host)
                                   .arg(port));
    };
    addrinfo hints{};
    hints.ai_family = AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_flags = AI_PASSIVE | AI_NUMERICSERV;
    addrinfo *found = nullptr;
    const std::string service = std::to_string(port);
    const QByteArray name = host.toUtf8();
    if (::getaddrinfo(name.isEmpty() ? nullptr : name.constData(), service.c_str(), &hints,
                      &found) != 0)
        return failure();
    int fd = -1;
    for (addrinfo *a = found; a && fd < 0; a = a->ai_next) {
        fd = ::socket(a->ai_family, a->ai_socktype, a->ai_protocol);
        if (fd < 0)
            continue;
        const int yes = 1;
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        if (::bind(fd, a->ai_addr, a->ai_addrlen) != 0 || ::listen(fd, ListenBacklog) != 0 ||
            !setNonBlocking(fd)) {
            ::close(fd);
            fd = -1;
        }
    }
    ::freeaddrinfo(found);
    if (fd < 0)
        return failure();
    sockaddr_storage bound{};
    socklen_t length = sizeof bound;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&bound), &length);
    std::string ip;
    int boundPort = 0;
    addressOf(bound, ip, boundPort);
    if (d->listener >= 0)
        ::close(d->listener);
    d->listener = fd;
    return boundPort;
}

void HttpFront::run()
{
    // A client gone mid-answer must not end the process (TLS writes with write()).
    std::signal(SIGPIPE, SIG_IGN);
    // Each connection is a descriptor: use as many as this process may.
    rlimit files{};
    if (::getrlimit(RLIMIT_NOFILE, &files) == 0 && files.rlim_cur < files.rlim_max) {
        files.rlim_cur = files.rlim_max;
        ::setrlimit(RLIMIT_NOFILE, &files);
    }
    d->workers = std::make_unique<httplib::ThreadPool>(std::max<std::size_t>(1, d->limits.workers));
    d->loop();
    for (auto &[id, c] : d->connections)
        d->closeNow(*c);
    d->connections.clear();
    d->workers->shutdown();
    d->workers.reset();
    d->done.clear();
}

void HttpFront::stop()
{
    d->stopRequested = true;
    d->wake();
}

int HttpFront::connectionCount() const
{
    return d->open.load();
}

} // namespace Server

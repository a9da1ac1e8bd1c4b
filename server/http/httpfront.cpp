#include "httpfront.h"

#include "httprequestreader.h"
#include "httpsocket.h"
#include "protocol.h"

#include <QLoggingCategory>

#include <httplib.h>

#include <csignal>
#include <poll.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdint>
#include <cstring>
#include <deque>
#include <mutex>
#include <unordered_map>
#include <vector>

Q_LOGGING_CATEGORY(lcServerFront, "leadernet.server.front")

namespace Server {

using namespace Qt::StringLiterals;
namespace Protocol = Sync::Protocol;

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;
using Refusal = RequestReader::Refusal;

constexpr std::size_t ReadChunk = 64 * 1024;
// After a refusal the front reads and drops what the client still sends, for
// this long or this much, so the client reads the answer instead of a reset.
constexpr milliseconds LingerFor{5000};
constexpr std::size_t LingerBytes = 64 * 1024 * 1024;
// On stop, answers being written get this long to finish.
constexpr milliseconds DrainOnStop{10000};
constexpr milliseconds Tick{200};

// A refusal of the front's own: a JSON error body like the routes' answers.
std::string refusalAnswer(const Refusal &r, std::string_view extraHeaders = {})
{
    const QByteArray body = Protocol::encode(Protocol::ErrorBody{r.code, r.message, {}});
    std::string out =
        "HTTP/1.1 " + std::to_string(r.status) + ' ' + std::string(r.reason) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
        "\r\n" +
        std::string(Protocol::BodyLengthHeader.data(),
                    std::size_t(Protocol::BodyLengthHeader.size())) +
        ": " + std::to_string(body.size()) + "\r\nConnection: close\r\n" +
        std::string(extraHeaders) + "\r\n";
    out.append(body.constData(), std::size_t(body.size()));
    return out;
}

constexpr std::string_view RetryAfter = "Retry-After: 5\r\n";

Refusal busy(const QString &code, const QString &message)
{
    return {503, "Service Unavailable", code, message};
}

enum class Phase {
    Idle,      // waiting for a request's first byte
    Head,      // reading the request line and headers (or the TLS handshake)
    Body,      // reading the body
    Busy,      // a worker runs the request
    Writing,   // sending the answer
    Lingering, // after a refusal: dropping what still comes, then closing
};

// The parts of an answer handed over but not sent yet, shared by the worker
// making the answer and the front sending it.
struct Outflow {
    std::mutex mutex;
    std::condition_variable drained;
    std::size_t queued = 0;
    bool gone = false;

    void credit(std::size_t sent)
    {
        {
            std::lock_guard lock(mutex);
            queued -= std::min(queued, sent);
        }
        drained.notify_all();
    }
    void close()
    {
        {
            std::lock_guard lock(mutex);
            gone = true;
        }
        drained.notify_all();
    }
};

struct Connection {
    Connection(int fd, SSL_CTX *tls, RequestReader::Limits limits,
               RequestReader::BodyLimit bodyLimit)
        : stream(fd, tls)
        , reader(limits, std::move(bodyLimit))
    {}
    ~Connection()
    {
        if (outflow)
            outflow->close();
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    std::uint64_t id = 0;
    HttpSocket::Stream stream;
    RequestReader reader;
    HttpFront::Peer peer;
    Phase phase = Phase::Idle;
    Clock::time_point since;     // the phase's start (Idle: since the last answer)
    Clock::time_point lastWrite; // the last progress sending
    std::string in;              // received bytes; those before inPos are used
    std::size_t inPos = 0;
    std::size_t budgeted = 0; // body bytes counted in the shared budget
    std::string out;
    std::size_t outPos = 0;
    bool closeAfterWrite = false;
    bool lingerAfterWrite = false;
    // An answer handed over in parts: more of it is to come.
    bool answerOpen = false;
    std::size_t partBytes = 0; // bytes of parts in `out`, not yet credited
    std::shared_ptr<Outflow> outflow;
    std::size_t lingered = 0;
    int served = 0;
    bool dead = false;
};

struct Done {
    std::uint64_t id;
    std::string answer;
    bool close;
    bool part; // a part of the answer: more follows
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
        connections.clear();
        for (int fd : {listener, wakeRead, wakeWrite}) {
            if (fd >= 0)
                ::close(fd);
        }
        HttpSocket::freeTls(tls);
    }

    void wake() const
    {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(wakeWrite, &byte, 1);
    }

    void release(Connection &c)
    {
        budgetUsed -= std::min(budgetUsed, c.budgeted);
        c.budgeted = 0;
    }

    // Marks the connection closed; the loop drops it (and its socket) after this round.
    void closeNow(Connection &c)
    {
        if (c.dead)
            return;
        release(c);
        c.dead = true;
        if (c.outflow)
            c.outflow->close();
        auto it = perAddress.find(c.peer.ip);
        if (it != perAddress.end() && --it->second <= 0)
            perAddress.erase(it);
    }

    void acceptAll()
    {
        const auto now = Clock::now();
        for (;;) {
            HttpSocket::Address remote;
            HttpSocket::Address local;
            const int fd = HttpSocket::acceptFrom(listener, &remote, &local);
            if (fd < 0) {
                if (errno == EMFILE || errno == ENFILE || errno == ENOBUFS || errno == ENOMEM) {
                    // Out of descriptors: let the kernel's queue hold the
                    // rest a moment rather than spin on them.
                    qCWarning(lcServerFront) << "cannot accept a connection:" << strerror(errno);
                    acceptPausedUntil = now + milliseconds(500);
                    return;
                }
                if (errno == EINTR || errno == ECONNABORTED || errno == EBADF)
                    continue;
                return; // EAGAIN: none left
            }
            const auto counted = perAddress.find(remote.ip);
            const int fromAddress = counted == perAddress.end() ? 0 : counted->second;
            const bool tooMany = int(connections.size()) >= limits.maxConnections;
            if (tooMany || fromAddress >= limits.maxConnectionsPerAddress) {
                if (!tls) {
                    const std::string answer = refusalAnswer(
                        tooMany
                            ? busy(u"busy"_s, u"the server has too many connections; try again in "
                                              "a moment"_s)
                            : busy(u"too_many_connections"_s,
                                   u"too many connections from your address; close some "
                                   "and try again"_s),
                        RetryAfter);
                    HttpSocket::Stream(fd, nullptr).send(answer.data(), answer.size());
                } else {
                    ::close(fd);
                }
                continue;
            }
            auto c = std::make_unique<Connection>(
                fd, tls, RequestReader::Limits{limits.maxHeadBytes, limits.maxHeaderCount},
                bodyLimit);
            if (!c->stream.isOpen())
                continue;
            ++perAddress[remote.ip];
            c->peer = {remote.ip, remote.port, local.ip, local.port};
            c->id = nextId++;
            c->since = now;
            // A TLS handshake is part of the head: it has headDeadline.
            if (c->stream.handshaking())
                c->phase = Phase::Head;
            const std::uint64_t id = c->id;
            connections.emplace(id, std::move(c));
        }
    }

    void refuse(Connection &c, const Refusal &r, std::string_view extraHeaders = {})
    {
        release(c);
        c.out = refusalAnswer(r, extraHeaders);
        c.outPos = 0;
        c.phase = Phase::Writing;
        c.closeAfterWrite = true;
        c.lingerAfterWrite = true;
        c.lastWrite = Clock::now();
        flush(c);
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
            const bool wasHandshaking = c.stream.handshaking();
            const long n = c.stream.receive(buffer, sizeof buffer);
            if (n == HttpSocket::Stream::WouldBlock) {
                // A finished handshake with no request yet is an idle connection.
                if (wasHandshaking && !c.stream.handshaking() && c.phase == Phase::Head &&
                    c.reader.state() == RequestReader::State::Start) {
                    c.phase = Phase::Idle;
                    c.since = Clock::now();
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

    // Moves the request on with the bytes received.
    void advance(Connection &c)
    {
        if (c.dead || c.stream.handshaking() ||
            (c.phase != Phase::Idle && c.phase != Phase::Head && c.phase != Phase::Body))
            return;
        const RequestReader::State before = c.reader.state();
        const RequestReader::State state = c.reader.read(c.in, c.inPos);
        c.in.erase(0, c.inPos);
        c.inPos = 0;
        if (state == RequestReader::State::Refused) {
            refuse(c, c.reader.refusal());
            return;
        }
        if (state != before) {
            c.since = Clock::now();
            c.phase = state == RequestReader::State::Head ? Phase::Head : Phase::Body;
        }
        // The bodies held at once share one budget.
        const std::size_t grown = c.reader.bodySize() - std::min(c.reader.bodySize(), c.budgeted);
        if (grown > 0) {
            if (budgetUsed + grown > limits.bodyBudget) {
                refuse(c,
                       busy(u"busy"_s,
                            u"the server is receiving too much at once; try again in a moment"_s),
                       RetryAfter);
                return;
            }
            budgetUsed += grown;
            c.budgeted += grown;
        }
        if (state == RequestReader::State::Whole) {
            dispatch(c);
            return;
        }
        if (state != before && c.reader.expectsContinue()) {
            c.out += "HTTP/1.1 100 Continue\r\n\r\n";
            flush(c);
        }
    }

    // Hands the whole request to a worker.
    void dispatch(Connection &c)
    {
        c.phase = Phase::Busy;
        const bool closeAfter = stopping || c.served + 1 >= limits.maxRequestsPerConnection;
        auto flow = std::make_shared<Outflow>();
        c.outflow = flow;
        workers->enqueue([this, id = c.id, peer = c.peer, closeAfter, flow,
                          request = c.reader.take()]() {
            const SendPart sendPart = [this, id, flow](std::string &&part) {
                {
                    std::unique_lock lock(flow->mutex);
                    flow->drained.wait(lock,
                                       [&] { return flow->gone || flow->queued < MaxQueuedPart; });
                    if (flow->gone)
                        return false;
                    flow->queued += part.size();
                }
                {
                    std::lock_guard lock(doneMutex);
                    done.push_back({id, std::move(part), false, true});
                }
                wake();
                return true;
            };
            bool close = false;
            std::string answer = process(request, peer, closeAfter, close, sendPart);
            {
                std::lock_guard lock(doneMutex);
                done.push_back({id, std::move(answer), close || closeAfter, false});
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
            c.answerOpen = d.part;
            if (d.part)
                c.partBytes += d.answer.size();
            else
                c.outflow.reset();
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
            const long n = c.stream.send(c.out.data() + c.outPos, c.out.size() - c.outPos);
            if (n == HttpSocket::Stream::WouldBlock)
                return;
            if (n < 0) {
                closeNow(c);
                return;
            }
            c.outPos += std::size_t(n);
            c.lastWrite = Clock::now();
            if (c.partBytes > 0) {
                const std::size_t sent = std::min(c.partBytes, std::size_t(n));
                c.partBytes -= sent;
                if (c.outflow)
                    c.outflow->credit(sent);
            }
        }
        if (c.dead)
            return;
        c.out.clear();
        c.out.shrink_to_fit();
        c.outPos = 0;
        if (c.phase != Phase::Writing || c.answerOpen)
            return; // a 100 Continue: the body comes next; or the answer's next part
        if (c.closeAfterWrite) {
            if (!c.lingerAfterWrite || stopping) {
                closeNow(c);
                return;
            }
            c.stream.shutdownWrite();
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
                    if (c.stream.handshaking()) {
                        closeNow(c);
                        break;
                    }
                    refuse(c, {408, "Request Timeout", u"request_timeout"_s,
                               u"the request's headers did not arrive in time"_s});
                }
                break;
            case Phase::Body: {
                const double late = std::chrono::duration<double>(elapsed - limits.grace).count();
                if (late > 0 &&
                    double(c.reader.bodySize()) < late * double(limits.minBodyBytesPerSecond))
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
            if (stopping && (connections.empty() || Clock::now() > stopDeadline))
                return;
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
                    c.phase == Phase::Lingering || c.stream.wantsRead())
                    events |= POLLIN;
                if (c.outPos < c.out.size() || c.stream.wantsWrite())
                    events |= POLLOUT;
                if (events == 0)
                    continue;
                fds.push_back({c.stream.fd(), events, 0});
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
                    if (fds[i].revents & POLLOUT ||
                        (c->stream.wantsRead() && fds[i].revents & POLLIN))
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
            std::erase_if(connections, [](const auto &entry) { return entry.second->dead; });
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
        HttpSocket::setNonBlocking(d->wakeRead);
        HttpSocket::setNonBlocking(d->wakeWrite);
    }
}

HttpFront::~HttpFront() = default;

Core::Status HttpFront::useTls(const QString &certificate, const QString &key)
{
    const Core::Result<SSL_CTX *> context = HttpSocket::tlsContext(certificate, key);
    if (!context)
        return context.error();
    HttpSocket::freeTls(d->tls);
    d->tls = *context;
    return {};
}

Core::Result<int> HttpFront::bind(const QString &host, int port)
{
    int boundPort = 0;
    const Core::Result<int> fd = HttpSocket::listenOn(host, port, &boundPort);
    if (!fd)
        return fd.error();
    if (d->listener >= 0)
        ::close(d->listener);
    d->listener = *fd;
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
    d->connections.clear();
    d->perAddress.clear();
    d->budgetUsed = 0;
    d->workers->shutdown();
    d->workers.reset();
    d->done.clear();
}

void HttpFront::stop()
{
    d->stopRequested = true;
    d->wake();
}

} // namespace Server

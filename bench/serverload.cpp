// leadernet-bench-serverload: a load client for `bench/run server-load`.
// Simulated members sync against a leadernet-server on 127.0.0.1, each one
// request on its own connection ("Connection: close"), as real clients that
// sync now and then do: a closed loop, every member starts its next request
// as soon as its last one is answered (no think time), so N members keep N
// requests in flight.
//
//   leadernet-bench-serverload --port P --accounts FILE --password PW
//                              --store NAME [--members 100,1000]
//                              [--seconds 10] [--push-seconds 5]
//
// FILE holds one user name per line (accounts with password PW). Simulated
// member i signs in as account i % accounts (one token per sign-in; sign-ins
// are Argon2id, so they happen before anything is timed). Then, per count N
// of members:
//   - a no-change sync phase: GET /api/v1/sync/pull?after=E&granted_after=E
//     &limit=5000 where E is the end of the log (learnt by a full pull, and
//     caught up before each phase); an answer with changes counts as an error
//     (it was not a no-change sync);
//   - a push phase: POST /api/v1/sync/push with one op, a patch of the
//     member's own `bio` (base_rev and base as the client would send them);
//     a `rejected` result counts as an error (merged or conflict do not: the
//     tokens of one account race each other like one person's devices).
// A request not answered within 10 s is a time-out, an error. Requests per
// second count the answers within the phase; those still in flight at its end
// are waited for, and their latency and errors count too.
// Prints BENCH lines on stdout, progress on stderr.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <arpa/inet.h>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <mutex>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;
using Clock = std::chrono::steady_clock;

namespace {

int g_port = 0;

struct Reply {
    int status = 0; // 0: no answer (connection failed)
    std::string body;
    std::string error;
};

std::string requestText(const std::string &method, const std::string &path,
                        const std::string &token, const std::string &body)
{
    std::string r = method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" +
                    std::to_string(g_port) +
                    "\r\nConnection: close\r\nX-LeaderNet-Protocol: 1\r\n";
    if (!token.empty())
        r += "Authorization: Bearer " + token + "\r\n";
    if (method == "POST") {
        r += "Content-Type: application/json\r\nContent-Length: " + std::to_string(body.size()) +
             "\r\n";
    }
    r += "\r\n";
    r += body;
    return r;
}

// Parses a whole answer; returns false while more bytes are needed.
bool parseReply(const std::string &in, bool eof, Reply &out)
{
    const std::size_t headEnd = in.find("\r\n\r\n");
    if (headEnd == std::string::npos) {
        if (eof)
            out.error = in.empty() ? "closed without answer" : "truncated head";
        return eof;
    }
    std::size_t length = std::string::npos;
    std::string head = in.substr(0, headEnd);
    for (char &c : head)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    const std::size_t cl = head.find("\r\ncontent-length:");
    if (cl != std::string::npos)
        length = std::strtoull(head.c_str() + cl + 17, nullptr, 10);
    const std::size_t have = in.size() - headEnd - 4;
    if (length != std::string::npos && have < length) {
        if (eof)
            out.error = "truncated body";
        return eof;
    }
    if (length == std::string::npos && !eof)
        return false;
    if (in.compare(0, 5, "HTTP/") != 0 || in.size() < 12) {
        out.error = "not HTTP";
        return true;
    }
    out.status = std::atoi(in.c_str() + 9);
    out.body = in.substr(headEnd + 4, length == std::string::npos ? have : length);
    return true;
}

// Simulated members connect from this many offices, each an address of its
// own (127.0.0.2 and on): the server takes at most 128 connections from one
// address, as a real community's members sit behind many.
constexpr int Offices = 200;

// A connection to the server, from office `office` (-1: 127.0.0.1).
int connectSocket(bool nonBlocking, int &err, int office = -1)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM | (nonBlocking ? SOCK_NONBLOCK : 0), 0);
    if (fd < 0) {
        err = errno;
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (office >= 0) {
        sockaddr_in from{};
        from.sin_family = AF_INET;
        from.sin_addr.s_addr = htonl(INADDR_LOOPBACK + 1 + quint32(office % Offices));
        if (::bind(fd, reinterpret_cast<sockaddr *>(&from), sizeof from) != 0) {
            err = errno;
            ::close(fd);
            return -1;
        }
    }
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(quint16(g_port));
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 && errno != EINPROGRESS) {
        err = errno;
        ::close(fd);
        return -1;
    }
    return fd;
}

// One blocking request, for the setup.
Reply blockingRequest(const std::string &method, const std::string &path,
                      const std::string &token = {}, const std::string &body = {})
{
    Reply reply;
    int err = 0;
    const int fd = connectSocket(false, err);
    if (fd < 0) {
        reply.error = std::strerror(err);
        return reply;
    }
    const std::string req = requestText(method, path, token, body);
    std::size_t off = 0;
    while (off < req.size()) {
        const ssize_t n = ::send(fd, req.data() + off, req.size() - off, MSG_NOSIGNAL);
        if (n <= 0) {
            reply.error = std::strerror(errno);
            ::close(fd);
            return reply;
        }
        off += std::size_t(n);
    }
    std::string in;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::recv(fd, buf, sizeof buf, 0);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            parseReply(in, true, reply);
            break;
        }
        in.append(buf, std::size_t(n));
        if (parseReply(in, false, reply))
            break;
    }
    ::close(fd);
    return reply;
}

QJsonObject jsonOf(const Reply &r)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(r.body)).object();
}

struct Member {
    std::string token;
    std::string memberId;
    qint64 rev = 0;
    std::string bio;
    int pushes = 0;
};

std::string jsonString(const std::string &s)
{
    return QJsonDocument(QJsonArray{QString::fromStdString(s)})
        .toJson(QJsonDocument::Compact)
        .sliced(1)
        .chopped(1)
        .toStdString();
}

enum class Mode { Pull, Push };

struct Stats {
    std::vector<double> latenciesMs;
    qint64 ok = 0;
    qint64 okInWindow = 0; // answered before the phase's end
    std::map<std::string, qint64> errors;
    qint64 merged = 0;
    qint64 conflicts = 0;

    void add(const Stats &o)
    {
        latenciesMs.insert(latenciesMs.end(), o.latenciesMs.begin(), o.latenciesMs.end());
        ok += o.ok;
        okInWindow += o.okInWindow;
        for (const auto &[k, v] : o.errors)
            errors[k] += v;
        merged += o.merged;
        conflicts += o.conflicts;
    }
    qint64 errorCount() const
    {
        qint64 n = 0;
        for (const auto &[k, v] : errors)
            n += v;
        return n;
    }
};

struct Conn {
    int member = -1;
    int fd = -1;
    bool connected = false;
    std::string out;
    std::size_t sent = 0;
    std::string in;
    Clock::time_point start;
    std::string newBio;
};

constexpr auto RequestTimeout = std::chrono::seconds(10);

// Runs the members `first, first + step, …` below `count` in one epoll loop
// until `stopAt`, then lets the requests in flight finish.
void runLoop(Mode mode, std::vector<Member> &members, int first, int step, int count,
             qint64 endCursor, Clock::time_point stopAt, Stats &stats)
{
    const int ep = ::epoll_create1(0);
    std::vector<Conn> conns;
    for (int i = first; i < count; i += step)
        { Conn c; c.member = i; conns.push_back(c); }
    const std::string pullPath = "/api/v1/sync/pull?after=" + std::to_string(endCursor) +
                                 "&granted_after=" + std::to_string(endCursor) + "&limit=5000";

    int inFlight = 0;
    auto fail = [&](Conn &c, const std::string &why) {
        ++stats.errors[why];
        if (c.fd >= 0) {
            ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
            ::close(c.fd);
        }
        c.fd = -1;
        --inFlight;
    };
    auto start = [&](Conn &c) {
        Member &m = members[std::size_t(c.member)];
        if (mode == Mode::Pull) {
            c.out = requestText("GET", pullPath, m.token, {});
        } else {
            c.newBio = "Load bench bio " + std::to_string(c.member) + "." +
                       std::to_string(++m.pushes);
            const std::string op = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
            const std::string at = QDateTime::currentDateTimeUtc()
                                       .toString(Qt::ISODateWithMs)
                                       .toStdString();
            const std::string body =
                R"({"ops":[{"op":")" + op + R"(","kind":"patch","entity":"member","id":")" +
                m.memberId + R"(","base_rev":)" + std::to_string(m.rev) + R"(,"author":")" +
                m.memberId + R"(","at":")" + at + R"(","fields":{"bio":)" + jsonString(c.newBio) +
                R"(},"base":{"bio":)" + jsonString(m.bio) + "}}]}";
            c.out = requestText("POST", "/api/v1/sync/push", m.token, body);
        }
        c.sent = 0;
        c.in.clear();
        c.connected = false;
        c.start = Clock::now();
        ++inFlight;
        int err = 0;
        c.fd = connectSocket(true, err, c.member);
        if (c.fd < 0) {
            fail(c, std::string("connect: ") + std::strerror(err));
            return;
        }
        epoll_event ev{};
        ev.events = EPOLLOUT;
        ev.data.ptr = &c;
        ::epoll_ctl(ep, EPOLL_CTL_ADD, c.fd, &ev);
    };
    auto finish = [&](Conn &c, const Reply &r) {
        const double ms =
            std::chrono::duration<double, std::milli>(Clock::now() - c.start).count();
        ::epoll_ctl(ep, EPOLL_CTL_DEL, c.fd, nullptr);
        ::close(c.fd);
        c.fd = -1;
        --inFlight;
        if (r.status == 0) {
            ++stats.errors[r.error];
            return;
        }
        if (r.status != 200) {
            ++stats.errors["HTTP " + std::to_string(r.status)];
            return;
        }
        if (mode == Mode::Pull) {
            if (r.body.find("\"changes\":[]") == std::string::npos) {
                ++stats.errors["pull with changes"];
                return;
            }
        } else {
            const QJsonArray results = jsonOf(r).value("results"_L1).toArray();
            const QJsonObject res = results.isEmpty() ? QJsonObject{} : results.first().toObject();
            const QString status = res.value("status"_L1).toString();
            if (status != u"applied" && status != u"merged" && status != u"conflict") {
                ++stats.errors["push " + (status.isEmpty() ? std::string("unreadable")
                                                           : status.toStdString() + " " +
                                          res.value("code"_L1).toString().toStdString())];
                return;
            }
            if (status == u"merged")
                ++stats.merged;
            if (status == u"conflict")
                ++stats.conflicts;
            Member &m = members[std::size_t(c.member)];
            m.rev = res.value("rev"_L1).toInteger(m.rev);
            m.bio = c.newBio;
        }
        stats.latenciesMs.push_back(ms);
        ++stats.ok;
        if (Clock::now() <= stopAt)
            ++stats.okInWindow;
    };

    for (Conn &c : conns)
        start(c);
    std::vector<epoll_event> events(256);
    char buf[65536];
    Clock::time_point lastScan = Clock::now();
    for (;;) {
        const auto now = Clock::now();
        const bool stopping = now >= stopAt;
        if (stopping && inFlight == 0)
            break;
        // Time-outs and restarts (members whose request failed restart here),
        // every 50 ms at most.
        for (Conn &c : conns) {
            if (now - lastScan < std::chrono::milliseconds(50))
                break;
            if (c.fd >= 0 && now - c.start > RequestTimeout)
                fail(c, "timeout");
            if (c.fd < 0 && !stopping)
                start(c);
        }
        if (now - lastScan >= std::chrono::milliseconds(50))
            lastScan = now;
        const int n = ::epoll_wait(ep, events.data(), int(events.size()), 50);
        for (int e = 0; e < n; ++e) {
            Conn &c = *static_cast<Conn *>(events[std::size_t(e)].data.ptr);
            if (c.fd < 0)
                continue;
            if (!c.connected) {
                int soErr = 0;
                socklen_t len = sizeof soErr;
                ::getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &soErr, &len);
                if (soErr != 0) {
                    fail(c, std::string("connect: ") + std::strerror(soErr));
                    continue;
                }
                c.connected = true;
            }
            if (c.sent < c.out.size()) {
                const ssize_t w =
                    ::send(c.fd, c.out.data() + c.sent, c.out.size() - c.sent, MSG_NOSIGNAL);
                if (w < 0 && errno != EAGAIN) {
                    fail(c, std::string("send: ") + std::strerror(errno));
                    continue;
                }
                if (w > 0)
                    c.sent += std::size_t(w);
                if (c.sent == c.out.size()) {
                    epoll_event ev{};
                    ev.events = EPOLLIN;
                    ev.data.ptr = &c;
                    ::epoll_ctl(ep, EPOLL_CTL_MOD, c.fd, &ev);
                }
                continue;
            }
            for (;;) {
                const ssize_t r = ::recv(c.fd, buf, sizeof buf, 0);
                if (r < 0 && errno == EAGAIN)
                    break;
                if (r < 0 && errno != ECONNRESET) {
                    fail(c, std::string("recv: ") + std::strerror(errno));
                    break;
                }
                Reply reply;
                if (r > 0)
                    c.in.append(buf, std::size_t(r));
                if (r < 0 && c.in.empty()) {
                    fail(c, "recv: connection reset");
                    break;
                }
                if (parseReply(c.in, r <= 0, reply)) {
                    finish(c, reply);
                    if (!stopping)
                        start(c);
                    break;
                }
                if (r <= 0)
                    break;
            }
        }
    }
    ::close(ep);
}

double percentile(std::vector<double> &v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const std::size_t i = std::min(v.size() - 1, std::size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

void bench(const QString &name, double value, const char *unit, const QString &target,
           int decimals = 0)
{
    QString verdict = u"info"_s;
    QString targetText = u"none"_s;
    if (!target.isEmpty()) {
        targetText = target;
        const double t = target.mid(target.startsWith(u">=") || target.startsWith(u"<=") ? 2 : 1)
                             .toDouble();
        bool ok = false;
        if (target.startsWith(u">="))
            ok = value >= t;
        else if (target.startsWith(u"<="))
            ok = value <= t;
        else if (target.startsWith(u'>'))
            ok = value > t;
        else if (target.startsWith(u'<'))
            ok = value < t;
        else if (target.startsWith(u'='))
            ok = value == t;
        verdict = ok ? u"ok"_s : u"miss"_s;
    }
    std::printf("BENCH %s %.*f %s target %s %s\n", qPrintable(name), decimals, value, unit,
                qPrintable(targetText), qPrintable(verdict));
    std::fflush(stdout);
}

// Pulls from `after` to the end of the log; returns the end cursor or -1.
qint64 pullToEnd(const Member &m, qint64 after)
{
    qint64 granted = after;
    for (int page = 0; page < 1000; ++page) {
        const Reply r = blockingRequest(
            "GET", "/api/v1/sync/pull?after=" + std::to_string(after) +
                       "&granted_after=" + std::to_string(granted) + "&limit=5000",
            m.token);
        if (r.status != 200) {
            std::fprintf(stderr, "serverload: pull failed: %d %s %s\n", r.status,
                         r.error.c_str(), r.body.c_str());
            return -1;
        }
        const QJsonObject o = jsonOf(r);
        after = o.value("cursor"_L1).toInteger();
        granted = o.value("granted_after"_L1).toInteger(after);
        if (!o.value("has_more"_L1).toBool())
            return after;
    }
    return -1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption portOpt(u"port"_s, u"Server port on 127.0.0.1."_s, u"P"_s);
    const QCommandLineOption accountsOpt(u"accounts"_s, u"User names, one per line."_s, u"FILE"_s);
    const QCommandLineOption passwordOpt(u"password"_s, u"Their password."_s, u"PW"_s);
    const QCommandLineOption storeOpt(u"store"_s, u"Store name for the figures."_s, u"NAME"_s);
    const QCommandLineOption membersOpt(u"members"_s, u"Member counts."_s, u"LIST"_s,
                                        u"100,1000"_s);
    const QCommandLineOption secondsOpt(u"seconds"_s, u"Sync phase length."_s, u"S"_s, u"10"_s);
    const QCommandLineOption pushSecondsOpt(u"push-seconds"_s, u"Push phase length."_s, u"S"_s,
                                            u"5"_s);
    const QCommandLineOption threadsOpt(u"threads"_s, u"Client threads."_s, u"T"_s, u"2"_s);
    parser.addOptions({portOpt, accountsOpt, passwordOpt, storeOpt, membersOpt, secondsOpt,
                       pushSecondsOpt, threadsOpt});
    parser.process(app);

    g_port = parser.value(portOpt).toInt();
    const QString store = parser.value(storeOpt);
    const std::string password = parser.value(passwordOpt).toStdString();
    const double seconds = parser.value(secondsOpt).toDouble();
    const double pushSeconds = parser.value(pushSecondsOpt).toDouble();
    const int threads = std::max(1, parser.value(threadsOpt).toInt());
    std::vector<int> counts;
    for (const QString &s : parser.value(membersOpt).split(u','))
        counts.push_back(s.toInt());
    QFile f(parser.value(accountsOpt));
    if (g_port <= 0 || store.isEmpty() || counts.empty() || !f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "serverload: needs --port, --store, --accounts FILE\n");
        return 2;
    }
    std::vector<std::string> accounts;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            accounts.push_back(line.trimmed().toStdString());
    }
    const int total = *std::max_element(counts.begin(), counts.end());

    // Sign-ins (Argon2id on the server, at most two at once there).
    std::fprintf(stderr, "serverload[%s]: %d sign-ins over %zu accounts\n", qPrintable(store),
                 total, accounts.size());
    std::vector<Member> members(static_cast<std::size_t>(total));
    std::atomic<int> next{0};
    std::atomic<int> failures{0};
    std::mutex profileMutex;
    std::map<std::string, QJsonObject> profiles; // per account
    auto signIn = [&] {
        for (int i = next++; i < total; i = next++) {
            const std::string &user = accounts[std::size_t(i) % accounts.size()];
            const QJsonObject login{{u"username"_s, QString::fromStdString(user)},
                                    {u"password"_s, QString::fromStdString(password)}};
            const Reply r = blockingRequest(
                "POST", "/api/v1/auth/login", {},
                QJsonDocument(login).toJson(QJsonDocument::Compact).toStdString());
            if (r.status != 200) {
                std::fprintf(stderr, "serverload: sign-in of %s failed: %d %s %s\n",
                             user.c_str(), r.status, r.error.c_str(), r.body.c_str());
                ++failures;
                continue;
            }
            Member &m = members[std::size_t(i)];
            m.token = jsonOf(r).value("token"_L1).toString().toStdString();
            const Reply p = blockingRequest("GET", "/api/v1/profile", m.token);
            const QJsonObject profile = jsonOf(p);
            m.memberId = profile.value("member_id"_L1).toString().toStdString();
            m.rev = profile.value("rev"_L1).toInteger();
            m.bio = profile.value("bio"_L1).toString().toStdString();
        }
    };
    {
        const auto t0 = Clock::now();
        std::vector<std::thread> ts;
        for (int t = 0; t < 3; ++t)
            ts.emplace_back(signIn);
        for (auto &t : ts)
            t.join();
        std::fprintf(stderr, "serverload[%s]: signed in in %.1f s\n", qPrintable(store),
                     std::chrono::duration<double>(Clock::now() - t0).count());
    }
    if (failures > 0)
        return 1;

    std::printf("BENCH server_load_%s_requests_per_connection 1 requests target none info\n",
                qPrintable(store));
    qint64 endCursor = 0;
    for (const int count : counts) {
        const QString prefix = u"server_load_%1_%2_members_"_s.arg(store).arg(count);
        // Catch up to the end of the log (the pushes of the last case moved it).
        const auto t0 = Clock::now();
        endCursor = pullToEnd(members[0], endCursor);
        if (endCursor < 0)
            return 1;
        std::fprintf(stderr, "serverload[%s]: end of the log %lld (caught up in %.1f s)\n",
                     qPrintable(store), endCursor,
                     std::chrono::duration<double>(Clock::now() - t0).count());

        for (const Mode mode : {Mode::Pull, Mode::Push}) {
            const double len = mode == Mode::Pull ? seconds : pushSeconds;
            const char *what = mode == Mode::Pull ? "no-change syncs" : "pushes";
            std::fprintf(stderr, "serverload[%s]: %d members, %s for %.0f s\n",
                         qPrintable(store), count, what, len);
            // Each member's own rev and bio are touched only by its thread.
            const auto begin = Clock::now();
            const auto stopAt =
                begin + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(len));
            std::vector<Stats> perThread(static_cast<std::size_t>(threads));
            std::vector<std::thread> ts;
            for (int t = 0; t < threads; ++t) {
                ts.emplace_back([&, t] {
                    runLoop(mode, members, t, threads, count, endCursor, stopAt,
                            perThread[std::size_t(t)]);
                });
            }
            for (auto &t : ts)
                t.join();
            const double elapsed = std::chrono::duration<double>(Clock::now() - begin).count();
            Stats all;
            for (const Stats &s : perThread)
                all.add(s);
            // Throughput over the phase itself; the requests still in flight
            // at its end are waited for (their latency and errors count).
            const double rate = double(all.okInWindow) / len;
            const double p50 = percentile(all.latenciesMs, 0.50);
            const double p99 = percentile(all.latenciesMs, 0.99);
            const qint64 errors = all.errorCount();
            std::fprintf(stderr,
                         "serverload[%s]: %d members: %lld %s answered in the %.0f s, %lld in "
                         "all (%.2f s with the ones in flight), %lld errors",
                         qPrintable(store), count, all.okInWindow, what, len, all.ok, elapsed,
                         errors);
            for (const auto &[k, v] : all.errors)
                std::fprintf(stderr, " [%s: %lld]", k.c_str(), v);
            if (mode == Mode::Push)
                std::fprintf(stderr, "; %lld merged, %lld conflicts", all.merged, all.conflicts);
            std::fprintf(stderr, "\n");

            const QString kind = mode == Mode::Pull ? u"sync"_s : u"push"_s;
            const bool hundred = count == 100;
            if (mode == Mode::Pull)
                bench(prefix + u"syncs_per_second"_s, rate, "syncs/s", u">=2000"_s);
            else
                bench(prefix + u"pushes_per_second"_s, rate, "pushes/s", {});
            bench(prefix + kind + u"_p50_ms"_s, p50, "ms", {}, 1);
            bench(prefix + kind + u"_p99_ms"_s, p99, "ms", hundred ? u"<100"_s : QString(), 1);
            bench(prefix + kind + u"_errors"_s, double(errors), "errors", u"=0"_s);
            if (mode == Mode::Push)
                endCursor = pullToEnd(members[0], endCursor);
        }
    }
    return 0;
}

// leadernet-bench-proxy: a TCP proxy on 127.0.0.1 that counts what crosses
// it, for `bench/run sync`. Bytes are counted both ways as they pass (HTTP
// headers included, TLS would be too); requests are counted by reading the
// HTTP/1.1 request heads going to the server (Content-Length or chunked
// bodies; one it cannot frame stops the count on its connection and is
// reported).
// It also adds up the time the client waited: from the last byte of each
// request to the last byte of its answer (Content-Length or chunked answers).
//
//   leadernet-bench-proxy --target HOST:PORT [--port P] [--rate-kbit R
//                         --rtt-ms T --loss-percent L --seed S]
//
// With --rate-kbit it is also an emulated link, for `bench/run slow-link`:
// each way, bytes leave one after the other at R kbit/s in segments of 1448
// bytes and arrive half a round trip later, in order; a new connection
// costs its handshake (the first request arrives one and a half round trips
// after connecting); a lost segment (L % of them, from seed S) is sent
// again and arrives one round trip later than it would have, holding back
// the segments behind it, as TCP's fast retransmit does. (TCP's congestion
// window, halved after a loss, is not modelled: the emulation is kinder to
// a lossy link than a real one.)
//
// Prints "port N" once listening. Then reads commands on stdin, one per line:
// "count" prints "requests R up U down D connections C unparsed X
// waited_ms W" and sets the counters to zero; "cut N" closes every
// connection once N more bytes have gone down (a link that drops); end of
// input stops the proxy.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <deque>
#include <functional>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

struct Counters {
    qint64 requests = 0;
    qint64 up = 0;
    qint64 down = 0;
    qint64 connections = 0;
    qint64 unparsed = 0; // connections whose requests could not be counted
    qint64 waitedNs = 0; // last byte of a request to the last byte of its answer
};

// Finds the HTTP/1.1 messages (head, then a Content-Length or chunked body)
// in the byte stream of one direction of a connection.
class MessageFramer final
{
public:
    // Returns the number of messages completed by `data`.
    int feed(QByteArrayView data)
    {
        int completed = 0;
        while (!data.isEmpty() && !m_lost) {
            if (m_chunked) {
                if (m_bodyLeft > 0) { // a chunk's data and its CRLF
                    const qint64 n = std::min<qint64>(m_bodyLeft, data.size());
                    m_bodyLeft -= n;
                    data = data.sliced(n);
                    continue;
                }
                const qsizetype before = m_head.size();
                m_head += data.toByteArray();
                const qsizetype end = m_head.indexOf("\r\n");
                if (end < 0) {
                    data = {};
                    m_lost = m_head.size() > 1024;
                    continue;
                }
                data = data.sliced(end + 2 - before);
                bool ok = false;
                const qint64 size = m_head.first(end).split(';').first().trimmed().toLongLong(&ok, 16);
                m_head.clear();
                if (!ok || size < 0) {
                    m_lost = true;
                } else if (size == 0) { // the last chunk; no trailers
                    m_chunked = false;
                    m_bodyLeft = 2; // its CRLF, then the message is whole
                } else {
                    m_bodyLeft = size + 2;
                }
                continue;
            }
            if (m_bodyLeft > 0) {
                const qint64 n = std::min<qint64>(m_bodyLeft, data.size());
                m_bodyLeft -= n;
                data = data.sliced(n);
                if (m_bodyLeft == 0)
                    ++completed;
                continue;
            }
            const qsizetype before = m_head.size();
            m_head += data.toByteArray();
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                data = {};
                if (m_head.size() > 64 * 1024)
                    m_lost = true;
                continue;
            }
            const qsizetype used = end + 4 - before;
            data = data.sliced(used);
            ++m_heads;
            m_bodyLeft = bodyLength(m_head.first(end + 2));
            m_head.clear();
            if (m_bodyLeft == 0 && !m_chunked)
                ++completed;
        }
        return completed;
    }
    bool lost() const { return m_lost; }
    qint64 heads() const { return m_heads; }

private:
    qint64 bodyLength(const QByteArray &head)
    {
        for (const QByteArray &line : head.split('\n')) {
            const QByteArray l = line.trimmed().toLower();
            if (l.startsWith("content-length:"))
                return l.mid(15).trimmed().toLongLong();
            if (l.startsWith("transfer-encoding:") && l.contains("chunked"))
                m_chunked = true;
        }
        return 0;
    }

    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_heads = 0;
    bool m_chunked = false; // in a chunked body: m_head gathers a chunk's size line
    bool m_lost = false;
};

// How the emulated link behaves; rate 0 is no emulation (bytes pass at once).
struct LinkProfile {
    qint64 bitsPerSecond = 0;
    qint64 roundTripNs = 0;
    double lossPercent = 0;
    quint32 seed = 1;
};

// One way of one connection over the emulated link: bytes queue for the
// link, leave at its rate and arrive at `deliver` in order (see the top).
class LinkDirection final : public QObject
{
public:
    using Deliver = std::function<void(const QByteArray &)>;

    LinkDirection(const LinkProfile &link, const QElapsedTimer &clock, qint64 earliestStartNs,
                  quint32 seed, Deliver deliver, QObject *parent)
        : QObject(parent)
        , m_link(link)
        , m_clock(clock)
        , m_freeAtNs(earliestStartNs)
        , m_random(seed)
        , m_deliver(std::move(deliver))
    {
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &LinkDirection::flush);
    }

    void send(const QByteArray &data)
    {
        if (m_link.bitsPerSecond <= 0) {
            m_deliver(data);
            return;
        }
        constexpr qsizetype Segment = 1448;
        const qint64 now = m_clock.nsecsElapsed();
        for (qsizetype at = 0; at < data.size(); at += Segment) {
            const QByteArray piece = data.mid(at, Segment);
            // 40 bytes of IP and TCP headers a segment cross the link too.
            const qint64 airtime = (piece.size() + 40) * 8 * 1'000'000'000LL / m_link.bitsPerSecond;
            m_freeAtNs = std::max(m_freeAtNs, now) + airtime;
            qint64 arrival = m_freeAtNs + m_link.roundTripNs / 2;
            if (m_random.generateDouble() * 100 < m_link.lossPercent) {
                m_freeAtNs += airtime; // sent again
                arrival += m_link.roundTripNs;
            }
            arrival = std::max(arrival, m_lastArrivalNs);
            m_lastArrivalNs = arrival;
            m_queue.push_back({arrival, piece});
        }
        schedule();
    }

    bool idle() const { return m_queue.empty(); }

private:
    void schedule()
    {
        if (m_queue.empty() || m_timer.isActive())
            return;
        const qint64 waitNs = m_queue.front().first - m_clock.nsecsElapsed();
        m_timer.start(int(std::max<qint64>(0, (waitNs + 999'999) / 1'000'000)));
    }

    void flush()
    {
        const qint64 now = m_clock.nsecsElapsed();
        QByteArray due;
        while (!m_queue.empty() && m_queue.front().first <= now) {
            due += m_queue.front().second;
            m_queue.pop_front();
        }
        if (!due.isEmpty())
            m_deliver(due);
        schedule();
    }

    LinkProfile m_link;
    const QElapsedTimer &m_clock;
    qint64 m_freeAtNs;
    qint64 m_lastArrivalNs = 0;
    QRandomGenerator m_random;
    Deliver m_deliver;
    std::deque<std::pair<qint64, QByteArray>> m_queue;
    QTimer m_timer;
};

// Both directions of one proxied connection.
struct Connection {
    MessageFramer sending;  // requests as the client sends them: counted
    MessageFramer requests; // requests as they reach the server: timed
    MessageFramer answers;
    QList<qint64> sentAt; // when each request not yet answered was complete
};

class CountingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingProxy)

public:
    CountingProxy(QHostAddress target, quint16 port, const LinkProfile &link,
                  QObject *parent = nullptr)
        : QObject(parent)
        , m_target(std::move(target))
        , m_targetPort(port)
        , m_link(link)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::accept);
        m_clock.start();
    }

    bool listen(quint16 port) { return m_server.listen(QHostAddress::LocalHost, port); }
    quint16 port() const { return m_server.serverPort(); }

    Counters take()
    {
        const Counters c = m_counters;
        m_counters = {};
        return c;
    }

    // Every connection is closed once `bytes` more have gone down.
    void cutAfter(qint64 bytes) { m_cutAt = m_counters.down + bytes; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            ++m_counters.connections;
            auto *upstream = new QTcpSocket(client);
            auto *counter = new Connection;
            connect(client, &QObject::destroyed, this, [counter] { delete counter; });
            const QPointer<QTcpSocket> c(client);
            const QPointer<QTcpSocket> u(upstream);
            // The link: what the client sends reaches the server after the
            // handshake and half a round trip; answers come back the same way.
            const qint64 accepted = m_clock.nsecsElapsed();
            auto *toServer = new LinkDirection(
                m_link, m_clock, accepted + m_link.roundTripNs, m_link.seed + 2 * m_seedStep,
                [this, u, counter](const QByteArray &data) {
                    if (!u)
                        return;
                    u->write(data);
                    u->flush();
                    for (int i = counter->requests.feed(data); i > 0; --i)
                        counter->sentAt << m_clock.nsecsElapsed();
                },
                client);
            auto *toClient = new LinkDirection(
                m_link, m_clock, accepted, m_link.seed + 2 * m_seedStep + 1,
                [this, c, counter](const QByteArray &data) {
                    if (!c)
                        return;
                    m_counters.down += data.size();
                    const int answered = counter->answers.feed(data);
                    for (int i = 0; i < answered && !counter->sentAt.isEmpty(); ++i)
                        m_counters.waitedNs += m_clock.nsecsElapsed() - counter->sentAt.takeFirst();
                    c->write(data);
                    if (m_cutAt >= 0 && m_counters.down >= m_cutAt) {
                        m_cutAt = -1;
                        Q_EMIT cut();
                    }
                },
                client);
            ++m_seedStep;
            connect(this, &CountingProxy::cut, client, [c, u] {
                if (u)
                    u->abort();
                if (c)
                    c->abort();
            });
            auto forwardUp = [this, c, toServer, counter] {
                if (!c)
                    return;
                const QByteArray data = c->readAll();
                m_counters.up += data.size();
                const bool wasLost = counter->sending.lost();
                const qint64 headsBefore = counter->sending.heads();
                counter->sending.feed(data);
                m_counters.requests += counter->sending.heads() - headsBefore;
                if (counter->sending.lost() && !wasLost)
                    ++m_counters.unparsed;
                toServer->send(data);
            };
            // What the client sends before the server is reached waits in
            // the client socket's buffer.
            connect(upstream, &QTcpSocket::connected, this, [this, c, forwardUp] {
                connect(c, &QTcpSocket::readyRead, this, forwardUp);
                forwardUp();
            });
            connect(upstream, &QTcpSocket::readyRead, this,
                    [u, toClient] { toClient->send(u->readAll()); });
            connect(client, &QTcpSocket::disconnected, this, [c, u] {
                if (u)
                    u->disconnectFromHost();
                c->deleteLater();
            });
            // The server closing its side reaches the client after what is
            // still crossing the link.
            auto closeClient = [c, toClient] {
                if (!c)
                    return;
                auto *waiter = new QTimer(c);
                waiter->setInterval(5);
                QObject::connect(waiter, &QTimer::timeout, c, [c, toClient, waiter] {
                    if (toClient->idle()) {
                        waiter->stop();
                        c->disconnectFromHost();
                    }
                });
                waiter->start();
            };
            connect(upstream, &QTcpSocket::disconnected, this, closeClient);
            connect(upstream, &QTcpSocket::errorOccurred, this,
                    [closeClient](QAbstractSocket::SocketError) { closeClient(); });
            upstream->connectToHost(m_target, m_targetPort);
        }
    }

    QTcpServer m_server;
    QHostAddress m_target;
    quint16 m_targetPort;
    LinkProfile m_link;
    quint32 m_seedStep = 0;
    qint64 m_cutAt = -1;
    Counters m_counters;
    QElapsedTimer m_clock;

Q_SIGNALS:
    void cut();
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Counting TCP proxy for bench/run sync."_s);
    const QCommandLineOption target(u"target"_s, u"The server, HOST:PORT."_s, u"HOST:PORT"_s);
    const QCommandLineOption rate(u"rate-kbit"_s, u"Emulate a link of this rate, each way."_s,
                                  u"KBIT"_s, u"0"_s);
    const QCommandLineOption rtt(u"rtt-ms"_s, u"The emulated link's round trip."_s, u"MS"_s,
                                 u"0"_s);
    const QCommandLineOption loss(u"loss-percent"_s, u"Segments the emulated link loses."_s,
                                  u"PERCENT"_s, u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Which segments are lost."_s, u"N"_s, u"1"_s);
    const QCommandLineOption listenPort(u"port"_s, u"Listen on this port (0: any free one)."_s,
                                        u"PORT"_s, u"0"_s);
    parser.addOptions({target, rate, rtt, loss, seed, listenPort});
    parser.addHelpOption();
    parser.process(app);
    const QString value = parser.value(target);
    const qsizetype colon = value.lastIndexOf(u':');
    bool ok = false;
    const uint port = colon > 0 ? value.mid(colon + 1).toUInt(&ok) : 0;
    const QHostAddress host(value.left(colon));
    if (!ok || port == 0 || port > 65535 || host.isNull()) {
        QTextStream(stderr) << "leadernet-bench-proxy: --target wants IP:PORT\n";
        return 2;
    }
    LinkProfile link;
    link.bitsPerSecond = parser.value(rate).toLongLong() * 1000;
    link.roundTripNs = parser.value(rtt).toLongLong() * 1'000'000;
    link.lossPercent = parser.value(loss).toDouble();
    link.seed = parser.value(seed).toUInt();
    if (link.bitsPerSecond < 0 || link.roundTripNs < 0 || link.lossPercent < 0 ||
        link.lossPercent >= 100) {
        QTextStream(stderr) << "leadernet-bench-proxy: a rate, round trip or loss out of range\n";
        return 2;
    }
    CountingProxy proxy(host, quint16(port), link);
    if (!proxy.listen(quint16(parser.value(listenPort).toUInt()))) {
        QTextStream(stderr) << "leadernet-bench-proxy: cannot listen\n";
        return 1;
    }
    QTextStream out(stdout);
    out << "port " << proxy.port() << Qt::endl;

    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QByteArray pending;
    QObject::connect(&commands, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n <= 0) {
            commands.setEnabled(false);
            app.quit();
            return;
        }
        pending.append(buffer, n);
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QByteArray command = pending.first(newline).trimmed();
            pending.remove(0, newline + 1);
            if (command == "count") {
                const Counters c = proxy.take();
                out << "requests " << c.requests << " up " << c.up << " down " << c.down
                    << " connections " << c.connections << " unparsed " << c.unparsed
                    << " waited_ms " << c.waitedNs / 1000000 << Qt::endl;
            } else if (command.startsWith("cut ")) {
                proxy.cutAfter(command.mid(4).toLongLong());
                out << "ok" << Qt::endl;
            } else if (!command.isEmpty()) {
                out << "error unknown command" << Qt::endl;
            }
        }
    });
    return app.exec();
}

#include "countingproxy.moc"

#include "faultproxy.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QQueue>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

namespace Tests {

using namespace Qt::StringLiterals;

namespace {

constexpr int TickMs = 5;

// One direction of one connection: bytes wait here until their latency has
// passed and the rate limit lets them through.
struct Pipe {
    struct Chunk {
        qint64 due;
        QByteArray data;
    };
    QQueue<Chunk> queue;
    double allowance = 0; // bytes the rate limit lets through now
};

} // namespace

// Lives in the proxy thread: owns the listening socket and every connection.
class ProxyWorker final : public QObject
{
    Q_OBJECT

public:
    explicit ProxyWorker(FaultProxy *proxy)
        : m_proxy(proxy)
    {}

    quint16 listen()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &ProxyWorker::accept);
        if (!m_server->listen(QHostAddress::LocalHost, 0))
            return 0;
        m_timer = new QTimer(this);
        m_timer->setInterval(TickMs);
        connect(m_timer, &QTimer::timeout, this, &ProxyWorker::tick);
        m_clock.start();
        m_timer->start();
        return m_server->serverPort();
    }

private:
    struct Link {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
        Pipe up;
        Pipe down;
        qint64 sentDown = 0; // toward the client since `faults` were set
        QByteArray line;     // the client's current line, while it may be a request line
        FaultProxy::Faults faults;
        int generation = 0;
        bool closing = false;
    };

    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            m_proxy->m_connections.fetch_add(1);
            FaultProxy::Faults faults;
            int generation = 0;
            {
                QMutexLocker lock(&m_proxy->m_mutex);
                faults = m_proxy->m_faults;
                generation = m_proxy->m_generation;
                if (m_proxy->m_faults.serviceUnavailable > 0)
                    --m_proxy->m_faults.serviceUnavailable;
            }
            if (faults.resetConnections) {
                client->abort();
                client->deleteLater();
                continue;
            }
            if (faults.serviceUnavailable > 0) {
                answer503(client);
                continue;
            }
            auto link = std::make_shared<Link>();
            link->client = client;
            link->faults = faults;
            link->generation = generation;
            link->upstream = new QTcpSocket(this);
            link->upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_links.append(link);
            connect(client, &QTcpSocket::readyRead, this, [this, link]() {
                receive(link->client, link->up, *link, &m_proxy->m_up, true);
            });
            connect(link->upstream, &QTcpSocket::readyRead, this,
                    [this, link]() { receive(link->upstream, link->down, *link, nullptr); });
            // A side that closes may leave its last bytes unread: take them
            // into the pipe first, then let the other side drain.
            connect(client, &QTcpSocket::disconnected, this, [this, link]() {
                receive(link->client, link->up, *link, &m_proxy->m_up);
                link->down.queue.clear(); // nobody is left to read them; close the upstream too
                link->closing = true;
            });
            connect(link->upstream, &QTcpSocket::disconnected, this, [this, link]() {
                receive(link->upstream, link->down, *link, nullptr);
                link->closing = true;
            });
            connect(link->upstream, &QTcpSocket::errorOccurred, this, [this, link]() {
                receive(link->upstream, link->down, *link, nullptr);
                link->closing = true;
            });
            link->upstream->connectToHost(m_proxy->m_targetHost, m_proxy->m_targetPort.load());
        }
    }

    static void answer503(QTcpSocket *client)
    {
        // Read the request first so the client sees an answer, not a reset.
        connect(client, &QTcpSocket::readyRead, client, [client]() {
            client->readAll();
            const QByteArray body =
                R"({"error":{"code":"unavailable","message":"injected by proxy"}})";
            client->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\nContent-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
            client->disconnectFromHost();
        });
        connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    }

    void receive(QTcpSocket *from, Pipe &pipe, Link &link, std::atomic<qint64> *counter,
                 bool fromClient = false)
    {
        if (!from)
            return;
        const QByteArray data = from->readAll();
        if (data.isEmpty() || link.faults.stall)
            return;
        if (counter)
            counter->fetch_add(data.size());
        if (fromClient)
            noteRequests(link, data);
        pipe.queue.enqueue({m_clock.elapsed() + link.faults.latencyMs, data});
    }

    // Request lines are the lines that look like one ("POST /path HTTP/1.1");
    // a long line (a body) is skipped without being kept.
    void noteRequests(Link &link, const QByteArray &data)
    {
        static const QRegularExpression requestLine(
            u"^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\\S+) HTTP/1\\.[01]\r?$"_s);
        constexpr qsizetype LongestLine = 4096;
        qsizetype from = 0;
        while (from < data.size()) {
            const qsizetype end = data.indexOf('\n', from);
            const QByteArray piece = data.mid(from, end < 0 ? -1 : end - from);
            if (link.line.size() <= LongestLine)
                link.line += piece.left(LongestLine + 1 - link.line.size());
            if (end < 0)
                break;
            const QString line = QString::fromLatin1(link.line);
            if (line.size() <= LongestLine && requestLine.match(line).hasMatch()) {
                QMutexLocker lock(&m_proxy->m_mutex);
                m_proxy->m_requests << line.trimmed();
            }
            link.line.clear();
            from = end + 1;
        }
    }

    // Moves due bytes, at most what the rate allows; returns the bytes sent.
    qint64 drain(Pipe &pipe, QTcpSocket *to, const FaultProxy::Faults &faults, qint64 limit)
    {
        if (!to || to->state() != QAbstractSocket::ConnectedState)
            return 0;
        const qint64 now = m_clock.elapsed();
        if (faults.bytesPerSecond > 0) {
            pipe.allowance =
                std::min<double>(pipe.allowance + faults.bytesPerSecond * TickMs / 1000.0,
                                 std::max<qint64>(faults.bytesPerSecond / 10, 1500));
        }
        qint64 sent = 0;
        while (!pipe.queue.isEmpty() && pipe.queue.head().due <= now && sent < limit) {
            Pipe::Chunk &chunk = pipe.queue.head();
            qint64 n = std::min<qint64>(chunk.data.size(), limit - sent);
            if (faults.bytesPerSecond > 0)
                n = std::min<qint64>(n, qint64(pipe.allowance));
            if (n <= 0)
                break;
            to->write(chunk.data.constData(), n);
            sent += n;
            if (faults.bytesPerSecond > 0)
                pipe.allowance -= double(n);
            if (n == chunk.data.size())
                pipe.queue.dequeue();
            else
                chunk.data.remove(0, n);
        }
        return sent;
    }

    void tick()
    {
        FaultProxy::Faults current;
        int generation = 0;
        {
            QMutexLocker lock(&m_proxy->m_mutex);
            current = m_proxy->m_faults;
            generation = m_proxy->m_generation;
        }
        for (qsizetype i = m_links.size() - 1; i >= 0; --i) {
            const auto link = m_links[i];
            if (link->generation != generation) {
                link->faults = current;
                link->generation = generation;
                link->sentDown = 0;
            }
            if (current.resetConnections) {
                close(i, true);
                continue;
            }
            if (!link->faults.stall) {
                drain(link->up, link->upstream, link->faults, std::numeric_limits<qint64>::max());
                qint64 limit = std::numeric_limits<qint64>::max();
                if (link->faults.cutAfterBytes >= 0)
                    limit = link->faults.cutAfterBytes - link->sentDown;
                // Counted as they leave for the client: what a cut keeps from
                // the client never crossed the link.
                const qint64 sent = drain(link->down, link->client, link->faults, limit);
                link->sentDown += sent;
                m_proxy->m_down.fetch_add(sent);
                if (link->faults.cutAfterBytes >= 0 &&
                    link->sentDown >= link->faults.cutAfterBytes) {
                    close(i, false); // the body ends early, as on a dropped link
                    continue;
                }
            }
            const bool drained = link->up.queue.isEmpty() && link->down.queue.isEmpty();
            if (link->closing && (drained || link->faults.stall))
                close(i, false);
        }
    }

    void close(qsizetype index, bool abort)
    {
        const auto link = m_links.takeAt(index);
        for (QTcpSocket *s : {link->client.data(), link->upstream.data()}) {
            if (!s)
                continue;
            s->disconnect(this);
            if (abort) {
                s->abort();
            } else {
                s->flush();
                s->disconnectFromHost();
            }
            s->deleteLater();
        }
    }

    FaultProxy *m_proxy;
    QTcpServer *m_server = nullptr;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    QList<std::shared_ptr<Link>> m_links;
};

FaultProxy::FaultProxy(QHostAddress targetHost, quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetHost(std::move(targetHost))
    , m_targetPort(targetPort)
{}

FaultProxy::~FaultProxy()
{
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool FaultProxy::start()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FaultProxy"));
    m_worker = new ProxyWorker(this);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_worker, [this, &port]() { port = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    m_port = port;
    return m_port != 0;
}

void FaultProxy::setFaults(const Faults &faults)
{
    QMutexLocker lock(&m_mutex);
    m_faults = faults;
    ++m_generation;
}

FaultProxy::Faults FaultProxy::faults() const
{
    QMutexLocker lock(&m_mutex);
    return m_faults;
}

void FaultProxy::resetCounters()
{
    m_up = 0;
    {
        QMutexLocker lock(&m_mutex);
        m_requests.clear();
    }
    m_down = 0;
    m_connections = 0;
}

} // namespace Tests

#include "faultproxy.moc"

QStringList Tests::FaultProxy::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_requests;
}

int Tests::FaultProxy::requestCount(const QString &method, const QString &path) const
{
    const QString prefix = method + u' ' + path;
    int n = 0;
    for (const QString &line : requests()) {
        if (line.startsWith(prefix + u' ') || line.startsWith(prefix + u'?'))
            ++n;
    }
    return n;
}

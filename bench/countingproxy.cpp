// leadernet-bench-proxy: a TCP proxy on 127.0.0.1 that counts what crosses
// it, for `bench/run sync`. Bytes are counted both ways as they pass (HTTP
// headers included, TLS would be too); requests are counted by reading the
// HTTP/1.1 request heads going to the server (Content-Length bodies; a
// chunked request body stops the count on its connection and is reported).
// It also adds up the time the client waited: from the last byte of each
// request to the last byte of its answer (Content-Length answers).
//
//   leadernet-bench-proxy --target HOST:PORT
//
// Prints "port N" once listening. Then reads commands on stdin, one per line:
// "count" prints "requests R up U down D connections C unparsed X
// waited_ms W" and sets the counters to zero; end of input stops the proxy.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QPointer>
#include <QSocketNotifier>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTextStream>

#include <cstdio>
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

// Finds the HTTP/1.1 messages (head, then a Content-Length body) in the
// byte stream of one direction of a connection.
class MessageFramer final
{
public:
    // Returns the number of messages completed by `data`.
    int feed(QByteArrayView data)
    {
        int completed = 0;
        while (!data.isEmpty() && !m_lost) {
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
            if (m_bodyLeft == 0)
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
                m_lost = true;
        }
        return 0;
    }

    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    qint64 m_heads = 0;
    bool m_lost = false;
};

// Both directions of one proxied connection.
struct Connection {
    MessageFramer requests;
    MessageFramer answers;
    QList<qint64> sentAt; // when each request not yet answered was complete
};

class CountingProxy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountingProxy)

public:
    CountingProxy(QHostAddress target, quint16 port, QObject *parent = nullptr)
        : QObject(parent)
        , m_target(std::move(target))
        , m_targetPort(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &CountingProxy::accept);
        m_clock.start();
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    quint16 port() const { return m_server.serverPort(); }

    Counters take()
    {
        const Counters c = m_counters;
        m_counters = {};
        return c;
    }

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
            auto forwardUp = [this, c, u, counter] {
                if (!c || !u)
                    return;
                const QByteArray data = c->readAll();
                m_counters.up += data.size();
                const bool wasLost = counter->requests.lost();
                const qint64 headsBefore = counter->requests.heads();
                const int complete = counter->requests.feed(data);
                m_counters.requests += counter->requests.heads() - headsBefore;
                if (counter->requests.lost() && !wasLost)
                    ++m_counters.unparsed;
                u->write(data);
                u->flush();
                for (int i = 0; i < complete; ++i)
                    counter->sentAt << m_clock.nsecsElapsed();
            };
            // What the client sends before the server is reached waits in
            // the client socket's buffer.
            connect(upstream, &QTcpSocket::connected, this, [this, c, forwardUp] {
                connect(c, &QTcpSocket::readyRead, this, forwardUp);
                forwardUp();
            });
            connect(upstream, &QTcpSocket::readyRead, this, [this, c, u, counter] {
                const QByteArray data = u->readAll();
                m_counters.down += data.size();
                const int answered = counter->answers.feed(data);
                for (int i = 0; i < answered && !counter->sentAt.isEmpty(); ++i)
                    m_counters.waitedNs += m_clock.nsecsElapsed() - counter->sentAt.takeFirst();
                if (c)
                    c->write(data);
            });
            connect(client, &QTcpSocket::disconnected, this, [c, u] {
                if (u)
                    u->disconnectFromHost();
                c->deleteLater();
            });
            connect(upstream, &QTcpSocket::disconnected, this, [c] {
                if (c)
                    c->disconnectFromHost();
            });
            connect(upstream, &QTcpSocket::errorOccurred, this, [c](QAbstractSocket::SocketError) {
                if (c)
                    c->disconnectFromHost();
            });
            upstream->connectToHost(m_target, m_targetPort);
        }
    }

    QTcpServer m_server;
    QHostAddress m_target;
    quint16 m_targetPort;
    Counters m_counters;
    QElapsedTimer m_clock;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Counting TCP proxy for bench/run sync."_s);
    const QCommandLineOption target(u"target"_s, u"The server, HOST:PORT."_s, u"HOST:PORT"_s);
    parser.addOption(target);
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
    CountingProxy proxy(host, quint16(port));
    if (!proxy.listen()) {
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
            } else if (!command.isEmpty()) {
                out << "error unknown command" << Qt::endl;
            }
        }
    });
    return app.exec();
}

#include "countingproxy.moc"

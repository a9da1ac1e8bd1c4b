// The fault proxy does what sync tests rely on: forwards faithfully and
// counts bytes, and injects each fault kind. Timing checks are lower bounds
// only (a slow machine can only make them pass more surely).
#include "faultproxy.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Answers every request with `payload` and closes.
class PayloadServer final : public QTcpServer
{
public:
    explicit PayloadServer(QByteArray payload)
        : m_payload(std::move(payload))
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s]() {
                    s->readAll();
                    s->write(m_payload);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }

private:
    QByteArray m_payload;
};

struct Fetch {
    QByteArray body;
    bool closed = false;
    qint64 firstByteMs = -1;
    qint64 doneMs = -1;
};

Fetch fetch(quint16 port, int timeoutMs = 20000)
{
    Fetch f;
    QTcpSocket socket;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&]() {
        if (f.firstByteMs < 0)
            f.firstByteMs = clock.elapsed();
        f.body += socket.readAll();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &socket, [&]() {
        f.body += socket.readAll();
        f.closed = true;
        f.doneMs = clock.elapsed();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &socket, [&]() {
        f.closed = true;
        f.doneMs = clock.elapsed();
    });
    socket.connectToHost(QHostAddress::LocalHost, port);
    socket.write("GET / HTTP/1.1\r\n\r\n");
    (void)QTest::qWaitFor([&]() { return f.closed; }, timeoutMs);
    return f;
}

QByteArray payload(int size)
{
    QByteArray p(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        p[i] = char('a' + i % 26);
    return p;
}

} // namespace

class TestFaultProxy final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PayloadServer> m_target;
    std::unique_ptr<Tests::FaultProxy> m_proxy;
    const QByteArray m_payload = payload(200 * 1024);

private Q_SLOTS:
    void init()
    {
        m_target = std::make_unique<PayloadServer>(m_payload);
        QVERIFY(m_target->listen(QHostAddress::LocalHost, 0));
        m_proxy =
            std::make_unique<Tests::FaultProxy>(QHostAddress::LocalHost, m_target->serverPort());
        QVERIFY(m_proxy->start());
    }

    void cleanup()
    {
        m_proxy.reset();
        m_target.reset();
    }

    void forwardsAndCounts()
    {
        const Fetch f = fetch(m_proxy->port());
        QVERIFY(f.closed);
        QCOMPARE(f.body.size(), m_payload.size());
        QCOMPARE(f.body, m_payload);
        QCOMPARE(m_proxy->bytesToServer(), qint64(18));
        QCOMPARE(m_proxy->bytesToClient(), qint64(m_payload.size()));
        QCOMPARE(m_proxy->connections(), 1);
    }

    void cutsAfterBytes()
    {
        m_proxy->setFaults({.cutAfterBytes = 1000});
        const Fetch f = fetch(m_proxy->port());
        QVERIFY(f.closed);
        QCOMPARE(f.body.size(), 1000);
        QCOMPARE(f.body, m_payload.left(1000));
    }

    void answers503ThenRecovers()
    {
        m_proxy->setFaults({.serviceUnavailable = 1});
        const Fetch first = fetch(m_proxy->port());
        QVERIFY(first.body.startsWith("HTTP/1.1 503"));
        const Fetch second = fetch(m_proxy->port());
        QCOMPARE(second.body, m_payload);
    }

    void limitsRate()
    {
        m_proxy->setFaults({.bytesPerSecond = 200 * 1024});
        const Fetch f = fetch(m_proxy->port());
        QCOMPARE(f.body, m_payload);
        // 200 KiB at 200 KiB/s, less the initial burst allowance.
        QVERIFY2(f.doneMs >= 800, qPrintable(QString::number(f.doneMs)));
    }

    void addsLatencyBothWays()
    {
        m_proxy->setFaults({.latencyMs = 250});
        const Fetch f = fetch(m_proxy->port());
        QCOMPARE(f.body, m_payload);
        QVERIFY2(f.firstByteMs >= 500, qPrintable(QString::number(f.firstByteMs)));
    }

    void stallsAndResets()
    {
        m_proxy->setFaults({.stall = true});
        QTcpSocket socket;
        QSignalSpy readable(&socket, &QTcpSocket::readyRead);
        QSignalSpy gone(&socket, &QTcpSocket::disconnected);
        socket.connectToHost(QHostAddress::LocalHost, m_proxy->port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write("GET / HTTP/1.1\r\n\r\n");
        QVERIFY(!readable.wait(400)); // stalled: nothing arrives
        m_proxy->setFaults({.resetConnections = true});
        QVERIFY(gone.wait(5000) || socket.state() == QAbstractSocket::UnconnectedState);
        QCOMPARE(socket.bytesAvailable(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultProxy)
#include "tst_faultproxy.moc"

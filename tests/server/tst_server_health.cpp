// The HTTP surface of a real leadernet-server process: health, and a clear
// JSON error for every kind of bad request, with the server still alive after.
#include "protocol.h"
#include "testserver.h"

#include <QJsonObject>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

class TestServerHealth final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    static QByteArray versionHeader()
    {
        return QByteArray(Protocol::VersionHeader.data(), Protocol::VersionHeader.size());
    }

    void verifyErrorBody(const TestServer::Reply &reply, int status, const QString &code)
    {
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        const auto error = Protocol::decodeErrorBody(reply.body);
        QVERIFY2(error.ok(), reply.body.constData());
        QCOMPARE(error->code, code);
        QVERIFY(!error->message.isEmpty());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.url().port() > 0);
        QCOMPARE(m_server.url().host(), u"127.0.0.1"_s);
    }

    void health()
    {
        const TestServer::Reply reply = m_server.get(u"/api/v1/health"_s);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        const auto info = Protocol::decodeHealthInfo(reply.body);
        QVERIFY2(info.ok(), reply.body.constData());
        QCOMPARE(info->status, u"ok"_s);
        QCOMPARE(info->version, QStringLiteral(LEADERNET_VERSION));
        QCOMPARE(info->store, m_server.storeName());
        QCOMPARE(info->protocol, Protocol::Version);
    }

    void idleConnectionsDoNotStarveOthers()
    {
        // Clients keep connections open between requests (QtNetwork does), and
        // anyone may open some and send nothing: the server still answers.
        QList<QTcpSocket *> idle;
        for (int i = 0; i < 40; ++i) {
            auto *socket = new QTcpSocket(this);
            socket->connectToHost(m_server.url().host(), quint16(m_server.url().port()));
            QVERIFY(socket->waitForConnected(5000));
            idle << socket;
        }
        QTest::qWait(200);
        const TestServer::Reply reply = m_server.request("GET", u"/api/v1/health"_s, {}, {}, 8000);
        QCOMPARE(reply.status, 200);
        qDeleteAll(idle);
    }

    void unknownRouteIs404Json_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::newRow("get unknown") << QByteArray("GET") << u"/api/v1/nothing"_s;
        QTest::newRow("root") << QByteArray("GET") << u"/"_s;
        QTest::newRow("post unknown") << QByteArray("POST") << u"/api/v2/sync/pull"_s;
        QTest::newRow("prefix only") << QByteArray("GET") << u"/api/v1/health/extra"_s;
    }
    void unknownRouteIs404Json()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        verifyErrorBody(m_server.request(method, path, method == "POST" ? "{}" : ""), 404,
                        u"not_found"_s);
    }

    void wrongMethodIs405Json_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("allow");
        QTest::newRow("post health")
            << QByteArray("POST") << u"/api/v1/health"_s << QByteArray("GET");
        QTest::newRow("get login")
            << QByteArray("GET") << u"/api/v1/auth/login"_s << QByteArray("POST");
        QTest::newRow("delete pull")
            << QByteArray("DELETE") << u"/api/v1/sync/pull"_s << QByteArray("GET");
        QTest::newRow("put logout")
            << QByteArray("PUT") << u"/api/v1/auth/logout"_s << QByteArray("POST");
    }
    void wrongMethodIs405Json()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, allow);
        const TestServer::Reply reply = m_server.request(method, path, "{}");
        verifyErrorBody(reply, 405, u"method_not_allowed"_s);
        QCOMPARE(reply.header("allow"), allow);
    }

    void oversizedBodyIs413Json()
    {
        const QByteArray body(9 * 1024 * 1024, 'x');
        verifyErrorBody(m_server.post(u"/api/v1/auth/login"_s, body), 413, u"payload_too_large"_s);
    }

    void badLoginBodyIs400Json_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        QTest::newRow("truncated") << QByteArray("{\"username\": \"mem") << u"bad_json"_s;
        QTest::newRow("not json") << QByteArray("username=member") << u"bad_json"_s;
        QTest::newRow("array") << QByteArray("[1, 2]") << u"bad_json"_s;
        QTest::newRow("binary") << QByteArray("\xff\xfe\x00\x01", 4) << u"bad_json"_s;
        QTest::newRow("wrong types")
            << QByteArray(R"({"username": 5, "password": []})") << u"invalid"_s;
        QTest::newRow("missing password")
            << QByteArray(R"({"username": "member"})") << u"invalid"_s;
    }
    void badLoginBodyIs400Json()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        verifyErrorBody(m_server.post(u"/api/v1/auth/login"_s, body), 400, code);
    }

    void protocolVersionHeader_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("status");
        QTest::newRow("current") << QByteArray::number(Protocol::Version) << 200;
        QTest::newRow("newer") << QByteArray::number(Protocol::Version + 1) << 426;
        QTest::newRow("older") << QByteArray("0") << 426;
        QTest::newRow("garbage") << QByteArray("one") << 426;
    }
    void protocolVersionHeader()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, status);
        const TestServer::Reply reply =
            m_server.request("GET", u"/api/v1/health"_s, {}, {{versionHeader(), value}});
        if (status == 200)
            QCOMPARE(reply.status, 200);
        else
            verifyErrorBody(reply, status, u"protocol_version"_s);
    }

    void protocolVersionCheckedBeforeAuth()
    {
        // Even an unauthenticated pull learns about the version first.
        const TestServer::Reply reply =
            m_server.request("GET", u"/api/v1/sync/pull"_s, {}, {{versionHeader(), "99"}});
        verifyErrorBody(reply, 426, u"protocol_version"_s);
    }

    void garbageOnTheSocketDoesNotHurt()
    {
        QTcpSocket socket;
        socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
        QVERIFY(socket.waitForConnected(10000));
        socket.write(QByteArray("\x16\x03\x01 not http at all\r\n\r\n"));
        socket.write(QByteArray(5000, '\0'));
        QVERIFY(socket.waitForBytesWritten(10000));
        // The server answers 400 or closes; either way it keeps serving.
        socket.waitForReadyRead(5000);
        socket.close();
        QCOMPARE(m_server.get(u"/api/v1/health"_s).status, 200);
    }

    void stopsCleanlyOnSigterm()
    {
        QVERIFY(m_server.isRunning());
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(!m_server.isRunning());
        // The store it leaves behind serves again.
        QVERIFY2(m_server.serve(), qPrintable(m_server.errorString()));
        QCOMPARE(m_server.get(u"/api/v1/health"_s).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestServerHealth)
#include "tst_server_health.moc"

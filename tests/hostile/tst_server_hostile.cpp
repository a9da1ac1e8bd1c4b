// Hostile input against the real leadernet-server: a few thousand malformed,
// oversized, wrongly typed, SQL-looking and invalid-UTF-8 requests, plus
// broken HTTP on a raw socket. Every answer must be a 4xx JSON error (never a
// 5xx, never a dropped connection), the server must keep serving, and what
// an admin pulls afterwards must equal what was there before.
#include "compression.h"
#include "protocol.h"
#include "record.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Version = "X-LeaderNet-Protocol";

QList<QByteArray> hostileBodies()
{
    QList<QByteArray> bodies{
        "",
        "{",
        "}",
        "[]",
        "null",
        "\"member\"",
        "{\"username\":1,\"password\":2}",
        "{\"username\":null,\"password\":null}",
        "{\"username\":[\"member\"],\"password\":{}}",
        "{\"username\":\"member\"}",
        "{\"password\":\"x\"}",
        "{\"username\":\"member' OR '1'='1\",\"password\":\"' OR 1=1; DROP TABLE accounts; --\"}",
        "{\"username\":\"admin\\u0000\",\"password\":\"x\"}",
        "{\"username\":\"\\ud800\",\"password\":\"\\udfff\"}",
        "{\"username\":\"m\",\"password\":\"x\",\"role\":\"admin\",\"is_admin\":true}",
        "{\"username\":\"m\",\"password\":\"x\"}{\"username\":\"n\"}",
        "{\"username\":\"m\",\"password\":\"x\",}",
        "{'username':'m'}",
        "\xef\xbb\xbf{\"username\":\"m\",\"password\":\"x\"}",
        QByteArray("{\"username\":\"\xff\xfe\xc3\x28\",\"password\":\"\xa0\xa1\"}"),
        QByteArray(100000, '[') + QByteArray(100000, ']'),
        "{\"username\":\"" + QByteArray(1 << 20, 'a') + "\",\"password\":\"x\"}",
        "{\"username\":\"../../../../etc/passwd\",\"password\":\"x\"}",
        "1e999999",
        QByteArray("\x00\x01\x02\x03", 4),
    };
    // Deterministic garbage: random bytes and truncations of a valid body.
    QRandomGenerator random(4242);
    const QByteArray valid = R"({"username":"nobody-here","password":"not-the-password"})";
    for (int i = 0; i < 40; ++i) {
        QByteArray junk(int(random.bounded(200)), Qt::Uninitialized);
        for (char &c : junk)
            c = char(random.bounded(256));
        bodies << junk << valid.left(qsizetype(random.bounded(quint32(valid.size()))));
    }
    return bodies;
}

QStringList hostileQueries()
{
    return {u"after=-1"_s,         u"after=abc"_s,         u"after=99999999999999999999999"_s,
            u"after=1.5"_s,        u"after=0x10"_s,        u"after=1%3B%20DROP%20TABLE%20records"_s,
            u"after=0&limit=-5"_s, u"after=0&limit=abc"_s, u"after=0&limit=1e9"_s,
            u"after=%00"_s,        u"after=%FF%FE"_s,      u"after"_s,
            u"limit="_s,           u"after=' OR 1=1 --"_s};
}

bool isJsonError(const TestCommon::TestServer::Reply &reply)
{
    const QJsonObject error =
        QJsonDocument::fromJson(reply.body).object().value(u"error"_s).toObject();
    return error.value(u"code"_s).isString() && error.value(u"message"_s).isString();
}

} // namespace

class TestServerHostile final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;
    QString m_adminToken;
    QByteArray m_before;
    int m_requests = 0;

    // Everything the admin can pull, as one digest of the ordered pages.
    QByteArray storeDigest()
    {
        bool ok = false;
        const QList<QJsonObject> changes = m_server.pullAll(m_adminToken, 5000, &ok);
        if (!ok)
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (const QJsonObject &c : changes)
            hash.addData(QJsonDocument(c).toJson(QJsonDocument::Compact));
        return hash.result().toHex();
    }

    // Sends `raw` on a fresh connection and returns everything answered.
    QByteArray rawExchange(const QByteArray &raw)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, quint16(m_server.url().port()));
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(raw);
        socket.waitForBytesWritten(5000);
        // Wait for the first bytes; after them, the rest follows at once or
        // the server closes (a kept-alive connection just goes quiet).
        QByteArray answer;
        int waitMs = 5000;
        while (socket.waitForReadyRead(waitMs)) {
            answer += socket.readAll();
            waitMs = 300;
        }
        return answer;
    }

    void expect4xx(const TestCommon::TestServer::Reply &reply, const QString &what)
    {
        ++m_requests;
        QVERIFY2(
            reply.status >= 400 && reply.status < 500,
            qPrintable(u"%1: status %2 %3"_s.arg(what).arg(reply.status).arg(reply.networkError)));
        QVERIFY2(isJsonError(reply), qPrintable(u"%1: not a JSON error: %2"_s.arg(
                                         what, QString::fromUtf8(reply.body.left(200)))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_adminToken = m_server.login(u"admin"_s);
        QVERIFY(!m_adminToken.isEmpty());
        m_before = storeDigest();
        QVERIFY(!m_before.isEmpty());
    }

    void malformedSignInBodies()
    {
        for (const QByteArray &body : hostileBodies()) {
            const auto reply = m_server.post(QString(Sync::Protocol::LoginPath), body);
            expect4xx(reply, u"login with %1"_s.arg(
                                 QString::fromLatin1(body.left(40).toPercentEncoding())));
        }
    }

    // The account routes read JSON of their own: every malformed body is a
    // 4xx JSON error there too. (reset-request answers 202 to any well-formed
    // user name, so that names cannot be probed: it is held to "no 5xx, and a
    // JSON error whenever it refuses".)
    void malformedAccountBodies()
    {
        using namespace Sync::Protocol;
        const QList<std::pair<QLatin1StringView, bool>> routes{{RegisterPath, false},
                                                               {ActivatePath, false},
                                                               {ResetPath, false},
                                                               {ProfilePath, true},
                                                               {PasswordPath, true}};
        for (const QByteArray &body : hostileBodies()) {
            const QString shown = QString::fromLatin1(body.left(40).toPercentEncoding());
            for (const auto &[path, signedIn] : routes) {
                expect4xx(m_server.post(QString(path), body, signedIn ? m_adminToken : QString()),
                          u"%1 with %2"_s.arg(path, shown));
            }
            const auto reply = m_server.post(QString(ResetRequestPath), body);
            ++m_requests;
            QVERIFY2(reply.status == 202 ||
                         (reply.status >= 400 && reply.status < 500 && isJsonError(reply)),
                     qPrintable(u"reset-request with %1: %2"_s.arg(shown).arg(reply.status)));
        }
        // The admin's password still works: nothing above changed it.
        QVERIFY(!m_server.login(u"admin"_s).isEmpty());
    }

    void malformedPullQueriesAndTokens()
    {
        const QString pull(Sync::Protocol::PullPath);
        for (const QString &query : hostileQueries())
            expect4xx(m_server.get(pull + u'?' + query, m_adminToken), query);
        const QList<QByteArray> tokens{"",
                                       "Bearer",
                                       "Bearer ",
                                       "Bearer ' OR 1=1 --",
                                       "Bearer " + QByteArray(64 * 1024, 'A'),
                                       QByteArray("Bearer \xff\xfe\x00", 10),
                                       "Basic YWRtaW46YWRtaW4=",
                                       "bearer " + m_adminToken.toUtf8() + "x"};
        for (const QByteArray &token : tokens) {
            const auto reply =
                m_server.request("GET", pull + u"?after=0"_s, {}, {{"Authorization", token}});
            expect4xx(reply,
                      u"token %1"_s.arg(QString::fromLatin1(token.left(30).toPercentEncoding())));
        }
    }

    void malformedPushBodiesAndOperations()
    {
        const QString push(Sync::Protocol::PushPath);
        for (const QByteArray &body : hostileBodies()) {
            expect4xx(
                m_server.post(push, body, m_adminToken),
                u"push with %1"_s.arg(QString::fromLatin1(body.left(40).toPercentEncoding())));
        }
        // A compressed body is refused before it is read (no unbounded inflating).
        expect4xx(m_server.request("POST", push, QByteArray(64, '\0'),
                                   {{"Content-Encoding", "gzip"},
                                    {"Authorization", "Bearer " + m_adminToken.toUtf8()}}),
                  u"gzip push"_s);
        expect4xx(m_server.post(push, QByteArray("{\"ops\":[]}"), {}), u"push without a token"_s);
        // Compressed the LeaderNet way, but wrong: an unknown codec, garbage,
        // and a bomb that would inflate past the cap.
        const QByteArray auth = "Bearer " + m_adminToken.toUtf8();
        const QByteArray encoding(Sync::Protocol::BodyEncodingHeader.data(),
                                  Sync::Protocol::BodyEncodingHeader.size());
        expect4xx(m_server.request("POST", push, "{}", {{encoding, "br"}, {"Authorization", auth}}),
                  u"push in an unknown encoding"_s);
        expect4xx(m_server.request("POST", push, QByteArray(300, 'z'),
                                   {{encoding, "zstd"}, {"Authorization", auth}}),
                  u"push of zstd garbage"_s);
        const QByteArray bomb =
            Sync::Protocol::compress(QByteArray(Sync::Protocol::MaxInflatedRequestSize + 1024, ' '),
                                     Sync::Protocol::Codec::Zstd, 3);
        QVERIFY(bomb.size() < 64 * 1024);
        expect4xx(
            m_server.request("POST", push, bomb, {{encoding, "zstd"}, {"Authorization", auth}}),
            u"push of a zstd bomb"_s);
        QJsonArray tooMany;
        for (int i = 0; i <= Sync::Protocol::MaxPushOperations; ++i)
            tooMany.append(QJsonObject{});
        expect4xx(m_server.post(push, QJsonDocument(QJsonObject{{u"ops"_s, tooMany}}).toJson(),
                                m_adminToken),
                  u"too many operations"_s);

        // Well-formed requests whose operations are each wrong: every one is
        // refused with a reason, and nothing is written (checked at the end).
        const QString admin =
            m_server
                .post(Sync::Protocol::LoginPath,
                      QJsonDocument(QJsonObject{{u"username"_s, u"admin"_s},
                                                {u"password"_s, m_server.password()}})
                          .toJson())
                .json()
                .value("member_id"_L1)
                .toString();
        const QString uuid = u"6f1c2b4e-8d7a-4c1e-9b3f-2a5d8e7c6b10"_s;
        const QList<QJsonObject> ops{
            {{u"op"_s, u"not-a-uuid"_s},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"post"_s},
             {u"id"_s, uuid},
             {u"author"_s, admin}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"users; DROP TABLE records"_s},
             {u"id"_s, uuid},
             {u"author"_s, admin}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"post"_s},
             {u"id"_s, u"' OR 1=1 --"_s},
             {u"author"_s, admin}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"course"_s},
             {u"id"_s, uuid},
             {u"author"_s, admin},
             {u"fields"_s, QJsonObject{{u"title"_s, 42}}}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"course"_s},
             {u"id"_s, uuid},
             {u"author"_s, admin},
             {u"fields"_s, QJsonObject{{u"no_such_field"_s, u"x"_s}}}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"patch"_s},
             {u"entity"_s, u"course"_s},
             {u"id"_s, Core::newRecordId()},
             {u"author"_s, admin},
             {u"fields"_s, QJsonObject{{u"title"_s, u"x"_s}}}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"post"_s},
             {u"id"_s, Core::newRecordId()},
             {u"author"_s, admin},
             {u"fields"_s, QJsonObject{{u"thread_id"_s, Core::newRecordId()},
                                       {u"body"_s, QString(Core::MaxTextLength + 1, u'x')}}}},
            {{u"op"_s, Core::newRecordId()},
             {u"kind"_s, u"create"_s},
             {u"entity"_s, u"course"_s},
             {u"id"_s, Core::newRecordId()},
             {u"author"_s, Core::newRecordId()},
             {u"fields"_s, QJsonObject{{u"title"_s, u"in someone else's name"_s}}}},
        };
        QJsonArray all;
        for (const QJsonObject &op : ops)
            all.append(op);
        const auto reply =
            m_server.post(push, QJsonDocument(QJsonObject{{u"ops"_s, all}}).toJson(), m_adminToken);
        ++m_requests;
        QCOMPARE(reply.status, 200);
        const QJsonArray results = reply.json().value("results"_L1).toArray();
        QCOMPARE(results.size(), ops.size());
        for (const QJsonValue &r : results) {
            QCOMPARE(r.toObject().value("status"_L1).toString(), u"rejected"_s);
            QVERIFY(!r.toObject().value("message"_L1).toString().isEmpty());
        }
    }

    void wrongRoutesMethodsAndVersions()
    {
        // Sent as raw request lines: QUrl would normalise or reinterpret them.
        const QList<QByteArray> paths{"/",
                                      "/api",
                                      "/api/v1/",
                                      "/api/v1/../../etc/passwd",
                                      "/api/v1/%2e%2e/%2e%2e/etc/passwd",
                                      "//api/v1/health/../../server.sqlite",
                                      "/api/v1/attachments/..%2F..%2Fserver.sqlite",
                                      "/api/v2/health",
                                      "/api/v1/sync/pull/extra",
                                      "/" + QByteArray(4000, 'x')};
        for (const QByteArray &path : paths) {
            const QByteArray answer = rawExchange("GET " + path +
                                                  " HTTP/1.1\r\nHost: x\r\n"
                                                  "Connection: close\r\n\r\n");
            ++m_requests;
            QVERIFY2(answer.startsWith("HTTP/1.1 4"),
                     QByteArray(path.left(60) + " -> " + answer.left(60)).constData());
            QVERIFY2(answer.contains("{\"error\":{"), path.left(60).constData());
        }
        for (const QByteArray &method :
             {QByteArray("PUT"), QByteArray("DELETE"), QByteArray("PATCH")}) {
            expect4xx(m_server.request(method, QString(Sync::Protocol::PullPath), "{}",
                                       {{"Content-Type", "application/json"}}),
                      QString::fromLatin1(method));
        }
        for (const QByteArray &version : {QByteArray("0"), QByteArray("2"), QByteArray("1abc"),
                                          QByteArray("-1"), QByteArray(200, '9')}) {
            const auto reply = m_server.request("GET", QString(Sync::Protocol::HealthPath), {},
                                                {{Version, version}});
            expect4xx(reply, u"protocol %1"_s.arg(QString::fromLatin1(version.left(20))));
            QCOMPARE(reply.status, 426);
        }
    }

    void oversizedBodyIsRefusedWith413()
    {
        const QByteArray big(9 * 1024 * 1024, 'x');
        const auto reply = m_server.post(QString(Sync::Protocol::LoginPath), big);
        expect4xx(reply, u"9 MiB body"_s);
        QCOMPARE(reply.status, 413);
    }

    void brokenHttpOnARawSocket()
    {
        const QList<QByteArray> requests{
            "GARBAGE\r\n\r\n",
            "GET\r\n\r\n",
            "GET /api/v1/health HTTP/9.9\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: -5\r\n\r\n{}",
            "POST /api/v1/auth/login HTTP/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n",
            "POST /api/v1/auth/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n",
            "GET /api/v1/health HTTP/1.1\r\n" + QByteArray(100000, 'H') + ": x\r\n\r\n",
            QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11), // a TLS hello
        };
        for (const QByteArray &raw : requests) {
            // Whatever the server answers (a 4xx, or closing), it must not be a 5xx.
            const QByteArray answer = rawExchange(raw);
            QVERIFY2(!answer.startsWith("HTTP/1.1 5"), answer.left(80).constData());
            ++m_requests;
        }
    }

    void manyMoreGarbageRequests()
    {
        // Bring the total to a few thousand with seeded variations, sent in
        // concurrent batches (as many clients would) to keep the run short.
        QRandomGenerator random(777);
        const QList<QByteArray> bodies = hostileBodies();
        const QStringList queries = hostileQueries();
        QNetworkAccessManager nam;
        while (m_requests < 3000) {
            QList<QNetworkReply *> batch;
            for (int i = 0; i < 48; ++i) {
                QNetworkRequest request;
                if (random.bounded(2) == 0) {
                    request.setUrl(
                        m_server.url().resolved(QUrl(QString(Sync::Protocol::LoginPath))));
                    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
                    const QByteArray &b = bodies[random.bounded(quint32(bodies.size()))];
                    batch << nam.post(request, b.left(4096));
                } else {
                    QUrl url = m_server.url().resolved(QUrl(QString(Sync::Protocol::PullPath)));
                    url.setQuery(queries[random.bounded(quint32(queries.size()))]);
                    request.setUrl(url);
                    request.setRawHeader("Authorization", "Bearer " + m_adminToken.toUtf8());
                    batch << nam.get(request);
                }
            }
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(batch.cbegin(), batch.cend(),
                                                 [](QNetworkReply *r) { return r->isFinished(); }),
                                     60000);
            for (QNetworkReply *reply : std::as_const(batch)) {
                TestCommon::TestServer::Reply r;
                r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                r.body = reply->readAll();
                r.networkError = reply->errorString();
                reply->deleteLater();
                expect4xx(r, reply->url().toString(QUrl::RemoveAuthority).left(80));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    void serverStillServesAndStoreIsUnchanged()
    {
        QVERIFY(m_server.isRunning());
        const auto health = m_server.get(QString(Sync::Protocol::HealthPath));
        QCOMPARE(health.status, 200);
        QVERIFY(!m_server.login(u"member"_s).isEmpty());
        QCOMPARE(storeDigest(), m_before);
        qInfo("%d hostile requests answered", m_requests);
    }
};

QTEST_GUILESS_MAIN(TestServerHostile)
#include "tst_server_hostile.moc"

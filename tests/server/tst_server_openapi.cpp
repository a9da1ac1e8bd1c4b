// GET /api/v1/openapi.json describes the server as it is: it lists exactly
// the routes the server has, and calling each listed operation answers with
// one of the statuses the document gives for it (never 404 or 405).
#include "httpapi.h"
#include "protocol.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

class TestServerOpenApi final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QJsonObject m_doc;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        const auto reply = m_server.get(QString(Protocol::OpenApiPath));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        m_doc = reply.json();
        QVERIFY(m_doc.value("openapi"_L1).toString().startsWith(u"3."_s));
        QVERIFY(!m_doc.value("info"_L1).toObject().value("title"_L1).toString().isEmpty());
    }

    void documentListsExactlyTheServersRoutes()
    {
        QSet<QString> documented;
        const QJsonObject paths = m_doc.value("paths"_L1).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op)
                documented.insert(op.key().toUpper() + u' ' + p.key());
        }
        QSet<QString> served;
        for (const auto &[method, path] : Server::HttpApi::routes())
            served.insert(method + u' ' + path);
        QCOMPARE(documented, served);
    }

    void everyListedOperationAnswersAsDocumented()
    {
        const QString admin = m_server.login(u"admin"_s);
        QVERIFY(!admin.isEmpty());
        const QByteArray login =
            Protocol::encode(Protocol::LoginRequest{u"admin"_s, m_server.password()});
        // Operations that end a session get a token of their own.
        const QSet<QString> ending{u"logout"_s, u"logoutEverywhere"_s, u"refresh"_s};
        const QHash<QString, QByteArray> bodies{
            {u"login"_s, login},
            {u"changePassword"_s,
             Protocol::encode(Protocol::PasswordChange{u"not-the-password"_s, u"whatever-new"_s})},
            {u"push"_s, "{\"ops\":[]}"},
            {u"register"_s, "{\"username\":\"openapi.probe\",\"password\":\"probe-password-1\","
                            "\"display_name\":\"OpenAPI Probe\",\"languages\":[\"en\"]}"},
            {u"activate"_s, "{\"token\":\"not-a-token\"}"},
            {u"requestPasswordReset"_s, "{\"username\":\"member\"}"},
            {u"resetPassword"_s, "{\"token\":\"not-a-token\",\"new_password\":\"whatever-new\"}"},
            {u"updateProfile"_s, "{\"bio\":\"Checks that the API is as documented.\"}"},
        };
        QStringList called;
        const QJsonObject paths = m_doc.value("paths"_L1).toObject();
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject ops = p.value().toObject();
            for (auto op = ops.begin(); op != ops.end(); ++op) {
                const QJsonObject spec = op.value().toObject();
                const QString id = spec.value("operationId"_L1).toString();
                QVERIFY2(!id.isEmpty(), qPrintable(p.key()));
                const bool secured = !spec.value("security"_L1).toArray().isEmpty();
                const QString token = !secured              ? QString()
                                      : ending.contains(id) ? m_server.login(u"admin"_s)
                                                            : admin;
                TestServer::Headers headers;
                if (!token.isEmpty())
                    headers.append(std::pair<QByteArray, QByteArray>("Authorization",
                                                                     "Bearer " + token.toUtf8()));
                if (op.key() == u"post")
                    headers.append(
                        std::pair<QByteArray, QByteArray>("Content-Type", "application/json"));
                const auto reply = m_server.request(op.key().toUpper().toLatin1(), p.key(),
                                                    bodies.value(id), headers);
                const QJsonObject responses = spec.value("responses"_L1).toObject();
                QVERIFY2(
                    responses.contains(QString::number(reply.status)),
                    qPrintable(u"%1 %2 answered %3"_s.arg(op.key(), p.key()).arg(reply.status)));
                QVERIFY(reply.status != 404 && reply.status != 405);
                // Without the token, a secured operation is refused with 401.
                if (secured) {
                    QCOMPARE(
                        m_server.request(op.key().toUpper().toLatin1(), p.key(), bodies.value(id))
                            .status,
                        401);
                }
                called << id;
            }
        }
        QCOMPARE(called.size(), Server::HttpApi::routes().size());
    }
};

QTEST_GUILESS_MAIN(TestServerOpenApi)
#include "tst_server_openapi.moc"

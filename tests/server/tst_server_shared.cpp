// Two leadernet-server processes on one store (one PostgreSQL database, or
// one SQLite file): seeded through one, signed in through the other, they
// serve identical pages; members created by several processes at once all
// reach both, each change exactly once.
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;

class TestServerShared final : public QObject
{
    Q_OBJECT

private:
    TestServer m_first;
    std::unique_ptr<TestServer> m_second;

    static QByteArray page(TestServer &server, const QString &token, qint64 after, int limit)
    {
        const TestServer::Reply reply =
            server.get(u"/api/v1/sync/pull?after=%1&limit=%2"_s.arg(after).arg(limit), token);
        if (reply.status != 200)
            qWarning() << reply.status << reply.body;
        return reply.status == 200 ? reply.body : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_first.start(), qPrintable(m_first.errorString()));
        m_second = std::make_unique<TestServer>(TestServer::SameStoreAs{m_first});
        QVERIFY2(m_second->serve(), qPrintable(m_second->errorString()));
        QVERIFY(m_first.url() != m_second->url());
    }

    void cleanupTestCase()
    {
        if (m_second)
            m_second->stop();
        m_second.reset();
    }

    void bothReportTheStore()
    {
        for (TestServer *server : {&m_first, m_second.get()}) {
            const QJsonObject health = server->get(u"/api/v1/health"_s).json();
            QCOMPARE(health.value("store"_L1).toString(), m_first.storeName());
        }
    }

    void signInThroughEitherPullThroughBoth()
    {
        // Seeded through the first; tokens made by one work on the other.
        const QString viaSecond = m_second->login(u"admin"_s, m_first.password());
        QVERIFY(!viaSecond.isEmpty());
        const QString viaFirst = m_first.login(u"member"_s);
        QVERIFY(!viaFirst.isEmpty());
        for (const QString &token : {viaSecond, viaFirst}) {
            qint64 cursor = 0;
            int pages = 0;
            while (true) {
                const QByteArray a = page(m_first, token, cursor, 17);
                const QByteArray b = page(*m_second, token, cursor, 17);
                QVERIFY(!a.isEmpty());
                QCOMPARE(a, b);
                const QJsonObject body = QJsonDocument::fromJson(a).object();
                cursor = body.value("cursor"_L1).toInteger();
                ++pages;
                if (!body.value("has_more"_L1).toBool())
                    break;
            }
            QVERIFY(pages > 1);
        }
        // Signing out through one revokes the token on both.
        QCOMPARE(m_first.post(u"/api/v1/auth/logout"_s, {}, viaFirst).status, 200);
        QCOMPARE(m_second->get(u"/api/v1/sync/pull?after=0"_s, viaFirst).status, 401);
    }

    void membersCreatedAtOnceReachBoth()
    {
        const QString admin = m_second->login(u"admin"_s, m_first.password());
        QVERIFY(!admin.isEmpty());
        bool ok = false;
        const QList<QJsonObject> before = m_first.pullAll(admin, 1000, &ok);
        QVERIFY(ok);

        // Several processes write at once.
        constexpr int Writers = 5;
        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < Writers; ++i) {
            auto process = std::make_unique<QProcess>();
            process->start(QStringLiteral(LEADERNET_SERVER_BIN),
                           QStringList{u"create-member"_s} + m_first.storeArguments() +
                               QStringList{u"--username"_s, u"parallel.%1"_s.arg(i), u"--name"_s,
                                           u"Parallel %1"_s.arg(i)});
            QVERIFY(process->waitForStarted(30000));
            process->write("parallel-password-1\n");
            process->closeWriteChannel();
            processes.push_back(std::move(process));
        }
        for (const auto &process : processes) {
            QVERIFY(process->waitForFinished(120000));
            QVERIFY2(process->exitCode() == 0, process->readAllStandardError().constData());
        }

        for (TestServer *server : {&m_first, m_second.get()}) {
            const QList<QJsonObject> after = server->pullAll(admin, 7, &ok);
            QVERIFY(ok);
            QCOMPARE(after.size(), before.size() + Writers);
            QSet<QString> ids;
            for (const QJsonObject &change : after)
                ids.insert(change.value("id"_L1).toString());
            QCOMPARE(ids.size(), after.size()); // each change once
            for (int i = 0; i < Writers; ++i)
                QVERIFY(
                    !server->login(u"parallel.%1"_s.arg(i), u"parallel-password-1"_s).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestServerShared)
#include "tst_server_shared.moc"

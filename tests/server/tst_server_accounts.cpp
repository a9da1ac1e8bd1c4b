// Accounts on a real server: tokens are refreshed, revoked one by one or all
// at once ("sign out everywhere"), passwords are changed (which signs out the
// member's other devices), and repeated failed sign-ins are slowed per
// account and per address, with a 429 and Retry-After.
#include "authservice.h"
#include "protocol.h"
#include "serverstore.h"
#include "testserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using Server::StoreLocation;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

class TestServerAccounts final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    TestServer::Reply login(const QString &user, const QString &password)
    {
        return m_server.post(QString(Protocol::LoginPath),
                             Protocol::encode(Protocol::LoginRequest{user, password}));
    }

    int pullStatus(const QString &token)
    {
        return m_server.get(QString(Protocol::PullPath) + u"?after=0&limit=1"_s, token).status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void refreshGivesANewTokenAndRevokesTheOld()
    {
        const QString old = m_server.login(u"obah"_s);
        QVERIFY(!old.isEmpty());
        const auto reply = m_server.post(QString(Protocol::RefreshPath), {}, old);
        QCOMPARE(reply.status, 200);
        const auto fresh = Protocol::decodeLoginResponse(reply.body);
        QVERIFY(fresh.ok());
        QVERIFY(fresh->token != old);
        QCOMPARE(fresh->username, u"obah"_s);
        QCOMPARE(pullStatus(fresh->token), 200);
        QCOMPARE(pullStatus(old), 401);
        QCOMPARE(m_server.post(QString(Protocol::RefreshPath), {}, old).status, 401);
    }

    void signOutEverywhereRevokesEveryToken()
    {
        const QString laptop = m_server.login(u"itouray"_s);
        const QString office = m_server.login(u"itouray"_s);
        const QString someoneElse = m_server.login(u"fjallow"_s);
        QCOMPARE(pullStatus(laptop), 200);
        QCOMPARE(m_server.post(QString(Protocol::LogoutEverywherePath), {}, laptop).status, 200);
        QCOMPARE(pullStatus(laptop), 401);
        QCOMPARE(pullStatus(office), 401);
        QCOMPARE(pullStatus(someoneElse), 200);
        QCOMPARE(m_server.post(QString(Protocol::LogoutEverywherePath), {}).status, 401);
    }

    void signOutElsewhereKeepsThisComputer()
    {
        const QString laptop = m_server.login(u"itouray"_s);
        const QString office = m_server.login(u"itouray"_s);
        const QString path(Protocol::LogoutEverywherePath);
        QCOMPARE(m_server.post(path, R"({"keep_this_device":"yes"})", laptop).status, 400);
        QCOMPARE(m_server.post(path, R"({"keep_this_device":true})", laptop).status, 200);
        QCOMPARE(pullStatus(laptop), 200);
        QCOMPARE(pullStatus(office), 401);
    }

    void changingThePasswordSignsOutOtherDevices()
    {
        const QString here = m_server.login(u"lceesay"_s);
        const QString elsewhere = m_server.login(u"lceesay"_s);
        const QString path(Protocol::PasswordPath);
        const auto change = [&](const QString &current, const QString &next) {
            return m_server.post(path, Protocol::encode(Protocol::PasswordChange{current, next}),
                                 here);
        };
        QCOMPARE(change(u"not-the-password"_s, u"a-new-password-1"_s).status, 401);
        QCOMPARE(change(m_server.password(), u"short"_s).status, 400);
        QCOMPARE(m_server.post(path, "{\"new_password\": 5}", here).status, 400);
        QCOMPARE(pullStatus(elsewhere), 200); // nothing changed so far
        QCOMPARE(change(m_server.password(), u"a-new-password-1"_s).status, 200);
        QCOMPARE(pullStatus(here), 200);
        QCOMPARE(pullStatus(elsewhere), 401);
        QCOMPARE(login(u"lceesay"_s, m_server.password()).status, 401);
        QCOMPARE(login(u"lceesay"_s, u"a-new-password-1"_s).status, 200);
    }

    void failedSignInsAreSlowedPerAccount()
    {
        // Five free failures, then each one more doubles the wait.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(login(u"ehabimana"_s, u"guess-%1"_s.arg(i)).status, 401);
        const auto blocked = login(u"ehabimana"_s, m_server.password());
        QCOMPARE(blocked.status, 429);
        QCOMPARE(blocked.errorCode(), u"too_many_attempts"_s);
        QVERIFY(blocked.header("retry-after").toInt() >= 1);
        // Other members are not held up.
        QCOMPARE(login(u"hmahmoud"_s, m_server.password()).status, 200);
        // Once the wait is over the right password works again.
        QTRY_COMPARE_WITH_TIMEOUT(login(u"ehabimana"_s, m_server.password()).status, 200, 10000);
    }

    void strangersCannotLockAMemberOutOfTheirComputer()
    {
        // The member signed in on their laptop once: it got a device credential.
        const auto first = m_server.post(
            QString(Protocol::LoginPath),
            Protocol::encode(Protocol::LoginRequest{u"mwanjiru"_s, m_server.password()}));
        QCOMPARE(first.status, 200);
        const QString device = first.json().value("device"_L1).toString();
        QVERIFY(!device.isEmpty());
        const auto withDevice = [&](const QString &password, const QString &credential) {
            return m_server.post(
                QString(Protocol::LoginPath),
                Protocol::encode(Protocol::LoginRequest{u"mwanjiru"_s, password, credential}));
        };
        // Anyone guessing holds the account for strangers...
        for (int i = 0; i < 8; ++i)
            QVERIFY(login(u"mwanjiru"_s, u"guess-%1"_s.arg(i)).status != 200);
        QCOMPARE(login(u"mwanjiru"_s, m_server.password()).status, 429);
        // ...but the member at their own computer signs in, and keeps its credential.
        const auto known = withDevice(m_server.password(), device);
        QCOMPARE(known.status, 200);
        QCOMPARE(known.json().value("device"_L1).toString(), device);
        // A made-up or another account's credential counts for nothing.
        QCOMPARE(withDevice(m_server.password(), u"made-up"_s).status, 429);
        const QString othersDevice =
            m_server
                .post(QString(Protocol::LoginPath),
                      Protocol::encode(Protocol::LoginRequest{u"hmahmoud"_s, m_server.password()}))
                .json()
                .value("device"_L1)
                .toString();
        QCOMPARE(withDevice(m_server.password(), othersDevice).status, 429);
        // Guessing on a known device is slowed on that device alone.
        for (int i = 0; i < 6; ++i)
            QCOMPARE(withDevice(u"guess-%1"_s.arg(i), device).status, 401);
        QCOMPARE(withDevice(m_server.password(), device).status, 429);
    }

    void passwordChangesAreSlowedLikeSignIns()
    {
        // A stolen token does not let anyone guess the password at speed.
        const QString token = m_server.login(u"potieno"_s);
        QVERIFY(!token.isEmpty());
        const auto change = [&](const QString &current) {
            return m_server.post(
                QString(Protocol::PasswordPath),
                Protocol::encode(Protocol::PasswordChange{current, u"a-new-password-9"_s}), token);
        };
        int refused = 0;
        int slowed = 0;
        for (int i = 0; i < 20; ++i) {
            const auto r = change(u"guess-%1"_s.arg(i));
            refused += r.status == 401;
            if (r.status == 429) {
                ++slowed;
                QVERIFY(r.header("retry-after").toInt() >= 1);
            }
        }
        // Five free failures and the one that passes them; then each waits.
        QCOMPARE(refused, 6);
        QCOMPARE(slowed, 14);
        // The right password waits its turn too, then works.
        QCOMPARE(change(m_server.password()).status, 429);
    }

    void failedSignInsAreSlowedPerAddress()
    {
        // In process: the HTTP test client always comes from loopback, which
        // is not counted (a reverse proxy sits there).
        const StoreLocation location =
            m_server.dataDir().isEmpty()
                ? StoreLocation::postgresql(
                      Server::PostgresUrl::parse(m_server.storeArguments().value(1)).value())
                : StoreLocation::sqlite(Server::ServerStore::fileIn(m_server.dataDir()));
        Server::ServerStore store(location);
        QVERIFY(store.open().ok());
        Server::AuthService auth(store);
        const QString office = u"203.0.113.7"_s;
        for (int i = 0; i < 31; ++i) {
            const auto r = auth.login({u"nobody-%1"_s.arg(i), u"wrong-password"_s}, office);
            QCOMPARE(r.error().code, Core::ErrorCode::Unauthorized);
        }
        // The 32nd attempt from that address waits, whoever it is for.
        QCOMPARE(auth.login({u"mwanjiru"_s, m_server.password()}, office).error().code,
                 Core::ErrorCode::RateLimited);
        QVERIFY(auth.retryAfterSeconds(u"mwanjiru"_s, office) >= 1);
        // Another address is not held up.
        QVERIFY(auth.login({u"mwanjiru"_s, m_server.password()}, u"198.51.100.4"_s).ok());
    }
};

QTEST_GUILESS_MAIN(TestServerAccounts)
#include "tst_server_accounts.moc"

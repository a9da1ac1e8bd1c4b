// Accounts people manage themselves, on a real server: registration (pending
// until activated with a one-time token an admin hands out), password reset
// with a one-time token, and the member's own profile, which syncs like any
// record. Also the per-address slowing of registrations, reset requests and
// token guesses (in process, since the test client comes from loopback).
#include "accountservice.h"
#include "accountstore.h"
#include "authservice.h"
#include "passwords.h"
#include "protocol.h"
#include "serverstore.h"
#include "storewriter.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;
using Server::StoreLocation;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

namespace {

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject registration(const QString &username, const QString &password = u"a-good-password"_s)
{
    return {{u"username"_s, username},
            {u"password"_s, password},
            {u"display_name"_s, u"Grace Njeri"_s},
            {u"country"_s, u"Kenya"_s},
            {u"organisation"_s, u"County Health Department, Nakuru"_s},
            {u"position"_s, u"Health Records Officer"_s},
            {u"languages"_s, QJsonArray{u"en"_s, u"sw"_s}},
            {u"bio"_s, u"Keeps the county's health data honest."_s}};
}

} // namespace

class TestServerRegistration final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;

    TestServer::Reply post(QLatin1StringView path, const QJsonObject &body,
                           const QString &token = {})
    {
        return m_server.post(QString(path), json(body), token);
    }

    TestServer::Reply login(const QString &user, const QString &password)
    {
        return m_server.post(QString(Protocol::LoginPath),
                             Protocol::encode(Protocol::LoginRequest{user, password}));
    }

    int pullStatus(const QString &token)
    {
        return m_server.get(QString(Protocol::PullPath) + u"?after=0&limit=1"_s, token).status;
    }

    StoreLocation location() const
    {
        return m_server.dataDir().isEmpty()
                   ? StoreLocation::postgresql(
                         Server::PostgresUrl::parse(m_server.storeArguments().value(1)).value())
                   : StoreLocation::sqlite(Server::ServerStore::fileIn(m_server.dataDir()));
    }

    QHash<QString, QString> activationTokens() { return m_server.activationTokens(); }

    // `leadernet-server reset-tokens NAME`: the token, and the whole output.
    QString resetToken(const QString &name, QString *output = nullptr)
    {
        return m_server.resetToken(name, output);
    }

    // The member record as the admin pulls it.
    QJsonObject memberFields(const QString &memberId)
    {
        const QString admin = m_server.login(u"admin"_s);
        QJsonObject fields;
        for (const QJsonObject &c : m_server.pullAll(admin)) {
            if (c.value("entity"_L1) == u"member"_s && c.value("id"_L1) == memberId)
                fields = c.value("fields"_L1).toObject();
        }
        return fields;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void registrationWaitsForActivation()
    {
        const auto reply = post(Protocol::RegisterPath, registration(u"gnjeri"_s));
        QCOMPARE(reply.status, 201);
        const QString memberId = reply.json().value("member_id"_L1).toString();
        QVERIFY(!QUuid::fromString(memberId).isNull());
        QCOMPARE(reply.json().value("status"_L1).toString(), u"pending_activation"_s);
        QVERIFY(!reply.body.contains("token"));

        // Pending: the right password is refused like a wrong one.
        QCOMPARE(login(u"gnjeri"_s, u"a-good-password"_s).status, 401);

        // Nobody vouched for it yet: no member record syncs to anyone, not
        // even to admins.
        QVERIFY(memberFields(memberId).isEmpty());

        // An admin hands out a token; it activates once.
        const QString token = activationTokens().value(u"gnjeri"_s);
        QVERIFY(!token.isEmpty());
        const auto activated = post(Protocol::ActivatePath, {{u"token"_s, token}});
        QCOMPARE(activated.status, 200);
        // Now the member record is there, with the role "member" and the
        // profile given.
        const QJsonObject fields = memberFields(memberId);
        QCOMPARE(fields.value("username"_L1).toString(), u"gnjeri"_s);
        QCOMPARE(fields.value("roles"_L1).toArray(), QJsonArray{u"member"_s});
        QCOMPARE(fields.value("country"_L1).toString(), u"Kenya"_s);
        QCOMPARE(fields.value("languages"_L1).toArray(), (QJsonArray{u"en"_s, u"sw"_s}));
        QCOMPARE(fields.value("joined"_L1).toString(), QDate::currentDate().toString(Qt::ISODate));
        QCOMPARE(activated.json().value("username"_L1).toString(), u"gnjeri"_s);
        QCOMPARE(activated.json().value("member_id"_L1).toString(), memberId);
        QCOMPARE(login(u"gnjeri"_s, u"a-good-password"_s).status, 200);
        const auto again = post(Protocol::ActivatePath, {{u"token"_s, token}});
        QCOMPARE(again.status, 400);
        QCOMPARE(again.errorCode(), u"invalid"_s);
        // Activated accounts are no longer listed.
        QVERIFY(!activationTokens().contains(u"gnjeri"_s));
    }

    void everyIssuedTokenWorksUntilOneIsUsed()
    {
        QCOMPARE(post(Protocol::RegisterPath, registration(u"two.tokens"_s)).status, 201);
        const QString first = activationTokens().value(u"two.tokens"_s);
        const QString second = activationTokens().value(u"two.tokens"_s);
        QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, first}}).status, 200);
        // Using one uses up the member's others.
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, second}}).status, 400);
    }

    void takenNamesAnswer409()
    {
        for (const QString &name : {u"obah"_s, u"admin"_s}) {
            const auto reply = post(Protocol::RegisterPath, registration(name));
            QCOMPARE(reply.status, 409);
            QCOMPARE(reply.errorCode(), u"username_taken"_s);
        }
        QCOMPARE(post(Protocol::RegisterPath, registration(u"twice"_s)).status, 201);
        QCOMPARE(post(Protocol::RegisterPath, registration(u"twice"_s)).status, 409);
        // The account that was there keeps its password.
        QCOMPARE(login(u"obah"_s, m_server.password()).status, 200);
    }

    void badRegistrationsAnswer400_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("code");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = registration(u"bad.input"_s);
            if (value.isUndefined())
                o.remove(key);
            else
                o.insert(key, value);
            return json(o);
        };
        QTest::newRow("not json") << QByteArray("{\"username\": ") << u"bad_json"_s;
        QTest::newRow("not an object") << QByteArray("[1, 2]") << u"bad_json"_s;
        QTest::newRow("no password") << with(u"password"_s, QJsonValue::Undefined) << u"invalid"_s;
        QTest::newRow("short password") << with(u"password"_s, u"short"_s) << u"invalid"_s;
        QTest::newRow("long password") << with(u"password"_s, QString(2000, u'x')) << u"invalid"_s;
        QTest::newRow("bad user name") << with(u"username"_s, u"Bad Name"_s) << u"invalid"_s;
        QTest::newRow("user name a number") << with(u"username"_s, 42) << u"invalid"_s;
        QTest::newRow("no display name")
            << with(u"display_name"_s, QJsonValue::Undefined) << u"invalid"_s;
        QTest::newRow("blank display name") << with(u"display_name"_s, u"   "_s) << u"invalid"_s;
        QTest::newRow("long bio") << with(u"bio"_s, QString(6000, u'b')) << u"invalid"_s;
        QTest::newRow("country a number") << with(u"country"_s, 3) << u"invalid"_s;
        QTest::newRow("languages a string") << with(u"languages"_s, u"en"_s) << u"invalid"_s;
        QTest::newRow("bad language")
            << with(u"languages"_s, QJsonArray{u"English"_s}) << u"invalid"_s;
        QTest::newRow("roles") << with(u"roles"_s, QJsonArray{u"admin"_s}) << u"invalid"_s;
        QTest::newRow("unknown field") << with(u"shoe_size"_s, 42) << u"invalid"_s;
    }
    void badRegistrationsAnswer400()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, code);
        const auto reply = m_server.post(QString(Protocol::RegisterPath), body);
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), code);
        QVERIFY(
            !reply.json().value("error"_L1).toObject().value("message"_L1).toString().isEmpty());
    }

    // The app shows each refusal at its field: the error names it.
    void refusalsNameTheirField()
    {
        const auto fieldOf = [](const TestServer::Reply &reply) {
            return reply.json().value("error"_L1).toObject().value("field"_L1).toString();
        };
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject o = registration(u"field.named"_s);
            o.insert(key, value);
            return o;
        };
        QCOMPARE(fieldOf(post(Protocol::RegisterPath, with(u"password"_s, u"short"_s))),
                 u"password"_s);
        QCOMPARE(fieldOf(post(Protocol::RegisterPath, with(u"username"_s, u"Bad Name"_s))),
                 u"username"_s);
        QCOMPARE(fieldOf(post(Protocol::RegisterPath, with(u"bio"_s, QString(6000, u'b')))),
                 u"bio"_s);
        QCOMPARE(fieldOf(post(Protocol::RegisterPath, with(u"email"_s, u"not an address"_s))),
                 u"email"_s);
        QCOMPARE(fieldOf(post(Protocol::RegisterPath, registration(u"obah"_s))), u"username"_s);
        QCOMPARE(fieldOf(post(Protocol::ActivatePath, {{u"token"_s, u"made-up"_s}})), u"token"_s);
        QCOMPARE(fieldOf(post(Protocol::ResetPath,
                              {{u"token"_s, u"made-up"_s}, {u"new_password"_s, u"short"_s}})),
                 u"new_password"_s);
    }

    void badRegistrationsMadeNothing()
    {
        QCOMPARE(post(Protocol::RegisterPath, registration(u"bad.input"_s)).status, 201);
    }

    void expiredAndWrongTokensAreRefused()
    {
        const auto reply = post(Protocol::RegisterPath, registration(u"late.comer"_s));
        QCOMPARE(reply.status, 201);
        const QString memberId = reply.json().value("member_id"_L1).toString();
        // A token that expired a while ago (written in process: no clock to wind).
        Server::ServerStore store(location());
        QVERIFY(store.open().ok());
        const QString expired = Server::Passwords::newToken();
        {
            auto writer = store.beginWrite();
            QVERIFY(writer.ok());
            QVERIFY(Server::AccountStore(**writer)
                        .insertAccountToken(Server::Passwords::tokenHash(expired), memberId,
                                            u"activation"_s, u"2001-01-01T00:00:00.000Z"_s)
                        .ok());
            QVERIFY((*writer)->commit().ok());
        }
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, expired}}).status, 400);
        // A reset token does not activate.
        const QString reset = resetToken(u"late.comer"_s);
        QVERIFY(!reset.isEmpty());
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, reset}}).status, 400);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, u""_s}}).status, 400);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, 7}}).status, 400);
        QCOMPARE(login(u"late.comer"_s, u"a-good-password"_s).status, 401);
        // An activation token does not reset a password.
        const QString activation = activationTokens().value(u"late.comer"_s);
        QCOMPARE(post(Protocol::ResetPath,
                      {{u"token"_s, activation}, {u"new_password"_s, u"another-password"_s}})
                     .status,
                 400);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, activation}}).status, 200);
    }

    void passwordResetWithAToken()
    {
        const QString laptop = m_server.login(u"fjallow"_s);
        QVERIFY(!laptop.isEmpty());
        // The same answer for an account that exists and one that does not.
        const auto known = post(Protocol::ResetRequestPath, {{u"username"_s, u"fjallow"_s}});
        const auto unknown = post(Protocol::ResetRequestPath, {{u"username"_s, u"no.such.one"_s}});
        QCOMPARE(known.status, 202);
        QCOMPARE(unknown.status, 202);
        QCOMPARE(known.body, unknown.body);
        QCOMPARE(post(Protocol::ResetRequestPath, {{u"username"_s, 5}}).status, 400);
        QCOMPARE(pullStatus(laptop), 200); // asking changes nothing yet

        QString output;
        const QString token = resetToken(u"fjallow"_s, &output);
        QVERIFY2(!token.isEmpty(), qPrintable(output));
        QVERIFY2(output.contains(u"asked for a reset"_s), qPrintable(output));
        const auto reset = [&](const QString &password) {
            return post(Protocol::ResetPath, {{u"token"_s, token}, {u"new_password"_s, password}});
        };
        QCOMPARE(reset(u"short"_s).status, 400);
        QCOMPARE(post(Protocol::ResetPath, {{u"token"_s, token}}).status, 400);
        QCOMPARE(pullStatus(laptop), 200);
        QCOMPARE(reset(u"a-fresh-password-9"_s).status, 200);
        // Every device is signed out; the old password is gone.
        QCOMPARE(pullStatus(laptop), 401);
        QCOMPARE(login(u"fjallow"_s, m_server.password()).status, 401);
        QCOMPARE(login(u"fjallow"_s, u"a-fresh-password-9"_s).status, 200);
        // Once only.
        QCOMPARE(reset(u"yet-another-password"_s).status, 400);
        QCOMPARE(login(u"fjallow"_s, u"a-fresh-password-9"_s).status, 200);
        // reset-tokens names the account it cannot find.
        QString missing;
        QVERIFY(resetToken(u"no.such.one"_s, &missing).isEmpty());
        QVERIFY2(missing.contains(u"no.such.one"_s), qPrintable(missing));
    }

    void profileReadAndUpdate()
    {
        const QString token = m_server.login(u"hmahmoud"_s);
        QVERIFY(!token.isEmpty());
        const QString path(Protocol::ProfilePath);
        const auto before = m_server.get(path, token);
        QCOMPARE(before.status, 200);
        const QJsonObject profile = before.json();
        QCOMPARE(profile.value("username"_L1).toString(), u"hmahmoud"_s);
        QVERIFY(!profile.value("display_name"_L1).toString().isEmpty());
        QVERIFY(profile.value("roles"_L1).isArray());
        const QString memberId = profile.value("member_id"_L1).toString();
        const qint64 rev = profile.value("rev"_L1).toInteger();
        QVERIFY(rev > 0);

        const auto updated = post(Protocol::ProfilePath,
                                  {{u"bio"_s, u"  Now leading the district's quality team.  "_s},
                                   {u"languages"_s, QJsonArray{u"ar"_s, u"fr"_s, u"ar"_s}},
                                   {u"position"_s, u"District Quality Lead"_s}},
                                  token);
        QCOMPARE(updated.status, 200);
        QCOMPARE(updated.json().value("bio"_L1).toString(),
                 u"Now leading the district's quality team."_s);
        QCOMPARE(updated.json().value("languages"_L1).toArray(), (QJsonArray{u"ar"_s, u"fr"_s}));
        QVERIFY(updated.json().value("rev"_L1).toInteger() > rev);
        QCOMPARE(m_server.get(path, token).json().value("position"_L1).toString(),
                 u"District Quality Lead"_s);
        // A new version of the member record: every replica receives it.
        const QJsonObject synced = memberFields(memberId);
        QCOMPARE(synced.value("position"_L1).toString(), u"District Quality Lead"_s);
        QCOMPARE(synced.value("username"_L1).toString(), u"hmahmoud"_s);

        // Roles and user names are an admin's; other fields must fit.
        QCOMPARE(post(Protocol::ProfilePath, {{u"roles"_s, QJsonArray{u"admin"_s}}}, token).status,
                 403);
        QCOMPARE(post(Protocol::ProfilePath, {{u"username"_s, u"boss"_s}}, token).status, 403);
        QCOMPARE(post(Protocol::ProfilePath, {{u"joined"_s, u"1999-01-01"_s}}, token).status, 400);
        QCOMPARE(post(Protocol::ProfilePath, {{u"display_name"_s, u""_s}}, token).status, 400);
        QCOMPARE(post(Protocol::ProfilePath, {{u"bio"_s, 5}}, token).status, 400);
        QCOMPARE(post(Protocol::ProfilePath, {}, token).status, 400);
        QCOMPARE(m_server.post(path, "not json", token).status, 400);
        QCOMPARE(post(Protocol::ProfilePath, {{u"bio"_s, u"x"_s}}).status, 401);
        QCOMPARE(m_server.get(path).status, 401);
        const QJsonObject after = memberFields(memberId);
        QCOMPARE(after.value("roles"_L1), profile.value("roles"_L1));
        QCOMPARE(after.value("joined"_L1), profile.value("joined"_L1));
    }

    void attemptsAreSlowedPerAddress()
    {
        Server::ServerStore store(location());
        QVERIFY(store.open().ok());
        Server::AuthService auth(store);
        Server::AccountService accounts(store, auth);
        const QString office = u"203.0.113.8"_s;
        using Server::AccountService;
        // Registrations count whether or not they succeed; past the free ones
        // each makes the next wait.
        for (int i = 0; i <= AccountService::FreeRegistrationsPerAddress; ++i) {
            const auto r = accounts.registerAccount({{u"username"_s, u"x"_s}}, office);
            QCOMPARE(r.error().code, Core::ErrorCode::Invalid);
        }
        QCOMPARE(accounts.registerAccount(registration(u"slowed.down"_s), office).error().code,
                 Core::ErrorCode::RateLimited);
        QVERIFY(accounts.retryAfterSeconds(AccountService::Attempt::Register, office) >= 1);
        // Another address, and loopback (a reverse proxy), are not held up.
        QVERIFY(accounts.registerAccount(registration(u"other.office"_s), u"198.51.100.9"_s).ok());
        QVERIFY(accounts.registerAccount(registration(u"via.proxy"_s), u"127.0.0.1"_s).ok());

        for (int i = 0; i <= AccountService::FreeResetRequestsPerAddress; ++i)
            QVERIFY(accounts.requestReset(u"nobody-%1"_s.arg(i), office).ok());
        QCOMPARE(accounts.requestReset(u"member"_s, office).error().code,
                 Core::ErrorCode::RateLimited);

        for (int i = 0; i <= AccountService::FreeTokenFailuresPerAddress; ++i) {
            QCOMPARE(accounts.activate(u"guess-%1"_s.arg(i), office).error().code,
                     Core::ErrorCode::Invalid);
        }
        QCOMPARE(accounts.activate(u"one-more-guess"_s, office).error().code,
                 Core::ErrorCode::RateLimited);
        QCOMPARE(accounts.resetPassword(u"guess"_s, u"long-enough-1"_s, office).error().code,
                 Core::ErrorCode::RateLimited);
    }
};

QTEST_GUILESS_MAIN(TestServerRegistration)
#include "tst_server_registration.moc"

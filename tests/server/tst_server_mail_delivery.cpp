// Activation and reset tokens by mail, end to end: a real leadernet-server
// (`serve --smtp … --mail-from …`, the SMTP password from the environment)
// mails them to a small SMTP server of the test's own (SmtpSink, loopback),
// and the tokens it receives activate the account and reset the password.
// The address stays private (never in the synced member record); an address
// that could add a header is refused and queues nothing; a mail server that
// is down, then refuses, gets the mail later while the registration was
// answered at once (in process, with short retry delays); without --smtp
// nothing is sent and the admin commands still hand tokens out.
#include "authservice.h"
#include "httpapi.h"
#include "mailsender.h"
#include "protocol.h"
#include "serverstore.h"
#include "smtpsink.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Server::StoreLocation;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

namespace {

constexpr auto MailFrom = "noreply@leadernet.example"_L1;
constexpr auto RelayUser = "leadernet"_L1;
constexpr auto RelayPassword = "relay-secret-7"_L1;
constexpr int MailTimeoutMs = 30000;

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject registration(const QString &username, const QJsonValue &email)
{
    QJsonObject o{{u"username"_s, username},
                  {u"password"_s, u"a-good-password"_s},
                  {u"display_name"_s, u"Grace Njeri"_s},
                  {u"country"_s, u"Kenya"_s}};
    if (!email.isUndefined())
        o.insert(u"email"_s, email);
    return o;
}

// The token of a mail the server sent: the line that is only the code.
QString tokenIn(const SmtpSink::Mail &mail)
{
    static const QRegularExpression line(u"^    ([A-Za-z0-9_-]{43})$"_s,
                                         QRegularExpression::MultilineOption);
    return line.match(mail.text()).captured(1);
}

QStringList recipients(const QList<SmtpSink::Mail> &mails)
{
    QStringList out;
    for (const SmtpSink::Mail &m : mails) {
        for (const QByteArray &r : m.recipients)
            out << QString::fromLatin1(r);
    }
    return out;
}

} // namespace

class TestServerMailDelivery final : public QObject
{
    Q_OBJECT

private:
    SmtpSink m_sink;
    TestServer m_server;

    TestServer::Reply post(QLatin1StringView path, const QJsonObject &body,
                           const QString &token = {})
    {
        return m_server.post(QString(path), json(body), token);
    }

    int login(const QString &user, const QString &password)
    {
        return m_server
            .post(QString(Protocol::LoginPath),
                  Protocol::encode(Protocol::LoginRequest{user, password}))
            .status;
    }

    StoreLocation location() const
    {
        return m_server.dataDir().isEmpty()
                   ? StoreLocation::postgresql(
                         Server::PostgresUrl::parse(m_server.storeArguments().value(1)).value())
                   : StoreLocation::sqlite(Server::ServerStore::fileIn(m_server.dataDir()));
    }

    // One number from the store, read on a connection of its own.
    int scalar(const QString &sql)
    {
        int value = -1;
        {
            QSqlDatabase db = m_server.openStore(u"mail-delivery-look"_s);
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toInt();
        }
        QSqlDatabase::removeDatabase(u"mail-delivery-look"_s);
        return value;
    }

    int outboxSize() { return scalar(u"SELECT count(*) FROM mail_outbox"_s); }

    QHash<QString, QString> activationTokens() { return m_server.activationTokens(); }

    // Every change the admin pulls, as one JSON text.
    QByteArray everythingSynced()
    {
        const QString admin = m_server.login(u"admin"_s);
        QJsonArray all;
        for (const QJsonObject &c : m_server.pullAll(admin))
            all.append(c);
        return QJsonDocument(all).toJson(QJsonDocument::Compact);
    }

    // A mail to `address` that the sink receives after everything queued
    // before it: what arrived until then is what was sent.
    bool barrier(const QString &username, const QString &address)
    {
        const qsizetype before = m_sink.mails().size();
        if (post(Protocol::RegisterPath, registration(username, address)).status != 201)
            return false;
        QDeadlineTimer deadline(MailTimeoutMs);
        while (!deadline.hasExpired()) {
            if (recipients(m_sink.mails().mid(before)).contains(address))
                return true;
            QTest::qWait(20);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        m_sink.requireAuth(QString(RelayUser).toLatin1(), QString(RelayPassword).toLatin1());
        QVERIFY(m_sink.listen(QHostAddress::LocalHost));
        // The password comes from the environment, not the command line.
        qputenv("LEADERNET_SMTP_PASSWORD", QString(RelayPassword).toLatin1());
        m_server.setServeArguments(
            {u"--smtp"_s, u"smtp://%1@127.0.0.1:%2"_s.arg(RelayUser).arg(m_sink.serverPort()),
             u"--mail-from"_s, QString(MailFrom)});
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void registrationMailsTheActivationToken()
    {
        m_sink.clear();
        const QString address = u"grace.njeri@example.org"_s;
        const auto reply = post(Protocol::RegisterPath, registration(u"gnjeri"_s, address));
        QCOMPARE(reply.status, 201);
        const QString memberId = reply.json().value("member_id"_L1).toString();
        QVERIFY(!reply.body.contains("token"));

        QTRY_COMPARE_WITH_TIMEOUT(m_sink.mails().size(), 1, MailTimeoutMs);
        const SmtpSink::Mail mail = m_sink.mails().constFirst();
        QCOMPARE(mail.recipients, QList<QByteArray>{address.toLatin1()});
        QCOMPARE(mail.from, QString(MailFrom).toLatin1());
        QCOMPARE(mail.user, QString(RelayUser).toLatin1()); // signed in with the password
        QCOMPARE(mail.header("To"), "<" + address.toLatin1() + ">");
        QCOMPARE(mail.header("From"), "LeaderNet <" + QString(MailFrom).toLatin1() + ">");
        QCOMPARE(mail.header("Subject"), QByteArray("Your LeaderNet activation code"));
        QCOMPARE(mail.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QVERIFY(mail.header("Message-ID").endsWith("@leadernet.example>"));
        QVERIFY(QDateTime::fromString(QString::fromLatin1(mail.header("Date")), Qt::RFC2822Date)
                    .isValid());
        const QString text = mail.text();
        QVERIFY2(text.contains(u"\"gnjeri\""_s), qPrintable(text));
        QVERIFY2(text.contains(u"7 days"_s), qPrintable(text));
        QVERIFY2(text.contains(u"ignore this mail"_s), qPrintable(text));

        // The mailed token activates the account, once.
        const QString token = tokenIn(mail);
        QVERIFY2(!token.isEmpty(), qPrintable(text));
        QCOMPARE(login(u"gnjeri"_s, u"a-good-password"_s), 401);
        const auto activated = post(Protocol::ActivatePath, {{u"token"_s, token}});
        QCOMPARE(activated.status, 200);
        QCOMPARE(activated.json().value("member_id"_L1).toString(), memberId);
        QCOMPARE(login(u"gnjeri"_s, u"a-good-password"_s), 200);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, token}}).status, 400);
        // Sent mail leaves the outbox, and its token with it.
        QTRY_COMPARE(outboxSize(), 0);

        // The address is the member's alone: nothing that syncs holds it.
        QVERIFY(!everythingSynced().contains(address.toLatin1()));
        const QString bearer = m_server.login(u"gnjeri"_s, u"a-good-password"_s);
        const auto profile = m_server.get(QString(Protocol::ProfilePath), bearer);
        QCOMPARE(profile.status, 200);
        QCOMPARE(profile.json().value("email"_L1).toString(), address);
        // Each member sees their own address only; the admin has none.
        const auto others =
            m_server.get(QString(Protocol::ProfilePath), m_server.login(u"admin"_s));
        QVERIFY(others.json().value("email"_L1).isNull());
    }

    void theProfileChangesTheAddressPrivately()
    {
        const QString bearer = m_server.login(u"gnjeri"_s, u"a-good-password"_s);
        QVERIFY(!bearer.isEmpty());
        const QString path(Protocol::ProfilePath);
        const qint64 rev = m_server.get(path, bearer).json().value("rev"_L1).toInteger();

        // Only the address: the member record gets no new version.
        auto changed =
            post(Protocol::ProfilePath, {{u"email"_s, u" grace@example.net "_s}}, bearer);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.json().value("email"_L1).toString(), u"grace@example.net"_s);
        QCOMPARE(changed.json().value("rev"_L1).toInteger(), rev);

        for (const QJsonValue &bad : {QJsonValue(u"a@b.c\r\nBcc: x@y"_s), QJsonValue(u"nobody"_s),
                                      QJsonValue(5), QJsonValue(QJsonArray{})}) {
            const auto refused = post(Protocol::ProfilePath, {{u"email"_s, bad}}, bearer);
            QCOMPARE(refused.status, 400);
            QCOMPARE(refused.errorCode(), u"invalid"_s);
        }
        QCOMPARE(m_server.get(path, bearer).json().value("email"_L1).toString(),
                 u"grace@example.net"_s);

        auto removed = post(Protocol::ProfilePath, {{u"email"_s, QJsonValue::Null}}, bearer);
        QCOMPARE(removed.status, 200);
        QVERIFY(removed.json().value("email"_L1).isNull());

        // With a field of the record: a new version, still without the address.
        changed =
            post(Protocol::ProfilePath,
                 {{u"email"_s, u"grace.njeri@example.org"_s}, {u"bio"_s, u"Data."_s}}, bearer);
        QCOMPARE(changed.status, 200);
        QVERIFY(changed.json().value("rev"_L1).toInteger() > rev);
        QCOMPARE(changed.json().value("email"_L1).toString(), u"grace.njeri@example.org"_s);
        QVERIFY(!everythingSynced().contains("grace.njeri@example.org"));
        QVERIFY(!everythingSynced().contains("grace@example.net"));
    }

    void resetRequestMailsTheResetToken()
    {
        m_sink.clear();
        QCOMPARE(post(Protocol::ResetRequestPath, {{u"username"_s, u"gnjeri"_s}}).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.mails().size(), 1, MailTimeoutMs);
        const SmtpSink::Mail mail = m_sink.mails().constFirst();
        QCOMPARE(mail.recipients, QList<QByteArray>{"grace.njeri@example.org"});
        QCOMPARE(mail.header("Subject"), QByteArray("Your LeaderNet password reset code"));
        QVERIFY(mail.text().contains(u"60 minutes"_s));
        QVERIFY(mail.text().contains(u"ignore this mail"_s));
        const QString token = tokenIn(mail);
        QVERIFY2(!token.isEmpty(), qPrintable(mail.text()));
        QCOMPARE(post(Protocol::ResetPath,
                      {{u"token"_s, token}, {u"new_password"_s, u"a-fresh-password-2"_s}})
                     .status,
                 200);
        QCOMPARE(login(u"gnjeri"_s, u"a-good-password"_s), 401);
        QCOMPARE(login(u"gnjeri"_s, u"a-fresh-password-2"_s), 200);

        // Accounts without an address, and names without an account: 202,
        // and no mail (nothing before the barrier's own mail).
        m_sink.clear();
        QCOMPARE(post(Protocol::ResetRequestPath, {{u"username"_s, u"fjallow"_s}}).status, 202);
        QCOMPARE(post(Protocol::ResetRequestPath, {{u"username"_s, u"no.such.one"_s}}).status, 202);
        QVERIFY(barrier(u"reset.barrier"_s, u"reset.barrier@example.org"_s));
        QCOMPARE(recipients(m_sink.mails()), QStringList{u"reset.barrier@example.org"_s});
    }

    void addressesThatCouldAddHeadersAreRefused()
    {
        m_sink.clear();
        const int queued = outboxSize();
        for (const QJsonValue &bad :
             {QJsonValue(u"a@b.c\r\nBcc: x@y"_s), QJsonValue(u"a@b.c\nBcc: x@y"_s),
              QJsonValue(u"x@y.zz>\r\nRCPT TO:<evil@example.org"_s),
              QJsonValue(u"evil@example.org\r\n.\r\nQUIT"_s), QJsonValue(u"two@at@example.org"_s),
              QJsonValue(u"spaced out@example.org"_s), QJsonValue(QString(300, u'a') + u"@b.co"_s),
              QJsonValue(42), QJsonValue(QJsonObject{})}) {
            const auto reply = post(Protocol::RegisterPath, registration(u"injected"_s, bad));
            QCOMPARE(reply.status, 400);
            QCOMPARE(reply.errorCode(), u"invalid"_s);
            QVERIFY(!reply.json()
                         .value("error"_L1)
                         .toObject()
                         .value("message"_L1)
                         .toString()
                         .isEmpty());
        }
        QCOMPARE(outboxSize(), queued);
        // Nothing was made: the name is free, and nothing was sent.
        QCOMPARE(
            post(Protocol::RegisterPath, registration(u"injected"_s, QJsonValue::Undefined)).status,
            201);
        QVERIFY(barrier(u"injection.barrier"_s, u"injection.barrier@example.org"_s));
        QCOMPARE(recipients(m_sink.mails()), QStringList{u"injection.barrier@example.org"_s});
        for (const QByteArray &command : m_sink.commands())
            QVERIFY2(!command.contains("evil") && !command.contains("x@y"), command.constData());
    }

    void adminCommandsStillIssueTokens()
    {
        m_sink.clear();
        QCOMPARE(
            post(Protocol::RegisterPath, registration(u"by.admin"_s, u"by.admin@example.org"_s))
                .status,
            201);
        QTRY_COMPARE_WITH_TIMEOUT(m_sink.mails().size(), 1, MailTimeoutMs);
        const QString mailed = tokenIn(m_sink.mails().constFirst());
        // The registrations waiting, mailed or not, each with a fresh token.
        const QHash<QString, QString> tokens = activationTokens();
        QVERIFY(tokens.contains(u"by.admin"_s));
        QVERIFY(tokens.contains(u"injected"_s));
        QVERIFY(tokens.value(u"by.admin"_s) != mailed);
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, tokens.value(u"by.admin"_s)}}).status,
                 200);
        // Using one token uses up the others, the mailed one too.
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, mailed}}).status, 400);
    }

    void mailOptionsAreChecked_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        const QStringList serve = QStringList{u"serve"_s} + m_server.storeArguments();
        const QString from = u"--mail-from"_s;
        const QString smtp = u"--smtp"_s;
        QTest::newRow("smtp alone")
            << serve + QStringList{smtp, u"smtp://127.0.0.1"_s} << u"--mail-from"_s;
        QTest::newRow("mail-from alone")
            << serve + QStringList{from, u"noreply@example.org"_s} << u"--smtp"_s;
        QTest::newRow("not smtp") << serve + QStringList{smtp, u"http://127.0.0.1"_s, from,
                                                         u"noreply@example.org"_s}
                                  << u"smtp or smtps"_s;
        QTest::newRow("user without password")
            << serve +
                   QStringList{smtp, u"smtp://relay@127.0.0.1"_s, from, u"noreply@example.org"_s}
            << u"LEADERNET_SMTP_PASSWORD"_s;
        QTest::newRow("a path") << serve + QStringList{smtp,
                                                       u"smtps://relay:Sekr3tPw@127.0.0.1/x"_s,
                                                       from, u"noreply@example.org"_s}
                                << u"path"_s;
        QTest::newRow("injected from")
            << serve + QStringList{smtp, u"smtp://127.0.0.1"_s, from, u"a@b.co\r\nBcc: x@y.zz"_s}
            << u"--mail-from"_s;
        QTest::newRow("smtp for create-member")
            << QStringList{u"create-member"_s} + m_server.storeArguments() +
                   QStringList{u"--username"_s, u"someone"_s, u"--name"_s,
                               u"Someone"_s,    smtp,         u"smtp://127.0.0.1"_s}
            << u"does not apply"_s;
        QTest::newRow("bad email for create-member")
            << QStringList{u"create-member"_s} + m_server.storeArguments() +
                   QStringList{u"--username"_s, u"someone"_s, u"--name"_s,
                               u"Someone"_s,    u"--email"_s, u"someone at example.org"_s}
            << u"--email"_s;
    }
    void mailOptionsAreChecked()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        // No password in the environment: the URL's user must bring one.
        const QByteArray saved = qgetenv("LEADERNET_SMTP_PASSWORD");
        qunsetenv("LEADERNET_SMTP_PASSWORD");
        const TestServer::RunResult run = TestServer::run(args, "a-good-password\n");
        qputenv("LEADERNET_SMTP_PASSWORD", saved);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("leadernet-server: "), run.err.constData());
        QVERIFY2(QString::fromUtf8(run.err).contains(says), run.err.constData());
        QVERIFY2(!run.err.contains("Sekr3tPw"), run.err.constData());
    }

    void createMemberTakesAnAddress()
    {
        const TestServer::RunResult run =
            TestServer::run(QStringList{u"create-member"_s} + m_server.storeArguments() +
                                QStringList{u"--username"_s, u"ops"_s, u"--name"_s, u"Operations"_s,
                                            u"--email"_s, u"ops@example.org"_s},
                            "an-ops-password\n");
        QCOMPARE(run.exitCode, 0);
        const QString bearer = m_server.login(u"ops"_s, u"an-ops-password"_s);
        QVERIFY(!bearer.isEmpty());
        QCOMPARE(m_server.get(QString(Protocol::ProfilePath), bearer).json().value("email"_L1),
                 QJsonValue(u"ops@example.org"_s));
    }

    void aMailServerThatIsDownThenRefusesGetsTheMailLater()
    {
        // The server process would deliver this mail itself: it stops, and
        // the same store is served in process, with short retry delays.
        m_server.stop();
        SmtpSink flaky;
        QTcpServer probe; // a port that refuses connections until the sink takes it
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 smtpPort = probe.serverPort();
        probe.close();

        Server::ServerStore store(location());
        QVERIFY(store.open().ok());
        Server::AuthService auth(store);
        Server::SmtpSettings smtp;
        smtp.host = u"127.0.0.1"_s;
        smtp.port = smtpPort;
        Server::MailSender::Options retry;
        retry.firstRetry = 100ms;
        retry.maxRetry = 400ms;
        retry.pollInterval = 5s;
        retry.timeouts.connect = 5s;
        retry.timeouts.reply = 5s;
        Server::MailSender sender(store, smtp, QString(MailFrom), retry);
        Server::HttpApi::Options options;
        options.threads = 4;
        options.mailQueued = [&sender] {
            sender.wake();
        };
        Server::HttpApi api(store, auth, options);
        const Core::Result<int> port = api.bind(u"127.0.0.1"_s, 0);
        QVERIFY(port.ok());
        std::thread serving([&api] { (void)api.run(); });
        sender.start();
        const auto stopServing = qScopeGuard([&] {
            sender.stop();
            api.stop();
            serving.join();
        });

        auto *network = new QNetworkAccessManager(this);
        const auto postJson = [&](QLatin1StringView path, const QJsonObject &body) {
            QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(*port).arg(path)));
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
            QNetworkReply *reply = network->post(request, json(body));
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            QTimer::singleShot(30000, &loop, &QEventLoop::quit);
            loop.exec();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };

        QElapsedTimer answered;
        answered.start();
        QCOMPARE(
            postJson(Protocol::RegisterPath, registration(u"patient"_s, u"patient@example.org"_s)),
            201);
        QVERIFY2(answered.elapsed() < 10000, "the registration waited for the mail server");
        // Refused connections: tried again and again, with growing delays.
        QTRY_VERIFY_WITH_TIMEOUT(scalar(u"SELECT max(attempts) FROM mail_outbox"_s) >= 3,
                                 MailTimeoutMs);
        QCOMPARE(outboxSize(), 1);

        // Up, but refusing the first time: the mail still arrives.
        flaky.refuseRecipients(1, "451 4.3.0 Greylisted, try again later");
        QVERIFY(flaky.listen(QHostAddress::LocalHost, smtpPort));
        QTRY_COMPARE_WITH_TIMEOUT(flaky.mails().size(), 1, MailTimeoutMs);
        QVERIFY(flaky.sessions() >= 2);
        const SmtpSink::Mail mail = flaky.mails().constFirst();
        QCOMPARE(mail.recipients, QList<QByteArray>{"patient@example.org"});
        QTRY_COMPARE(outboxSize(), 0);
        const QString token = tokenIn(mail);
        QVERIFY(!token.isEmpty());
        QCOMPARE(postJson(Protocol::ActivatePath, {{u"token"_s, token}}), 200);

        // An address the mail server refuses for good (550 at RCPT TO): the
        // mail is dropped, not tried again for days; the admin's way remains.
        flaky.refuseRecipients(1, "550 5.1.1 No such user");
        QCOMPARE(postJson(Protocol::RegisterPath,
                          registration(u"typo"_s, u"no-such-user@example.org"_s)),
                 201);
        QTRY_COMPARE_WITH_TIMEOUT(outboxSize(), 0, MailTimeoutMs);
        QCOMPARE(flaky.mails().size(), 1);
        QVERIFY(activationTokens().contains(u"typo"_s));
        delete network; // its kept-alive connection would hold the server's stop
    }

    void withoutSmtpNothingIsSent()
    {
        m_server.stop();
        m_server.setServeArguments({});
        QVERIFY2(m_server.serve(), qPrintable(m_server.errorString()));
        m_sink.clear();
        QCOMPARE(post(Protocol::RegisterPath, registration(u"no.mail"_s, u"no.mail@example.org"_s))
                     .status,
                 201);
        QCOMPARE(post(Protocol::ResetRequestPath, {{u"username"_s, u"gnjeri"_s}}).status, 202);
        // Nothing queued: the answers came after their commits.
        QCOMPARE(outboxSize(), 0);
        // The admin hands the tokens out, as before.
        const QString token = activationTokens().value(u"no.mail"_s);
        QVERIFY(!token.isEmpty());
        QCOMPARE(post(Protocol::ActivatePath, {{u"token"_s, token}}).status, 200);
        const TestServer::RunResult reset = TestServer::run(
            QStringList{u"reset-tokens"_s} + m_server.storeArguments() << u"gnjeri"_s);
        QCOMPARE(reset.exitCode, 0);
        QVERIFY(reset.out.contains("asked for a reset"));
        QCOMPARE(m_sink.sessions(), 0);
        QVERIFY(m_sink.mails().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestServerMailDelivery)
#include "tst_server_mail_delivery.moc"

// Mail without a store: which e-mail addresses are accepted (none that could
// add a header or an SMTP command), the messages the server writes (RFC 5322,
// quoted-printable, encoded-word subjects), --smtp URLs, and the SMTP client
// against a small SMTP server of the test's own (SmtpSink) on loopback:
// plain, AUTH PLAIN and LOGIN, STARTTLS, refusals, silence and cancellation.
// The client blocks, so it runs on a thread of the test while the main thread
// runs the sink.
#include "mailmessage.h"
#include "mailsender.h"
#include "smtpclient.h"
#include "smtpsink.h"

#include <QDateTime>
#include <QFile>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTest>

#include <atomic>
#include <chrono>
#include <future>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Server::MailMessage;
using Server::SmtpClient;
using Server::SmtpSettings;

namespace {

constexpr auto From = "noreply@leadernet.example"_L1;

QString fixture(const QString &name)
{
    return QStringLiteral(LEADERNET_SOURCE_DIR) + u"/tests/fixtures/tls/"_s + name;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

SmtpSettings settingsFor(const QTcpServer &sink, const QString &user = {},
                         const QString &password = {})
{
    SmtpSettings settings;
    settings.host = sink.serverAddress().toString();
    settings.port = sink.serverPort();
    settings.user = user;
    settings.password = password;
    return settings;
}

MailMessage message(const QString &to, const QString &body, const QString &subject = u"A test"_s)
{
    return MailMessage{u"7d1c3c9e-0000-4000-8000-000000000001"_s, to, subject, body,
                       u"2030-01-02T03:04:05.006Z"_s};
}

// What one client session came to.
struct Outcome {
    Core::Status opened;
    QList<Core::Status> sent;
    bool encrypted = false;
};

// Opens a session, sends `mails` (recipient, message) in it, and closes it,
// on a thread of its own.
std::future<Outcome> session(const SmtpSettings &settings,
                             const QList<std::pair<QString, QByteArray>> &mails,
                             SmtpClient::Timeouts timeouts = {},
                             const std::atomic<bool> *cancelled = nullptr)
{
    return std::async(std::launch::async, [=] {
        Outcome out;
        SmtpClient client(settings, timeouts, cancelled);
        out.opened = client.open();
        out.encrypted = client.isEncrypted();
        if (out.opened) {
            for (const auto &[to, data] : mails)
                out.sent << client.send(QString(From), to, data);
        }
        client.close();
        return out;
    });
}

bool ready(const std::future<Outcome> &future)
{
    return future.wait_for(0ms) == std::future_status::ready;
}

} // namespace

class TestServerMail final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addressesAreChecked_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("accepted"); // empty: refused
        QTest::newRow("plain") << u"gnjeri@example.org"_s << u"gnjeri@example.org"_s;
        QTest::newRow("tagged") << u"first.last+tag@health.go.ke"_s
                                << u"first.last+tag@health.go.ke"_s;
        QTest::newRow("padded") << u"  a@b.co  "_s << u"a@b.co"_s;
        QTest::newRow("empty") << u""_s << u""_s;
        QTest::newRow("no at") << u"gnjeri.example.org"_s << u""_s;
        QTest::newRow("two ats") << u"a@b@example.org"_s << u""_s;
        QTest::newRow("header injection") << u"a@b.c\r\nBcc: x@y"_s << u""_s;
        QTest::newRow("LF injection") << u"a@b.c\nBcc: x@y"_s << u""_s;
        QTest::newRow("SMTP injection") << u"a@b.co\r\n.\r\nRCPT TO:<x@y.z>"_s << u""_s;
        QTest::newRow("NUL") << u"a@b.co\u0000x"_s << u""_s;
        QTest::newRow("tab") << u"a\t@example.org"_s << u""_s;
        QTest::newRow("space") << u"a b@example.org"_s << u""_s;
        QTest::newRow("angle brackets") << u"<a@example.org>"_s << u""_s;
        QTest::newRow("two addresses") << u"a@example.org,b@example.org"_s << u""_s;
        QTest::newRow("display name") << u"Grace \"G\" <a@example.org>"_s << u""_s;
        QTest::newRow("no dot in domain") << u"a@localhost"_s << u""_s;
        QTest::newRow("bad label") << u"a@-example.org"_s << u""_s;
        QTest::newRow("underscore domain") << u"a@exa_mple.org"_s << u""_s;
        QTest::newRow("address literal") << u"a@[127.0.0.1]"_s << u""_s;
        QTest::newRow("leading dot") << u".a@example.org"_s << u""_s;
        QTest::newRow("double dot") << u"a..b@example.org"_s << u""_s;
        QTest::newRow("non-ASCII") << u"grüße@example.org"_s << u""_s;
        QTest::newRow("long local part") << QString(65, u'a') + u"@example.org"_s << u""_s;
        QTest::newRow("too long") << u"a@"_s + QString(63, u'b') + u"."_s + QString(63, u'c') +
                                         u"."_s + QString(63, u'd') + u"."_s + QString(63, u'e') +
                                         u".org"_s
                                  << u""_s;
    }
    void addressesAreChecked()
    {
        QFETCH(QString, address);
        QFETCH(QString, accepted);
        const Core::Result<QString> checked = Server::MailAddress::check(address);
        if (accepted.isEmpty()) {
            QVERIFY2(!checked, qPrintable(address));
            QCOMPARE(checked.error().code, Core::ErrorCode::Invalid);
            QVERIFY(!checked.error().detail.isEmpty());
        } else {
            QVERIFY2(checked, qPrintable(checked.error().detail));
            QCOMPARE(*checked, accepted);
        }
    }

    void messagesAreWellFormed()
    {
        const QString body = u"First line\n.starts with a dot\nFrom here on\n"_s +
                             QString(200, u'x') + u"\nGrüße, 1 + 1 = 2   \nلقاء\n"_s;
        const QByteArray data =
            message(u"gnjeri@example.org"_s, body, u"Code d'activation — LeaderNet"_s)
                .encode(QString(From));
        // CRLF everywhere, short 7-bit lines.
        QVERIFY(!data.contains("\r\r"));
        for (qsizetype i = 0; i < data.size(); ++i) {
            QVERIFY(static_cast<unsigned char>(data.at(i)) < 0x80);
            if (data.at(i) == '\n')
                QVERIFY2(i > 0 && data.at(i - 1) == '\r', "a bare LF");
            if (data.at(i) == '\r')
                QVERIFY2(i + 1 < data.size() && data.at(i + 1) == '\n', "a bare CR");
        }
        for (const QByteArray &line : data.split('\n'))
            QVERIFY2(line.size() <= 78, line.constData());

        SmtpSink::Mail mail;
        mail.data = data;
        QCOMPARE(mail.header("From"), QByteArray("LeaderNet <noreply@leadernet.example>"));
        QCOMPARE(mail.header("To"), QByteArray("<gnjeri@example.org>"));
        QCOMPARE(mail.header("Content-Type"), QByteArray("text/plain; charset=UTF-8"));
        QCOMPARE(mail.header("Content-Transfer-Encoding"), QByteArray("quoted-printable"));
        QCOMPARE(mail.header("MIME-Version"), QByteArray("1.0"));
        QCOMPARE(mail.header("Message-ID"),
                 QByteArray("<7d1c3c9e-0000-4000-8000-000000000001@leadernet.example>"));
        const QDateTime date =
            QDateTime::fromString(QString::fromLatin1(mail.header("Date")), Qt::RFC2822Date);
        QCOMPARE(date, QDateTime::fromString(u"2030-01-02T03:04:05Z"_s, Qt::ISODate));
        // The subject is encoded-words; together they decode to the subject.
        const QByteArray subject = mail.header("Subject");
        static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]+)\\?="_s);
        QByteArray decoded;
        for (const QRegularExpressionMatch &m : word.globalMatch(QString::fromLatin1(subject))) {
            QVERIFY(m.capturedLength(0) <= 75);
            decoded += QByteArray::fromBase64(m.captured(1).toLatin1());
        }
        QCOMPARE(QString::fromUtf8(decoded), u"Code d'activation — LeaderNet"_s);
        // The body comes back as it was.
        QCOMPARE(mail.text(), body + u"\n"_s);
        QVERIFY(data.contains("\r\n=46rom here on\r\n"));
        QVERIFY(data.contains("=20=20=20\r\n") || data.contains("  =20\r\n"));
    }

    void longSubjectsFold()
    {
        const QString subject = QString(60, u'é');
        const QByteArray header = Server::MailEncoding::headerText(subject);
        QVERIFY(header.contains("\r\n "));
        for (const QByteArray &line : header.split('\n'))
            QVERIFY(line.trimmed().size() <= 75);
        QCOMPARE(Server::MailEncoding::headerText(u"Plain\r\nBcc: x"_s),
                 QByteArray("Plain  Bcc: x"));
    }

    void smtpUrlsAreParsed()
    {
        auto s = SmtpSettings::parse(u"smtp://mail.example.org"_s);
        QVERIFY(s);
        QCOMPARE(s->host, u"mail.example.org"_s);
        QCOMPARE(s->port, 25);
        QCOMPARE(s->security, SmtpSettings::Security::StartTlsWhenOffered);
        QVERIFY(s->user.isEmpty());

        s = SmtpSettings::parse(u"smtps://leader%40net:p%40ss%3Aword@mail.example.org"_s);
        QVERIFY(s);
        QCOMPARE(s->port, 465);
        QCOMPARE(s->security, SmtpSettings::Security::ImplicitTls);
        QCOMPARE(s->user, u"leader@net"_s);
        QCOMPARE(s->password, u"p@ss:word"_s);
        QVERIFY(!s->redacted().contains(u"p@ss"_s));
        QCOMPARE(s->redacted(), u"smtps://leader@net@mail.example.org:465"_s);

        // The password from the environment, when the URL has none.
        s = SmtpSettings::parse(u"SMTP://relay@[::1]:2525"_s, u"from-env"_s);
        QVERIFY(s);
        QCOMPARE(s->host, u"::1"_s);
        QCOMPARE(s->port, 2525);
        QCOMPARE(s->password, u"from-env"_s);
        QCOMPARE(s->redacted(), u"smtp://relay@[::1]:2525"_s);
        s = SmtpSettings::parse(u"smtp://relay:in-url@host.example"_s, u"from-env"_s);
        QCOMPARE(s->password, u"in-url"_s);

        for (const QString &bad :
             {u""_s, u"mail.example.org"_s, u"http://mail.example.org"_s, u"smtp://"_s,
              u"smtp://:s3cret@mail.example.org"_s, u"smtp://relay@mail.example.org"_s,
              u"smtp://relay:s3cret@mail.example.org/inbox"_s,
              u"smtp://relay:s3cret@mail.example.org?tls=1"_s, u"smtp://mail.example.org:0"_s,
              u"smtp://relay:s3cret@mail.example.org:99999"_s}) {
            const auto refused = SmtpSettings::parse(bad);
            QVERIFY2(!refused, qPrintable(bad));
            QVERIFY(refused.error().detail.contains(u"smtp://"_s));
            QVERIFY2(!refused.error().detail.contains(u"s3cret"_s), qPrintable(bad));
        }
        QVERIFY(SmtpSettings::parse(u"smtp://relay@mail.example.org"_s)
                    .error()
                    .detail.contains(u"LEADERNET_SMTP_PASSWORD"_s));
    }

    void dataIsDotStuffed()
    {
        QCOMPARE(SmtpClient::dataBlock(".a\r\nb\r\n..c\r\n"),
                 QByteArray("..a\r\nb\r\n...c\r\n.\r\n"));
        QCOMPARE(SmtpClient::dataBlock("bare\nlf\n."), QByteArray("bare\r\nlf\r\n..\r\n.\r\n"));
    }

    void retryDelaysGrowToACap()
    {
        Server::MailSender::Options options;
        options.firstRetry = 30s;
        options.maxRetry = 1h;
        using Server::MailSender;
        QCOMPARE(MailSender::retryDelay(1, options), 30s);
        QCOMPARE(MailSender::retryDelay(2, options), 60s);
        QCOMPARE(MailSender::retryDelay(5, options), 480s);
        QCOMPARE(MailSender::retryDelay(8, options), 1h);
        QCOMPARE(MailSender::retryDelay(1000, options), 1h);
    }

    void deliversWithAuthPlain()
    {
        SmtpSink sink;
        sink.requireAuth("relay", "relay-password");
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        const QString first = u"Hello\n.\n..two dots\nBye"_s;
        auto done = session(
            settingsFor(sink, u"relay"_s, u"relay-password"_s),
            {{u"one@example.org"_s, message(u"one@example.org"_s, first).encode(QString(From))},
             {u"two@example.org"_s,
              message(u"two@example.org"_s, u"Second"_s).encode(QString(From))}});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY2(out.opened, qPrintable(out.opened.error().detail));
        QCOMPARE(out.sent.size(), 2);
        QVERIFY(out.sent.at(0) && out.sent.at(1));
        QTRY_COMPARE(sink.mails().size(), 2);
        QCOMPARE(sink.sessions(), 1); // both in one session
        const SmtpSink::Mail mail = sink.mails().at(0);
        QCOMPARE(mail.from, QByteArray("noreply@leadernet.example"));
        QCOMPARE(mail.recipients, QList<QByteArray>{"one@example.org"});
        QCOMPARE(mail.user, QByteArray("relay"));
        QCOMPARE(mail.text(), first + u"\n"_s);
        QCOMPARE(sink.mails().at(1).recipients, QList<QByteArray>{"two@example.org"});
        const QList<QByteArray> commands = sink.commands();
        QVERIFY(commands.constFirst().startsWith("EHLO "));
        QVERIFY(commands.contains("AUTH PLAIN " +
                                  QByteArray("\0relay\0relay-password", 21).toBase64()));
        QTRY_COMPARE(sink.commands().constLast(), QByteArray("QUIT"));
    }

    void deliversWithAuthLogin()
    {
        SmtpSink sink;
        sink.requireAuth("relay", "relay-password", "LOGIN");
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        auto done = session(
            settingsFor(sink, u"relay"_s, u"relay-password"_s),
            {{u"one@example.org"_s, message(u"one@example.org"_s, u"x"_s).encode(QString(From))}});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY2(out.opened, qPrintable(out.opened.error().detail));
        QCOMPARE(sink.mails().size(), 1);
        QCOMPARE(sink.mails().constFirst().user, QByteArray("relay"));

        // A wrong password: the session does not open, and says why without it.
        auto wrong = session(settingsFor(sink, u"relay"_s, u"not-it"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(ready(wrong), 30000);
        const Outcome refused = wrong.get();
        QVERIFY(!refused.opened);
        QCOMPARE(refused.opened.error().code, Core::ErrorCode::Server);
        QVERIFY(refused.opened.error().detail.contains(u"535"_s));
        QVERIFY(!refused.opened.error().detail.contains(u"not-it"_s));
    }

    void startsTlsWhenOffered()
    {
        const QList<QSslCertificate> ca = QSslCertificate::fromPath(fixture(u"ca.pem"_s));
        QCOMPARE(ca.size(), 1);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.addCaCertificates(ca);
        QSslConfiguration::setDefaultConfiguration(config);

        SmtpSink sink;
        sink.setTls(QSslCertificate(readFile(fixture(u"server.pem"_s))),
                    QSslKey(readFile(fixture(u"server.key"_s)), QSsl::Rsa));
        sink.requireAuth("relay", "relay-password");
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        auto done = session(settingsFor(sink, u"relay"_s, u"relay-password"_s),
                            {{u"one@example.org"_s,
                              message(u"one@example.org"_s, u"secret"_s).encode(QString(From))}});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY2(out.opened, qPrintable(out.opened.error().detail));
        QVERIFY(out.encrypted);
        QCOMPARE(sink.mails().size(), 1);
        QVERIFY(sink.mails().constFirst().encrypted);
        // EHLO again after TLS, and AUTH only then.
        const QList<QByteArray> commands = sink.commands();
        QCOMPARE(commands.at(1), QByteArray("STARTTLS"));
        QVERIFY(commands.at(2).startsWith("EHLO "));
        QVERIFY(commands.at(3).startsWith("AUTH PLAIN "));
    }

    void refusesAnUntrustedCertificate()
    {
        SmtpSink sink;
        sink.setTls(QSslCertificate(readFile(fixture(u"selfsigned.pem"_s))),
                    QSslKey(readFile(fixture(u"selfsigned.key"_s)), QSsl::Rsa));
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        auto done = session(settingsFor(sink), {});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY(!out.opened);
        QCOMPARE(out.opened.error().code, Core::ErrorCode::Network);
        QVERIFY2(out.opened.error().detail.contains(u"STARTTLS"_s),
                 qPrintable(out.opened.error().detail));
        QVERIFY(sink.mails().isEmpty());
    }

    void keepsThePasswordOffAnUnencryptedNetwork()
    {
        QHostAddress outside;
        for (const QHostAddress &a : QNetworkInterface::allAddresses()) {
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback())
                outside = a;
        }
        if (outside.isNull())
            QSKIP("this machine has no address but loopback");
        SmtpSink sink;
        sink.requireAuth("relay", "relay-password");
        QVERIFY(sink.listen(outside));
        auto done = session(settingsFor(sink, u"relay"_s, u"relay-password"_s), {});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY(!out.opened);
        QCOMPARE(out.opened.error().code, Core::ErrorCode::Invalid);
        QVERIFY(out.opened.error().detail.contains(u"unencrypted"_s));
        for (const QByteArray &command : sink.commands())
            QVERIFY(!command.startsWith("AUTH"));
    }

    void refusalsAreReportedAndTheSessionGoesOn()
    {
        SmtpSink sink;
        QVERIFY(sink.listen(QHostAddress::LocalHost));
        sink.refuseRecipients(2, "451 4.3.0 Mailbox busy, try later");
        const QByteArray data = message(u"one@example.org"_s, u"x"_s).encode(QString(From));
        auto done = session(settingsFor(sink), {{u"one@example.org"_s, data},
                                                {u"one@example.org"_s, data},
                                                {u"one@example.org"_s, data}});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        const Outcome out = done.get();
        QVERIFY(out.opened);
        QCOMPARE(out.sent.size(), 3);
        QVERIFY(!out.sent.at(0));
        QCOMPARE(out.sent.at(0).error().code, Core::ErrorCode::Network); // 4xx: later
        QVERIFY(out.sent.at(0).error().detail.contains(u"RCPT TO"_s));
        QVERIFY(out.sent.at(0).error().detail.contains(u"451 4.3.0 Mailbox busy"_s));
        QVERIFY(!out.sent.at(1));
        QVERIFY(out.sent.at(2));
        QCOMPARE(sink.mails().size(), 1);
        QVERIFY(sink.commands().contains("RSET"));

        sink.refuseRecipients(1, "550 5.1.1 No such user");
        auto permanent = session(settingsFor(sink), {{u"one@example.org"_s, data}});
        QTRY_VERIFY_WITH_TIMEOUT(ready(permanent), 30000);
        const Outcome refused = permanent.get();
        // Refused for good: NotFound, so that the sender drops it.
        QCOMPARE(refused.sent.constFirst().error().code, Core::ErrorCode::NotFound);
        QVERIFY(refused.sent.constFirst().error().detail.contains(u"550 5.1.1"_s));
    }

    void aSilentServerTimesOutAndCancels()
    {
        QTcpServer silent; // accepts, never greets
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        SmtpClient::Timeouts quick;
        quick.reply = 500ms;
        auto done = session(settingsFor(silent), {}, quick);
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        Outcome out = done.get();
        QVERIFY(!out.opened);
        QCOMPARE(out.opened.error().code, Core::ErrorCode::Network);
        QVERIFY2(out.opened.error().detail.contains(u"no answer"_s),
                 qPrintable(out.opened.error().detail));

        while (silent.hasPendingConnections())
            delete silent.nextPendingConnection();
        std::atomic<bool> cancelled{false};
        done = session(settingsFor(silent), {}, SmtpClient::Timeouts{}, &cancelled);
        // Connected, waiting up to two minutes for a greeting: cancel that.
        QTRY_VERIFY(silent.hasPendingConnections());
        cancelled = true;
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 5000);
        out = done.get();
        QCOMPARE(out.opened.error().code, Core::ErrorCode::Cancelled);

        // Nobody listening at all.
        const quint16 port = silent.serverPort();
        silent.close();
        SmtpSettings closed;
        closed.host = u"127.0.0.1"_s;
        closed.port = port;
        done = session(closed, {});
        QTRY_VERIFY_WITH_TIMEOUT(ready(done), 30000);
        out = done.get();
        QCOMPARE(out.opened.error().code, Core::ErrorCode::Network);
    }
};

QTEST_GUILESS_MAIN(TestServerMail)
#include "tst_server_mail.moc"

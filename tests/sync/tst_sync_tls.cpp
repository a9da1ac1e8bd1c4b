// HTTPS end to end: leadernet-server --tls-cert/--tls-key, and a client that
// verifies certificates. A server certificate from a throwaway CA is refused
// until that CA is trusted; a self-signed deployment certificate is trusted
// only when given explicitly; a certificate for another name is refused even
// from a trusted CA. Fixtures: tests/fixtures/tls.
#include "syncclient.h"
#include "testserver.h"

#include <QStandardPaths>

using namespace Qt::StringLiterals;
using TestSync::Client;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(LEADERNET_SOURCE_DIR) + u"/tests/fixtures/tls/"_s + name;
}

// Health over the client's own jobs: the status of the exchange.
Core::Status health(Client &c)
{
    Sync::HealthJob *job = c.api.health();
    job->setAutoDelete(false);
    QSignalSpy done(job, &Sync::ApiJob::finished);
    job->start();
    if (!done.wait(30000))
        return Core::makeError(Core::ErrorCode::Network, u"timeout"_s);
    const Core::Status status = job->status();
    delete job;
    return status;
}

} // namespace

class TestSyncTls final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_caSigned;
    TestCommon::TestServer m_selfSigned;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_caSigned.setServeArguments(
            {u"--tls-cert"_s, fixture(u"server.pem"_s), u"--tls-key"_s, fixture(u"server.key"_s)});
        QVERIFY2(m_caSigned.start(), qPrintable(m_caSigned.errorString()));
        QCOMPARE(m_caSigned.url().scheme(), u"https"_s);
        m_selfSigned.setServeArguments({u"--tls-cert"_s, fixture(u"selfsigned.pem"_s),
                                        u"--tls-key"_s, fixture(u"selfsigned.key"_s)});
        QVERIFY2(m_selfSigned.start(), qPrintable(m_selfSigned.errorString()));
    }

    void trustedCaFromTheStart()
    {
        Client c(m_caSigned.url());
        QVERIFY(c.api.trustCertificates(fixture(u"ca.pem"_s)).ok());
        const Core::Status s = health(c);
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
    }

    void unknownCaIsRefusedTrustedCaSyncs()
    {
        Client c(m_caSigned.url());
        const Core::Status refused = health(c);
        QCOMPARE(refused.error().code, Core::ErrorCode::UntrustedCertificate);
        QVERIFY2(refused.error().detail.contains(u"certificate"_s, Qt::CaseInsensitive) ||
                     refused.error().detail.contains(u"SSL"_s),
                 qPrintable(refused.error().detail));
        QVERIFY(!TestSync::signIn(c, u"member"_s, m_caSigned.password()));

        QVERIFY(c.api.trustCertificates(fixture(u"ca.pem"_s)).ok());
        QVERIFY(health(c).ok());
        QVERIFY(TestSync::signIn(c, u"member"_s, m_caSigned.password()));
        QVERIFY(TestSync::syncOnce(c));
        QVERIFY(c.store.records().count(Core::Entity::Course).value() > 0);
        QVERIFY(TestSync::verify(c).isEmpty());
    }

    void selfSignedIsTrustedOnlyWhenGiven()
    {
        Client c(m_selfSigned.url());
        QCOMPARE(health(c).error().code, Core::ErrorCode::UntrustedCertificate);
        // Trusting another CA does not help.
        QVERIFY(c.api.trustCertificates(fixture(u"ca.pem"_s)).ok());
        QCOMPARE(health(c).error().code, Core::ErrorCode::UntrustedCertificate);
        QVERIFY(c.api.trustCertificates(fixture(u"selfsigned.pem"_s)).ok());
        QVERIFY(health(c).ok());
    }

    void certificateForAnotherNameIsRefused()
    {
        // The certificate names 127.0.0.1; "localhost" reaches the same server.
        QUrl byName = m_caSigned.url();
        byName.setHost(u"localhost"_s);
        Client c(byName);
        QVERIFY(c.api.trustCertificates(fixture(u"ca.pem"_s)).ok());
        QCOMPARE(health(c).error().code, Core::ErrorCode::Network);
    }

    void notACertificateIsAClearError()
    {
        Client c(m_caSigned.url());
        const Core::Status s = c.api.trustCertificates(fixture(u"README.md"_s));
        QCOMPARE(s.error().code, Core::ErrorCode::Invalid);
    }

    void serverRefusesAKeyThatDoesNotMatch()
    {
        const auto run = TestCommon::TestServer::run(
            {u"serve"_s, u"--data"_s, m_caSigned.dataDir(), u"--listen"_s, u"127.0.0.1:0"_s,
             u"--tls-cert"_s, fixture(u"server.pem"_s), u"--tls-key"_s,
             fixture(u"selfsigned.key"_s)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains("TLS certificate"));
        const auto half =
            TestCommon::TestServer::run({u"serve"_s, u"--data"_s, m_caSigned.dataDir(),
                                         u"--tls-cert"_s, fixture(u"server.pem"_s)});
        QCOMPARE(half.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestSyncTls)
#include "tst_sync_tls.moc"

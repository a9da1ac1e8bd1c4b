// Attachments between two laptops and a real leadernet-server, through the
// fault proxy: a file attached on one laptop is uploaded (an upload stopped
// half-way goes on from where the server's upload stands) and downloaded on
// the other across cuts at random points, each byte crossing the link once
// (counted at the proxy), the SHA-256 verified; bytes the server does not
// hold are refused. Every test ends with the replicas matching the server.
#include "attachmentcache.h"
#include "attachmenttransfer.h"
#include "faultproxy.h"
#include "syncclient.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHostAddress>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Direction = Sync::AttachmentTransfer::Direction;
using TestSync::Client;

namespace {

// A file as a member would attach it: `size` bytes that compress poorly.
QString writeFile(const QString &path, qint64 size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), int(size / 4));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Runs one transfer to its end; its status.
Core::Status transfer(Client &c, Direction direction, const QString &sha256)
{
    Sync::AttachmentTransfer t(direction, sha256, &c.api, &c.store.attachments());
    QSignalSpy done(&t, &Sync::AttachmentTransfer::finished);
    t.start();
    if (done.isEmpty() && !done.wait(120000))
        return Core::makeError(Core::ErrorCode::Network, u"the transfer did not end"_s);
    return t.status();
}

} // namespace

class TestSyncAttachments final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;
    std::unique_ptr<Tests::FaultProxy> m_proxy;

    std::unique_ptr<Client> signedIn(const QString &user)
    {
        return TestSync::signedInClient(QUrl(u"http://127.0.0.1:%1"_s.arg(m_proxy->port())), user,
                                        m_server.password());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy =
            std::make_unique<Tests::FaultProxy>(QHostAddress::LocalHost, m_server.url().port());
        QVERIFY(m_proxy->start());
    }

    void init() { m_proxy->setFaults({}); }

    void attachedHereDownloadedThereAcrossCuts()
    {
        auto here = signedIn(u"member"_s);
        auto there = signedIn(u"lceesay"_s);
        QVERIFY(here && there);
        const QString source = here->dir.filePath(u"district-report.pdf"_s);
        const qint64 size = 3 * 1024 * 1024 + 12345;
        const QString sha256 = writeFile(source, size, 7);
        QVERIFY(!sha256.isEmpty());
        const auto attached = here->store.attachments().addLocalFile(source, u"application/pdf"_s);
        QVERIFY(attached.ok());
        QCOMPARE(attached->sha256, sha256);

        // Up: four pieces, each byte once.
        m_proxy->resetCounters();
        QVERIFY(transfer(*here, Direction::Upload, sha256).ok());
        QVERIFY(m_proxy->bytesToServer() >= size);
        QVERIFY2(m_proxy->bytesToServer() < size + 8 * 1024,
                 qPrintable(QString::number(m_proxy->bytesToServer())));
        QVERIFY(here->store.attachments().pendingUploads()->isEmpty());
        // Again: the server has it, nothing is sent.
        QVERIFY(here->store.attachments().addLocalFile(source, u"application/pdf"_s).ok());
        m_proxy->resetCounters();
        QVERIFY(transfer(*here, Direction::Upload, sha256).ok());
        QVERIFY(m_proxy->bytesToServer() < 2048);

        // Down, on the other laptop, the link cut at random points: each try
        // asks for the rest only.
        m_proxy->resetCounters();
        QSignalSpy counted(&there->api, &Sync::ApiClient::transferred);
        QRandomGenerator random(12);
        int tries = 0;
        Core::Status got;
        do {
            ++tries;
            Tests::FaultProxy::Faults faults;
            if (tries <= 4)
                faults.cutAfterBytes = 100'000 + random.bounded(900'000);
            m_proxy->setFaults(faults);
            got = transfer(*there, Direction::Download, sha256);
            if (tries <= 4) {
                QVERIFY(!got.ok());
                QCOMPARE(got.error().code, Core::ErrorCode::Network);
            }
        } while (!got.ok() && tries < 10);
        QVERIFY2(got.ok(), qPrintable(got.ok() ? QString() : got.error().detail));
        QCOMPARE(tries, 5);
        // Each byte of the file crossed once; the rest is HTTP's headers.
        QVERIFY2(m_proxy->bytesToClient() >= size &&
                     m_proxy->bytesToClient() < size + tries * 2 * 1024,
                 qPrintable(QString::number(m_proxy->bytesToClient() - size)));
        const QString path = *there->store.attachments().open(sha256);
        QVERIFY(!path.isEmpty());
        QCOMPARE(readAll(path), readAll(source));
        QCOMPARE(there->store.attachments().entry(sha256)->value().mediaType, u"application/pdf"_s);
        // The bytes moved count with the sync's (the data budgets).
        qint64 received = 0;
        for (const QList<QVariant> &moved : counted)
            received += moved.at(1).toLongLong();
        QVERIFY(received >= size && received < size + tries * 4 * 1024);

        QCOMPARE(TestSync::verify(*here), QStringList());
        QCOMPARE(TestSync::verify(*there), QStringList());
    }

    void anUploadStoppedHalfWayGoesOn()
    {
        auto here = signedIn(u"member"_s);
        QVERIFY(here);
        const QString source = here->dir.filePath(u"training-slides.odp"_s);
        const qint64 size = 4 * 1024 * 1024 + 999;
        const QString sha256 = writeFile(source, size, 99);
        QVERIFY(here->store.attachments()
                    .addLocalFile(source, u"application/vnd.oasis."
                                          "opendocument.presentation"_s)
                    .ok());
        // A slow link; the app is closed while the second piece is on its way.
        Tests::FaultProxy::Faults slow;
        slow.bytesPerSecond = 4 * 1024 * 1024;
        m_proxy->setFaults(slow);
        m_proxy->resetCounters();
        {
            Sync::AttachmentTransfer t(Direction::Upload, sha256, &here->api,
                                       &here->store.attachments());
            t.start();
            QVERIFY(QTest::qWaitFor(
                [&]() { return m_proxy->bytesToServer() > qint64(1.5 * 1024 * 1024); }, 30000));
            t.abort();
        }
        const qint64 firstTry = m_proxy->bytesToServer();
        m_proxy->setFaults({});
        QVERIFY(transfer(*here, Direction::Upload, sha256).ok());
        // At most the piece that was on its way is sent twice.
        QVERIFY2(m_proxy->bytesToServer() < size + 1024 * 1024 + 16 * 1024,
                 qPrintable(QString::number(m_proxy->bytesToServer() - size)));
        QVERIFY(m_proxy->bytesToServer() > firstTry);
        // The server holds the file whole, and gives it to another laptop.
        auto there = signedIn(u"member"_s);
        QVERIFY(there);
        QVERIFY(transfer(*there, Direction::Download, sha256).ok());
        QCOMPARE(readAll(*there->store.attachments().open(sha256)), readAll(source));
        QCOMPARE(TestSync::verify(*there), QStringList());
    }

    void aFileTheServerDoesNotHoldIsSaidSo()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        const QString unknown = QString(64, u'a');
        const Core::Status got = transfer(*c, Direction::Download, unknown);
        QVERIFY(!got.ok());
        QCOMPARE(got.error().code, Core::ErrorCode::NotFound);
        QVERIFY(c->store.attachments().open(unknown)->isEmpty());
        QCOMPARE(transfer(*c, Direction::Download, u"not-a-hash"_s).error().code,
                 Core::ErrorCode::Invalid);
        QCOMPARE(TestSync::verify(*c), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSyncAttachments)
#include "tst_sync_attachments.moc"

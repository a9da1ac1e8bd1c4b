// The sync scheduler against a real leadernet-server on loopback, with a
// manual clock and a network status the test sets: it syncs on start, a few
// seconds after a local change and when the network returns; it does not
// while syncs are manual, on a metered connection when told so, past the
// data budget or outside the window for large downloads (but still sends the
// person's own changes), and asks before a large download asked for on a
// metered link; it backs off while the server's address does not answer and
// names a captive portal; it fetches files ahead only on unmetered links and
// within the storage quota. Every test ends with the replica matching the
// server's digest.
#include "attachmentcache.h"
#include "attachmentfetcher.h"
#include "attachmentref.h"
#include "clock.h"
#include "networkstatus.h"
#include "syncclient.h"
#include "syncscheduler.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Hold = Sync::SyncScheduler::Hold;
using Reachability = Sync::NetworkStatus::Reachability;
using TestSync::Client;

namespace {

// Answers every request with a web page, as a hotel's or office's network
// sign-in page does before one has signed in.
class PortalServer final : public QTcpServer
{
public:
    PortalServer()
    {
        connect(this, &QTcpServer::newConnection, this, [this]() {
            while (QTcpSocket *socket = nextPendingConnection()) {
                connect(socket, &QTcpSocket::readyRead, socket, [socket]() {
                    socket->readAll();
                    const QByteArray page =
                        "<html><body>Sign in to the guest network</body></html>";
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: " +
                                  QByteArray::number(page.size()) +
                                  "\r\nConnection: close\r\n\r\n" + page);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
};

// A laptop with its scheduler.
struct Laptop {
    Client client;
    Core::ManualClock clock{QDateTime(QDate(2026, 12, 5), QTime(12, 0), Qt::UTC)};
    Sync::FixedNetworkStatus network;
    Sync::SyncScheduler scheduler{&client.engine, &client.api, &network, &clock};

    explicit Laptop(const QUrl &server)
        : client(server)
    {}

    // Winds the clock and lets what became due run to its end.
    void wind(qint64 ms)
    {
        clock.advance(ms);
        QTest::qWait(1);
        settle();
    }
    // Waits until no estimate or sync runs.
    bool settle()
    {
        QTest::qWait(50);
        return QTest::qWaitFor(
            [this]() { return !client.engine.isRunning() && !pendingEstimate(); }, 60000);
    }
    bool pendingEstimate() const { return scheduler.isEstimating(); }
    int records() const { return int(client.store.records().list(Core::Entity::Seminar)->size()); }
};

// A post of the client's member in a thread (the first open one of `from`,
// or of the client).
void addPost(Client &c, const QString &body, const Client *from = nullptr)
{
    const Core::Record thread = TestSync::openThread(from ? *from : c);
    QVERIFY(!thread.id.isEmpty());
    Core::Record post{QString(Core::Entity::Post),
                      Core::newRecordId(),
                      0,
                      QJsonObject{{u"thread_id"_s, thread.id},
                                  {u"author_id"_s, c.memberId()},
                                  {u"body"_s, body},
                                  {u"created_at"_s, Core::nowUtc()}},
                      {},
                      {}};
    QVERIFY(c.store.createRecord(post, c.memberId()).ok());
}

} // namespace

class TestSyncScheduler final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;

    std::unique_ptr<Laptop> laptop(const QString &user)
    {
        auto l = std::make_unique<Laptop>(m_server.url());
        if (!TestSync::signIn(l->client, user, m_server.password()))
            return nullptr;
        return l;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void syncsOnStartAfterChangesAndPeriodically()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        l->scheduler.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(l->scheduler.hold(), Hold::None);
        QVERIFY(l->scheduler.estimate().changes > 0);
        QCOMPARE(l->scheduler.nextAttempt(),
                 l->clock.now().addMSecs(Sync::SyncScheduler::PeriodMs));
        // The bytes it took are counted for today.
        QVERIFY(l->scheduler.usedToday() > 1000);

        // Two edits a moment apart make one sync, a few seconds after the last.
        addPost(l->client, u"Stock counted on Monday."_s);
        l->wind(3000);
        addPost(l->client, u"And again on Thursday."_s);
        l->wind(3000);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(l->client.store.outbox().pendingCount().value(), 2);
        l->wind(2100);
        QCOMPARE(finished.size(), 2);
        QCOMPARE(l->client.store.outbox().pendingCount().value(), 0);

        // Someone else posts; the quarter-hour sync brings it.
        auto other = laptop(u"member"_s); // the same member's other laptop
        QVERIFY(other && TestSync::syncOnce(other->client));
        addPost(other->client, u"The coach answers."_s);
        QVERIFY(TestSync::syncOnce(other->client));
        l->wind(Sync::SyncScheduler::PeriodMs + 10);
        QCOMPARE(finished.size(), 3);
        QVERIFY(finished.last().first().toBool());
        QVERIFY(l->client.engine.summary().received > 0);
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }

    void manualSyncsOnlyOnDemand()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        Sync::SyncSettings settings;
        settings.mode = Sync::SyncSettings::Mode::Manual;
        QVERIFY(l->scheduler.setSettings(settings).ok());
        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        l->scheduler.start();
        l->wind(Sync::SyncScheduler::PeriodMs * 2);
        l->network.set(Reachability::Offline);
        l->network.set(Reachability::Online);
        l->wind(10000);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(l->scheduler.hold(), Hold::Manual);
        QVERIFY(!l->scheduler.nextAttempt().isValid());
        // Kept: a new scheduler on the same replica is manual too.
        QCOMPARE(Sync::SyncSettings::load(l->client.store.syncState()).mode,
                 Sync::SyncSettings::Mode::Manual);

        l->scheduler.syncNow();
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }

    void meteredConnectionsWaitWhenToldSo()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        Sync::SyncSettings settings;
        settings.mode = Sync::SyncSettings::Mode::UnmeteredOnly;
        QVERIFY(l->scheduler.setSettings(settings).ok());
        l->network.set(Reachability::Online, /*metered=*/true);
        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        const qint64 signInBytes = l->scheduler.usedToday();
        QVERIFY(signInBytes > 0); // the sign-in counts too
        l->scheduler.start();
        l->wind(Sync::SyncScheduler::PeriodMs + 10);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(l->scheduler.hold(), Hold::Metered);
        QCOMPARE(l->scheduler.usedToday(), signInBytes); // not even an estimate

        // Wi-Fi again: it syncs at once.
        l->network.set(Reachability::Online, /*metered=*/false);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(l->scheduler.hold(), Hold::None);

        // "Treat this connection as metered", where the system cannot tell.
        settings.treatAsMetered = true;
        QVERIFY(l->scheduler.setSettings(settings).ok());
        QVERIFY(l->scheduler.isMetered());
        addPost(l->client, u"Written on a metered link."_s);
        l->wind(Sync::SyncScheduler::DebounceMs + 10);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(l->scheduler.hold(), Hold::Metered);
        QCOMPARE(l->client.store.outbox().pendingCount().value(), 1);
        settings.treatAsMetered = false;
        QVERIFY(l->scheduler.setSettings(settings).ok());
        QVERIFY(l->settle());
        QCOMPARE(finished.size(), 2);
        QCOMPARE(l->client.store.outbox().pendingCount().value(), 0);
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }

    void largeDownloadsWaitButOwnChangesGo()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        QVERIFY(TestSync::syncOnce(l->client));
        // A new laptop of the same member: its first fill is "large" here.
        auto fresh = std::make_unique<Laptop>(m_server.url());
        QVERIFY(TestSync::signIn(fresh->client, u"member"_s, m_server.password()));
        fresh->scheduler.setLargeDownloadBytes(1000);
        fresh->network.set(Reachability::Online, /*metered=*/true);
        addPost(fresh->client, u"Written before the first fill."_s, &l->client);
        QSignalSpy finished(&fresh->client.engine, &Sync::SyncEngine::finished);
        fresh->scheduler.start();
        QVERIFY(finished.wait(60000));
        QVERIFY(fresh->client.engine.isSendOnly());
        QCOMPARE(fresh->scheduler.hold(), Hold::Metered);
        QVERIFY(fresh->scheduler.estimate().bytes >= 1000);
        QCOMPARE(fresh->client.store.outbox().pendingCount().value(), 0); // sent
        QCOMPARE(fresh->records(), 0);                                    // nothing downloaded

        // Asked for on demand: the person is asked first; "later" only sends.
        QSignalSpy asked(&fresh->scheduler, &Sync::SyncScheduler::largeDownloadQuestion);
        fresh->scheduler.syncNow();
        QVERIFY(asked.wait(30000));
        QCOMPARE(asked.first().at(1).value<Hold>(), Hold::Metered);
        QCOMPARE(asked.first().at(0).toLongLong(), fresh->scheduler.estimate().bytes);
        fresh->scheduler.answerLargeDownload(false);
        QVERIFY(fresh->settle());
        QCOMPARE(fresh->records(), 0);
        fresh->scheduler.syncNow();
        QVERIFY(asked.wait(30000));
        fresh->scheduler.answerLargeDownload(true);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.last().first().toBool());
        QVERIFY(!fresh->client.engine.isSendOnly());
        QVERIFY(fresh->records() > 0);
        QCOMPARE(TestSync::verify(fresh->client), QStringList());
    }

    void budgetAndWindowHoldDownloads()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        l->scheduler.setLargeDownloadBytes(1000);
        // Spent today: 5 kB of a 4 kB daily budget.
        QVERIFY(
            l->client.store.dataUsage().add(l->clock.now().toLocalTime().date(), 1000, 4000).ok());
        Sync::SyncSettings settings;
        settings.dailyBudget = 4000;
        QVERIFY(l->scheduler.setSettings(settings).ok());
        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        l->scheduler.start();
        QVERIFY(l->settle());
        QCOMPARE(finished.size(), 0); // nothing of its own to send
        QCOMPARE(l->scheduler.hold(), Hold::OverBudget);
        QCOMPARE(l->records(), 0);

        // The next day the budget is new; only the night window is set now,
        // and it is noon: the large first fill waits for 22:00.
        settings.dailyBudget = 0;
        settings.useWindow = true;
        settings.windowStart = QTime(22, 0);
        settings.windowEnd = QTime(6, 0);
        const QDateTime noon(l->clock.now().toLocalTime().date().addDays(1), QTime(12, 0));
        l->clock.set(noon.toUTC());
        QVERIFY(l->scheduler.setSettings(settings).ok());
        QVERIFY(l->settle());
        QCOMPARE(l->scheduler.hold(), Hold::OutsideWindow);
        QCOMPARE(l->records(), 0);
        QVERIFY(l->scheduler.nextAttempt() <=
                l->clock.now().addMSecs(Sync::SyncScheduler::PeriodMs));
        // Until the window opens, quarter-hour checks find it still shut.
        l->wind(Sync::SyncScheduler::PeriodMs + 10);
        QCOMPARE(l->scheduler.hold(), Hold::OutsideWindow);
        l->clock.set(QDateTime(noon.date(), QTime(21, 59)).toUTC());
        l->wind(Sync::SyncScheduler::PeriodMs);
        QCOMPARE(l->scheduler.hold(), Hold::None);
        QVERIFY(l->records() > 0);
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }

    void attachedFilesGoUpAfterTheSync()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        const QString source = l->client.dir.filePath(u"stock-count.csv"_s);
        QFile file(source);
        QVERIFY(file.open(QIODevice::WriteOnly));
        for (int i = 0; i < 2000; ++i)
            file.write(QByteArray::number(i) + ",paracetamol,120\n");
        file.close();
        const auto attached = l->client.store.attachments().addLocalFile(source, u"text/csv"_s);
        QVERIFY(attached.ok());
        const QString path = u"/api/v1/attachments/"_s + attached->sha256;
        const TestCommon::TestServer::Headers auth{
            {"Authorization", "Bearer " + l->client.api.token().toUtf8()}};
        QCOMPARE(m_server.request("HEAD", path, {}, auth).status, 404);

        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        l->scheduler.start();
        QVERIFY(finished.wait(60000));
        // Nothing named it: it was not sent, and waits no more.
        QCOMPARE(m_server.request("HEAD", path, {}, auth).status, 404);
        QVERIFY(l->client.store.attachments().pendingUploads()->isEmpty());
        // A post names it; another file attached, then removed, is named by nothing.
        addPost(l->client, u"This month's stock count."_s);
        const auto posts =
            l->client.store.records().list(Core::Entity::Post, u"author_id", l->client.memberId());
        QVERIFY(posts.ok() && !posts->isEmpty());
        const auto post = std::find_if(posts->begin(), posts->end(), [](const Core::Record &p) {
            return p.text(u"body") == u"This month's stock count.";
        });
        QVERIFY(post != posts->end());
        QVERIFY(l->client.store
                    .updateRecord(Core::Entity::Post, post->id,
                                  {{u"attachments"_s,
                                    Core::attachmentsJson({{attached->sha256, u"stock-count.csv"_s,
                                                            attached->size, u"text/csv"_s}})}},
                                  l->client.memberId())
                    .ok());
        QVERIFY(l->client.store.attachments().addLocalFile(source, u"text/csv"_s).ok());
        const QString dropped = l->client.dir.filePath(u"draft-notes.txt"_s);
        QFile notes(dropped);
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not for sending") > 0);
        notes.close();
        const auto removed = l->client.store.attachments().addLocalFile(dropped, u"text/plain"_s);
        QVERIFY(removed.ok());
        finished.clear();
        l->scheduler.syncNow();
        QVERIFY(finished.wait(60000));
        QVERIFY(QTest::qWaitFor(
            [&]() { return l->client.store.attachments().pendingUploads()->isEmpty(); }, 30000));
        QVERIFY(!l->scheduler.isUploading());
        QCOMPARE(m_server.request("HEAD", path, {}, auth).status, 200);
        QCOMPARE(
            m_server.request("HEAD", u"/api/v1/attachments/"_s + removed->sha256, {}, auth).status,
            404);
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }

    // A course's files: fetched ahead only on an unmetered link, and only as
    // many as the storage quota holds (the smaller first that fits).
    void filesAreFetchedAheadOnUnmeteredLinksWithinTheQuota()
    {
        QTemporaryDir folder;
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile f(folder.filePath(name));
            return QDir().mkpath(QFileInfo(f).absolutePath()) && f.open(QIODevice::WriteOnly) &&
                   f.write(bytes) == bytes.size();
        };
        const QByteArray small(40'000, 's');
        const QByteArray large(2'000'000, 'l');
        QVERIFY(write(u"course.md"_s, "# Cold chain\n\nKeeping vaccines cold.\n"));
        QVERIFY(write(u"01-basics/01-fridges.md"_s,
                      "# Fridges\n\nSee [the log sheet](log.pdf) and [the manual](manual.pdf).\n"));
        QVERIFY(write(u"01-basics/log.pdf"_s, small));
        QVERIFY(write(u"01-basics/manual.pdf"_s, large));
        const auto added = TestCommon::TestServer::run(
            QStringList{u"add-course"_s} + m_server.storeArguments() + QStringList{folder.path()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const auto hashOf = [](const QByteArray &bytes) {
            return QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        };
        const auto here = [](Laptop &l, const QByteArray &bytes, const QString &sha) {
            const auto path = l.client.store.attachments().open(sha);
            if (!path || path->isEmpty())
                return false;
            QFile f(*path);
            return f.open(QIODevice::ReadOnly) && f.readAll() == bytes;
        };

        // Metered: the records come, the files wait until they are opened.
        auto metered = laptop(u"member"_s);
        QVERIFY(metered);
        metered->network.set(Reachability::Online, true);
        QSignalSpy synced(&metered->client.engine, &Sync::SyncEngine::finished);
        metered->scheduler.start();
        QVERIFY(synced.wait(60000));
        QVERIFY(metered->settle());
        QVERIFY(!metered->scheduler.fetcher()->isBusy());
        QVERIFY(!here(*metered, small, hashOf(small)));
        QCOMPARE(metered->client.store.attachments().totalBytes().value(), 0);
        QCOMPARE(TestSync::verify(metered->client), QStringList());

        // Unmetered, with room for the small file (and the demo's pictures)
        // but not the large one.
        auto roomy = laptop(u"member"_s);
        QVERIFY(roomy);
        Sync::SyncSettings settings;
        settings.storageQuota = 1'000'000;
        QVERIFY(roomy->scheduler.setSettings(settings).ok());
        QSignalSpy idle(roomy->scheduler.fetcher(), &Sync::AttachmentFetcher::idle);
        roomy->scheduler.start();
        QVERIFY(idle.wait(60000));
        QVERIFY(here(*roomy, small, hashOf(small)));
        QVERIFY(!here(*roomy, large, hashOf(large)));
        // Asked for, the large one comes anyway; the quota then lets the
        // least recently used go.
        idle.clear();
        roomy->scheduler.fetcher()->fetch(
            {hashOf(large), u"manual.pdf"_s, large.size(), u"application/pdf"_s});
        QVERIFY(idle.wait(60000));
        QVERIFY(here(*roomy, large, hashOf(large)));
        QVERIFY(!here(*roomy, small, hashOf(small)));
        QCOMPARE(TestSync::verify(roomy->client), QStringList());
    }

    void backsOffNamesACaptivePortalAndResumes()
    {
        auto l = laptop(u"member"_s);
        QVERIFY(l);
        PortalServer portal;
        QVERIFY(portal.listen(QHostAddress::LocalHost));
        l->client.api.setServer(portal.url());
        l->scheduler.start();
        QVERIFY(
            QTest::qWaitFor([&]() { return l->scheduler.hold() == Hold::CaptivePortal; }, 30000));
        QCOMPARE(l->scheduler.holdError().code, Core::ErrorCode::Protocol);

        // Nothing answers at all: each wait is longer, up to a minute.
        portal.close();
        QList<qint64> waits;
        for (int i = 0; i < 6; ++i) {
            const QDateTime next = l->scheduler.nextAttempt();
            QVERIFY(next.isValid());
            const qint64 wait = l->clock.now().msecsTo(next);
            waits << wait;
            l->wind(wait);
            QVERIFY(QTest::qWaitFor(
                [&]() {
                    return l->scheduler.nextAttempt() != next &&
                           l->scheduler.hold() == Hold::Offline;
                },
                30000));
        }
        QVERIFY2(waits[1] >= 10'000 && waits[1] <= 20'000, qPrintable(QString::number(waits[1])));
        QVERIFY(waits[2] >= 20'000 && waits[2] <= 40'000);
        QVERIFY(waits[5] >= 30'000 && waits[5] <= 60'000);

        // The system says the network is gone: nothing is tried meanwhile.
        l->network.set(Reachability::Offline);
        QVERIFY(!l->scheduler.nextAttempt().isValid());
        // The person signed in to the portal and the network is back: at once.
        l->client.api.setServer(m_server.url());
        QSignalSpy finished(&l->client.engine, &Sync::SyncEngine::finished);
        l->network.set(Reachability::Online);
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.first().first().toBool());
        QCOMPARE(l->scheduler.hold(), Hold::None);
        QCOMPARE(TestSync::verify(l->client), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_sync_scheduler.moc"

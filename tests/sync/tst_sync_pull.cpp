// The client engine against a real leadernet-server on loopback: sign-in
// keeps the token only in the credential store, a first sync fills the
// replica with exactly what the server lets the member see, an interrupted
// sync resumes at the first page not applied, and link faults end in
// errors the app can show, never in a half-applied page.
#include "accountmanager.h"
#include "apiclient.h"
#include "credentialstore.h"
#include "entityschema.h"
#include "faultproxy.h"
#include "localstore.h"
#include "protocol.h"
#include "syncclient.h"
#include "syncengine.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using TestSync::Client;
using TestSync::signIn;
using TestSync::syncOnce;

using View = QSet<QString>;

View replicaView(const Core::LocalStore &store)
{
    View view;
    for (const Core::EntitySpec &spec : Core::entitySpecs()) {
        for (const Core::Record &r : store.records().list(spec.name).value())
            view.insert(u"%1/%2@%3"_s.arg(r.entity, r.id).arg(r.revision));
    }
    return view;
}

// What the server lets `token` see, pulled in one go outside the engine.
View serverView(TestCommon::TestServer &server, const QString &token)
{
    View view;
    qint64 cursor = 0;
    for (;;) {
        const auto reply = server.get(u"%1?after=%2&limit=%3"_s.arg(Sync::Protocol::PullPath)
                                          .arg(cursor)
                                          .arg(Sync::Protocol::MaxPageSize),
                                      token);
        if (reply.status != 200)
            return {};
        const auto page = Sync::Protocol::decodePullPage(reply.body);
        if (!page)
            return {};
        for (const Core::Record &r : page->records)
            view.insert(u"%1/%2@%3"_s.arg(r.entity, r.id).arg(r.revision));
        cursor = page->cursor;
        if (!page->hasMore)
            return view;
    }
}

// Says what differs, so a failure shows the records, not two long sets.
QString difference(const View &replica, const View &server)
{
    QStringList onlyReplica = (replica - server).values();
    QStringList onlyServer = (server - replica).values();
    onlyReplica.sort();
    onlyServer.sort();
    return u"replica %1, server %2; only in replica: %3; only on server: %4"_s.arg(replica.size())
        .arg(server.size())
        .arg(onlyReplica.mid(0, 5).join(u", "_s), onlyServer.mid(0, 5).join(u", "_s));
}

} // namespace

#define COMPARE_VIEWS(replica, server)                                                             \
    do {                                                                                           \
        const View r_ = (replica);                                                                 \
        const View s_ = (server);                                                                  \
        QVERIFY2(r_ == s_, qPrintable(difference(r_, s_)));                                        \
    } while (false)

class TestSyncPull final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;

    // The server's address, reached through `proxy`.
    QUrl throughProxy(const Tests::FaultProxy &proxy) const
    {
        QUrl url = m_server.url();
        url.setPort(proxy.port());
        return url;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void signInKeepsTokenInCredentialStoreOnly()
    {
        Client c(m_server.url());
        QVERIFY(signIn(c, u"member"_s, m_server.password()));
        QVERIFY(c.accounts.isSignedIn());
        QCOMPARE(c.accounts.current().username, u"member"_s);
        QVERIFY(!c.api.token().isEmpty());

        // The profile remembers who, never the token.
        QFile ini(c.dir.filePath(u"profile.ini"_s));
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray settings = ini.readAll();
        QVERIFY(settings.contains("member"));
        QVERIFY(!settings.contains(c.api.token().toUtf8()));

        // A restart restores the session from the credential store.
        Sync::ApiClient api2(&c.nam);
        api2.setServer(m_server.url());
        Sync::AccountManager again(&api2, &c.credentials, c.dir.path());
        QSignalSpy restored(&again, &Sync::AccountManager::signedIn);
        again.restore();
        QVERIFY(restored.wait(10000));
        QCOMPARE(api2.token(), c.api.token());

        // Signing out forgets the token; the next start asks for the password.
        QSignalSpy out(&again, &Sync::AccountManager::signedOut);
        again.signOut();
        QVERIFY(out.wait(10000));
        Sync::AccountManager third(&api2, &c.credentials, c.dir.path());
        QSignalSpy needed(&third, &Sync::AccountManager::passwordNeeded);
        third.restore();
        QTRY_COMPARE_WITH_TIMEOUT(needed.size(), 1, 10000);
    }

    void wrongPasswordIsRefused()
    {
        Client c(m_server.url());
        QSignalSpy failed(&c.accounts, &Sync::AccountManager::signInFailed);
        QVERIFY(!signIn(c, u"member"_s, u"not the password"_s));
        QCOMPARE(failed.first().first().value<Core::Error>().code, Core::ErrorCode::Unauthorized);
        QVERIFY(!c.accounts.isSignedIn());
    }

    void aKnownComputerSignsInWhileStrangersAreHeldBack()
    {
        // The member signed in on this computer once, and signed out.
        Client c(m_server.url());
        QVERIFY(signIn(c, u"lfernandez"_s, m_server.password()));
        QSignalSpy out(&c.accounts, &Sync::AccountManager::signedOut);
        c.accounts.signOut();
        QVERIFY(out.wait(10000));
        // Strangers guess the password until the account waits for them...
        for (int i = 0; i < 8; ++i) {
            m_server.post(QString(Sync::Protocol::LoginPath),
                          Sync::Protocol::encode(
                              Sync::Protocol::LoginRequest{u"lfernandez"_s, u"guess-%1"_s.arg(i)}));
        }
        Client stranger(m_server.url());
        QSignalSpy held(&stranger.accounts, &Sync::AccountManager::signInFailed);
        QVERIFY(!signIn(stranger, u"lfernandez"_s, m_server.password()));
        QCOMPARE(held.first().first().value<Core::Error>().code, Core::ErrorCode::RateLimited);
        // ...and the member, back at their own computer, signs in.
        QVERIFY(signIn(c, u"lfernandez"_s, m_server.password()));
        QVERIFY(c.accounts.isSignedIn());
    }

    void firstSyncFillsReplicaWithWhatMemberMaySee()
    {
        Client c(m_server.url());
        QVERIFY(signIn(c, u"member"_s, m_server.password()));
        c.engine.setPageSize(37);
        QSignalSpy progress(&c.engine, &Sync::SyncEngine::progress);
        QSignalSpy states(&c.engine, &Sync::SyncEngine::stateChanged);
        QVERIFY(syncOnce(c));
        QVERIFY2(progress.size() > 3, "a page size of 37 must take several pages");
        QCOMPARE(states.last().first().value<Sync::SyncEngine::State>(),
                 Sync::SyncEngine::State::Idle);

        const View server = serverView(m_server, c.api.token());
        QVERIFY(server.size() > 100);
        COMPARE_VIEWS(replicaView(c.store), server);
        // The member's own team plan, not the other teams'.
        QCOMPARE(*c.store.records().count(Core::Entity::ActionPlan), 1);
        QVERIFY(*c.store.records().count(Core::Entity::Course) >= 6);
        QVERIFY(!c.store.syncState().value(Core::SyncStateRepository::LastSyncKey)->isEmpty());

        // Nothing new: one request, nothing applied, same state.
        QSignalSpy again(&c.engine, &Sync::SyncEngine::progress);
        QVERIFY(syncOnce(c));
        QCOMPARE(again.size(), 1);
        QCOMPARE(again.first().first().toLongLong(), 0);
        COMPARE_VIEWS(replicaView(c.store), server);
    }

    void interruptedSyncResumesAtFirstUnappliedPage()
    {
        Client c(m_server.url());
        QVERIFY(signIn(c, u"facilitator"_s, m_server.password()));
        c.engine.setPageSize(25);
        qint64 appliedBeforeAbort = 0;
        QMetaObject::Connection stopper =
            connect(&c.engine, &Sync::SyncEngine::progress, this, [&](qint64 records, qint64) {
                if (records >= 50) {
                    appliedBeforeAbort = records;
                    c.engine.abort();
                }
            });
        QSignalSpy finished(&c.engine, &Sync::SyncEngine::finished);
        c.engine.syncNow();
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Cancelled);
        disconnect(stopper);
        QCOMPARE(appliedBeforeAbort, 50);
        // The pages the applier had begun when the sync stopped (one
        // transaction, at most 5,000 changes) land whole, with their
        // position; none after them.
        QTest::qWait(300);
        const qint64 kept = replicaView(c.store).size();
        QVERIFY2(kept >= appliedBeforeAbort && kept - appliedBeforeAbort <= 5000,
                 qPrintable(QString::number(kept)));
        QVERIFY(*c.store.syncState().cursor() > 0);

        QSignalSpy progress(&c.engine, &Sync::SyncEngine::progress);
        QVERIFY(syncOnce(c));
        const View server = serverView(m_server, c.api.token());
        COMPARE_VIEWS(replicaView(c.store), server);
        // The resumed sync fetched only what was missing.
        QCOMPARE(progress.last().first().toLongLong(), qint64(server.size()) - kept);
        // A facilitator sees every team's plan in the program.
        QCOMPARE(*c.store.records().count(Core::Entity::ActionPlan), 3);
    }

    void linkFaultsFailCleanlyThenConverge()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        Client c(throughProxy(proxy));
        QVERIFY(signIn(c, u"member"_s, m_server.password()));
        c.engine.setPageSize(50);
        c.engine.setRetryPolicy({1, 1000, 60000}); // each failure seen, not retried

        // A body cut short: the page is not applied, the cursor stays.
        proxy.setFaults({.cutAfterBytes = 3000});
        QVERIFY(!syncOnce(c));
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Network);
        QCOMPARE(*c.store.syncState().cursor(), 0);
        QVERIFY(replicaView(c.store).isEmpty());

        // A 503 from something in between.
        proxy.setFaults({.serviceUnavailable = 1});
        QVERIFY(!syncOnce(c));
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Server);

        // A slow, laggy link still converges.
        proxy.setFaults({.latencyMs = 40, .bytesPerSecond = 2 * 1024 * 1024});
        QVERIFY(syncOnce(c));
        COMPARE_VIEWS(replicaView(c.store), serverView(m_server, c.api.token()));
        QVERIFY(proxy.bytesToClient() > 0);
    }

    // A connection opened ahead (while the app opens its replica and reads
    // the token) carries the sync's first request: its handshake is not
    // paid twice, and no request is sent for it.
    void syncGoesOutOnTheConnectionOpenedAhead()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        Client c(throughProxy(proxy));
        QVERIFY(signIn(c, u"member"_s, m_server.password()));
        c.nam.clearConnectionCache(); // as a new process starts
        proxy.resetCounters();

        c.api.preconnect();
        QTRY_COMPARE(proxy.connections(), 1);
        QVERIFY(proxy.requests().isEmpty());
        QVERIFY(syncOnce(c));
        QCOMPARE(proxy.connections(), 1);
        QCOMPARE(proxy.requests().size(), 1);
        QVERIFY(proxy.requests().first().startsWith(u"GET /api/v1/sync/pull"_s));
        COMPARE_VIEWS(replicaView(c.store), serverView(m_server, c.api.token()));
    }

    // A pull comes as one stream of pages, applied as they arrive: a link
    // cut in the middle keeps the pages that came whole, and the next sync
    // goes on from the first page it lacks, fetching nothing twice.
    void streamCutKeepsWholePages()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        Client c(throughProxy(proxy));
        QVERIFY(signIn(c, u"facilitator"_s, m_server.password()));
        c.engine.setPageSize(10);
        c.engine.setRetryPolicy({1, 1000, 60000});

        proxy.setFaults({.cutAfterBytes = 8000});
        QSignalSpy cut(&c.engine, &Sync::SyncEngine::progress);
        QVERIFY(!syncOnce(c));
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Network);
        QVERIFY2(cut.size() >= 2, "several pages arrive whole before the cut");
        const qint64 applied = cut.last().first().toLongLong();
        QCOMPARE(qint64(replicaView(c.store).size()), applied);
        QVERIFY(*c.store.syncState().cursor() > 0);

        proxy.setFaults({});
        QSignalSpy resumed(&c.engine, &Sync::SyncEngine::progress);
        QVERIFY(syncOnce(c));
        const View server = serverView(m_server, c.api.token());
        COMPARE_VIEWS(replicaView(c.store), server);
        QCOMPARE(resumed.last().first().toLongLong(), qint64(server.size()) - applied);
    }

    // Pages are sized to the link as the last pull measured it: on a slow
    // link a cut costs at most about ten seconds of it (a page), on a fast
    // one pages are as large as the server makes them.
    void pagesAreSizedToTheLink()
    {
        Client slow(m_server.url());
        QVERIFY(signIn(slow, u"facilitator"_s, m_server.password()));
        QVERIFY(slow.store.syncState()
                    .setValue(Core::SyncStateRepository::LinkRateKey, u"1500"_s)
                    .ok()); // 10 s of it: about 100 records
        QSignalSpy pages(&slow.engine, &Sync::SyncEngine::progress);
        QVERIFY(syncOnce(slow));
        const View server = serverView(m_server, slow.api.token());
        QVERIFY(server.size() > 200);
        QCOMPARE(pages.size(), int((server.size() + 99) / 100));
        COMPARE_VIEWS(replicaView(slow.store), server);

        Client fast(m_server.url());
        QVERIFY(signIn(fast, u"facilitator"_s, m_server.password()));
        QVERIFY(fast.store.syncState()
                    .setValue(Core::SyncStateRepository::LinkRateKey, u"100000000"_s)
                    .ok());
        QSignalSpy one(&fast.engine, &Sync::SyncEngine::progress);
        QVERIFY(syncOnce(fast));
        QCOMPARE(one.size(), 1);
        COMPARE_VIEWS(replicaView(fast.store), server);
    }

    void unreachableServerAndBadTokenAreReportedAndReplicaKept()
    {
        Client c(m_server.url());
        QVERIFY(signIn(c, u"member"_s, m_server.password()));
        QVERIFY(syncOnce(c));
        const View before = replicaView(c.store);

        c.api.setServer(QUrl(u"http://127.0.0.1:1"_s));
        QVERIFY(!syncOnce(c));
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Network);
        COMPARE_VIEWS(replicaView(c.store), before);

        c.api.setServer(m_server.url());
        c.api.setToken(u"not-a-real-token"_s);
        QVERIFY(!syncOnce(c));
        QCOMPARE(c.engine.lastError().code, Core::ErrorCode::Unauthorized);
        COMPARE_VIEWS(replicaView(c.store), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncPull)
#include "tst_sync_pull.moc"

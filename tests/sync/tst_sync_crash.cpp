// The real headless client, killed: `leadernet-sync sync` runs against a real
// leadernet-server through a slow link (a fault proxy with latency and a rate
// limit), and is killed with SIGKILL at random moments of its sign-in, push
// and pull, again and again. Between runs the test edits the profile's
// replica as the app would (posts in a seminar thread, the team's action plan
// and activities) and a teammate writes on the server, so that there is
// always something to push and something to pull when the kill lands. After
// every kill the replica opens and passes SQLite's integrity check; at the
// end a clean sync succeeds, every local edit is on the server exactly once,
// the outbox is empty and the replica matches the server's digest.
//
// The seed is printed; replay a failure with LEADERNET_CRASH_SEED=<seed>.
// Soak: LEADERNET_CRASH_KILLS=<n> (the QTest function timeout is raised to fit).
#include "entityschema.h"
#include "faultproxy.h"
#include "syncclient.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sys/prctl.h>

#include <csignal>

using namespace Qt::StringLiterals;
using TestSync::Client;
namespace Entity = Core::Entity;

namespace {

constexpr quint32 DefaultSeed = 20261124;
constexpr int DefaultKills = 24;
// The link between the client and the server: slow enough that a sync
// takes a second or so, and a kill can land in each of its steps.
constexpr Tests::FaultProxy::Faults SlowLink{.latencyMs = 100, .bytesPerSecond = 96 * 1024};

// What the client's engine logs once it is signed in and starts to sync
// (category leadernet.sync.engine, switched on in the client's environment).
constexpr QByteArrayView SyncStartedLine{"sync started"};

// Where a kill landed, judged from the replica and the server afterwards.
constexpr QLatin1StringView LandedInFirstSync{"in the first sync"};
constexpr QLatin1StringView LandedBeforePush{"before the push reached the server"};
constexpr QLatin1StringView LandedBeforeAnswer{
    "after the server applied the push, before the answer"};
constexpr QLatin1StringView LandedBetweenBatches{"between push batches"};
constexpr QLatin1StringView LandedInPull{"after the push was acknowledged (pulling)"};

// The plan fields this laptop's member edits; the teammate edits others.
const QStringList MemberPlanFields{u"vision"_s, u"measurable_result"_s, u"root_causes"_s,
                                   u"priority_actions"_s};
const QStringList TeammatePlanFields{u"challenge"_s, u"current_situation"_s};

quint32 environmentNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const uint value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

// "ok", or what SQLite found wrong with the replica.
QString integrityOf(const Core::LocalStore &store)
{
    QSqlQuery query(store.database());
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return u"integrity_check failed to run"_s;
    QStringList rows;
    while (query.next())
        rows << query.value(0).toString();
    return rows.join(u"; "_s);
}

QString field(const QJsonObject &change, QLatin1StringView name)
{
    return change.value("fields"_L1).toObject().value(name).toString();
}

} // namespace

class TestSyncCrash final : public QObject
{
    Q_OBJECT

public:
    TestSyncCrash()
    {
        // A soak run takes longer than QTest's default five minutes per function.
        const quint32 kills = environmentNumber("LEADERNET_CRASH_KILLS", DefaultKills);
        if (kills > DefaultKills && qEnvironmentVariableIsEmpty("QTEST_FUNCTION_TIMEOUT"))
            qputenv("QTEST_FUNCTION_TIMEOUT", QByteArray::number(qint64(kills) * 10000 + 300000));
    }

private:
    // What the member's edits must come to on the server.
    struct Expected {
        QHash<QString, QString> posts;          // id -> last body, the posts not deleted
        QSet<QString> deletedPosts;             // ids
        QHash<QString, QJsonObject> activities; // id -> the fields last set
        QSet<QString> deletedActivities;        // ids
        QJsonObject plan;                       // field -> last value
        int edits = 0;
    };

    // When to kill a run of the client.
    struct KillPlan {
        int afterMs = -1;           // negative: let it finish
        bool fromSyncStart = false; // count from "sync started", not from the start
    };

    // How one run of the client ended.
    struct Run {
        bool killed = false;
        int exitCode = -1;
        qint64 elapsedMs = 0;
        qint64 syncStartedMs = -1; // when the engine started, with fromSyncStart
        QByteArray output;         // stdout and stderr
    };

    TestCommon::TestServer m_server;
    std::unique_ptr<Tests::FaultProxy> m_proxy;
    QUrl m_viaProxy;
    QTemporaryDir m_profile; // the client's profile folder
    QTemporaryDir m_home;    // HOME and XDG folders of the client process
    QRandomGenerator m_rng;
    quint32 m_seed = DefaultSeed;
    int m_kills = DefaultKills;
    QString m_marker; // starts every text the member writes
    QString m_memberId;
    QString m_planId;
    QString m_threadId;
    Expected m_expected;
    QStringList m_newPosts;             // made since the last run started
    QString m_token;                    // the member's, to look at the server directly
    std::unique_ptr<Client> m_teammate; // lceesay, writing on the server meanwhile
    bool m_teammateJoined = false;      // lceesay joined the member's seminar
    QString m_seminarId;                // the seminar of m_threadId

    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }
    // Keys in a fixed order, so that a seed replays the same choices.
    static QStringList sortedKeys(const QHash<QString, QString> &hash)
    {
        QStringList keys = hash.keys();
        keys.sort();
        return keys;
    }

    QString replicaPath() const { return m_profile.filePath(Core::LocalStore::replicaFileName()); }

    // Starts `leadernet-sync COMMAND member` on the profile, through the proxy.
    std::unique_ptr<QProcess> startClient(const QString &command)
    {
        auto process = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No keychain and no user files: the password comes on standard input.
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/leadernet-test-bus"_s);
        env.insert(u"HOME"_s, m_home.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_home.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_home.filePath(u"data"_s));
        env.insert(u"XDG_CACHE_HOME"_s, m_home.filePath(u"cache"_s));
        env.insert(u"QT_LOGGING_RULES"_s, u"leadernet.sync.engine.info=true"_s);
        process->setProcessEnvironment(env);
        process->setProcessChannelMode(QProcess::MergedChannels);
        // A test that dies takes its client with it.
        process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        process->start(QStringLiteral(LEADERNET_SYNC_BIN),
                       {u"--profile"_s, m_profile.path(), u"--server"_s, m_viaProxy.toString(),
                        command, u"member"_s});
        if (process->waitForStarted(30000)) {
            process->write(m_server.password().toUtf8() + '\n');
            process->closeWriteChannel();
        }
        return process;
    }

    // Runs the client; unless it finishes first, kills it with SIGKILL
    // `kill.afterMs` after it started, or after its engine said "sync
    // started" (after sign-in, so the kill lands in the push or the pull).
    // Never kills when afterMs is negative.
    Run runClient(const QString &command, const KillPlan &kill)
    {
        Run run;
        QElapsedTimer clock;
        clock.start();
        const std::unique_ptr<QProcess> process = startClient(command);
        if (process->state() == QProcess::NotRunning) {
            run.output = process->errorString().toUtf8();
            return run;
        }
        // Blocking is fine: the proxy has its own thread, the server its own process.
        if (kill.afterMs >= 0 && kill.fromSyncStart) {
            while (!run.output.contains(SyncStartedLine) && process->waitForReadyRead(30000))
                run.output += process->readAll();
            run.syncStartedMs = clock.elapsed();
        }
        if (!process->waitForFinished(kill.afterMs < 0 ? 120000 : kill.afterMs)) {
            process->kill();
            process->waitForFinished(10000);
            run.killed = true;
        }
        run.elapsedMs = clock.elapsed();
        run.output += process->readAll();
        if (!run.killed && process->exitStatus() == QProcess::NormalExit)
            run.exitCode = process->exitCode();
        return run;
    }

    Run runClient(const QString &command) { return runClient(command, KillPlan()); }

    // Opens the replica as the app would after a crash; false (with a
    // failure recorded) when it cannot be opened or is damaged.
    bool openReplica(Core::LocalStore &store)
    {
        const Core::Status opened = store.open(replicaPath());
        if (!opened) {
            QTest::qFail(qPrintable(u"the replica does not open: "_s + opened.error().detail),
                         __FILE__, __LINE__);
            return false;
        }
        const QString integrity = integrityOf(store);
        if (integrity != u"ok") {
            QTest::qFail(qPrintable(u"the replica is damaged: "_s + integrity), __FILE__, __LINE__);
            return false;
        }
        return true;
    }

    // Finds the plan, the activities and a seminar thread once the replica has them.
    bool findTargets(const Core::LocalStore &store)
    {
        if (!m_planId.isEmpty())
            return true;
        for (const Core::Record &team : store.records().list(Entity::Team).value()) {
            if (!team.fields.value("members"_L1).toArray().contains(m_memberId))
                continue;
            const auto plans = store.records().list(Entity::ActionPlan, u"team_id"_s, team.id);
            if (plans && !plans->isEmpty())
                m_planId = plans->first().id;
        }
        const auto participations =
            store.records().list(Entity::SeminarParticipant, u"member_id"_s, m_memberId);
        for (const Core::Record &p : participations.value()) {
            // A seminar still open: the server takes posts written now.
            const auto seminar = store.records().get(Entity::Seminar, p.text(u"seminar_id"));
            if (!seminar || QDate::fromString(seminar->text(u"ends_on"), Qt::ISODate) <
                                QDate::currentDate().addDays(1))
                continue;
            const auto threads =
                store.records().list(Entity::Thread, u"seminar_id"_s, p.text(u"seminar_id"));
            if (threads && !threads->isEmpty()) {
                m_threadId = threads->first().id;
                m_seminarId = seminar->id;
                break;
            }
        }
        if (m_planId.isEmpty() || m_threadId.isEmpty()) {
            m_planId.clear();
            return false;
        }
        return true;
    }

    QString nextText(const QString &what)
    {
        return u"%1 %2 %3"_s.arg(m_marker, what).arg(++m_expected.edits);
    }

    // A few random local edits of the member, as the app makes them.
    void editLocally(Core::LocalStore &store)
    {
        const int posts = 1 + pick(3);
        for (int i = 0; i < posts; ++i) {
            Core::Record post{QString(Entity::Post),
                              Core::newRecordId(),
                              0,
                              QJsonObject{{u"thread_id"_s, m_threadId},
                                          {u"author_id"_s, m_memberId},
                                          {u"body"_s, nextText(u"post"_s)},
                                          {u"created_at"_s, Core::nowUtc()}},
                              {},
                              {}};
            QVERIFY(store.createRecord(post, m_memberId).ok());
            m_expected.posts.insert(post.id, post.text(u"body"));
            m_newPosts << post.id;
        }
        if (chance(40) && m_expected.posts.size() > 1) {
            const QString id = sortedKeys(m_expected.posts).at(pick(int(m_expected.posts.size())));
            const QString body = m_expected.posts.value(id) + u" edited"_s;
            QVERIFY(store.updateRecord(Entity::Post, id, {{u"body"_s, body}}, m_memberId).ok());
            m_expected.posts.insert(id, body);
        }
        if (chance(15) && m_expected.posts.size() > 1) {
            const QString id = sortedKeys(m_expected.posts).at(pick(int(m_expected.posts.size())));
            QVERIFY(store.deleteRecord(Entity::Post, id, m_memberId).ok());
            m_expected.posts.remove(id);
            m_expected.deletedPosts.insert(id);
        }

        const int planEdits = pick(3);
        for (int i = 0; i < planEdits; ++i) {
            const QString name = MemberPlanFields.at(pick(int(MemberPlanFields.size())));
            const QString value = nextText(name);
            QVERIFY(
                store.updateRecord(Entity::ActionPlan, m_planId, {{name, value}}, m_memberId).ok());
            m_expected.plan.insert(name, value);
        }

        if (chance(40)) {
            Core::Record activity{QString(Entity::Activity),
                                  Core::newRecordId(),
                                  0,
                                  QJsonObject{{u"plan_id"_s, m_planId},
                                              {u"position"_s, 100 + m_expected.edits},
                                              {u"what"_s, nextText(u"activity"_s)},
                                              {u"responsible_id"_s, m_memberId},
                                              {u"status"_s, u"planned"_s}},
                                  {},
                                  {}};
            QVERIFY(store.createRecord(activity, m_memberId).ok());
            m_expected.activities.insert(activity.id, activity.fields);
        }
        const QList<Core::Record> activities =
            store.records().list(Entity::Activity, u"plan_id"_s, m_planId).value();
        if (chance(50) && !activities.isEmpty()) {
            // Any activity of the plan, the team's own ones too.
            const Core::Record &a = activities.at(pick(int(activities.size())));
            static const QStringList statuses{u"planned"_s, u"in_progress"_s, u"done"_s};
            const QJsonObject change{{u"status"_s, statuses.at(pick(3))},
                                     {u"indicator"_s, nextText(u"indicator"_s)}};
            QVERIFY(store.updateRecord(Entity::Activity, a.id, change, m_memberId).ok());
            QJsonObject fields = m_expected.activities.value(a.id);
            for (auto it = change.begin(); it != change.end(); ++it)
                fields.insert(it.key(), it.value());
            m_expected.activities.insert(a.id, fields);
        }
        if (chance(15)) {
            // Only activities the member made, so the team's ones stay to be edited.
            QStringList made;
            for (const Core::Record &a : activities) {
                if (a.text(u"what").startsWith(m_marker))
                    made << a.id;
            }
            if (!made.isEmpty()) {
                const QString id = made.at(pick(int(made.size())));
                QVERIFY(store.deleteRecord(Entity::Activity, id, m_memberId).ok());
                m_expected.activities.remove(id);
                m_expected.deletedActivities.insert(id);
            }
        }
    }

    // The teammate writes on the server: posts long enough to make the
    // member's pull take a while, and plan fields the member does not edit.
    void teammateWrites()
    {
        Client &c = *m_teammate;
        if (!m_teammateJoined) {
            // The teammate joins the member's seminar to write in it.
            Core::Record join{QString(Entity::SeminarParticipant),
                              Core::newRecordId(),
                              0,
                              {{u"seminar_id"_s, m_seminarId},
                               {u"member_id"_s, c.memberId()},
                               {u"joined_at"_s, Core::nowUtc()}},
                              {},
                              {}};
            QVERIFY(c.store.createRecord(join, c.memberId()).ok());
            QVERIFY(TestSync::syncOnce(c));
            QCOMPARE(c.engine.summary().rejected, 0);
            m_teammateJoined = true;
        }
        const int posts = 2 + pick(4);
        for (int i = 0; i < posts; ++i) {
            QString body = u"teammate %1:"_s.arg(m_expected.edits);
            for (int words = 0; words < 200; ++words)
                body += u' ' + QString::number(m_rng.generate(), 36);
            Core::Record post{QString(Entity::Post),
                              Core::newRecordId(),
                              0,
                              QJsonObject{{u"thread_id"_s, m_threadId},
                                          {u"author_id"_s, c.memberId()},
                                          {u"body"_s, body},
                                          {u"created_at"_s, Core::nowUtc()}},
                              {},
                              {}};
            QVERIFY(c.store.createRecord(post, c.memberId()).ok());
        }
        if (chance(50)) {
            const QString name = TeammatePlanFields.at(pick(int(TeammatePlanFields.size())));
            QVERIFY(c.store
                        .updateRecord(Entity::ActionPlan, m_planId,
                                      {{name, u"teammate %1"_s.arg(m_expected.edits)}},
                                      c.memberId())
                        .ok());
        }
        QVERIFY(TestSync::syncOnce(c));
        QCOMPARE(c.engine.summary().rejected, 0);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_profile.isValid() && m_home.isValid());
        m_seed = environmentNumber("LEADERNET_CRASH_SEED", DefaultSeed);
        m_kills = int(environmentNumber("LEADERNET_CRASH_KILLS", DefaultKills));
        m_rng.seed(m_seed);
        m_marker = u"crash-%1"_s.arg(m_seed);
        qInfo("crash seed %u, %d kills (replay with LEADERNET_CRASH_SEED=%u)", m_seed, m_kills,
              m_seed);
        QVERIFY2(QFile::exists(QStringLiteral(LEADERNET_SYNC_BIN)), LEADERNET_SYNC_BIN);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_proxy = std::make_unique<Tests::FaultProxy>(QHostAddress::LocalHost,
                                                      quint16(m_server.url().port()));
        QVERIFY(m_proxy->start());
        m_viaProxy = m_server.url();
        m_viaProxy.setPort(m_proxy->port());

        const auto login =
            m_server.post(u"/api/v1/auth/login"_s,
                          QJsonDocument(QJsonObject{{u"username"_s, u"member"_s},
                                                    {u"password"_s, m_server.password()}})
                              .toJson());
        m_memberId = login.json().value("member_id"_L1).toString();
        m_token = login.json().value("token"_L1).toString();
        QVERIFY(!m_memberId.isEmpty() && !m_token.isEmpty());
        m_teammate = std::make_unique<Client>(m_server.url());
        QVERIFY(TestSync::signIn(*m_teammate, u"lceesay"_s, m_server.password()));
        QVERIFY(TestSync::syncOnce(*m_teammate));
    }

    void killedClientLosesNothingAndRepeatsNothing()
    {
        m_proxy->setFaults(SlowLink);
        int kills = 0;
        int finishedRuns = 0;
        // Where the kills landed, judged from the replica and the server afterwards.
        QMap<QLatin1StringView, int> landed;
        // How long a whole run and its sync (after sign-in) take, measured on
        // runs that were not cut; kills are spread over them. Most kills count
        // from the start of the sync, so that they land in the push or the
        // pull; some from the start of the process, which may cut the start
        // or the sign-in. The first sync fills an empty replica.
        qint64 runMs = 2000;
        qint64 syncMs = 1000;
        QStringList pendingBeforeRun;
        for (int iteration = 0; kills < m_kills; ++iteration) {
            QVERIFY2(iteration < 4 * m_kills + 20, "the client finishes before it can be killed");
            {
                Core::LocalStore store;
                if (!openReplica(store))
                    return;
                m_newPosts.clear();
                if (findTargets(store)) {
                    editLocally(store);
                    if (QTest::currentTestFailed())
                        return;
                }
                pendingBeforeRun.clear();
                for (const Core::OutboxEntry &e : store.outbox().pending().value())
                    pendingBeforeRun << e.opId;
            }
            if (!m_planId.isEmpty()) {
                teammateWrites();
                if (QTest::currentTestFailed())
                    return;
            }

            KillPlan plan;
            plan.fromSyncStart = !m_planId.isEmpty() && chance(75);
            plan.afterMs =
                int(m_rng.bounded(qint64((plan.fromSyncStart ? syncMs : runMs) * 11 / 10) + 1));
            const Run run = runClient(u"sync"_s, plan);
            if (!run.killed) {
                QVERIFY2(run.exitCode == 0, run.output.constData());
                // Without the line, kills counted from it cannot be placed.
                QVERIFY2(run.output.contains(SyncStartedLine), run.output.constData());
                ++finishedRuns;
                runMs = (runMs + run.elapsedMs) / 2;
                if (run.syncStartedMs >= 0)
                    syncMs = (syncMs + run.elapsedMs - run.syncStartedMs) / 2;
                continue;
            }
            ++kills;

            Core::LocalStore store;
            if (!openReplica(store))
                return;
            int left = 0;
            for (const Core::OutboxEntry &e : store.outbox().pending().value())
                left += pendingBeforeRun.contains(e.opId) ? 1 : 0;
            QLatin1StringView where = LandedInPull;
            if (pendingBeforeRun.isEmpty())
                where = LandedInFirstSync;
            else if (left == pendingBeforeRun.size() && !m_newPosts.isEmpty() &&
                     m_server.records(m_token).contains(u"post/"_s + m_newPosts.last()))
                where = LandedBeforeAnswer;
            else if (left == pendingBeforeRun.size())
                where = LandedBeforePush;
            else if (left > 0)
                where = LandedBetweenBatches;
            ++landed[where];
            qInfo("kill %d, %d ms after the %s: %s", kills, plan.afterMs,
                  plan.fromSyncStart ? "sync started" : "process started", where.data());
        }
        qInfo() << "seed" << m_seed << ":" << kills << "kills," << finishedRuns
                << "runs finished first," << m_expected.edits << "edits; kills landed:" << landed;
        // Both directions were cut (the kills spread over the sync make it all
        // but certain with this many).
        if (m_kills >= 10) {
            QVERIFY(landed.value(LandedInPull) > 0);
            QVERIFY(landed.value(LandedBeforePush) + landed.value(LandedBeforeAnswer) > 0);
        }

        // A clean sync over a good link brings everything together.
        m_proxy->setFaults({});
        const Run last = runClient(u"sync"_s);
        QVERIFY2(last.exitCode == 0, last.output.constData());
        {
            Core::LocalStore store;
            if (!openReplica(store))
                return;
            QCOMPARE(store.outbox().pendingCount().value(), 0);
            QVERIFY(store.outbox().rejected()->isEmpty());
        }

        // Every post once, with its last text; the deleted ones gone.
        const QHash<QString, QJsonObject> server = m_server.records(m_token);
        QHash<QString, int> postsByText;
        int markedPosts = 0;
        for (const QJsonObject &r : server) {
            if (r.value("entity"_L1).toString() == Entity::Post &&
                field(r, "body"_L1).startsWith(m_marker)) {
                ++markedPosts;
                ++postsByText[field(r, "body"_L1)];
            }
        }
        QCOMPARE(markedPosts, int(m_expected.posts.size()));
        for (auto it = m_expected.posts.cbegin(); it != m_expected.posts.cend(); ++it) {
            const QJsonObject post = server.value(u"post/"_s + it.key());
            QCOMPARE(field(post, "body"_L1), it.value());
            QCOMPARE(postsByText.value(it.value()), 1);
        }
        for (const QString &id : std::as_const(m_expected.deletedPosts))
            QVERIFY2(!server.contains(u"post/"_s + id), qPrintable(id));

        // The activities as last edited, each made once; the deleted ones gone.
        int markedActivities = 0;
        for (const QJsonObject &r : server) {
            if (r.value("entity"_L1).toString() == Entity::Activity &&
                field(r, "what"_L1).startsWith(m_marker)) {
                ++markedActivities;
            }
        }
        int madeAndKept = 0;
        for (auto it = m_expected.activities.cbegin(); it != m_expected.activities.cend(); ++it) {
            const QJsonObject fields =
                server.value(u"activity/"_s + it.key()).value("fields"_L1).toObject();
            for (auto f = it->begin(); f != it->end(); ++f)
                QCOMPARE(fields.value(f.key()), f.value());
            if (it->value("what"_L1).toString().startsWith(m_marker))
                ++madeAndKept;
        }
        QCOMPARE(markedActivities, madeAndKept);
        for (const QString &id : std::as_const(m_expected.deletedActivities))
            QVERIFY2(!server.contains(u"activity/"_s + id), qPrintable(id));

        // The plan holds the member's last value of each field edited.
        const QJsonObject plan =
            server.value(u"action_plan/"_s + m_planId).value("fields"_L1).toObject();
        for (auto it = m_expected.plan.begin(); it != m_expected.plan.end(); ++it)
            QCOMPARE(plan.value(it.key()).toString(), it.value().toString());

        // Nothing the member sent came back as a conflict with itself.
        for (const QJsonObject &r : server) {
            if (r.value("entity"_L1).toString() == Entity::Conflict)
                QFAIL(qPrintable(u"unexpected conflict on %1 %2 (seed %3)"_s
                                     .arg(field(r, "record_entity"_L1), field(r, "record_id"_L1))
                                     .arg(m_seed)));
        }

        // The replica matches the server's digest, seen by the engine in this
        // process and by the client's own `verify`.
        {
            Client checker(m_server.url());
            checker.store.close();
            QVERIFY(checker.store.open(replicaPath()).ok());
            checker.api.setToken(m_token);
            const QStringList differ = TestSync::verify(checker);
            QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u", "_s)));
        }
        const Run verify = runClient(u"verify"_s);
        QVERIFY2(verify.exitCode == 0, verify.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCrash)
#include "tst_sync_crash.moc"

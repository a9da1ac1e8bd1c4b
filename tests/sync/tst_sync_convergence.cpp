// Randomized convergence: three members of one team, who also share a
// seminar, each on their own laptop, make random offline edits (action plan
// texts, whole values and single lines, activities created, edited and
// deleted, posts written, edited and deleted) and sync in random orders,
// round after round, against a real leadernet-server. At the end every
// replica matches the server's digest, the three hold identical team and
// seminar records, and every conflict an engine reported is one conflict
// record that everybody sees, naming a real record and both sides.
//
// The seed is printed; replay a failure with LEADERNET_CONVERGENCE_SEED=<seed>
// (LEADERNET_CONVERGENCE_ROUNDS=<n> runs longer).
#include "entityschema.h"
#include "scopes.h"
#include "syncclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;
using TestSync::Client;
namespace Entity = Core::Entity;

namespace {

constexpr quint32 DefaultSeed = 20261124;
constexpr int DefaultRounds = 8;

// The plan's text fields: four get whole new values, two start as many
// lines and get one line edited at a time, so that edits of different lines
// merge and edits of one line (or of a whole value) conflict.
const QStringList OneLineFields{u"challenge"_s, u"vision"_s, u"measurable_result"_s,
                                u"priority_actions"_s};
const QStringList MultiLineFields{u"current_situation"_s, u"root_causes"_s};

quint32 environmentNumber(const char *name, quint32 fallback)
{
    bool ok = false;
    const uint value = qEnvironmentVariable(name).toUInt(&ok);
    return ok ? value : fallback;
}

// A record as compared between replicas: revision and fields.
QString signature(const Core::Record &r)
{
    return u"%1 %2"_s.arg(r.revision)
        .arg(QString::fromUtf8(QJsonDocument(r.fields).toJson(QJsonDocument::Compact)));
}

// The records of `store` in `scopes`, by "entity/id".
QMap<QString, QString> recordsInScopes(const Core::LocalStore &store, const QStringList &scopes)
{
    Core::Scopes::Lookup lookup = [&](QLatin1StringView entity,
                                      const QString &id) -> Core::Result<QString> {
        const Core::Result<Core::Record> parent = store.records().get(entity, id);
        return parent ? Core::Scopes::scopeOf(*parent, lookup) : parent.error();
    };
    QMap<QString, QString> out;
    for (const Core::EntitySpec &spec : Core::entitySpecs()) {
        for (const Core::Record &r : store.records().list(spec.name).value()) {
            const Core::Result<QString> scope = Core::Scopes::scopeOf(r, lookup);
            if (scope && scopes.contains(*scope))
                out.insert(r.entity + u'/' + r.id, signature(r));
        }
    }
    return out;
}

// What differs between two record maps, briefly.
QString difference(const QMap<QString, QString> &a, const QMap<QString, QString> &b)
{
    QStringList lines;
    for (auto it = a.cbegin(); it != a.cend() && lines.size() < 6; ++it) {
        if (b.value(it.key()) != it.value())
            lines << u"%1: %2 | %3"_s.arg(it.key(), it.value(), b.value(it.key(), u"-"_s));
    }
    for (auto it = b.cbegin(); it != b.cend() && lines.size() < 6; ++it) {
        if (!a.contains(it.key()))
            lines << u"%1: - | %2"_s.arg(it.key(), it.value());
    }
    return u"%1 vs %2 records; %3"_s.arg(a.size()).arg(b.size()).arg(lines.join(u"; "_s));
}

} // namespace

class TestSyncConvergence final : public QObject
{
    Q_OBJECT

private:
    struct Laptop {
        QString user;
        std::unique_ptr<Client> client;
    };

    TestCommon::TestServer m_server;
    QRandomGenerator m_rng;
    quint32 m_seed = DefaultSeed;
    std::vector<Laptop> m_laptops;
    QString m_teamId;
    QString m_planId;
    QString m_seminarId;
    QStringList m_threadIds;
    QHash<QString, QString> m_known; // id -> entity of every record of the two scopes seen or made
    qint64 m_reportedConflicts = 0;
    int m_edits = 0;

    int pick(int n) { return int(m_rng.bounded(n)); }
    bool chance(int percent) { return pick(100) < percent; }

    // One sync of `laptop`, which must succeed with nothing refused.
    bool syncLaptop(Laptop &laptop, bool *quiet = nullptr)
    {
        Client &c = *laptop.client;
        if (!TestSync::syncOnce(c)) {
            qWarning() << laptop.user << "sync failed:" << c.engine.lastError().detail;
            return false;
        }
        const Sync::SyncSummary &s = c.engine.summary();
        m_reportedConflicts += s.conflicts;
        if (s.rejected > 0) {
            for (const Core::OutboxEntry &e : c.store.outbox().rejected().value())
                qWarning() << laptop.user << "refused:" << e.entity << e.recordId << e.error;
            return false;
        }
        if (quiet && (s.pushed > 0 || s.received > 0))
            *quiet = false;
        return true;
    }

    QString label(const Laptop &laptop, int round)
    {
        return u"%1 r%2 e%3"_s.arg(laptop.user).arg(round).arg(++m_edits);
    }

    // One random offline edit on `laptop`; false when the store refused it.
    bool randomEdit(Laptop &laptop, int round)
    {
        Client &c = *laptop.client;
        Core::LocalStore &store = c.store;
        const QString me = c.memberId();
        const int what = pick(100);
        if (what < 40) {
            const Core::Record plan = store.records().get(Entity::ActionPlan, m_planId).value();
            if (chance(40)) {
                // A whole new value of a one-line field.
                const QString field = OneLineFields.at(pick(int(OneLineFields.size())));
                return store
                    .updateRecord(Entity::ActionPlan, m_planId, {{field, label(laptop, round)}}, me)
                    .ok();
            }
            // A small edit of a text of several lines: one line replaced,
            // inserted or removed.
            const QString field = MultiLineFields.at(pick(int(MultiLineFields.size())));
            QStringList lines = plan.text(field).split(u'\n');
            const int at = pick(int(lines.size()));
            const int how = pick(10);
            if (how < 6)
                lines[at] = label(laptop, round);
            else if (how < 8 || lines.size() <= 8)
                lines.insert(at, label(laptop, round));
            else
                lines.removeAt(at);
            return store
                .updateRecord(Entity::ActionPlan, m_planId, {{field, lines.join(u'\n')}}, me)
                .ok();
        }
        const QList<Core::Record> activities =
            store.records().list(Entity::Activity, u"plan_id"_s, m_planId).value();
        if (what < 58 && !activities.isEmpty()) {
            const Core::Record &a = activities.at(pick(int(activities.size())));
            static const QStringList statuses{u"planned"_s, u"in_progress"_s, u"done"_s};
            const int which = pick(3);
            const QJsonObject change = which == 0 ? QJsonObject{{u"status"_s, statuses.at(pick(3))}}
                                       : which == 1
                                           ? QJsonObject{{u"what"_s, label(laptop, round)}}
                                           : QJsonObject{{u"indicator"_s, label(laptop, round)}};
            return store.updateRecord(Entity::Activity, a.id, change, me).ok();
        }
        if (what < 66 && activities.size() > 2) {
            const Core::Record &a = activities.at(pick(int(activities.size())));
            return store.deleteRecord(Entity::Activity, a.id, me).ok();
        }
        if (what < 76) {
            Core::Record a{QString(Entity::Activity),
                           Core::newRecordId(),
                           0,
                           QJsonObject{{u"plan_id"_s, m_planId},
                                       {u"position"_s, 100 + m_edits},
                                       {u"what"_s, label(laptop, round)},
                                       {u"responsible_id"_s, me},
                                       {u"status"_s, u"planned"_s}},
                           {},
                           {}};
            m_known.insert(a.id, a.entity);
            return store.createRecord(a, me).ok();
        }
        QList<Core::Record> mine;
        for (const Core::Record &p :
             store.records().list(Entity::Post, u"author_id"_s, me).value()) {
            if (p.text(u"body").startsWith(u"converge "_s))
                mine << p;
        }
        if (what < 84 && !mine.isEmpty()) {
            const Core::Record &p = mine.at(pick(int(mine.size())));
            if (chance(50))
                return store.deleteRecord(Entity::Post, p.id, me).ok();
            return store
                .updateRecord(Entity::Post, p.id,
                              {{u"body"_s, QString(u"converge "_s + label(laptop, round))}}, me)
                .ok();
        }
        Core::Record post{
            QString(Entity::Post),
            Core::newRecordId(),
            0,
            QJsonObject{{u"thread_id"_s, m_threadIds.at(pick(int(m_threadIds.size())))},
                        {u"author_id"_s, me},
                        {u"body"_s, QString(u"converge "_s + label(laptop, round))},
                        {u"created_at"_s, Core::nowUtc()}},
            {},
            {}};
        m_known.insert(post.id, post.entity);
        return store.createRecord(post, me).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_seed = environmentNumber("LEADERNET_CONVERGENCE_SEED", DefaultSeed);
        m_rng.seed(m_seed);
        qInfo("convergence seed %u (replay with LEADERNET_CONVERGENCE_SEED=%u)", m_seed, m_seed);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

        for (const QString &user : {u"member"_s, u"lceesay"_s, u"obah"_s}) {
            Laptop laptop{user, std::make_unique<Client>(m_server.url())};
            QVERIFY2(TestSync::signIn(*laptop.client, user, m_server.password()), qPrintable(user));
            QVERIFY(TestSync::syncOnce(*laptop.client));
            m_laptops.push_back(std::move(laptop));
        }

        // The team all three belong to, its plan, and a seminar they all take part in.
        const Core::LocalStore &store = m_laptops.front().client->store;
        QStringList ids;
        for (const Laptop &l : m_laptops)
            ids << l.client->memberId();
        for (const Core::Record &team : store.records().list(Entity::Team).value()) {
            const QJsonArray members = team.fields.value("members"_L1).toArray();
            if (std::all_of(ids.cbegin(), ids.cend(),
                            [&](const QString &id) { return members.contains(id); })) {
                m_teamId = team.id;
            }
        }
        QVERIFY(!m_teamId.isEmpty());
        const auto plans = store.records().list(Entity::ActionPlan, u"team_id"_s, m_teamId).value();
        QCOMPARE(plans.size(), 1);
        m_planId = plans.first().id;
        // A seminar on now (posts are taken only while it is open): every
        // laptop's member joins it if they do not take part yet.
        for (const Core::Record &seminar : store.records().list(Entity::Seminar).value()) {
            const QDate starts = QDate::fromString(seminar.text(u"starts_on"), Qt::ISODate);
            const QDate ends = QDate::fromString(seminar.text(u"ends_on"), Qt::ISODate);
            if (starts <= QDate::currentDate() && ends > QDate::currentDate()) {
                m_seminarId = seminar.id;
                break;
            }
        }
        QVERIFY(!m_seminarId.isEmpty());
        for (const Laptop &l : m_laptops) {
            Core::LocalStore &s = l.client->store;
            bool in = false;
            for (const Core::Record &p :
                 s.records().list(Entity::SeminarParticipant, u"seminar_id"_s, m_seminarId).value())
                in = in || p.text(u"member_id") == l.client->memberId();
            if (!in) {
                const Core::Record join{QString(Entity::SeminarParticipant),
                                        Core::newRecordId(),
                                        0,
                                        {{u"seminar_id"_s, m_seminarId},
                                         {u"member_id"_s, l.client->memberId()},
                                         {u"joined_at"_s, Core::nowUtc()}},
                                        {},
                                        {}};
                QVERIFY(s.createRecord(join, l.client->memberId()).ok());
            }
            QVERIFY(TestSync::syncOnce(*l.client));
            QVERIFY(TestSync::syncOnce(*l.client));
        }
        for (const Core::Record &t :
             store.records().list(Entity::Thread, u"seminar_id"_s, m_seminarId).value())
            m_threadIds << t.id;
        QVERIFY(!m_threadIds.isEmpty());

        // Several lines in two texts, so that line edits can merge.
        Client &first = *m_laptops.front().client;
        for (const QString &field : MultiLineFields) {
            QStringList lines;
            for (int i = 1; i <= 16; ++i)
                lines << u"%1 line %2"_s.arg(field).arg(i);
            QVERIFY(first.store
                        .updateRecord(Entity::ActionPlan, m_planId, {{field, lines.join(u'\n')}},
                                      first.memberId())
                        .ok());
        }
        for (Laptop &l : m_laptops)
            QVERIFY(syncLaptop(l));
        for (const QString &key : recordsInScopes(first.store, {Core::Scopes::team(m_teamId),
                                                                Core::Scopes::seminar(m_seminarId)})
                                      .keys()) {
            m_known.insert(key.section(u'/', 1), key.section(u'/', 0, 0));
        }
    }

    void randomOfflineEditsConverge()
    {
        const QStringList scopes{Core::Scopes::team(m_teamId), Core::Scopes::seminar(m_seminarId)};
        const auto conflictsIn = [](const Core::LocalStore &store) {
            return store.records().list(Entity::Conflict).value();
        };
        const qint64 conflictsBefore = conflictsIn(m_laptops.front().client->store).size();
        m_reportedConflicts = 0;

        const int rounds = int(environmentNumber("LEADERNET_CONVERGENCE_ROUNDS", DefaultRounds));
        for (int round = 1; round <= rounds; ++round) {
            for (Laptop &l : m_laptops) {
                const int edits = 1 + pick(5);
                for (int i = 0; i < edits; ++i)
                    QVERIFY2(randomEdit(l, round), qPrintable(u"seed %1"_s.arg(m_seed)));
            }
            // Some laptops stay offline this round; the others sync in a random order.
            std::vector<Laptop *> order;
            for (Laptop &l : m_laptops) {
                if (chance(80))
                    order.push_back(&l);
            }
            std::shuffle(order.begin(), order.end(), m_rng);
            for (Laptop *l : order)
                QVERIFY2(syncLaptop(*l), qPrintable(u"seed %1, round %2"_s.arg(m_seed).arg(round)));
        }

        // Everybody syncs until a whole pass sends and receives nothing.
        int passes = 0;
        for (bool quiet = false; !quiet; ++passes) {
            QVERIFY2(passes < 5, "the replicas keep exchanging changes");
            quiet = passes >= 1;
            std::vector<Laptop *> order;
            for (Laptop &l : m_laptops)
                order.push_back(&l);
            std::shuffle(order.begin(), order.end(), m_rng);
            for (Laptop *l : order)
                QVERIFY(syncLaptop(*l, &quiet));
        }
        qInfo() << "seed" << m_seed << ":" << rounds << "rounds," << m_edits << "edits,"
                << m_reportedConflicts << "conflicts," << passes << "final passes";

        // Each replica matches the server, and the three hold the same records.
        const QMap<QString, QString> reference =
            recordsInScopes(m_laptops.front().client->store, scopes);
        for (Laptop &l : m_laptops) {
            const QStringList differ = TestSync::verify(*l.client);
            QVERIFY2(differ.isEmpty(), qPrintable(u"%1 (seed %2): %3"_s.arg(l.user).arg(m_seed).arg(
                                           differ.join(u", "_s))));
            QCOMPARE(l.client->store.outbox().pendingCount().value(), 0);
            QVERIFY(l.client->store.outbox().rejected()->isEmpty());
            const QMap<QString, QString> mine = recordsInScopes(l.client->store, scopes);
            QVERIFY2(mine == reference,
                     qPrintable(u"%1 (seed %2): %3"_s.arg(l.user).arg(m_seed).arg(
                         difference(mine, reference))));
        }

        // Every conflict reported is one conflict record, on the server and in
        // each replica, about a real record, with both sides named.
        qint64 onServer = 0;
        bool pulled = false;
        for (const QJsonObject &change :
             m_server.pullAll(m_server.login(u"member"_s), 1000, &pulled)) {
            if (change.value("entity"_L1).toString() == Entity::Conflict &&
                !change.value("deleted"_L1).toBool()) {
                ++onServer;
            }
        }
        QVERIFY(pulled);
        QCOMPARE(onServer - conflictsBefore, m_reportedConflicts);
        QVERIFY2(m_reportedConflicts > 0,
                 qPrintable(u"seed %1 made no conflict; try another seed"_s.arg(m_seed)));

        // The server's own account of what it did with each operation: as
        // many conflicts, and some text edits merged three-way.
        QMap<QString, qint64> outcomes;
        {
            QSqlDatabase db = m_server.openStore(u"outcomes"_s);
            QVERIFY(db.isOpen());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"SELECT status, count(*) FROM applied_ops GROUP BY status"_s));
            while (q.next())
                outcomes.insert(q.value(0).toString(), q.value(1).toLongLong());
        }
        QSqlDatabase::removeDatabase(u"outcomes"_s);
        qInfo() << "operations by outcome:" << outcomes;
        QCOMPARE(outcomes.value(u"conflict"_s), m_reportedConflicts);
        QVERIFY2(outcomes.value(u"merged"_s) > 0,
                 qPrintable(u"seed %1 merged no text; try another seed"_s.arg(m_seed)));
        QStringList memberIds;
        for (const Laptop &l : m_laptops)
            memberIds << l.client->memberId();
        static const QStringList kinds{u"field"_s, u"edit_delete"_s, u"delete_edit"_s};
        QMap<QString, int> byKind;
        for (const Core::Record &c : conflictsIn(m_laptops.front().client->store))
            ++byKind[c.text(u"record_entity") + u' ' + c.text(u"kind") + u' ' + c.text(u"field")];
        qInfo() << "conflicts by kind:" << byKind;
        for (Laptop &l : m_laptops) {
            const QList<Core::Record> conflicts = conflictsIn(l.client->store);
            QCOMPARE(conflicts.size() - conflictsBefore, m_reportedConflicts);
            for (const Core::Record &c : conflicts) {
                const QString what = u"%1: conflict %2 (seed %3)"_s.arg(l.user, c.id).arg(m_seed);
                QVERIFY2(m_known.value(c.text(u"record_id")) == c.text(u"record_entity"),
                         qPrintable(what));
                QVERIFY2(scopes.contains(c.text(u"scope")), qPrintable(what));
                QVERIFY2(kinds.contains(c.text(u"kind")), qPrintable(what));
                QVERIFY2(memberIds.contains(c.text(u"lost_by")), qPrintable(what));
                QVERIFY2(l.client->store.records().get(Entity::Member, c.text(u"kept_by")).ok(),
                         qPrintable(what + u": kept_by "_s + c.text(u"kept_by")));
                QVERIFY2(!c.text(u"kept_at").isEmpty(), qPrintable(what));
                QVERIFY2(!c.text(u"lost_at").isEmpty(), qPrintable(what));
                QCOMPARE(c.text(u"status"), u"open"_s);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_sync_convergence.moc"

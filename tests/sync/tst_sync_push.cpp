// Push, merge and convergence against a real leadernet-server on loopback:
// local changes reach the server exactly once whatever is replayed or cut;
// concurrent edits merge or become conflicts that both sides see; refused
// changes stay with the user; several members at one laptop push each with
// their own sign-in; a scope gained late is backfilled; a server restart
// mid-sync is survived. (Seminars, posts and moderation: tst_sync_discussions.) Every test ends
// with the replica matching the server's digest.
#include "clock.h"
#include "faultproxy.h"
#include "protocol.h"
#include "syncclient.h"
#include "testserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using TestSync::Client;
using TestSync::findRecord;
using TestSync::openThread;
namespace Entity = Core::Entity;

namespace {

// The team the client's member belongs to.
Core::Record myTeam(const Client &c)
{
    for (const Core::Record &team : c.store.records().list(Entity::Team).value()) {
        if (team.fields.value("members"_L1).toArray().contains(c.memberId()))
            return team;
    }
    return {};
}

QList<Core::Record> openConflicts(const Core::LocalStore &store, const QString &recordId)
{
    QList<Core::Record> out;
    for (const Core::Record &c :
         store.records().list(Entity::Conflict, u"record_id"_s, recordId).value()) {
        if (c.text(u"status") == u"open")
            out << c;
    }
    return out;
}

} // namespace

class TestSyncPush final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;

    std::unique_ptr<Client> signedIn(const QString &user, const QUrl &url = {})
    {
        return TestSync::signedInClient(url.isEmpty() ? m_server.url() : url, user,
                                        m_server.password());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void createEditDeleteReachTheServerOnce()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        const Core::Record thread = openThread(*c);
        QVERIFY(!thread.id.isEmpty());

        Core::Record post{QString(Entity::Post),
                          {},
                          0,
                          QJsonObject{{u"thread_id"_s, thread.id},
                                      {u"author_id"_s, c->memberId()},
                                      {u"body"_s, u"Our district now counts stock weekly."_s},
                                      {u"created_at"_s, Core::nowUtc()}},
                          {},
                          {}};
        post.id = Core::newRecordId();
        QVERIFY(c->store.createRecord(post, c->memberId()).ok());
        QVERIFY(c->store
                    .updateRecord(Entity::Post, post.id,
                                  {{u"body"_s, u"Our district now counts stock every week."_s}},
                                  c->memberId())
                    .ok());
        const Core::Record plan =
            findRecord(c->store, Entity::ActionPlan, u"team_id"_s, myTeam(*c).id);
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"vision"_s, u"No facility without tracer drugs."_s}},
                                  c->memberId())
                    .ok());
        // The edit of the post not sent yet merged into its create.
        QCOMPARE(c->store.outbox().pendingCount().value(), 2);

        QSignalSpy pushed(&c->engine, &Sync::SyncEngine::pushProgress);
        QVERIFY(TestSync::syncOnce(*c));
        QVERIFY(!pushed.isEmpty());
        QCOMPARE(pushed.first(), (QVariantList{qint64(0), qint64(2)}));
        QCOMPARE(pushed.last(), (QVariantList{qint64(2), qint64(0)})); // the end is shown too
        QCOMPARE(c->engine.summary().pushed, 2);
        QCOMPARE(c->store.outbox().pendingCount().value(), 0);
        const auto server = m_server.records(m_server.login(u"member"_s));
        const QJsonObject onServer = server.value(u"post/"_s + post.id);
        QCOMPARE(onServer.value("fields"_L1).toObject().value("body"_L1).toString(),
                 u"Our district now counts stock every week."_s);
        QCOMPARE(onServer.value("updated_by"_L1).toString(), c->memberId());
        QCOMPARE(server.value(u"action_plan/"_s + plan.id)
                     .value("fields"_L1)
                     .toObject()
                     .value("vision"_L1)
                     .toString(),
                 u"No facility without tracer drugs."_s);
        VERIFY_CONVERGED(*c);

        // Deleting it goes the same way.
        QVERIFY(c->store.deleteRecord(Entity::Post, post.id, c->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*c));
        QVERIFY(!m_server.records(m_server.login(u"member"_s)).contains(u"post/"_s + post.id));
        VERIFY_CONVERGED(*c);
    }

    void replayedBatchChangesNothing()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        const QString token = m_server.login(u"member"_s);
        const Core::Record thread = openThread(*c);
        Sync::Protocol::PushRequest request;
        for (int i = 0; i < 3; ++i) {
            Sync::Protocol::PushOperation op;
            op.opId = Core::newRecordId();
            op.kind = Sync::Protocol::PushKind::Create;
            op.entity = Entity::Post;
            op.id = Core::newRecordId();
            op.authorId = c->memberId();
            op.fields = QJsonObject{{u"thread_id"_s, thread.id},
                                    {u"author_id"_s, c->memberId()},
                                    {u"body"_s, u"replayed %1"_s.arg(i)}};
            request.operations << op;
        }
        const QByteArray body = Sync::Protocol::encode(request);
        const auto first = m_server.post(Sync::Protocol::PushPath, body, token);
        QCOMPARE(first.status, 200);
        const qint64 logAfterFirst =
            m_server.get(u"/api/v1/sync/digest"_s, token).json().value("cursor"_L1).toInteger();
        for (int replay = 0; replay < 3; ++replay) {
            const auto again = m_server.post(Sync::Protocol::PushPath, body, token);
            QCOMPARE(again.status, 200);
            QCOMPARE(again.json(), first.json()); // the same answer, nothing applied again
        }
        QCOMPARE(
            m_server.get(u"/api/v1/sync/digest"_s, token).json().value("cursor"_L1).toInteger(),
            logAfterFirst);
        // Someone else cannot send operations in the member's name.
        const auto forged =
            m_server.post(Sync::Protocol::PushPath, body, m_server.login(u"lceesay"_s));
        QCOMPARE(forged.status, 200);
        // Its op ids are the member's: another learns nothing of their outcome.
        for (const QJsonValue &r : forged.json().value("results"_L1).toArray()) {
            QCOMPARE(r.toObject().value("status"_L1).toString(), u"rejected"_s);
            QVERIFY(!r.toObject().contains("rev"_L1));
        }
        Sync::Protocol::PushRequest fresh = request;
        for (auto &op : fresh.operations)
            op.opId = Core::newRecordId();
        const auto impostor = m_server.post(Sync::Protocol::PushPath, Sync::Protocol::encode(fresh),
                                            m_server.login(u"lceesay"_s));
        for (const QJsonValue &r : impostor.json().value("results"_L1).toArray())
            QCOMPARE(r.toObject().value("code"_L1).toString(), u"forbidden"_s);
    }

    void concurrentEditsMergeOrBecomeConflicts()
    {
        auto a = signedIn(u"member"_s);
        auto b = signedIn(u"lceesay"_s);
        QVERIFY(a && b);
        const QString planId =
            findRecord(a->store, Entity::ActionPlan, u"team_id"_s, myTeam(*a).id).id;
        QVERIFY(!planId.isEmpty());
        // A common starting text of three lines.
        const QString base = u"Stock cards are filled late.\nOrders go out monthly.\n"
                             "Nobody checks expiry dates.\n"_s;
        QVERIFY(a->store
                    .updateRecord(Entity::ActionPlan, planId, {{u"current_situation"_s, base}},
                                  a->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*a));
        QVERIFY(TestSync::syncOnce(*b));

        // Offline on both laptops: different fields, different lines of one
        // text, and the same line of another text.
        QVERIFY(a->store
                    .updateRecord(Entity::ActionPlan, planId,
                                  {{u"vision"_s, u"Vision by Amina"_s},
                                   {u"current_situation"_s,
                                    u"Stock cards are filled on the day.\nOrders go out "
                                    "monthly.\nNobody checks expiry dates.\n"_s},
                                   {u"challenge"_s, u"Challenge as Amina sees it"_s}},
                                  a->memberId())
                    .ok());
        QVERIFY(b->store
                    .updateRecord(Entity::ActionPlan, planId,
                                  {{u"measurable_result"_s, u"Result by Lamin"_s},
                                   {u"current_situation"_s,
                                    u"Stock cards are filled late.\nOrders go out "
                                    "monthly.\nThe pharmacist checks expiry dates weekly.\n"_s},
                                   {u"challenge"_s, u"Challenge as Lamin sees it"_s}},
                                  b->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*a));
        QVERIFY(TestSync::syncOnce(*b));
        QCOMPARE(b->engine.summary().conflicts, 1);
        QVERIFY(TestSync::syncOnce(*a));

        for (Client *c : {a.get(), b.get()}) {
            const Core::Record plan = c->store.records().get(Entity::ActionPlan, planId).value();
            QCOMPARE(plan.text(u"vision"), u"Vision by Amina"_s);
            QCOMPARE(plan.text(u"measurable_result"), u"Result by Lamin"_s);
            QCOMPARE(plan.text(u"current_situation"),
                     u"Stock cards are filled on the day.\nOrders go out monthly.\nThe pharmacist "
                     "checks expiry dates weekly.\n"_s);
            // First to reach the server keeps the field; the other is kept aside.
            QCOMPARE(plan.text(u"challenge"), u"Challenge as Amina sees it"_s);
            const QList<Core::Record> conflicts = openConflicts(c->store, planId);
            QCOMPARE(conflicts.size(), 1);
            const Core::Record &conflict = conflicts.first();
            QCOMPARE(conflict.text(u"field"), u"challenge"_s);
            QCOMPARE(conflict.text(u"kind"), u"field"_s);
            QCOMPARE(conflict.fields.value("lost"_L1).toObject().value("challenge"_L1).toString(),
                     u"Challenge as Lamin sees it"_s);
            QCOMPARE(conflict.text(u"lost_by"), b->memberId());
            QCOMPARE(conflict.text(u"kept_by"), a->memberId());
            QVERIFY(!conflict.text(u"lost_at").isEmpty());
            QVERIFY(!conflict.text(u"kept_at").isEmpty());
            VERIFY_CONVERGED(*c);
        }

        // Resolving: Lamin takes his text after all and closes the conflict.
        const Core::Record conflict = openConflicts(b->store, planId).first();
        QVERIFY(b->store
                    .updateRecord(Entity::ActionPlan, planId,
                                  {{u"challenge"_s, u"Challenge as Lamin sees it"_s}},
                                  b->memberId())
                    .ok());
        QVERIFY(b->store
                    .updateRecord(Entity::Conflict, conflict.id,
                                  {{u"status"_s, u"resolved"_s},
                                   {u"resolved_by"_s, b->memberId()},
                                   {u"resolved_at"_s, Core::nowUtc()}},
                                  b->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*b));
        QCOMPARE(b->engine.summary().rejected, 0);
        QVERIFY(TestSync::syncOnce(*a));
        QVERIFY(openConflicts(a->store, planId).isEmpty());
        QCOMPARE(a->store.records().get(Entity::ActionPlan, planId)->text(u"challenge"),
                 u"Challenge as Lamin sees it"_s);
        VERIFY_CONVERGED(*a);
    }

    void deleteVersusEditIsAConflictNeverASilentLoss()
    {
        auto a = signedIn(u"member"_s);
        auto b = signedIn(u"lceesay"_s);
        QVERIFY(a && b);
        const QString planId =
            findRecord(a->store, Entity::ActionPlan, u"team_id"_s, myTeam(*a).id).id;
        const QString activityId = findRecord(a->store, Entity::Activity, u"plan_id"_s, planId).id;
        QVERIFY(!activityId.isEmpty());

        // Amina edits the activity while Lamin, offline, deletes it: the edit
        // reached the server first, so the deletion is the conflict.
        QVERIFY(a->store
                    .updateRecord(Entity::Activity, activityId, {{u"status"_s, u"in_progress"_s}},
                                  a->memberId())
                    .ok());
        QVERIFY(b->store.deleteRecord(Entity::Activity, activityId, b->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*a));
        QVERIFY(TestSync::syncOnce(*b));
        QCOMPARE(b->engine.summary().conflicts, 1);
        QVERIFY(b->store.records().get(Entity::Activity, activityId).ok()); // still there
        const QList<Core::Record> deleteConflicts = openConflicts(b->store, activityId);
        QCOMPARE(deleteConflicts.size(), 1);
        QCOMPARE(deleteConflicts.first().text(u"kind"), u"delete_edit"_s);

        // The other way round: deleted on the server, then edited offline.
        QVERIFY(a->store.deleteRecord(Entity::Activity, activityId, a->memberId()).ok());
        QVERIFY(TestSync::syncOnce(*a));
        QVERIFY(b->store
                    .updateRecord(Entity::Activity, activityId,
                                  {{u"what"_s, u"Weekly stock count, all facilities"_s}},
                                  b->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*b));
        const QList<Core::Record> editConflicts = [&] {
            QList<Core::Record> out;
            for (const Core::Record &c : openConflicts(b->store, activityId)) {
                if (c.text(u"kind") == u"edit_delete")
                    out << c;
            }
            return out;
        }();
        QCOMPARE(editConflicts.size(), 1);
        // The edit is kept whole: what the activity would have been.
        const QJsonObject lost = editConflicts.first().fields.value("lost"_L1).toObject();
        QCOMPARE(lost.value("what"_L1).toString(), u"Weekly stock count, all facilities"_s);
        QVERIFY(lost.contains("plan_id"_L1));
        QVERIFY(!b->store.records().get(Entity::Activity, activityId).ok());
        VERIFY_CONVERGED(*b);
        QVERIFY(TestSync::syncOnce(*a));
        VERIFY_CONVERGED(*a);
    }

    void refusedChangeStaysVisibleUntilDiscarded()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        const Core::Record course = findRecord(c->store, Entity::Course);
        QVERIFY(c->store
                    .updateRecord(Entity::Course, course.id, {{u"title"_s, u"My own title"_s}},
                                  c->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().rejected, 1);
        const auto rejected = c->store.outbox().rejected().value();
        QCOMPARE(rejected.size(), 1);
        QVERIFY2(rejected.first().error.contains(u"admin"_s), qPrintable(rejected.first().error));
        // Still the user's text on this laptop, and not sent again by itself.
        QCOMPARE(c->store.records().get(Entity::Course, course.id)->text(u"title"),
                 u"My own title"_s);
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().pushed + c->engine.summary().rejected, 0);
        QCOMPARE(c->store.outbox().rejected()->size(), 1);

        // Discarding puts the server's version back, with no connection needed.
        QVERIFY(c->store.discardOperation(rejected.first().opId).ok());
        QCOMPARE(c->store.records().get(Entity::Course, course.id)->text(u"title"),
                 course.text(u"title"));
        QVERIFY(c->store.outbox().rejected()->isEmpty());
        VERIFY_CONVERGED(*c);
    }

    // Past the member's daily quota the server takes none of a push: the
    // changes wait on the laptop, with the reason in the person's language,
    // while others' changes still arrive; once the server takes them again
    // (the next day; here a server started without the quota) they go.
    void overTheDailyQuotaChangesWaitWhileOthersArrive()
    {
        TestCommon::TestServer server;
        server.setServeArguments({u"--daily-quota"_s, u"1"_s});
        QVERIFY2(server.start(), qPrintable(server.errorString()));
        auto c = std::make_unique<Client>(server.url());
        QVERIFY(TestSync::signIn(*c, u"member"_s, server.password()));
        QVERIFY(TestSync::syncOnce(*c));
        const Core::Record plan =
            findRecord(c->store, Entity::ActionPlan, u"team_id"_s, myTeam(*c).id);
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"vision"_s, u"No facility without tracer drugs."_s}},
                                  c->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*c)); // a small change fits
        const QString text = QString(u"Supervision visits are irregular. "_s).repeated(5000);
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"current_situation"_s, text},
                                   {u"root_causes"_s, text},
                                   {u"priority_actions"_s, text},
                                   {u"challenge"_s, text},
                                   {u"measurable_result"_s, text}},
                                  c->memberId())
                    .ok());
        // Meanwhile a course changes on the server.
        auto admin = std::make_unique<Client>(server.url());
        QVERIFY(TestSync::signIn(*admin, u"admin"_s, server.password()));
        QVERIFY(TestSync::syncOnce(*admin));
        const Core::Record course = findRecord(admin->store, Entity::Course);
        QVERIFY(admin->store
                    .updateRecord(Entity::Course, course.id,
                                  {{u"title"_s, u"Leading for results, 2027 edition"_s}},
                                  admin->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*admin));

        QVERIFY(!TestSync::syncOnce(*c));
        QCOMPARE(c->engine.lastError().code, Core::ErrorCode::QuotaExceeded);
        QCOMPARE(c->store.outbox().pendingCount().value(), 1);
        QCOMPARE(c->store.records().get(Entity::ActionPlan, plan.id)->text(u"root_causes"), text);
        QCOMPARE(c->store.records().get(Entity::Course, course.id)->text(u"title"),
                 u"Leading for results, 2027 edition"_s);

        server.stop();
        server.setServeArguments({u"--daily-quota"_s, u"0"_s});
        QVERIFY2(server.serve(), qPrintable(server.errorString()));
        c->api.setServer(server.url()); // a new port
        admin->api.setServer(server.url());
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->store.outbox().pendingCount().value(), 0);
        QCOMPARE(server.records(server.login(u"member"_s))
                     .value(u"action_plan/"_s + plan.id)
                     .value("fields"_L1)
                     .toObject()
                     .value("root_causes"_L1)
                     .toString(),
                 text);
        VERIFY_CONVERGED(*c);
        QVERIFY(TestSync::syncOnce(*admin));
        VERIFY_CONVERGED(*admin);
    }

    void teamAtOneDeskPushesEachAuthorWithOwnSignIn()
    {
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        connect(&c->accounts, &Sync::AccountManager::coAuthorSignedIn, &c->engine,
                [&](const Sync::Account &a, const QString &token) {
                    c->engine.setMemberToken(a.memberId, token);
                });
        // Lamin sits down at Amina's laptop and signs in too.
        QSignalSpy added(&c->accounts, &Sync::AccountManager::coAuthorSignedIn);
        c->accounts.addCoAuthor(u"lceesay"_s, m_server.password());
        QVERIFY(added.wait(30000));
        const QString laminId = added.first().first().value<Sync::Account>().memberId;
        QVERIFY(!laminId.isEmpty());
        QCOMPARE(c->accounts.coAuthors().size(), 1);

        const Core::Record plan =
            findRecord(c->store, Entity::ActionPlan, u"team_id"_s, myTeam(*c).id);
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"root_causes"_s, u"Causes written by Amina"_s}}, c->memberId())
                    .ok());
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"priority_actions"_s, u"Actions written by Lamin"_s}}, laminId)
                    .ok());
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().pushed, 2);
        const QString laminToken = added.first().at(1).toString();
        auto server = m_server.records(laminToken);
        QJsonObject onServer = server.value(u"action_plan/"_s + plan.id);
        QCOMPARE(onServer.value("fields"_L1).toObject().value("priority_actions"_L1).toString(),
                 u"Actions written by Lamin"_s);
        QCOMPARE(onServer.value("updated_by"_L1).toString(), laminId);

        // Another day: the app starts again; Lamin's sign-in is not restored
        // yet, so his change waits and Amina's goes.
        c->engine.removeMemberToken(laminId);
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"priority_actions"_s, u"Lamin, second day"_s}}, laminId)
                    .ok());
        const QString activityId = findRecord(c->store, Entity::Activity, u"plan_id"_s, plan.id).id;
        QVERIFY(c->store
                    .updateRecord(Entity::Activity, activityId,
                                  {{u"resources"_s, u"Amina, second day"_s}}, c->memberId())
                    .ok());
        QVERIFY(c->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"vision"_s, u"Amina, after Lamin's edit"_s}}, c->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->engine.summary().waitingAuthors, QStringList{laminId});
        QCOMPARE(c->engine.summary().pushed, 1); // the activity
        // The plan edit made after Lamin's waits behind it: order is kept.
        QCOMPARE(c->store.outbox().pendingCount().value(), 2);
        // Restoring the remembered co-authors brings his token back.
        QSignalSpy restored(&c->accounts, &Sync::AccountManager::coAuthorSignedIn);
        c->accounts.restoreCoAuthors();
        QVERIFY(restored.wait(10000));
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(c->store.outbox().pendingCount().value(), 0);
        server = m_server.records(laminToken);
        onServer = server.value(u"action_plan/"_s + plan.id);
        QCOMPARE(onServer.value("fields"_L1).toObject().value("priority_actions"_L1).toString(),
                 u"Lamin, second day"_s);
        VERIFY_CONVERGED(*c);
    }

    void scopeGainedLateIsBackfilled()
    {
        // Grace (another team) syncs, then is added to Amina's team.
        auto grace = signedIn(u"gachieng"_s);
        auto admin = signedIn(u"admin"_s);
        auto amina = signedIn(u"member"_s);
        QVERIFY(grace && admin && amina);
        const Core::Record team = myTeam(*amina);
        const QString planId =
            findRecord(amina->store, Entity::ActionPlan, u"team_id"_s, team.id).id;
        QVERIFY(!grace->store.records().get(Entity::ActionPlan, planId).ok());
        QJsonArray members = team.fields.value("members"_L1).toArray();
        members.append(grace->memberId());
        QVERIFY(
            admin->store
                .updateRecord(Entity::Team, team.id, {{u"members"_s, members}}, admin->memberId())
                .ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QCOMPARE(admin->engine.summary().pushed, 1);

        QVERIFY(TestSync::syncOnce(*grace));
        QVERIFY(grace->store.records().get(Entity::ActionPlan, planId).ok());
        QVERIFY(!grace->store.records().list(Entity::Activity, u"plan_id"_s, planId)->isEmpty());
        VERIFY_CONVERGED(*grace);
    }

    void memberTakenOutOfTeamKeepsNothingOfIt()
    {
        // Isatou edits her team's plan offline; meanwhile an admin takes her
        // out of the team. Her change is refused, and her sync removes the
        // team's records from her replica (the change itself waits for her to
        // copy and discard it; discarding does not bring the plan back).
        auto isatou = signedIn(u"itouray"_s);
        auto admin = signedIn(u"admin"_s);
        QVERIFY(isatou && admin);
        const Core::Record team = myTeam(*isatou);
        QVERIFY(!team.id.isEmpty());
        const Core::Record plan =
            findRecord(isatou->store, Entity::ActionPlan, u"team_id"_s, team.id);
        QVERIFY(!plan.id.isEmpty());
        QVERIFY(!isatou->store.records().list(Entity::Activity, u"plan_id"_s, plan.id)->isEmpty());
        QVERIFY(isatou->store
                    .updateRecord(Entity::ActionPlan, plan.id,
                                  {{u"vision"_s, u"Written after she left."_s}}, isatou->memberId())
                    .ok());

        QJsonArray members = team.fields.value("members"_L1).toArray();
        QJsonArray without;
        for (const QJsonValue &m : members) {
            if (m.toString() != isatou->memberId())
                without.append(m);
        }
        QVERIFY(
            admin->store
                .updateRecord(Entity::Team, team.id, {{u"members"_s, without}}, admin->memberId())
                .ok());
        QVERIFY(TestSync::syncOnce(*admin));

        QVERIFY(TestSync::syncOnce(*isatou));
        QCOMPARE(isatou->engine.summary().rejected, 1);
        const auto refused = isatou->store.outbox().rejected();
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().errorCode, u"forbidden"_s);
        QCOMPARE(refused->first().fields.value("vision"_L1).toString(),
                 u"Written after she left."_s);
        QVERIFY(!isatou->store.records().get(Entity::Team, team.id).ok());
        QVERIFY(!isatou->store.records().get(Entity::ActionPlan, plan.id).ok());
        QVERIFY(isatou->store.records().list(Entity::Activity, u"plan_id"_s, plan.id)->isEmpty());
        QVERIFY(isatou->store.discardOperation(refused->first().opId).ok());
        QVERIFY(!isatou->store.records().get(Entity::ActionPlan, plan.id).ok());
        VERIFY_CONVERGED(*isatou);

        // Back in the team, her next sync brings it all again.
        QVERIFY(
            admin->store
                .updateRecord(Entity::Team, team.id, {{u"members"_s, members}}, admin->memberId())
                .ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QVERIFY(TestSync::syncOnce(*isatou));
        QVERIFY(isatou->store.records().get(Entity::ActionPlan, plan.id).ok());
        VERIFY_CONVERGED(*isatou);
        VERIFY_CONVERGED(*admin);
    }

    void memberMadeAdminGetsEverythingOlder()
    {
        // Prakash syncs as a member, then an admin makes him one: his next sync
        // brings every record he could not see, older than the change.
        auto prakash = signedIn(u"pkarki"_s);
        auto admin = signedIn(u"admin"_s);
        QVERIFY(prakash && admin);
        const int plans = admin->store.records().count(Entity::ActionPlan).value();
        QVERIFY(prakash->store.records().count(Entity::ActionPlan).value() < plans);
        const Core::Record him =
            admin->store.records().get(Entity::Member, prakash->memberId()).value();
        QJsonArray roles = him.fields.value("roles"_L1).toArray();
        roles.append(u"admin"_s);
        QVERIFY(admin->store
                    .updateRecord(Entity::Member, him.id, {{u"roles"_s, roles}}, admin->memberId())
                    .ok());
        QVERIFY(TestSync::syncOnce(*admin));
        QCOMPARE(admin->engine.summary().pushed, 1);

        QVERIFY(TestSync::syncOnce(*prakash));
        QCOMPARE(prakash->store.records().count(Entity::ActionPlan).value(), plans);
        VERIFY_CONVERGED(*prakash);
    }

    void faultsDuringPushNeverDuplicate()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        QUrl viaProxy = m_server.url();
        viaProxy.setPort(proxy.port());
        auto c = signedIn(u"member"_s, viaProxy);
        QVERIFY(c);
        c->engine.setPushBatchSize(5);
        const Core::Record thread = openThread(*c);
        const QString marker = Core::newRecordId();
        auto addPosts = [&](int n) {
            for (int i = 0; i < n; ++i) {
                Core::Record post{QString(Entity::Post),
                                  {},
                                  0,
                                  QJsonObject{{u"thread_id"_s, thread.id},
                                              {u"author_id"_s, c->memberId()},
                                              {u"body"_s, u"%1 #%2"_s.arg(marker).arg(i)}},
                                  {},
                                  {}};
                QVERIFY(c->store.createRecord(post, c->memberId()).ok());
            }
        };
        const Tests::FaultProxy::Faults kinds[] = {
            {.cutAfterBytes = 200},    // the answer is lost after the server applied
            {.serviceUnavailable = 2}, // something in between says 503
            {.latencyMs = 30, .bytesPerSecond = 64 * 1024},
            {.stall = true}, // nothing moves: the transfer times out
            {.resetConnections = true},
        };
        int created = 0;
        for (const auto &faults : kinds) {
            addPosts(7);
            created += 7;
            proxy.setFaults(faults);
            c->engine.setRetryPolicy({1, 50, 400});
            if (faults.stall) {
                QTimer::singleShot(300, &c->engine, &Sync::SyncEngine::abort);
            }
            (void)TestSync::syncOnce(*c, 60000); // may fail: the link is bad
            proxy.setFaults({});
            c->engine.setRetryPolicy({5, 50, 400});
            QVERIFY(TestSync::syncOnce(*c));
            QCOMPARE(c->store.outbox().pendingCount().value(), 0);
        }
        int onServer = 0;
        for (const QJsonObject &r : m_server.records(m_server.login(u"member"_s))) {
            if (r.value("fields"_L1).toObject().value("body"_L1).toString().startsWith(marker))
                ++onServer;
        }
        QCOMPARE(onServer, created);
        VERIFY_CONVERGED(*c);
    }

    void retriesWithBackoffThroughAPassingFault()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        QUrl viaProxy = m_server.url();
        viaProxy.setPort(proxy.port());
        auto c = signedIn(u"member"_s);
        QVERIFY(c);
        c->api.setServer(viaProxy); // a new connection, which the fault meets
        QSignalSpy retries(&c->engine, &Sync::SyncEngine::retryScheduled);
        proxy.setFaults({.serviceUnavailable = 2});
        QVERIFY(TestSync::syncOnce(*c));
        QCOMPARE(retries.size(), 2);
        QCOMPARE(retries.at(0).at(0).toInt(), 1);
        QCOMPARE(retries.at(1).at(0).toInt(), 2);

        // Delays grow and are spread: half the ceiling up to the ceiling.
        const Sync::SyncEngine::RetryPolicy policy{8, 1000, 30000};
        QSet<int> seen;
        for (int attempt = 1; attempt <= 7; ++attempt) {
            const qint64 ceiling = std::min<qint64>(30000, 1000LL << (attempt - 1));
            for (int i = 0; i < 20; ++i) {
                const int d = Sync::SyncEngine::backoffDelayMs(policy, attempt);
                QVERIFY(d >= ceiling / 2 && d <= ceiling);
                seen.insert(d);
            }
        }
        QVERIFY(seen.size() > 20); // jitter, not one fixed schedule
    }

    void serverRestartMidSyncIsSurvived()
    {
        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        QUrl viaProxy = m_server.url();
        viaProxy.setPort(proxy.port());
        Client c(viaProxy);
        QVERIFY(TestSync::signIn(c, u"facilitator"_s, m_server.password()));
        c.engine.setPageSize(20);
        c.engine.setRetryPolicy({8, 100, 1000});
        // Slow enough that the restart falls in the middle of the pages.
        proxy.setFaults({.latencyMs = 20});
        bool restarted = false;
        connect(&c.engine, &Sync::SyncEngine::progress, this, [&](qint64 records) {
            if (restarted || records < 40)
                return;
            restarted = true;
            QCOMPARE(m_server.stop(), 0);
            QVERIFY(m_server.serve());
            proxy.setTargetPort(quint16(m_server.url().port()));
        });
        QVERIFY(TestSync::syncOnce(c));
        QVERIFY(restarted);
        VERIFY_CONVERGED(c);
    }
};

QTEST_GUILESS_MAIN(TestSyncPush)
#include "tst_sync_push.moc"

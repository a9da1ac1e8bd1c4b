// A team's plan on two laptops against a real leadernet-server: two members
// change the same section offline; after both sync, each laptop's plan shows
// the conflict on that section; one settles it (taking the other version)
// and after one more sync each, both replicas hold the same text, no open
// conflict, and equal the server's digest. The plan's history, written by
// the server, tells each laptop who did what, and a restore is one more
// change.

#include "desksession.h"
#include "editorsession.h"
#include "plandocument.h"
#include "planhistory.h"
#include "results.h"
#include "resultsdocument.h"
#include "reviewdocument.h"
#include "syncclient.h"
#include "testserver.h"

#include <QStandardPaths>

#include <algorithm>

#include <memory>

using namespace Qt::StringLiterals;
using TestSync::Client;
namespace Entity = Core::Entity;

namespace {

struct Laptop {
    std::unique_ptr<Client> client;
    std::unique_ptr<Editing::DeskSession> desk;
};

} // namespace

class TestSyncPlans final : public QObject
{
    Q_OBJECT

private:
    TestCommon::TestServer m_server;

    bool open(Laptop &l, const QString &user)
    {
        l.client = std::make_unique<Client>(m_server.url());
        l.desk = std::make_unique<Editing::DeskSession>(&l.client->accounts, &l.client->engine);
        l.desk->setSyncAfterSignIn(false);
        QSignalSpy ready(l.desk.get(), &Editing::DeskSession::ready);
        l.desk->start(user, m_server.password());
        return (ready.wait(30000) || !ready.isEmpty()) && TestSync::syncOnce(*l.client);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void sameSectionOnTwoLaptopsIsSettledOnOne()
    {
        Laptop amina;
        Laptop lamin;
        QVERIFY(open(amina, u"member"_s));
        QVERIFY(open(lamin, u"lceesay"_s));
        const Core::Record plan = TestSync::findRecord(amina.client->store, Entity::ActionPlan);
        QVERIFY(!plan.id.isEmpty());
        QVERIFY(lamin.client->store.records().get(Entity::ActionPlan, plan.id).ok());

        // Offline, each rewrites the vision in full.
        const QString hers = u"Every facility in the region has its tracer medicines."_s;
        const QString his = u"No patient is sent away for lack of medicines."_s;
        {
            Editing::PlanDocument a(&amina.client->store, amina.desk.get(), plan.id);
            Editing::PlanDocument b(&lamin.client->store, lamin.desk.get(), plan.id);
            QVERIFY(a.mayEdit() && b.mayEdit());
            a.sections()->setValue(u"vision"_s, hers);
            b.sections()->setValue(u"vision"_s, his);
            QVERIFY(a.sections()->save().ok());
            QVERIFY(b.sections()->save().ok());
        }
        QVERIFY(TestSync::syncOnce(*amina.client)); // hers reaches the server first
        QVERIFY(TestSync::syncOnce(*lamin.client)); // his is kept as a conflict
        QVERIFY(TestSync::syncOnce(*amina.client));

        Editing::PlanDocument a(&amina.client->store, amina.desk.get(), plan.id);
        Editing::PlanDocument b(&lamin.client->store, lamin.desk.get(), plan.id);
        QVERIFY(a.sectionConflicts().contains(u"vision"_s));
        QVERIFY(b.sectionConflicts().contains(u"vision"_s));
        const Core::Record conflict = b.sectionConflicts().value(u"vision"_s);
        QCOMPARE(conflict.fields.value("lost"_L1).toObject().value("vision"_L1).toString(), his);
        QCOMPARE(a.sections()->value(u"vision"_s).toString(), hers);

        // Lamin takes his own version (the one not kept); both follow.
        QVERIFY(b.settleConflict(u"vision"_s, Editing::PlanDocument::Settle::TakeOther).ok());
        QVERIFY(b.sectionConflicts().isEmpty());
        QVERIFY(TestSync::syncOnce(*lamin.client));
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(a.sectionConflicts().isEmpty());
        QCOMPARE(amina.client->store.records().get(Entity::ActionPlan, plan.id)->text(u"vision"),
                 his);
        QCOMPARE(lamin.client->store.records().get(Entity::ActionPlan, plan.id)->text(u"vision"),
                 his);
        VERIFY_CONVERGED(*amina.client);
        VERIFY_CONVERGED(*lamin.client);
    }

    // Two laptops of the program's facilitator review one submission
    // offline: the first review to reach the server stays, the second is
    // kept beside it as a conflict (never over it), and the laptop that
    // wrote it drops its copy and reads the conflict instead.
    void oneSubmissionReviewedOnTwoLaptops()
    {
        Laptop office;
        Laptop home;
        QVERIFY(open(office, u"facilitator"_s));
        QVERIFY(open(home, u"facilitator"_s));
        QString submissionId;
        const auto submissions = office.client->store.records().list(Entity::Submission);
        QVERIFY(submissions.ok());
        for (const Core::Record &s : *submissions) {
            const auto reviews =
                office.client->store.records().list(Entity::Review, u"submission_id", s.id, {});
            if (s.text(u"status") == u"submitted" && reviews && reviews->isEmpty())
                submissionId = s.id;
        }
        QVERIFY(!submissionId.isEmpty());
        const auto write = [&](Laptop &l, const QString &decision, const QString &comment) {
            Editing::ReviewDocument doc(&l.client->store, l.desk.get(), submissionId);
            if (doc.access() != Editing::ReviewDocument::Access::Write)
                return false;
            for (const Core::Rubric::Criterion &c : doc.rubric().criteria) {
                if (!doc.setScore(c.id, 3))
                    return false;
            }
            doc.session()->setValue(u"decision"_s, decision);
            doc.session()->setValue(u"comment"_s, comment);
            return doc.finish().ok();
        };
        QVERIFY(write(office, Editing::ReviewDocument::Approved, u"Well argued."_s));
        QVERIFY(write(home, Editing::ReviewDocument::ChangesRequested, u"Add a baseline."_s));

        QVERIFY(TestSync::syncOnce(*office.client));
        QVERIFY(TestSync::syncOnce(*home.client));
        QVERIFY(TestSync::syncOnce(*office.client));
        for (Laptop *l : {&office, &home}) {
            const auto reviews =
                l->client->store.records().list(Entity::Review, u"submission_id", submissionId, {});
            QVERIFY(reviews && reviews->size() == 1);
            QCOMPARE(reviews->first().text(u"comment"), u"Well argued."_s);
            // The second review, kept aside: its fields as written.
            Core::Record conflict;
            for (const Core::Record &c :
                 l->client->store.records().list(Entity::Conflict).value()) {
                if (c.text(u"record_id") == reviews->first().id)
                    conflict = c;
            }
            QCOMPARE(conflict.fields.value("lost"_L1).toObject().value("comment"_L1).toString(),
                     u"Add a baseline."_s);
            QCOMPARE(conflict.text(u"status"), u"open"_s);
        }
        VERIFY_CONVERGED(*office.client);
        VERIFY_CONVERGED(*home.client);
    }

    // Two members report results on their own laptops: the month each
    // enters arrives on the other; the same month entered on both is kept
    // once, the second value aside as a conflict; a value that is no number
    // is refused by the server; deleting an indicator takes its values.
    void resultsReportedOnTwoLaptops()
    {
        Laptop amina;
        Laptop lamin;
        QVERIFY(open(amina, u"member"_s));
        QVERIFY(open(lamin, u"lceesay"_s));
        const QString teamId = TestSync::findRecord(amina.client->store, Entity::Team).id;
        Editing::ResultsDocument mine(&amina.client->store, amina.desk.get(), teamId);
        QVERIFY(mine.mayEdit());
        const auto added = mine.addIndicator({{u"indicator"_s, u"Reports on time"_s},
                                              {u"unit"_s, u"%"_s},
                                              {u"baseline"_s, u"40"_s},
                                              {u"target"_s, u"90"_s}});
        QVERIFY(added.ok());
        // Moved first of the team's indicators, one place at a time.
        for (int i = 0; i < 5; ++i)
            QVERIFY(mine.moveIndicator(*added, -1).ok());
        QCOMPARE(mine.indicators().first().id, *added);
        const QDate month = mine.lastPeriod();
        // What is typed and not recorded is found again by the next session.
        mine.keepDraft(*added, u"actual"_s, u"55"_s);
        QCOMPARE(Editing::ResultsDocument(&amina.client->store, amina.desk.get(), teamId)
                     .draft(*added)
                     .value("actual"_L1)
                     .toString(),
                 u"55"_s);
        QVERIFY(mine.setValue(*added, month.addMonths(-1), u"55"_s, u"DHIS2"_s).ok());
        QVERIFY(mine.draft(*added).isEmpty());
        // Not a number, and a month to come: refused here, nothing written.
        QVERIFY(!mine.setValue(*added, month, u"many"_s, {}).ok());
        QCOMPARE(mine.lastErrors().value(u"actual"_s).code, Editing::FieldError::Code::NotANumber);
        QVERIFY(!mine.setValue(*added, month.addMonths(1), u"60"_s, {}).ok());
        QCOMPARE(mine.lastErrors().value(u"period"_s).code, Editing::FieldError::Code::OutOfRange);
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(TestSync::syncOnce(*lamin.client));

        Editing::ResultsDocument theirs(&lamin.client->store, lamin.desk.get(), teamId);
        QCOMPARE(theirs.values(*added).size(), 1);
        QCOMPARE(theirs.values(*added).first().updatedBy, amina.desk->activeAuthorId());
        // This month, entered on both laptops apart.
        QVERIFY(mine.setValue(*added, month, u"61"_s, {}).ok());
        QVERIFY(theirs.setValue(*added, month, u"62.5"_s, u"recount"_s).ok());
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(TestSync::syncOnce(*lamin.client));
        QVERIFY(TestSync::syncOnce(*amina.client));
        for (Laptop *l : {&amina, &lamin}) {
            Editing::ResultsDocument doc(&l->client->store, l->desk.get(), teamId);
            const QList<Core::Record> values = doc.values(*added);
            QCOMPARE(values.size(), 2);
            QCOMPARE(values.last().text(u"actual"), u"61"_s);
            bool keptAside = false;
            for (const Core::Record &c : l->client->store.records().list(Entity::Conflict).value())
                keptAside |= c.text(u"record_id") == values.last().id &&
                             c.fields.value("lost"_L1).toObject().value("actual"_L1) == u"62.5"_s;
            QVERIFY(keptAside);
        }

        // The server refuses what is not a number, whoever sends it.
        Core::Record bad{QString(Entity::ResultValue),
                         Core::newRecordId(),
                         0,
                         QJsonObject{{u"report_id"_s, *added},
                                     {u"period"_s, u"2026-13"_s},
                                     {u"actual"_s, u"12"_s}},
                         {},
                         {}};
        QVERIFY(amina.client->store.createRecord(bad, amina.desk->activeAuthorId()).ok());
        QVERIFY(TestSync::syncOnce(*amina.client));
        const auto refused = amina.client->store.outbox().rejected();
        QVERIFY(refused.ok());
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().recordId, bad.id);
        QVERIFY(amina.client->store.discardOperation(refused->first().opId).ok());

        // A facilitator reads the team's results but does not write them.
        Laptop coach;
        QVERIFY(open(coach, u"facilitator"_s));
        QCOMPARE(Editing::ResultsDocument(&coach.client->store, coach.desk.get(), teamId)
                     .values(*added)
                     .size(),
                 2);
        Core::Record foreign{QString(Entity::ResultValue),
                             Core::newRecordId(),
                             0,
                             QJsonObject{{u"report_id"_s, *added},
                                         {u"period"_s, Core::Results::period(month.addMonths(-2))},
                                         {u"actual"_s, u"50"_s}},
                             {},
                             {}};
        QVERIFY(coach.client->store.createRecord(foreign, coach.desk->activeAuthorId()).ok());
        QVERIFY(TestSync::syncOnce(*coach.client));
        const auto forbidden = coach.client->store.outbox().rejected();
        QVERIFY(forbidden && forbidden->size() == 1);
        QCOMPARE(forbidden->first().errorCode, u"forbidden"_s);
        QVERIFY(coach.client->store.discardOperation(forbidden->first().opId).ok());
        VERIFY_CONVERGED(*coach.client);

        // The indicator goes, and its values with it, on both laptops.
        QVERIFY(mine.deleteIndicator(*added).ok());
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(TestSync::syncOnce(*lamin.client));
        QCOMPARE(theirs.values(*added).size(), 0);
        QVERIFY(!lamin.client->store.records().get(Entity::ResultsReport, *added).ok());
        VERIFY_CONVERGED(*amina.client);
        VERIFY_CONVERGED(*lamin.client);
    }

    // Who did what: the server records each change of the plan and its
    // activities with its author and the values before and after; every
    // laptop of the team pulls it, and a restore is one more change.
    void historyRecordsWhoDidWhatAndRestores()
    {
        Laptop amina;
        Laptop lamin;
        QVERIFY(open(amina, u"member"_s));
        QVERIFY(open(lamin, u"lceesay"_s));
        const Core::Record plan = TestSync::findRecord(amina.client->store, Entity::ActionPlan);
        const QString aminaId = amina.desk->activeAuthorId();
        const QString laminId = lamin.desk->activeAuthorId();
        const QString oldVision = plan.text(u"vision");
        const QString newVision = u"Tracer medicines in every facility, every month."_s;
        using Editing::PlanHistory;
        auto history = [&](Laptop &l) {
            return PlanHistory::read(l.client->store, plan.id).value();
        };

        const qsizetype before = history(amina).size(); // the test above changed it too
        QString activityId;
        {
            Editing::PlanDocument a(&amina.client->store, amina.desk.get(), plan.id);
            a.sections()->setValue(u"vision"_s, newVision);
            QVERIFY(a.sections()->save().ok());
            const auto added = a.addActivity({{u"what"_s, u"Count the stock"_s},
                                              {u"starts_on"_s, u"2027-01-04"_s},
                                              {u"ends_on"_s, u"2027-01-29"_s}});
            QVERIFY(added.ok());
            activityId = *added;
        }
        // Offline, the history has both, waiting to be sent.
        QList<PlanHistory::Change> h = history(amina);
        QCOMPARE(h.size(), before + 2);
        QVERIFY(h[0].pending && h[1].pending);
        QVERIFY(std::any_of(h.begin(), h.end(), [&](const PlanHistory::Change &c) {
            return c.field == u"vision" && c.before.toString() == oldVision &&
                   c.after.toString() == newVision && c.authorId == aminaId;
        }));
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(TestSync::syncOnce(*lamin.client));

        // Lamin deletes the activity; his laptop says so before it is sent.
        {
            Editing::PlanDocument b(&lamin.client->store, lamin.desk.get(), plan.id);
            QVERIFY(b.deleteActivity(activityId).ok());
        }
        h = history(lamin);
        QCOMPARE(h.size(), before + 3);
        QVERIFY(h[0].pending && h[0].deletesActivity());
        QCOMPARE(h[0].activityName, u"Count the stock"_s);
        QCOMPARE(h[0].authorId, laminId);
        QVERIFY(TestSync::syncOnce(*lamin.client));
        QVERIFY(TestSync::syncOnce(*amina.client));

        // Amina's laptop has all three from the server: who, what, before, after.
        h = history(amina);
        QCOMPARE(h.size(), before + 3);
        QVERIFY(std::none_of(h.begin(), h.end(), [](const auto &c) { return c.pending; }));
        const auto find = [&](auto predicate) {
            const auto it = std::find_if(h.begin(), h.end(), predicate);
            return it == h.end() ? PlanHistory::Change() : *it;
        };
        const PlanHistory::Change vision =
            find([](const PlanHistory::Change &c) { return c.field == u"vision"; });
        QCOMPARE(vision.authorId, aminaId);
        QCOMPARE(vision.before.toString(), oldVision);
        QCOMPARE(vision.after.toString(), newVision);
        const PlanHistory::Change added =
            find([](const PlanHistory::Change &c) { return c.addsActivity(); });
        QCOMPARE(added.authorId, aminaId);
        QCOMPARE(added.after.toObject().value("what"_L1).toString(), u"Count the stock"_s);
        const PlanHistory::Change deleted =
            find([](const PlanHistory::Change &c) { return c.deletesActivity(); });
        QCOMPARE(deleted.authorId, laminId);
        QCOMPARE(deleted.activityName, u"Count the stock"_s);

        // Amina brings it back and puts the vision back as it was: changes
        // of hers, which Lamin's laptop has after the syncs.
        {
            Editing::PlanDocument a(&amina.client->store, amina.desk.get(), plan.id);
            QVERIFY(a.restore(deleted).ok());
            QVERIFY(a.restore(vision).ok());
            QCOMPARE(a.restore(deleted).error().code, Core::ErrorCode::NotFound);
            const QList<Core::Record> now = a.activities();
            QCOMPARE(std::count_if(now.begin(), now.end(),
                                   [](const Core::Record &r) {
                                       return r.text(u"what") == u"Count the stock";
                                   }),
                     1);
            // Itself again: its history goes on.
            QVERIFY(amina.client->store.records().get(Entity::Activity, activityId).ok());
        }
        QVERIFY(TestSync::syncOnce(*amina.client));
        QVERIFY(TestSync::syncOnce(*lamin.client));
        const auto back = lamin.client->store.records().list(Entity::Activity, u"plan_id", plan.id);
        QVERIFY(back.ok());
        QVERIFY(std::any_of(back->begin(), back->end(), [](const Core::Record &r) {
            return r.text(u"what") == u"Count the stock";
        }));
        QCOMPARE(lamin.client->store.records().get(Entity::ActionPlan, plan.id)->text(u"vision"),
                 oldVision);
        h = history(lamin);
        QCOMPARE(h.size(), before + 5);
        QCOMPARE(h[0].authorId, aminaId);
        QCOMPARE(h[1].authorId, aminaId);

        // The history is the server's to write: a laptop's attempt is refused.
        Core::Record forged{QString(Entity::PlanChange),
                            Core::newRecordId(),
                            0,
                            QJsonObject{{u"plan_id"_s, plan.id},
                                        {u"record_entity"_s, u"action_plan"_s},
                                        {u"record_id"_s, plan.id},
                                        {u"kind"_s, u"patch"_s},
                                        {u"author_id"_s, laminId}},
                            {},
                            {}};
        QVERIFY(amina.client->store.createRecord(forged, aminaId).ok());
        QVERIFY(TestSync::syncOnce(*amina.client));
        const auto refused = amina.client->store.outbox().rejected();
        QVERIFY(refused.ok());
        QCOMPARE(refused->size(), 1);
        QCOMPARE(refused->first().errorCode, u"forbidden"_s);
        QVERIFY(amina.client->store.discardOperation(refused->first().opId).ok());
        QVERIFY(TestSync::syncOnce(*amina.client));
        VERIFY_CONVERGED(*amina.client);
        VERIFY_CONVERGED(*lamin.client);
    }
};

QTEST_GUILESS_MAIN(TestSyncPlans)
#include "tst_sync_plans.moc"

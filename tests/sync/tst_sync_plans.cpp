// A team's plan on two laptops against a real leadernet-server: two members
// change the same section offline; after both sync, each laptop's plan shows
// the conflict on that section; one settles it (taking the other version)
// and after one more sync each, both replicas hold the same text, no open
// conflict, and equal the server's digest.

#include "desksession.h"
#include "editorsession.h"
#include "plandocument.h"
#include "syncclient.h"
#include "testserver.h"

#include <QStandardPaths>

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
};

QTEST_GUILESS_MAIN(TestSyncPlans)
#include "tst_sync_plans.moc"

// The sync in the window against a real leadernet-server (TestServer, the
// demo community): the status bar's phases during a real sync, views that
// fill while pages apply, marks that go once the server took a change, a
// change the server refuses, and a conflict made on another laptop resolved
// on the Sync page until both replicas agree.

#include "activitymodel.h"
#include "conflictsmodel.h"
#include "coursemodel.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "outboxmarks.h"
#include "plansview.h"
#include "recordtext.h"
#include "rejectedopsmodel.h"
#include "sessioncontroller.h"
#include "syncstatuswidget.h"
#include "syncview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Mark = Ui::OutboxMarks::Mark;

class TestUiSyncServer final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void syncShowsItsPhasesAndFillsViewsPageByPage();
    void refusedChangeStaysUntilDiscarded();
    void conflictFromAnotherLaptopIsResolvedHere();

private:
    bool syncWindow();
    QTableView *table(const QString &name) const;
    QPushButton *button(const QString &name) const;

    TestCommon::TestServer m_server;
    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    std::unique_ptr<Ui::SessionController> m_session;
    QString m_me;
};

void TestUiSyncServer::initTestCase()
{
    prepareUiTest();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestUiSyncServer::init()
{
    m_env = std::make_unique<UiTestEnv>(m_server.url());
    m_env->languages.setLanguage(u"en"_s);
    m_env->engine->setPageSize(40); // several pages
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_session = std::make_unique<Ui::SessionController>(m_env->services(), m_window.get());
    m_session->setInteractive(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestUiSyncServer::cleanup()
{
    m_session.reset();
    m_window.reset();
    m_env.reset();
}

bool TestUiSyncServer::syncWindow()
{
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_window->syncAction()->trigger();
    return (!finished.isEmpty() || finished.wait(60000)) && finished.first().first().toBool();
}

QTableView *TestUiSyncServer::table(const QString &name) const
{
    return m_window->syncView()->findChild<QTableView *>(name);
}

QPushButton *TestUiSyncServer::button(const QString &name) const
{
    return m_window->syncView()->findChild<QPushButton *>(name);
}

void TestUiSyncServer::syncShowsItsPhasesAndFillsViewsPageByPage()
{
    // What the status bar says and how far the course list is, at each page.
    Ui::SyncStatusWidget *status = m_window->syncStatus();
    QStringList seen;
    QList<int> coursesAtPage;
    connect(m_env->engine.get(), &Sync::SyncEngine::pushProgress, this,
            [&]() { seen << status->statusText(); });
    connect(m_env->engine.get(), &Sync::SyncEngine::progress, this, [&]() {
        seen << status->statusText();
        coursesAtPage << m_window->courseModel()->rowCount();
    });
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_session->start(u"member"_s, m_server.password());
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY2(coursesAtPage.size() >= 3, qPrintable(QString::number(coursesAtPage.size())));
    QVERIFY2(seen.first().startsWith(u"Receiving… "_s) && seen.first().endsWith(u" received"_s),
             qPrintable(seen.join(u" | "_s)));
    // The views follow each applied page, not just the end of the sync.
    QVERIFY2(coursesAtPage.first() < coursesAtPage.last() || coursesAtPage.first() > 0,
             qPrintable(seen.join(u" | "_s)));
    bool filledBeforeTheEnd = false;
    for (qsizetype i = 0; i + 1 < coursesAtPage.size(); ++i)
        filledBeforeTheEnd |= coursesAtPage[i] > 0;
    QVERIFY(filledBeforeTheEnd);
    QVERIFY(status->statusText().startsWith(u"Synced at "_s));

    // A change: marked until the server took it, "Sending…" while it goes.
    QVERIFY(m_window->plansView()->selectFirstPlan());
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    QVERIFY(activities->rowCount() > 0);
    const QString activityId = activities->index(0, 0).data(Ui::IdRole).toString();
    m_me = m_env->accounts->current().memberId;
    QVERIFY(m_env->store
                .updateRecord(Core::Entity::Activity, activityId,
                              {{u"indicator"_s, u"Facilities with a stockout this month"_s}}, m_me)
                .ok());
    QTRY_COMPARE(activities->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::Waiting));
    seen.clear();
    QVERIFY(syncWindow());
    QVERIFY2(seen.contains(u"Sending… 0 of 1 change sent"_s), qPrintable(seen.join(u" | "_s)));
    QCOMPARE(m_env->store.outbox().pendingCount().value(), 0);
    QTRY_COMPARE(activities->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
}

void TestUiSyncServer::refusedChangeStaysUntilDiscarded()
{
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_session->start(u"member"_s, m_server.password());
    QVERIFY(finished.wait(60000));
    m_me = m_env->accounts->current().memberId;
    // Someone else's post: only its author may edit it.
    QString postId, body;
    for (const Core::Record &p : m_env->store.records().list(Core::Entity::Post).value()) {
        if (p.text(u"author_id") != m_me) {
            postId = p.id;
            body = p.text(u"body");
            break;
        }
    }
    if (postId.isEmpty())
        QSKIP("the demo community gives this member no one else's post");
    QVERIFY(m_env->store
                .updateRecord(Core::Entity::Post, postId, {{u"body"_s, u"Edited by me"_s}}, m_me)
                .ok());
    QVERIFY(syncWindow());
    QCOMPARE(m_env->store.outbox().rejected()->size(), 1);
    QVERIFY2(m_window->syncStatus()->statusText().endsWith(u"1 change refused, see Sync"_s),
             qPrintable(m_window->syncStatus()->statusText()));
    m_window->showPage(Ui::Page::Sync);
    QTableView *refused = table(u"rejectedTable"_s);
    QTRY_COMPARE(refused->model()->rowCount(), 1);
    // The reason in the member's words; the server's own sentence on hovering.
    const QModelIndex reason = refused->model()->index(0, Ui::RejectedOpsModel::ReasonColumn);
    QCOMPARE(reason.data().toString(), u"You are not allowed to do this."_s);
    QVERIFY2(reason.data(Qt::ToolTipRole).toString().contains(u"author"_s),
             qPrintable(reason.data(Qt::ToolTipRole).toString()));
    // Another sync does not drop it.
    QVERIFY(syncWindow());
    QTRY_COMPARE(refused->model()->rowCount(), 1);

    refused->selectRow(0);
    button(u"discardButton"_s)->click();
    QCOMPARE(m_env->prompter.questions.size(), 1);
    QCOMPARE(m_env->store.records().get(Core::Entity::Post, postId)->text(u"body"), body);
    QTRY_COMPARE(refused->model()->rowCount(), 0);
    QCOMPARE(m_env->store.outbox().recordKeys()->size(), 0);
}

void TestUiSyncServer::conflictFromAnotherLaptopIsResolvedHere()
{
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_session->start(u"member"_s, m_server.password());
    QVERIFY(finished.wait(60000));
    m_me = m_env->accounts->current().memberId;
    QVERIFY(m_window->plansView()->selectFirstPlan());
    const QString activityId =
        m_window->plansView()->activities()->index(0, 0).data(Ui::IdRole).toString();
    // Two statuses, both different from the one the activity has.
    QStringList statuses = {u"planned"_s, u"in_progress"_s, u"done"_s, u"delayed"_s};
    statuses.removeAll(
        m_env->store.records().get(Core::Entity::Activity, activityId)->text(u"status"));
    const QString theirs = statuses.at(0);
    const QString mine = statuses.at(1);

    // A teammate on another laptop changes the activity's status first.
    UiTestEnv other(m_server.url());
    QSignalSpy otherIn(other.accounts.get(), &Sync::AccountManager::signedIn);
    other.accounts->signIn(u"lceesay"_s, m_server.password());
    QVERIFY(otherIn.wait(30000));
    const QString teammate = other.accounts->current().memberId;
    other.engine->setSelf(teammate);
    QSignalSpy otherSynced(other.engine.get(), &Sync::SyncEngine::finished);
    other.engine->syncNow();
    QVERIFY(otherSynced.wait(60000));
    QVERIFY(other.store
                .updateRecord(Core::Entity::Activity, activityId, {{u"status"_s, theirs}}, teammate)
                .ok());
    otherSynced.clear();
    other.engine->syncNow();
    QVERIFY(otherSynced.wait(60000));
    QCOMPARE(otherSynced.first().first().toBool(), true);

    // Here, offline, the same field got another value; the sync keeps theirs.
    QVERIFY(
        m_env->store.updateRecord(Core::Entity::Activity, activityId, {{u"status"_s, mine}}, m_me)
            .ok());
    QVERIFY(syncWindow());
    QCOMPARE(m_env->store.records().get(Core::Entity::Activity, activityId)->text(u"status"),
             theirs);
    m_window->showPage(Ui::Page::Sync);
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    const QAbstractItemModel *model = conflicts->model();
    QCOMPARE(model->index(0, Ui::ConflictsModel::ConflictColumn).data().toString(), u"Status"_s);
    QCOMPARE(model->index(0, Ui::ConflictsModel::CurrentColumn).data().toString(),
             Ui::RecordText::activityStatus(theirs));
    QCOMPARE(model->index(0, Ui::ConflictsModel::OtherColumn).data().toString(),
             Ui::RecordText::activityStatus(mine));
    QVERIFY(model->index(0, Ui::ConflictsModel::OtherByColumn)
                .data()
                .toString()
                .startsWith(m_env->accounts->current().displayName));

    // "Use the other version": stored here, then sent by the sync it asks for.
    conflicts->selectRow(0);
    QSignalSpy synced(m_env->engine.get(), &Sync::SyncEngine::finished);
    button(u"useOtherButton"_s)->click();
    QCOMPARE(m_env->store.records().get(Core::Entity::Activity, activityId)->text(u"status"), mine);
    QVERIFY(synced.wait(60000));
    QCOMPARE(synced.first().first().toBool(), true);
    QCOMPARE(m_env->store.outbox().recordKeys()->size(), 0);
    QTRY_COMPARE(conflicts->model()->rowCount(), 0);

    // The teammate's laptop gets the decision, and the replicas agree.
    otherSynced.clear();
    other.engine->syncNow();
    QVERIFY(otherSynced.wait(60000));
    QCOMPARE(other.store.records().get(Core::Entity::Activity, activityId)->text(u"status"), mine);
    const auto otherConflicts =
        other.store.records().list(Core::Entity::Conflict, u"record_id", activityId).value();
    QCOMPARE(otherConflicts.size(), 1);
    QCOMPARE(otherConflicts.first().text(u"status"), u"resolved"_s);
    QCOMPARE(otherConflicts.first().text(u"resolved_by"), m_me);
    QSignalSpy verified(m_env->engine.get(), &Sync::SyncEngine::verified);
    m_env->engine->verify();
    QVERIFY(verified.wait(60000));
    QVERIFY2(verified.first().first().toBool(),
             qPrintable(verified.first().at(1).toStringList().join(u", "_s)));
}

QTEST_MAIN(TestUiSyncServer)
#include "tst_ui_syncserver.moc"

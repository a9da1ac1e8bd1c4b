// The sync in the window, without a server: the status bar's phases, the
// Sync page's refused changes (send again, discard) and conflicts (each kind
// of decision), and the marks on records waiting to be sent. Refused changes
// and conflicts are made directly through LocalStore, as a sync would.

#include "activitymodel.h"
#include "conflictsmodel.h"
#include "conversationmodel.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "outboxmarks.h"
#include "planlistmodel.h"
#include "plansview.h"
#include "rejectedopsmodel.h"
#include "seminarsview.h"
#include "syncstatuswidget.h"
#include "syncview.h"
#include "uitestenv.h"

#include <QLabel>
#include <QListView>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
using State = Sync::SyncEngine::State;
using Mark = Ui::OutboxMarks::Mark;

class TestUiSync final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void statusBarShowsEachPhase();
    void statusBarCountsDownToTheNextAttempt();
    void refusedChangeIsListedWithItsReason();
    void discardRestoresTheServersValue();
    void sendAgainQueuesTheChangeAndSyncs();
    void fieldConflictUseTheOtherVersion();
    void fieldConflictKeepCurrent();
    void deletedWhileEditedCanBeDeletedAnyway();
    void editedAfterDeletionCanBeRestored();
    void conflictDecisionsNeedAMember();
    void reviewConflictNamesTheCriteria();
    void editedActivityIsMarkedUntilAcknowledged();
    void refusedActivityIsMarkedAsRefused();
    void postWaitingToBeSentSaysSo();

private:
    Core::Record activity(int index) const;
    QString addConflict(const QString &kind, const QString &entity, const QString &recordId,
                        const QString &fields, const QJsonObject &kept, const QJsonObject &lost);
    QTableView *table(const QString &name) const;
    QPushButton *button(const QString &name) const;
    bool selectRow(QTableView *view, int row);

    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    DemoIds m_ids;
    qint64 m_cursor = 100;
};

void TestUiSync::initTestCase()
{
    prepareUiTest();
}

void TestUiSync::init()
{
    m_env = std::make_unique<UiTestEnv>();
    m_ids = m_env->fill();
    m_cursor = 100;
    QVERIFY(m_env->signInOffline(m_ids));
    m_env->languages.setLanguage(u"en"_s);
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // Shortcuts and mnemonics need the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiSync::cleanup()
{
    m_window.reset();
    m_env.reset();
}

Core::Record TestUiSync::activity(int index) const
{
    return m_env->store.records().get(Core::Entity::Activity, m_ids.activities.at(index)).value();
}

QString TestUiSync::addConflict(const QString &kind, const QString &entity, const QString &recordId,
                                const QString &fields, const QJsonObject &kept,
                                const QJsonObject &lost)
{
    // As the server writes it: the current version by a colleague, the lost
    // one by "me" (or the other way round; the UI does not care).
    Core::Record c;
    c.entity = Core::Entity::Conflict;
    c.id = Core::newRecordId();
    c.revision = 1;
    c.updatedAt = Core::nowUtc();
    c.fields = QJsonObject{{u"record_entity"_s, entity},
                           {u"record_id"_s, recordId},
                           {u"field"_s, fields},
                           {u"kind"_s, kind},
                           {u"scope"_s, QString(u"team:"_s + m_ids.team)},
                           {u"kept"_s, kept},
                           {u"kept_by"_s, m_ids.colleague},
                           {u"kept_at"_s, u"2024-05-02T10:00:00.000Z"_s},
                           {u"lost"_s, lost},
                           {u"lost_by"_s, m_ids.me},
                           {u"lost_at"_s, u"2024-05-02T11:00:00.000Z"_s},
                           {u"status"_s, u"open"_s}};
    if (const Core::Status s = m_env->store.applyPulled({c}, {}, ++m_cursor); !s)
        qWarning("cannot store the conflict: %s", qPrintable(s.error().detail));
    return c.id;
}

QTableView *TestUiSync::table(const QString &name) const
{
    return m_window->syncView()->findChild<QTableView *>(name);
}

QPushButton *TestUiSync::button(const QString &name) const
{
    return m_window->syncView()->findChild<QPushButton *>(name);
}

bool TestUiSync::selectRow(QTableView *view, int row)
{
    // With the keyboard, as a person without a mouse would.
    view->setFocus();
    view->setCurrentIndex({});
    view->clearSelection();
    QTest::keyClick(view, Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < row; ++i)
        QTest::keyClick(view, Qt::Key_Down);
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    return selected.size() == 1 && selected.first().row() == row;
}

void TestUiSync::statusBarShowsEachPhase()
{
    Ui::SyncStatusWidget *status = m_window->syncStatus();
    Sync::SyncEngine *engine = m_env->engine.get();
    QVERIFY(!status->progressBar()->isVisible());

    // The widget follows the engine's signals; here they are played to it.
    Q_EMIT engine->stateChanged(State::Pushing);
    QCOMPARE(status->statusText(), u"Sending your changes…"_s);
    Q_EMIT engine->pushProgress(2, 3);
    QCOMPARE(status->statusText(), u"Sending… 2 of 5 changes sent"_s);
    QVERIFY(status->progressBar()->isVisible());
    QCOMPARE(status->progressBar()->maximum(), 5);
    QCOMPARE(status->progressBar()->value(), 2);
    Q_EMIT engine->pushProgress(0, 1);
    QCOMPARE(status->statusText(), u"Sending… 0 of 1 change sent"_s);

    Q_EMIT engine->stateChanged(State::Pulling);
    QCOMPARE(status->statusText(), u"Checking for new content…"_s);
    QCOMPARE(status->progressBar()->maximum(), 0); // busy
    Q_EMIT engine->stateChanged(State::Applying);
    Q_EMIT engine->progress(1, 300);
    QCOMPARE(status->statusText(), u"Receiving… 1 record received"_s);
    Q_EMIT engine->progress(1200, 90000);
    QCOMPARE(status->statusText(), u"Receiving… 1200 records received"_s);

    Q_EMIT engine->stateChanged(State::Waiting);
    Q_EMIT engine->retryScheduled(1, 8000, Core::makeError(Core::ErrorCode::Network));
    QCOMPARE(status->statusText(), u"Offline — trying again in 8 seconds"_s);
    QVERIFY(!status->progressBar()->isVisible());
    Q_EMIT engine->retryScheduled(2, 1000, Core::makeError(Core::ErrorCode::Server));
    QCOMPARE(status->statusText(), u"The server is not answering — trying again in 1 second"_s);
    // The accessible name follows, for screen readers.
    QCOMPARE(status->findChild<QLabel *>(u"syncStatusLabel"_s)->accessibleName(),
             status->statusText());

    // A retry of the same sync keeps counting from where it was.
    Q_EMIT engine->stateChanged(State::Pulling);
    QCOMPARE(status->statusText(), u"Receiving… 1200 records received"_s);
    Q_EMIT engine->stateChanged(State::Idle);
    QCOMPARE(status->statusText(), u"Not synced yet"_s);
}

void TestUiSync::statusBarCountsDownToTheNextAttempt()
{
    // A real attempt against a port where nobody listens; the next one is
    // 10 to 20 seconds away.
    m_env->engine->setRetryPolicy({2, 20000, 60000});
    QSignalSpy retry(m_env->engine.get(), &Sync::SyncEngine::retryScheduled);
    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(retry.wait(10000));
    QCOMPARE(m_env->engine->state(), State::Waiting);
    const QString text = m_window->syncStatus()->statusText();
    QVERIFY2(text.startsWith(u"Offline — trying again in "_s) && text.endsWith(u" seconds"_s),
             qPrintable(text));
    const int seconds = text.section(u' ', -2, -2).toInt();
    QVERIFY2(seconds >= 10 && seconds <= 20, qPrintable(text));
    QTRY_VERIFY_WITH_TIMEOUT(m_window->syncStatus()->statusText() != text, 3000); // counts down
    QVERIFY(!m_window->syncAction()->isEnabled());
    m_env->engine->abort();
    QVERIFY(m_window->syncAction()->isEnabled());
    QVERIFY(!m_window->syncStatus()->statusText().contains(u"trying again"_s));
}

void TestUiSync::refusedChangeIsListedWithItsReason()
{
    m_window->showPage(Ui::Page::Sync);
    QTableView *refused = table(u"rejectedTable"_s);
    QVERIFY(refused);
    QCOMPARE(refused->model()->rowCount(), 0);
    const auto op = m_env->store.updateRecord(Core::Entity::Activity, m_ids.activities[0],
                                              {{u"what"_s, u"Train all storekeepers"_s}}, m_ids.me);
    QVERIFY(op.ok());
    QVERIFY(m_env->store.reject(*op, u"only the team's members may change its activity"_s).ok());
    QTRY_COMPARE(refused->model()->rowCount(), 1);
    const QAbstractItemModel *model = refused->model();
    QCOMPARE(model->index(0, Ui::RejectedOpsModel::RecordColumn).data().toString(),
             u"Change to Activity “Train all storekeepers”"_s);
    QCOMPARE(model->index(0, Ui::RejectedOpsModel::AuthorColumn).data().toString(),
             u"Amina Diallo"_s);
    QCOMPARE(model->index(0, Ui::RejectedOpsModel::ReasonColumn).data().toString(),
             u"only the team's members may change its activity"_s);
    bool headingCounts = false;
    for (const QLabel *label : m_window->syncView()->findChildren<QLabel *>())
        headingCounts |= label->text() == u"&Changes the server refused (1)"_s;
    QVERIFY(headingCounts);
    // Nothing selected: nothing to act on.
    QVERIFY(!button(u"retryButton"_s)->isEnabled());
    QVERIFY(!button(u"discardButton"_s)->isEnabled());
    QVERIFY(!refused->accessibleName().isEmpty());
    QVERIFY(selectRow(refused, 0));
    QVERIFY(button(u"retryButton"_s)->isEnabled());
    QVERIFY(button(u"discardButton"_s)->isEnabled());
    // It is still waiting for the user, and still counted as a local change.
    QCOMPARE(m_env->store.outbox().rejected()->size(), 1);
}

void TestUiSync::discardRestoresTheServersValue()
{
    QVERIFY(m_window->plansView()->selectFirstPlan());
    m_window->showPage(Ui::Page::Sync);
    const QString before = activity(0).text(u"what");
    const auto op = m_env->store.updateRecord(Core::Entity::Activity, m_ids.activities[0],
                                              {{u"what"_s, u"Train all storekeepers"_s}}, m_ids.me);
    QVERIFY(op.ok());
    QVERIFY(m_env->store.reject(*op, u"forbidden"_s).ok());
    QTableView *refused = table(u"rejectedTable"_s);
    QTRY_COMPARE(refused->model()->rowCount(), 1);
    QVERIFY(selectRow(refused, 0));

    // Declined: nothing happens.
    m_env->prompter.answer = false;
    QTest::keyClick(m_window.get(), Qt::Key_D, Qt::AltModifier); // "&Discard…", animated
    QTRY_COMPARE(m_env->prompter.questions.size(), 1);
    QVERIFY2(m_env->prompter.questions.first().contains(u"will be lost"_s),
             qPrintable(m_env->prompter.questions.first()));
    QVERIFY2(m_env->prompter.questions.first().contains(u"server's version"_s),
             qPrintable(m_env->prompter.questions.first()));
    QCOMPARE(activity(0).text(u"what"), u"Train all storekeepers"_s);

    // Accepted: the change is gone and the server's value is back.
    m_env->prompter.answer = true;
    QTest::mouseClick(button(u"discardButton"_s), Qt::LeftButton);
    QCOMPARE(m_env->prompter.questions.size(), 2);
    QCOMPARE(activity(0).text(u"what"), before);
    QCOMPARE(m_env->store.outbox().recordKeys()->size(), 0);
    QTRY_COMPARE(refused->model()->rowCount(), 0);
    QVERIFY(!button(u"discardButton"_s)->isEnabled());
    QTRY_COMPARE(m_window->plansView()->activities()->rowCount(), 3);
}

void TestUiSync::sendAgainQueuesTheChangeAndSyncs()
{
    m_window->showPage(Ui::Page::Sync);
    const auto op = m_env->store.updateRecord(Core::Entity::ActionPlan, m_ids.plan,
                                              {{u"vision"_s, u"No stockouts."_s}}, m_ids.me);
    QVERIFY(op.ok());
    QVERIFY(m_env->store.reject(*op, u"invalid"_s).ok());
    QTableView *refused = table(u"rejectedTable"_s);
    QTRY_COMPARE(refused->model()->rowCount(), 1);
    QVERIFY(selectRow(refused, 0));
    QSignalSpy requested(m_window->syncView(), &Ui::SyncView::syncRequested);
    QSignalSpy started(m_env->engine.get(), &Sync::SyncEngine::stateChanged);
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    QTest::keyClick(button(u"retryButton"_s), Qt::Key_Space);
    QCOMPARE(requested.count(), 1);
    // The window started the sync (after asking the server what it would bring).
    QTRY_VERIFY(!started.isEmpty());
    QCOMPARE(m_env->store.outbox().rejected()->size(), 0);
    QCOMPARE(m_env->store.outbox().pendingCount().value(), 1);
    QVERIFY(!finished.isEmpty() ||
            finished.wait(10000)); // nobody listens: offline, the change waits
    QTRY_COMPARE(refused->model()->rowCount(), 0);
    auto *pending = m_window->syncView()->findChild<QLabel *>(u"pendingValue"_s);
    QTRY_COMPARE(pending->text(), u"1 change waiting to be sent"_s);
    // What is on this computer is said in items, never as a sync position.
    int kept = 0;
    for (const Core::EntitySpec &spec : Core::entitySpecs()) {
        if (spec.name != Core::Entity::Conflict)
            kept += m_env->store.records().count(spec.name).value();
    }
    QVERIFY(kept > 1);
    auto *received = m_window->syncView()->findChild<QLabel *>(u"receivedValue"_s);
    QTRY_VERIFY2(received->text().startsWith(u"%1 items from the server"_s.arg(kept)),
                 qPrintable(received->text()));
}

// Two reviews of one submission: the scores of each read as the rubric
// names its criteria, never as raw data.
void TestUiSync::reviewConflictNamesTheCriteria()
{
    m_window->showPage(Ui::Page::Sync);
    addConflict(u"field"_s, Core::Entity::Review, m_ids.review1, u"scores, comment"_s,
                {{u"scores"_s, QJsonObject{{u"clarity"_s, 3}, {u"feasibility"_s, 2}}},
                 {u"comment"_s, u"Please state the baseline."_s}},
                {{u"scores"_s, QJsonObject{{u"clarity"_s, 4}, {u"feasibility"_s, 1}}},
                 {u"comment"_s, u"Approved as it is."_s}});
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    const QString other =
        conflicts->model()->index(0, Ui::ConflictsModel::OtherColumn).data().toString();
    QVERIFY2(other.contains(u"Clarity of the challenge: 4 of 4"_s), qPrintable(other));
    QVERIFY(!other.contains(u"{"_s));
    QVERIFY(selectRow(conflicts, 0));
    const QString current =
        m_window->syncView()->findChild<QPlainTextEdit *>(u"currentVersionText"_s)->toPlainText();
    QVERIFY2(current.contains(u"Feasibility of the actions: 2 of 4"_s), qPrintable(current));
}

void TestUiSync::fieldConflictUseTheOtherVersion()
{
    m_window->showPage(Ui::Page::Sync);
    auto *count = m_window->syncView()->findChild<QLabel *>(u"conflictsValue"_s);
    QCOMPARE(count->text(), u"0 open conflicts"_s);
    const QString conflictId =
        addConflict(u"field"_s, Core::Entity::Activity, m_ids.activities[0], u"what, ends_on"_s,
                    {{u"what"_s, u"Train storekeepers"_s}, {u"ends_on"_s, u"2024-06-30"_s}},
                    {{u"what"_s, u"Train storekeepers and pharmacists in all twelve facilities"_s},
                     {u"ends_on"_s, u"2024-07-31"_s}});
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    QCOMPARE(count->text(), u"1 open conflict"_s);
    const QAbstractItemModel *model = conflicts->model();
    QCOMPARE(model->index(0, Ui::ConflictsModel::RecordColumn).data().toString(),
             u"Activity “Train storekeepers”"_s);
    QCOMPARE(model->index(0, Ui::ConflictsModel::ConflictColumn).data().toString(),
             u"Activity and End"_s);
    QVERIFY(model->index(0, Ui::ConflictsModel::CurrentByColumn)
                .data()
                .toString()
                .startsWith(u"Kofi Mensah, "_s));
    QVERIFY(model->index(0, Ui::ConflictsModel::OtherByColumn)
                .data()
                .toString()
                .startsWith(u"Amina Diallo, "_s));
    QVERIFY(model->index(0, Ui::ConflictsModel::OtherColumn)
                .data()
                .toString()
                .contains(u"pharmacists"_s));

    QVERIFY(!button(u"useOtherButton"_s)->isEnabled());
    QVERIFY(selectRow(conflicts, 0));
    // Both versions side by side, whole and read-only.
    auto *current = m_window->syncView()->findChild<QPlainTextEdit *>(u"currentVersionText"_s);
    auto *other = m_window->syncView()->findChild<QPlainTextEdit *>(u"otherVersionText"_s);
    QVERIFY(current->isReadOnly() && other->isReadOnly());
    QVERIFY2(current->toPlainText().contains(u"Train storekeepers"_s),
             qPrintable(current->toPlainText()));
    QVERIFY2(other->toPlainText().contains(u"in all twelve facilities"_s),
             qPrintable(other->toPlainText()));
    QVERIFY(!current->accessibleName().isEmpty() && !other->accessibleName().isEmpty());
    QCOMPARE(button(u"keepButton"_s)->text(), u"&Keep current"_s);
    QCOMPARE(button(u"useOtherButton"_s)->text(), u"&Use the other version"_s);

    QSignalSpy requested(m_window->syncView(), &Ui::SyncView::syncRequested);
    QTest::mouseClick(button(u"useOtherButton"_s), Qt::LeftButton);
    QCOMPARE(activity(0).text(u"what"),
             u"Train storekeepers and pharmacists in all twelve facilities"_s);
    QCOMPARE(activity(0).text(u"ends_on"), u"2024-07-31"_s);
    const Core::Record resolved =
        m_env->store.records().get(Core::Entity::Conflict, conflictId).value();
    QCOMPARE(resolved.text(u"status"), u"resolved"_s);
    QCOMPARE(resolved.text(u"resolved_by"), m_ids.me);
    QVERIFY(!resolved.text(u"resolved_at").isEmpty());
    // Both go to the server at the next sync, which is asked for now.
    QCOMPARE(m_env->store.outbox().pendingCount().value(), 2);
    QCOMPARE(requested.count(), 1);
    QTRY_COMPARE(conflicts->model()->rowCount(), 0);
    QTRY_COMPARE(count->text(), u"0 open conflicts"_s);
}

void TestUiSync::fieldConflictKeepCurrent()
{
    const QString conflictId =
        addConflict(u"field"_s, Core::Entity::ActionPlan, m_ids.plan, u"vision"_s,
                    {{u"vision"_s, u"Every facility has the medicines it needs."_s}},
                    {{u"vision"_s, u"No stockouts."_s}});
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    QVERIFY(selectRow(conflicts, 0));
    button(u"keepButton"_s)->click();
    const Core::Record plan =
        m_env->store.records().get(Core::Entity::ActionPlan, m_ids.plan).value();
    QCOMPARE(plan.text(u"vision"), u"Every facility has the medicines it needs."_s);
    QCOMPARE(m_env->store.records().get(Core::Entity::Conflict, conflictId)->text(u"status"),
             u"resolved"_s);
    QCOMPARE(m_env->store.outbox().pendingCount().value(), 1); // only the conflict
}

void TestUiSync::deletedWhileEditedCanBeDeletedAnyway()
{
    QVERIFY(m_window->plansView()->selectFirstPlan());
    const Core::Record kept = activity(1);
    addConflict(u"delete_edit"_s, Core::Entity::Activity, kept.id, {}, kept.fields, {});
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    QCOMPARE(conflicts->model()->index(0, Ui::ConflictsModel::ConflictColumn).data().toString(),
             u"Deleted while someone edited it"_s);
    QVERIFY(selectRow(conflicts, 0));
    QCOMPARE(button(u"keepButton"_s)->text(), u"&Keep"_s);
    QCOMPARE(button(u"useOtherButton"_s)->text(), u"Delete an&yway…"_s);
    auto *other = m_window->syncView()->findChild<QPlainTextEdit *>(u"otherVersionText"_s);
    QCOMPARE(other->toPlainText(), u"Amina Diallo deleted this record."_s);

    m_env->prompter.answer = false;
    button(u"useOtherButton"_s)->click();
    QCOMPARE(m_env->prompter.questions.size(), 1);
    QVERIFY(m_env->store.records().get(Core::Entity::Activity, kept.id).ok());
    QCOMPARE(conflicts->model()->rowCount(), 1);

    m_env->prompter.answer = true;
    button(u"useOtherButton"_s)->click();
    QCOMPARE(m_env->store.records().get(Core::Entity::Activity, kept.id).error().code,
             Core::ErrorCode::NotFound);
    QTRY_COMPARE(conflicts->model()->rowCount(), 0);
    QTRY_COMPARE(m_window->plansView()->activities()->rowCount(), 2);
}

void TestUiSync::editedAfterDeletionCanBeRestored()
{
    m_window->showPage(Ui::Page::Sync);
    // The server deleted the activity; my edit came after.
    const Core::Record gone = activity(2);
    QVERIFY(
        m_env->store.applyPulled({}, {{QString(Core::Entity::Activity), gone.id, 5}}, ++m_cursor)
            .ok());
    QJsonObject wouldHaveBeen = gone.fields;
    wouldHaveBeen.insert(u"status"_s, u"in_progress"_s);
    addConflict(u"edit_delete"_s, Core::Entity::Activity, gone.id, u"status"_s, {}, wouldHaveBeen);
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    QCOMPARE(conflicts->model()->index(0, Ui::ConflictsModel::RecordColumn).data().toString(),
             u"Activity “Review ordering”"_s);
    QVERIFY(selectRow(conflicts, 0));
    QCOMPARE(button(u"keepButton"_s)->text(), u"Lea&ve deleted"_s);
    QCOMPARE(button(u"useOtherButton"_s)->text(), u"&Restore"_s);
    auto *other = m_window->syncView()->findChild<QPlainTextEdit *>(u"otherVersionText"_s);
    QVERIFY2(other->toPlainText().contains(u"Status:\nIn progress"_s),
             qPrintable(other->toPlainText()));

    QTest::keyClick(m_window.get(), Qt::Key_R, Qt::AltModifier); // "&Restore", animated
    QTRY_VERIFY(m_env->store.records().get(Core::Entity::Activity, gone.id).ok());
    const auto restored = m_env->store.records().get(Core::Entity::Activity, gone.id);
    QVERIFY(restored.ok());
    QCOMPARE(restored->text(u"what"), u"Review ordering"_s);
    QCOMPARE(restored->text(u"status"), u"in_progress"_s);
    const auto ops = m_env->store.outbox().forRecord(Core::Entity::Activity, gone.id).value();
    QCOMPARE(ops.size(), 1);
    QCOMPARE(ops.first().kind, Core::OutboxKind::Create); // the server's restore
    QTRY_COMPARE(conflicts->model()->rowCount(), 0);
}

void TestUiSync::conflictDecisionsNeedAMember()
{
    addConflict(u"field"_s, Core::Entity::ActionPlan, m_ids.plan, u"vision"_s,
                {{u"vision"_s, u"A"_s}}, {{u"vision"_s, u"B"_s}});
    QTableView *conflicts = table(u"conflictsTable"_s);
    QTRY_COMPARE(conflicts->model()->rowCount(), 1);
    m_window->syncView()->setAccount({});
    QVERIFY(selectRow(conflicts, 0));
    QVERIFY(!button(u"keepButton"_s)->isEnabled());
    QVERIFY(!button(u"useOtherButton"_s)->isEnabled());
}

void TestUiSync::editedActivityIsMarkedUntilAcknowledged()
{
    m_window->showPage(Ui::Page::Plans);
    QVERIFY(m_window->plansView()->selectFirstPlan());
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    const QModelIndex first = activities->index(0, Ui::ActivityModel::WhatColumn);
    QCOMPARE(first.data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
    QVERIFY(first.data(Qt::DecorationRole).isNull());
    auto *plans = m_window->plansView()->findChild<QListView *>(u"planList"_s);
    QCOMPARE(plans->model()->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));

    const auto op = m_env->store.updateRecord(Core::Entity::Activity, m_ids.activities[0],
                                              {{u"status"_s, u"delayed"_s}}, m_ids.me);
    QVERIFY(op.ok());
    QTRY_COMPARE(activities->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::Waiting));
    const QModelIndex marked = activities->index(0, Ui::ActivityModel::WhatColumn);
    QVERIFY(!marked.data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(marked.data(Qt::ToolTipRole).toString().contains(u"Waiting to be sent"_s));
    QCOMPARE(marked.data(Qt::AccessibleTextRole).toString(),
             u"Train storekeepers — Waiting to be sent"_s);
    // The others are not marked, and the plan shows it holds unsent work.
    QCOMPARE(activities->index(1, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
    QCOMPARE(plans->model()->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::Waiting));
    QVERIFY(plans->model()
                ->index(0, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(u"Waiting to be sent"_s));

    // The server took it: the mark goes, without reloading the table.
    QSignalSpy resets(activities, &QAbstractItemModel::modelReset);
    QVERIFY(m_env->store.acknowledge(*op).ok());
    QTRY_COMPARE(activities->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
    QVERIFY(activities->index(0, 0).data(Qt::DecorationRole).isNull());
    QCOMPARE(plans->model()->index(0, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
    QCOMPARE(resets.count(), 0);
}

void TestUiSync::refusedActivityIsMarkedAsRefused()
{
    QVERIFY(m_window->plansView()->selectFirstPlan());
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    const auto op = m_env->store.updateRecord(Core::Entity::Activity, m_ids.activities[1],
                                              {{u"indicator"_s, u"Days out of stock"_s}}, m_ids.me);
    QVERIFY(op.ok());
    QVERIFY(m_env->store.reject(*op, u"forbidden"_s).ok());
    QTRY_COMPARE(activities->index(1, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::Refused));
    QVERIFY(activities->index(1, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(u"Refused by the server — see Sync"_s));
    // Discarded: nothing is left to mark.
    QVERIFY(m_env->store.discardOperation(*op).ok());
    QTRY_COMPARE(activities->index(1, 0).data(Ui::OutboxMarkRole).toInt(), int(Mark::None));
}

void TestUiSync::postWaitingToBeSentSaysSo()
{
    m_window->showPage(Ui::Page::Seminars);
    QVERIFY(m_window->seminarsView()->showItem(m_ids.thread));
    const auto shown = [this]() {
        return threadText(m_window->seminarsView());
    };
    QVERIFY(!shown().contains(u"Waiting to be sent"_s));
    Core::Record reply;
    reply.entity = Core::Entity::Post;
    reply.fields = {{u"thread_id"_s, m_ids.thread},
                    {u"parent_id"_s, m_ids.post1},
                    {u"author_id"_s, m_ids.me},
                    {u"body"_s, u"We count stock every month now."_s},
                    {u"created_at"_s, Core::nowUtc()}};
    const auto op = m_env->store.createRecord(reply, m_ids.me);
    QVERIFY(op.ok());
    QTRY_VERIFY(shown().contains(u"We count stock every month now."_s));
    QTRY_VERIFY2(shown().contains(u"Waiting to be sent"_s), qPrintable(shown()));
    QCOMPARE(shown().count(u"Waiting to be sent"_s), 1);
    Ui::ConversationModel *conversation = m_window->seminarsView()->conversation();
    const int row = conversation->rowCount() - 1;
    QVERIFY(conversation->index(row)
                .data(Qt::AccessibleTextRole)
                .toString()
                .endsWith(u"— Waiting to be sent"_s));
    QVERIFY(m_env->store.acknowledge(*op).ok());
    QTRY_VERIFY(!shown().contains(u"Waiting to be sent"_s));
}

QTEST_MAIN(TestUiSync)
#include "tst_ui_sync.moc"

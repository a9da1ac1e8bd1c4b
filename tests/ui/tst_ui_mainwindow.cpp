// The main window on a replica filled directly through LocalStore: pages,
// shortcuts, the views' content, and models following recordsChanged.

#include "activitymodel.h"
#include "conversationmodel.h"
#include "coursemodel.h"
#include "coursesview.h"
#include "entityschema.h"
#include "homeview.h"
#include "mainwindow.h"
#include "membersview.h"
#include "modelroles.h"
#include "planlistmodel.h"
#include "plansview.h"
#include "readerbrowser.h"
#include "recordtext.h"
#include "resultsview.h"
#include "reviewsview.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "seminarmodel.h"
#include "seminarsview.h"
#include "syncstatuswidget.h"
#include "syncview.h"
#include "uitestenv.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTreeView>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void navigationHasEightPages();
    void shortcutsSwitchPages();
    void homeWelcomesTheMember();
    void coursesTreeShowsTheReplica();
    void selectingALessonShowsItsMarkdown();
    void seminarThreadReadsAsAConversation();
    void planShowsSectionsAndActivities();
    void activitiesSortByColumn();
    void planListShowsOnlyTheMembersTeams();
    void reviewsShowReviewOrAwaiting();
    void searchOpensTheLesson();
    void modelsRefreshOnPulledRecords();
    void unrelatedChangesDoNotResetModels();
    void syncPageCountsPendingChanges();
    void statusBarShowsTheMember();

private:
    std::unique_ptr<UiTestEnv> m_env;
    std::unique_ptr<Ui::MainWindow> m_window;
    DemoIds m_ids;
};

void TestMainWindow::initTestCase()
{
    prepareUiTest();
}

void TestMainWindow::init()
{
    m_env = std::make_unique<UiTestEnv>();
    m_ids = m_env->fill();
    QVERIFY(m_env->signInOffline(m_ids));
    m_env->languages.setLanguage(u"en"_s);
    m_window = std::make_unique<Ui::MainWindow>(m_env->services());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestMainWindow::navigationHasEightPages()
{
    QListWidget *nav = m_window->navigation();
    QCOMPARE(nav->count(), 8);
    QVERIFY(!nav->accessibleName().isEmpty());
    const QStringList titles = {u"Home"_s,    u"Courses"_s, u"Seminars"_s, u"Action plans"_s,
                                u"Reviews"_s, u"Results"_s, u"Sync"_s,     u"Members"_s};
    const QList<QWidget *> views = {m_window->homeView(),     m_window->coursesView(),
                                    m_window->seminarsView(), m_window->plansView(),
                                    m_window->reviewsView(),  m_window->resultsView(),
                                    m_window->syncView(),     m_window->membersView()};
    for (int i = 0; i < 8; ++i) {
        QCOMPARE(nav->item(i)->text(), titles[i]);
        nav->setCurrentRow(i);
        QCOMPARE(m_window->pages()->currentWidget(), views[i]);
        QCOMPARE(int(m_window->currentPage()), i);
    }
    // Keyboard: Up from the last page goes back one.
    nav->setFocus();
    QTest::keyClick(nav, Qt::Key_Up);
    QCOMPARE(m_window->pages()->currentWidget(), m_window->syncView());
}

void TestMainWindow::shortcutsSwitchPages()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QList<QWidget *> views = {m_window->homeView(),     m_window->coursesView(),
                                    m_window->seminarsView(), m_window->plansView(),
                                    m_window->reviewsView(),  m_window->resultsView(),
                                    m_window->syncView(),     m_window->membersView()};
    for (int i = 7; i >= 0; --i) {
        QTest::keyClick(m_window.get(), Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(m_window->pages()->currentWidget(), views[i]);
        QCOMPARE(m_window->navigation()->currentRow(), i);
    }
    // Ctrl+K puts the focus in the search field; so does Ctrl+F, but on the
    // Members page Ctrl+F finds a member.
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchPanel()->field()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_8, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->membersView()->searchField()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchPanel()->field()->hasFocus());
    QTest::keyClick(m_window.get(), Qt::Key_1, Qt::ControlModifier);
    QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_window->searchPanel()->field()->hasFocus());
}

void TestMainWindow::homeWelcomesTheMember()
{
    auto *welcome = m_window->homeView()->findChild<QLabel *>(u"welcomeLabel"_s);
    QVERIFY(welcome);
    QTRY_COMPARE(welcome->text(), u"Welcome, Amina Diallo"_s);
    bool mentionsEnrollment = false;
    for (const QLabel *label : m_window->homeView()->findChildren<QLabel *>())
        mentionsEnrollment |= label->text().contains(u"enrolled in 1 course"_s);
    QVERIFY(mentionsEnrollment);
}

void TestMainWindow::coursesTreeShowsTheReplica()
{
    Ui::CourseModel *model = m_window->courseModel();
    QCOMPARE(model->rowCount(), 2);
    QStringList titles;
    for (int row = 0; row < model->rowCount(); ++row)
        titles << model->index(row, 0).data().toString();
    QCOMPARE(titles, (QStringList{u"Leading change"_s, u"Managing medicines"_s}));
    const QModelIndex leading = model->indexForId(m_ids.course1);
    QVERIFY(leading.data(Ui::CourseModel::EnrolledRole).toBool());
    QVERIFY(!model->indexForId(m_ids.course2).data(Ui::CourseModel::EnrolledRole).toBool());
    QVERIFY(leading.data(Qt::FontRole).value<QFont>().bold());
    // Lessons follow their position, not the order they arrived in.
    const QModelIndex module = model->index(0, 0, leading);
    QCOMPARE(model->rowCount(module), 2);
    QCOMPARE(model->index(0, 0, module).data(Ui::IdRole).toString(), m_ids.lesson1);
    QCOMPARE(model->index(1, 0, module).data(Ui::IdRole).toString(), m_ids.lesson2);
}

void TestMainWindow::selectingALessonShowsItsMarkdown()
{
    m_window->showPage(Ui::Page::Courses);
    auto *tree = m_window->coursesView()->findChild<QTreeView *>(u"courseTree"_s);
    auto *browser = m_window->coursesView()->findChild<QTextBrowser *>(u"lessonBrowser"_s);
    QVERIFY(tree && browser);
    // The tree shows the catalogue through its filters.
    auto *shown = qobject_cast<QSortFilterProxyModel *>(tree->model());
    QVERIFY(shown);
    const QModelIndex lesson = m_window->courseModel()->indexForId(m_ids.lesson1);
    tree->setCurrentIndex(shown->mapFromSource(lesson));
    const QString text = browser->toPlainText();
    QVERIFY2(text.contains(u"A good challenge is specific about handwashing"_s), qPrintable(text));
    QVERIFY(!text.contains(u"**"_s)); // rendered, not shown as source
    QVERIFY(browser->toHtml().contains(u"font-weight"_s));
    QCOMPARE(m_window->coursesView()->currentId(), m_ids.lesson1);

    // The course shows its summary and that the member is enrolled.
    tree->setCurrentIndex(shown->mapFromSource(m_window->courseModel()->indexForId(m_ids.course1)));
    QVERIFY(browser->toPlainText().contains(u"How managers lead change."_s));
    QVERIFY(browser->toPlainText().contains(u"You are enrolled in this course."_s));
}

void TestMainWindow::seminarThreadReadsAsAConversation()
{
    m_window->showPage(Ui::Page::Seminars);
    QVERIFY(m_window->seminarsView()->showItem(m_ids.thread));
    const QString text = threadText(m_window->seminarsView());
    QVERIFY2(text.contains(u"Welcome, please introduce yourselves."_s), qPrintable(text));
    QVERIFY(text.contains(u"Rosa Mendes"_s));
    QVERIFY(text.contains(u"in reply to Rosa Mendes"_s));
    QVERIFY(text.indexOf(u"Welcome, please"_s) < text.indexOf(u"Hello from the district"_s));
    Ui::ConversationModel *conversation = m_window->seminarsView()->conversation();
    QCOMPARE(conversation->rowCount(), 2);
    QCOMPARE(conversation->index(1).data(Ui::DepthRole).toInt(), 1);

    // The seminar is running (started yesterday, ends in two days).
    auto *tree = m_window->seminarsView()->findChild<QTreeView *>(u"seminarTree"_s);
    const QModelIndex seminar = tree->model()->index(0, 2);
    QCOMPARE(seminar.siblingAtColumn(0).data(Ui::SeminarModel::PhaseRole).toInt(),
             int(Ui::RecordText::SeminarPhase::Ongoing));
    // Its status says how long it stays open.
    QVERIFY2(seminar.data().toString().startsWith(u"open"_s),
             qPrintable(seminar.data().toString()));
}

void TestMainWindow::planShowsSectionsAndActivities()
{
    m_window->showPage(Ui::Page::Plans);
    QVERIFY(m_window->plansView()->selectFirstPlan());
    auto *challenge = m_window->plansView()->findChild<QPlainTextEdit *>(u"challenge"_s);
    QVERIFY(challenge);
    QCOMPARE(challenge->toPlainText(), u"Stockouts of essential medicines."_s);
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    QCOMPARE(activities->rowCount(), 3);
    QCOMPARE(activities->index(0, Ui::ActivityModel::WhatColumn).data().toString(),
             u"Train storekeepers"_s);
    QCOMPARE(activities->index(0, Ui::ActivityModel::ResponsibleColumn).data().toString(),
             u"Amina Diallo"_s);
    QCOMPARE(activities->index(1, Ui::ActivityModel::ResponsibleColumn).data().toString(),
             u"Kofi Mensah"_s);
    QCOMPARE(activities->index(0, Ui::ActivityModel::StatusColumn).data().toString(), u"Done"_s);
    QCOMPARE(activities->headerData(Ui::ActivityModel::IndicatorColumn, Qt::Horizontal).toString(),
             u"Indicator"_s);
    auto *table = m_window->plansView()->findChild<QTableView *>(u"activityTable"_s);
    QVERIFY(table && table->isSortingEnabled());
}

void TestMainWindow::activitiesSortByColumn()
{
    QVERIFY(m_window->plansView()->selectFirstPlan());
    Ui::ActivityModel *activities = m_window->plansView()->activities();
    activities->sort(Ui::ActivityModel::EndColumn, Qt::DescendingOrder);
    // "Monthly stock counts" ends last (in 27 days).
    QCOMPARE(activities->index(0, 0).data().toString(), u"Monthly stock counts"_s);
    activities->sort(Ui::ActivityModel::WhatColumn, Qt::AscendingOrder);
    QCOMPARE(activities->index(0, 0).data().toString(), u"Monthly stock counts"_s);
    QCOMPARE(activities->index(2, 0).data().toString(), u"Train storekeepers"_s);
    activities->sort(Ui::ActivityModel::StartColumn, Qt::AscendingOrder);
    QCOMPARE(activities->index(0, 0).data().toString(), u"Train storekeepers"_s);
}

void TestMainWindow::planListShowsOnlyTheMembersTeams()
{
    Ui::PlanListModel plans(&m_env->store, nullptr);
    plans.setMember(m_ids.me, {u"member"_s});
    QCOMPARE(plans.rowCount(), 1);
    QCOMPARE(plans.index(0).data().toString(), u"Kanifing District Team"_s);
    // A facilitator of the program sees every team's plan.
    plans.setMember(m_ids.facilitator, {u"facilitator"_s});
    QCOMPARE(plans.rowCount(), 2);
}

void TestMainWindow::reviewsShowReviewOrAwaiting()
{
    m_window->showPage(Ui::Page::Reviews);
    Ui::ReviewsView *reviews = m_window->reviewsView();
    QVERIFY(reviews->showSubmission(m_ids.submission1));
    QString text = reviews->detailText();
    QVERIFY2(text.contains(u"Changes requested"_s), qPrintable(text));
    QVERIFY(text.contains(u"Please state the baseline."_s));
    // The criteria as the program's rubric names them, never the raw keys.
    QVERIFY2(text.contains(u"Feasibility of the actions: 2 of 4"_s), qPrintable(text));
    QVERIFY(!text.contains(u"feasibility"_s));
    QVERIFY(text.contains(u"Rosa Mendes"_s));
    QVERIFY(reviews->showSubmission(m_ids.submission2));
    text = reviews->detailText();
    QVERIFY2(text.contains(u"Awaiting review"_s), qPrintable(text));

    // The queue says how far the reviewing is, lists the oldest first, and
    // shows only what awaits review when asked (with the keyboard).
    QCOMPARE(reviews->findChild<QLabel *>(u"reviewCount"_s)->text(), u"1 of 2 reviewed"_s);
    auto *table = reviews->findChild<QTableView *>(u"submissionTable"_s);
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, 0).data(Ui::IdRole).toString(), m_ids.submission1);
    auto *filter = reviews->findChild<QComboBox *>(u"reviewStatusFilter"_s);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    filter->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), filter);
    pressKey(Qt::Key_Down); // Awaiting review
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(Ui::IdRole).toString(), m_ids.submission2);
    pressKey(Qt::Key_Down); // A review being written: none yet
    QCOMPARE(table->model()->rowCount(), 0);
    pressKey(Qt::Key_Down); // Reviewed
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data(Ui::IdRole).toString(), m_ids.submission1);
    pressKey(Qt::Key_Home); // All submissions
    QCOMPARE(table->model()->rowCount(), 2);
}

void TestMainWindow::searchOpensTheLesson()
{
    Ui::SearchPanel *search = m_window->searchPanel();
    search->searchNow(u"handwash"_s);
    QVERIFY(search->model()->hitCount() >= 1);
    // Grouped by kind: the lessons' heading, then the lesson.
    QCOMPARE(search->model()->index(0).data().toString(), u"Lessons (1)"_s);
    QVERIFY(!(search->model()->flags(search->model()->index(0)) & Qt::ItemIsSelectable));
    const QModelIndex hit = search->model()->firstHit();
    QCOMPARE(hit.row(), 1);
    QCOMPARE(hit.data(Ui::EntityRole).toString(), QString(Core::Entity::Lesson));
    QVERIFY(hit.data(Ui::SearchResultModel::MatchesRole)
                .toString()
                .contains(u"\u0001handwashing\u0002"_s));
    // The snippet reads as text, not Markdown source, the match in brackets.
    const QString shown = hit.data().toString();
    QVERIFY2(shown.contains(u"[handwashing]"_s) && !shown.contains(u"**"_s) &&
                 !shown.contains(u"# "_s),
             qPrintable(shown));
    // From the field, Down goes to the first hit, past the heading.
    search->field()->setFocus();
    QTest::keyClick(search->field(), Qt::Key_Down);
    QCOMPARE(search->results()->currentIndex(), hit);
    QTest::keyClick(search->results(), Qt::Key_Return);
    QCOMPARE(m_window->currentPage(), Ui::Page::Courses);
    QCOMPARE(m_window->coursesView()->currentId(), m_ids.lesson1);
    // The lesson opens at the match.
    QCOMPARE(m_window->coursesView()->reader()->textCursor().selectedText().toLower(),
             u"handwash"_s);

    QCOMPARE(Ui::SearchResultModel::readable(u"## Naming\n\n- one **\u0001specific\u0002** "
                                             "step, see [the guide](https://x.org/g) and `code`"_s),
             u"Naming one [specific] step, see the guide and code"_s);

    // A post opens its thread in Seminars.
    search->searchNow(u"district office"_s);
    QCOMPARE(search->model()->hitCount(), 1);
    QCOMPARE(search->model()->index(0).data().toString(), u"Posts (1)"_s);
    QVERIFY(m_window->openRecord(search->model()->firstHit().data(Ui::EntityRole).toString(),
                                 search->model()->firstHit().data(Ui::IdRole).toString()));
    QCOMPARE(m_window->currentPage(), Ui::Page::Seminars);
    QCOMPARE(m_window->seminarsView()->conversation()->threadId(), m_ids.thread);

    // Typed as people type: Arabic without its short vowels finds the
    // vocalised post, Russian е finds ё; Return opens the first hit.
    Core::Record arabic{QString(Core::Entity::Post),
                        Core::newRecordId(),
                        3,
                        {{u"thread_id"_s, m_ids.thread},
                         {u"author_id"_s, m_ids.colleague},
                         {u"body"_s, u"نَعْمَلُ عَلَى تَعْزِيزِ الصِّحَّةِ فِي المَنْطِقَةِ"_s},
                         {u"created_at"_s, Core::nowUtc()}},
                        Core::nowUtc(),
                        m_ids.colleague};
    Core::Record russian = arabic;
    russian.id = Core::newRecordId();
    russian.fields.insert(u"body"_s, u"Учёт лекарств ведём каждую неделю."_s);
    QVERIFY(m_env->store.applyPulled({arabic, russian}, {}, 3).ok());
    for (const auto &[typed, id] :
         {std::pair{u"الصحة"_s, arabic.id}, {u"учет лекарств"_s, russian.id}}) {
        m_window->showPage(Ui::Page::Home);
        search->field()->setFocus();
        search->field()->clear();
        // Any script, one key event per character, as a keyboard layout sends it.
        for (const QChar c : typed)
            QTest::sendKeyEvent(QTest::Click, search->field(), Qt::Key_unknown, QString(c),
                                Qt::NoModifier);
        QCOMPARE(search->field()->text(), typed);
        QTest::keyClick(search->field(), Qt::Key_Return);
        QCOMPARE(search->model()->hitCount(), 1);
        QCOMPARE(search->model()->firstHit().data(Ui::IdRole).toString(), id);
        QCOMPARE(m_window->currentPage(), Ui::Page::Seminars);
    }
}

void TestMainWindow::modelsRefreshOnPulledRecords()
{
    QVERIFY(m_window->plansView()->selectFirstPlan());
    m_window->coursesView()->showItem(m_ids.lesson2);
    Core::Record course{QString(Core::Entity::Course),         Core::newRecordId(), 1,
                        {{u"title"_s, u"Budgeting basics"_s}}, Core::nowUtc(),      {}};
    Core::Record activity{
        QString(Core::Entity::Activity),
        Core::newRecordId(),
        1,
        {{u"plan_id"_s, m_ids.plan}, {u"position"_s, 4}, {u"what"_s, u"Report to the council"_s}},
        Core::nowUtc(),
        {}};
    QVERIFY(m_env->store.applyPulled({course, activity}, {}, 200).ok());
    QTRY_COMPARE(m_window->courseModel()->rowCount(), 3);
    QTRY_COMPARE(m_window->plansView()->activities()->rowCount(), 4);
    QVERIFY(m_window->courseModel()->indexForId(course.id).isValid());
    // The selection survives the reload.
    QCOMPARE(m_window->coursesView()->currentId(), m_ids.lesson2);

    // A new enrollment marks the course without a reload.
    QSignalSpy resets(m_window->courseModel(), &QAbstractItemModel::modelReset);
    Core::Record enrollment{QString(Core::Entity::Enrollment),
                            Core::newRecordId(),
                            1,
                            {{u"course_id"_s, course.id}, {u"member_id"_s, m_ids.me}},
                            Core::nowUtc(),
                            {}};
    QVERIFY(m_env->store.applyPulled({enrollment}, {}, 201).ok());
    QTRY_VERIFY(m_window->courseModel()
                    ->indexForId(course.id)
                    .data(Ui::CourseModel::EnrolledRole)
                    .toBool());
    QCOMPARE(resets.count(), 0);
}

void TestMainWindow::unrelatedChangesDoNotResetModels()
{
    QSignalSpy courseResets(m_window->courseModel(), &QAbstractItemModel::modelReset);
    QSignalSpy activityResets(m_window->plansView()->activities(), &QAbstractItemModel::modelReset);
    Core::Record post{QString(Core::Entity::Post),
                      Core::newRecordId(),
                      1,
                      {{u"thread_id"_s, m_ids.thread}, {u"body"_s, u"Thanks"_s}},
                      Core::nowUtc(),
                      {}};
    QVERIFY(m_env->store.applyPulled({post}, {}, 300).ok());
    QCoreApplication::processEvents();
    QCOMPARE(courseResets.count(), 0);
    QCOMPARE(activityResets.count(), 0);
}

void TestMainWindow::syncPageCountsPendingChanges()
{
    m_window->showPage(Ui::Page::Sync);
    auto *pending = m_window->syncView()->findChild<QLabel *>(u"pendingValue"_s);
    QVERIFY(pending);
    QVERIFY(pending->text().startsWith(u"0 "_s));
    QVERIFY(m_env->store
                .updateRecord(Core::Entity::ActionPlan, m_ids.plan,
                              {{u"vision"_s, u"No stockouts."_s}}, m_ids.me)
                .ok());
    QTRY_VERIFY(pending->text().startsWith(u"1 "_s));
    // The plan view shows the local change at once.
    QVERIFY(m_window->plansView()->selectFirstPlan());
    QTRY_COMPARE(m_window->plansView()->findChild<QPlainTextEdit *>(u"vision"_s)->toPlainText(),
                 u"No stockouts."_s);
}

void TestMainWindow::statusBarShowsTheMember()
{
    QVERIFY(m_window->syncStatus()->memberText().contains(u"Amina Diallo"_s));
    // A failed sync (nobody listens on port 9) reads as offline, not as a crash.
    QSignalSpy finished(m_env->engine.get(), &Sync::SyncEngine::finished);
    m_window->syncAction()->trigger();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(m_window->syncStatus()->statusText(),
             u"Offline — changes are kept on this computer"_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_ui_mainwindow.moc"

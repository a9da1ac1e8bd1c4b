// Learning in the window, the way a person does it with the keyboard:
// filter the catalogue, enroll (and undo it), read a lesson, mark it done,
// go to the next one, continue where one left off from Home, all offline;
// then, against a real server, the progress made here reaches the member's
// second computer and both replicas equal the server.

#include "coursemodel.h"
#include "coursesview.h"
#include "entityschema.h"
#include "homeview.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "readerbrowser.h"
#include "sessioncontroller.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Core::Entity::Enrollment;
using Core::Entity::LessonProgress;

namespace {

QList<Core::Record> mine(const Core::LocalStore &store, QLatin1StringView entity,
                         const QString &memberId)
{
    return store.records().list(entity, u"member_id", memberId).value();
}

} // namespace

class TestUiLearning final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareUiTest(); }
    void learnOfflineWithTheKeyboard();
    void filtersNarrowTheCatalogue();
    void progressReachesTheMembersOtherComputer();

private:
    template<typename T> static T *child(QWidget *parent, const QString &name)
    {
        T *w = parent->findChild<T *>(name);
        if (!w)
            qWarning("no widget %s", qPrintable(name));
        return w;
    }
};

void TestUiLearning::learnOfflineWithTheKeyboard()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    env.languages.setLanguage(u"en"_s);
    Ui::MainWindow window(env.services());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));

    pressKey(Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), Ui::Page::Courses);
    Ui::CoursesView *view = window.coursesView();
    auto *tree = child<QTreeView>(view, u"courseTree"_s);
    auto *enroll = child<QPushButton>(view, u"enrollButton"_s);
    auto *done = child<QPushButton>(view, u"lessonDoneButton"_s);
    auto *progress = child<QLabel>(view, u"courseProgressText"_s);
    auto *bar = child<QProgressBar>(view, u"courseProgressBar"_s);
    QVERIFY(tree && enroll && done && progress && bar);

    // Into the catalogue, down to "Managing medicines" (not enrolled).
    tree->setFocus(Qt::TabFocusReason);
    QTest::keyClick(tree, Qt::Key_Home);
    QTest::keyClick(tree, Qt::Key_Down);
    QCOMPARE(view->currentId(), ids.course2);
    QVERIFY(enroll->isVisible());
    QCOMPARE(enroll->text(), u"E&nroll"_s);
    QCOMPARE(progress->text(), u"0 of 1 lesson done"_s);

    // Tab leaves the catalogue for the course's first command.
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), enroll);
    pressKey(Qt::Key_Space);
    QCOMPARE(mine(env.store, Enrollment, ids.me).size(), 2);
    QCOMPARE(enroll->text(), u"Leave c&ourse"_s);
    QCOMPARE(*env.store.outbox().pendingCount(), 1);

    // Undo and redo, from the Edit menu's shortcuts.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mine(env.store, Enrollment, ids.me).size(), 1);
    QCOMPARE(enroll->text(), u"E&nroll"_s);
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(mine(env.store, Enrollment, ids.me).size(), 2);

    // Back in the catalogue (Shift+Tab), into "Leading change": its first
    // lesson, read and marked done.
    pressKey(Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), tree);
    QTest::keyClick(tree, Qt::Key_Home);
    QTest::keyClick(tree, Qt::Key_Right); // expand the course
    QTest::keyClick(tree, Qt::Key_Down);  // the module
    QTest::keyClick(tree, Qt::Key_Right); // expand it
    QTest::keyClick(tree, Qt::Key_Down);  // the first lesson
    QCOMPARE(view->currentId(), ids.lesson1);
    QVERIFY(view->reader()->toPlainText().contains(u"specific about handwashing"_s));
    QVERIFY(done->isVisible() && !done->isChecked());
    QCOMPARE(progress->text(), u"Leading change: 0 of 2 lessons done"_s);

    pressKey(Qt::Key_D, Qt::ControlModifier);
    QVERIFY(done->isChecked());
    QCOMPARE(mine(env.store, LessonProgress, ids.me).size(), 1);
    QCOMPARE(progress->text(), u"Leading change: 1 of 2 lessons done"_s);
    QCOMPARE(bar->value(), 1);
    QCOMPARE(bar->maximum(), 2);
    const QModelIndex lesson1 = window.courseModel()->indexForId(ids.lesson1);
    QCOMPARE(lesson1.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(window.courseModel()->courseOf(lesson1).data(Ui::CourseModel::DoneRole).toInt(), 1);

    // The next lesson, by its shortcut.
    pressKey(Qt::Key_PageDown, Qt::AltModifier);
    QCOMPARE(view->currentId(), ids.lesson2);
    QVERIFY(view->reader()->toPlainText().contains(u"five times"_s));
    QVERIFY(!done->isChecked());

    // Home offers to continue where the member left off: lesson 2.
    pressKey(Qt::Key_1, Qt::ControlModifier);
    auto *resume = child<QPushButton>(window.homeView(), u"homeContinueButton"_s);
    QVERIFY(resume);
    QTRY_VERIFY2(resume->isVisible() && resume->text().contains(u"Root causes"_s),
                 qPrintable(resume->text()));
    resume->setFocus(Qt::TabFocusReason);
    QTest::keyClick(resume, Qt::Key_Space);
    QCOMPARE(window.currentPage(), Ui::Page::Courses);
    QCOMPARE(view->currentId(), ids.lesson2);

    // Undoing the completion takes the mark away again.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(mine(env.store, LessonProgress, ids.me).size(), 0);
    QCOMPARE(window.courseModel()->indexForId(ids.lesson1).data(Qt::CheckStateRole).toInt(),
             int(Qt::Unchecked));

    // The reading text grows with View › Larger text, and is remembered.
    const int before = view->reader()->font().pointSize();
    pressKey(Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(view->reader()->font().pointSizeF() > before);
    QCOMPARE(window.textScale(), 110);
}

void TestUiLearning::filtersNarrowTheCatalogue()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    env.languages.setLanguage(u"en"_s);
    Ui::MainWindow window(env.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(Ui::Page::Courses);
    auto *tree = child<QTreeView>(window.coursesView(), u"courseTree"_s);
    auto *language = child<QComboBox>(window.coursesView(), u"courseLanguageFilter"_s);
    auto *status = child<QComboBox>(window.coursesView(), u"courseStatusFilter"_s);
    QVERIFY(tree && language && status);
    QCOMPARE(tree->model()->rowCount(), 2);

    // Keyboard: the combo boxes move with the arrow keys.
    language->setFocus(Qt::TabFocusReason);
    while (language->currentData().toString() != u"fr"_s && language->currentIndex() < 7)
        QTest::keyClick(language, Qt::Key_Down);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(Ui::IdRole).toString(), ids.course2);
    QTest::keyClick(language, Qt::Key_Home);
    QCOMPARE(tree->model()->rowCount(), 2);

    status->setFocus(Qt::TabFocusReason);
    QTest::keyClick(status, Qt::Key_Down); // Enrolled
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(Ui::IdRole).toString(), ids.course1);
    QTest::keyClick(status, Qt::Key_End); // Completed
    QCOMPARE(tree->model()->rowCount(), 0);
    // Completing the only lesson of the French course puts it there.
    QVERIFY(window.coursesView()->showItem(ids.lesson3));
    QCOMPARE(status->currentIndex(), 0); // the filter stepped aside to show it
    pressKey(Qt::Key_D, Qt::ControlModifier);
    QTest::keyClick(status, Qt::Key_End);
    QCOMPARE(tree->model()->rowCount(), 1);
    QCOMPARE(tree->model()->index(0, 0).data(Ui::IdRole).toString(), ids.course2);
    // Marking a lesson done enrolled the member in its course.
    QCOMPARE(mine(env.store, Enrollment, ids.me).size(), 2);
}

void TestUiLearning::progressReachesTheMembersOtherComputer()
{
    TestCommon::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SignedInWindow app(server.url());
    app.env.languages.setLanguage(u"en"_s);
    QVERIFY(app.signIn(u"member"_s, server.password()));
    UiTestEnv &here = app.env;
    Ui::MainWindow &window = app.window;
    QSignalSpy synced(here.engine.get(), &Sync::SyncEngine::finished);
    const QString me = here.accounts->current().memberId;

    // A course the member is not enrolled in, its first lesson done.
    Ui::CourseModel *courses = window.courseModel();
    QModelIndex course;
    for (int row = 0; row < courses->rowCount() && !course.isValid(); ++row) {
        if (!courses->index(row, 0).data(Ui::CourseModel::EnrolledRole).toBool())
            course = courses->index(row, 0);
    }
    QVERIFY(course.isValid());
    const QString courseId = course.data(Ui::IdRole).toString();
    const QModelIndex lesson = courses->lessons(course).first();
    const QString lessonId = lesson.data(Ui::IdRole).toString();
    pressKey(Qt::Key_2, Qt::ControlModifier);
    window.coursesView()->findChild<QTreeView *>(u"courseTree"_s)->setFocus(Qt::TabFocusReason);
    QVERIFY(window.coursesView()->showItem(courseId));
    pressKey(Qt::Key_N, Qt::AltModifier); // "E&nroll": a mnemonic clicks after its animation
    QTRY_COMPARE(*here.store.outbox().pendingCount(), 1);
    QVERIFY(window.coursesView()->showItem(lessonId));
    pressKey(Qt::Key_D, Qt::ControlModifier);
    QCOMPARE(*here.store.outbox().pendingCount(), 2);

    synced.clear();
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.first().first().toBool());
    QCOMPARE(*here.store.outbox().pendingCount(), 0);

    // The member's second computer.
    UiTestEnv there(server.url());
    QSignalSpy ready(there.desk.get(), &Editing::DeskSession::ready);
    QSignalSpy thereSynced(there.engine.get(), &Sync::SyncEngine::finished);
    there.desk->start(u"member"_s, server.password());
    QVERIFY(thereSynced.wait(60000));
    QVERIFY(thereSynced.first().first().toBool());
    bool enrolled = false;
    for (const Core::Record &e : mine(there.store, Enrollment, me))
        enrolled = enrolled || e.text(u"course_id") == courseId;
    QVERIFY(enrolled);
    bool completed = false;
    for (const Core::Record &p : mine(there.store, LessonProgress, me))
        completed = completed || p.text(u"lesson_id") == lessonId;
    QVERIFY(completed);

    // Both replicas hold exactly what the server has.
    for (UiTestEnv *env : {&here, &there}) {
        const QStringList differ = differencesFromServer(*env);
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u", "_s)));
    }
}

QTEST_MAIN(TestUiLearning)
#include "tst_ui_learning.moc"

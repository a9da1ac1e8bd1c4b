// A team edits its action plan in the window, by keyboard: the sections are
// typed in place (kept at once, saved after a pause, one undo for the whole
// plan), activities are added, edited, moved and deleted in the table with
// keys only (Tab leaves the table), the timeline draws them (mirrored in
// Arabic), and the plan is saved as a PDF that holds its text and one
// timeline page per PlanPrinter::BarsPerPage activities. A member of another
// team reads the plan but cannot change it.

#include "activitymodel.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "plandocument.h"
#include "planprinter.h"
#include "plansview.h"
#include "recordtext.h"
#include "reviewsview.h"
#include "sectionconflictdialog.h"
#include "timelineview.h"
#include "uitestenv.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTextTable>
#include <QTreeView>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

template<typename T> T *find(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

QString field(UiTestEnv &env, const QString &entity, const QString &id, const QString &name)
{
    const auto r = env.store.records().get(entity, id);
    return r ? r->text(name) : QString();
}

// Runs a tool of poppler-utils on `pdf`; its standard output.
QString poppler(const QString &tool, const QStringList &args)
{
    QProcess p;
    p.start(tool, args);
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

struct Open {
    UiTestEnv env;
    DemoIds ids;
    std::unique_ptr<Ui::MainWindow> window;
    Ui::PlansView *view = nullptr;

    bool open(const QString &language = u"en"_s)
    {
        ids = env.fill();
        if (!env.signInOffline(ids))
            return false;
        env.languages.setLanguage(language);
        window = std::make_unique<Ui::MainWindow>(env.services());
        window->resize(1280, 860);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            return false;
        pressKey(Qt::Key_4, Qt::ControlModifier); // the Action plans page
        view = window->plansView();
        return view->isVisible() && view->showPlan(ids.plan);
    }
};

// The sync kept the colleague's vision; this member's did not win.
QString keepConflict(Open &o, const QString &ours, const QString &theirs)
{
    const QString conflictId = Core::newRecordId();
    Core::Record conflict{QString(Entity::Conflict),
                          conflictId,
                          9,
                          {{u"record_entity"_s, QString(Entity::ActionPlan)},
                           {u"record_id"_s, o.ids.plan},
                           {u"field"_s, u"vision"_s},
                           {u"kind"_s, u"field"_s},
                           {u"kept"_s, QJsonObject{{u"vision"_s, ours}}},
                           {u"kept_by"_s, o.ids.colleague},
                           {u"kept_at"_s, u"2024-05-02T08:00:00.000Z"_s},
                           {u"lost"_s, QJsonObject{{u"vision"_s, theirs}}},
                           {u"lost_by"_s, o.ids.me},
                           {u"lost_at"_s, u"2024-05-02T09:00:00.000Z"_s},
                           {u"status"_s, u"open"_s}},
                          {},
                          {}};
    return o.env.store.applyPulled({conflict}, {}, 300).ok() ? conflictId : QString();
}

} // namespace

class TestUiPlans final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareUiTest(); }
    void sectionsAreTypedAndUndoneAcrossFields();
    void activitiesByKeyboardOnly();
    void notInTheTeamReadsOnly();
    void timelineIsMirroredInArabic();
    void planIsSavedAsPdf();
    void planIsSubmittedAfterChangesAreRequested();
    void conflictOnASectionIsSettledInPlace();
    void syncPageOpensTheConflictInThePlan();
    void refusedChangeIsSaidOnThePlan();
    void reviewsPageShowsTheSubmittedPlanMirroredInArabic();
    void historyIsRestoredWithTheKeyboard();
};

void TestUiPlans::sectionsAreTypedAndUndoneAcrossFields()
{
    Open o;
    QVERIFY(o.open());
    auto *challenge = find<QPlainTextEdit>(o.view, u"challenge"_s);
    auto *vision = find<QPlainTextEdit>(o.view, u"vision"_s);
    QVERIFY(challenge && vision);
    QVERIFY(!challenge->isReadOnly());
    // Alt+C: the Challenge section; End, then type.
    pressKey(Qt::Key_C, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), challenge);
    pressKey(Qt::Key_End, Qt::ControlModifier);
    typeText(u" In 6 of 14 facilities."_s);
    const QString challengeText = u"Stockouts of essential medicines. In 6 of 14 facilities."_s;
    QCOMPARE(challenge->toPlainText(), challengeText);
    // Kept at once (a crash loses nothing), written after the pause.
    QVERIFY(o.env.store.drafts().get(u"action_plan/"_s + o.ids.plan)->has_value());
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"challenge"_s), challengeText);

    // Tab goes on to the vision.
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), vision);
    pressKey(Qt::Key_End, Qt::ControlModifier);
    typeText(u" Always."_s);
    const QString visionText = u"Every facility has the medicines it needs. Always."_s;
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s), visionText);

    // Undo covers the plan: first the vision, then the challenge; redo.
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(vision->toPlainText(), u"Every facility has the medicines it needs."_s);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(challenge->toPlainText(), u"Stockouts of essential medicines."_s);
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"challenge"_s),
                 u"Stockouts of essential medicines."_s);
    pressKey(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(challenge->toPlainText(), challengeText);
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"challenge"_s), challengeText);

    // Every save went to one outbox entry, under the member.
    const auto pending = o.env.store.outbox().pending().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().authorId, o.ids.me);
    QCOMPARE(pending.first().fields.value("challenge"_L1).toString(), challengeText);
}

void TestUiPlans::activitiesByKeyboardOnly()
{
    Open o;
    QVERIFY(o.open());
    auto *table = find<QTableView>(o.view, u"activityTable"_s);
    QVERIFY(table);
    Ui::ActivityModel *model = o.view->activities();
    QCOMPARE(model->rowCount(), 3);
    // Alt+A: the Activities tab, with the keyboard in its table.
    pressKey(Qt::Key_A, Qt::AltModifier);
    QTRY_COMPARE(QApplication::focusWidget(), table);

    // Insert adds an activity and opens its name; typing replaces it.
    pressKey(Qt::Key_Insert);
    QTRY_COMPARE(model->rowCount(), 4);
    auto *name = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(name);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"Visit every facility"_s);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    const QString added = table->currentIndex().data(Ui::IdRole).toString();
    QTRY_COMPARE(field(o.env, Entity::Activity, added, u"what"_s), u"Visit every facility"_s);
    QCOMPARE(field(o.env, Entity::Activity, added, u"responsible_id"_s), o.ids.me);
    QCOMPARE(field(o.env, Entity::Activity, added, u"status"_s), u"not_started"_s);

    // Right to the responsible person, F2, the next one in the list.
    pressKey(Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), int(Ui::ActivityModel::ResponsibleColumn));
    pressKey(Qt::Key_F2);
    auto *who = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(who);
    QCOMPARE(who->itemText(0), u"Nobody yet"_s);
    who->setCurrentIndex(0);
    const int colleague = who->findData(o.ids.colleague);
    QVERIFY(colleague > 0);
    for (int i = 0; i < colleague; ++i)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(field(o.env, Entity::Activity, added, u"responsible_id"_s), o.ids.colleague);

    // The end: a day later with the arrow key; it cannot go before the start.
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_Right);
    QCOMPARE(table->currentIndex().column(), int(Ui::ActivityModel::EndColumn));
    const QDate end = table->currentIndex().data(Qt::EditRole).toDate();
    pressKey(Qt::Key_F2);
    auto *endEdit = qobject_cast<QDateEdit *>(QApplication::focusWidget());
    QVERIFY(endEdit);
    QCOMPARE(endEdit->minimumDate(), table->currentIndex()
                                         .siblingAtColumn(Ui::ActivityModel::StartColumn)
                                         .data(Qt::EditRole)
                                         .toDate());
    endEdit->setCurrentSection(QDateTimeEdit::DaySection);
    pressKey(Qt::Key_Up);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(field(o.env, Entity::Activity, added, u"ends_on"_s),
                 end.addDays(1).toString(Qt::ISODate));

    // The status: In progress.
    pressKey(Qt::Key_Right);
    pressKey(Qt::Key_F2);
    auto *status = qobject_cast<QComboBox *>(QApplication::focusWidget());
    QVERIFY(status);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    QTRY_COMPARE(field(o.env, Entity::Activity, added, u"status"_s), u"in_progress"_s);

    // Ctrl+Shift+Up twice: the new activity is second in the plan.
    pressKey(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    pressKey(Qt::Key_Up, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(model->index(1, 0).data(Ui::IdRole).toString(), added);
    QCOMPARE(table->currentIndex().data(Ui::IdRole).toString(), added);
    const auto plan =
        o.env.store.records().list(Entity::Activity, u"plan_id", o.ids.plan, u"position").value();
    QCOMPARE(plan.at(1).id, added);

    // Delete, and Ctrl+Z brings it back where it was.
    pressKey(Qt::Key_Delete);
    QTRY_COMPARE(model->rowCount(), 3);
    QVERIFY(find<QLabel>(o.view, u"activityMessage"_s)->isVisible());
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(model->rowCount(), 4);
    QCOMPARE(model->index(1, 0).data().toString(), u"Visit every facility"_s);

    // Tab leaves the table, and Shift+Tab comes back through the buttons.
    pressKey(Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);
    for (int i = 0; i < 8 && QApplication::focusWidget() != table; ++i)
        pressKey(Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), table);

    // The filter narrows the table; moving waits for every activity shown.
    pressKey(Qt::Key_F, Qt::AltModifier);
    QCOMPARE(QApplication::focusWidget(), find<QLineEdit>(o.view, u"activityFilter"_s));
    typeText(u"visit"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(!find<QPushButton>(o.view, u"moveActivityUpButton"_s)->isEnabled());
}

void TestUiPlans::notInTheTeamReadsOnly()
{
    Open o;
    QVERIFY(o.open());
    // The other team's plan, shown to a member of this one (a facilitator's
    // view would be the same): read only, no adding.
    Editing::PlanDocument other(&o.env.store, o.env.desk.get(), o.ids.otherPlan);
    QVERIFY(!other.mayEdit());
    QCOMPARE(other.addActivity({{u"what"_s, u"Not ours"_s}}).error().code,
             Core::ErrorCode::Forbidden);
    QVERIFY(o.view->document()->mayEdit());
    QVERIFY(find<QPushButton>(o.view, u"addActivityButton"_s)->isEnabled());
}

void TestUiPlans::timelineIsMirroredInArabic()
{
    // The same activities drawn left to right and right to left: the bars
    // of one are the mirror of the other's.
    Open o;
    QVERIFY(o.open(u"ar"_s));
    QCOMPARE(o.window->layoutDirection(), Qt::RightToLeft);
    Ui::TimelineView *timeline = o.view->timeline();
    QCOMPARE(timeline->layoutDirection(), Qt::RightToLeft);
    const QList<Ui::TimelineBar> bars = timeline->bars();
    QCOMPARE(bars.size(), 3);
    const QSize size(900, 300);
    auto barCentre = [&](Qt::LayoutDirection direction) {
        QImage image(size, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        Ui::TimelineView::paint(painter, QRectF(QPointF(0, 0), size), bars, QDate::currentDate(),
                                direction);
        painter.end();
        // The "done" bar (the first activity, ten days ago).
        qint64 sum = 0;
        qint64 count = 0;
        for (int y = 0; y < size.height() * 2 / 3; ++y) {
            for (int x = 0; x < size.width(); ++x) {
                if (image.pixel(x, y) == qRgb(0x2e, 0x7d, 0x32)) {
                    sum += x;
                    ++count;
                }
            }
        }
        return count ? double(sum) / double(count) : -1.0;
    };
    const double ltr = barCentre(Qt::LeftToRight);
    const double rtl = barCentre(Qt::RightToLeft);
    QVERIFY(ltr > 0 && rtl > 0);
    QVERIFY2(std::abs((size.width() - 1 - ltr) - rtl) < 3.0,
             qPrintable(u"ltr %1, rtl %2"_s.arg(ltr).arg(rtl)));
    QVERIFY(std::abs(rtl - ltr) > 10); // not the same picture
}

void TestUiPlans::planIsSavedAsPdf()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    Open o;
    QVERIFY(o.open());
    // Twenty activities in all: two timeline pages.
    static_assert(Ui::PlanPrinter::BarsPerPage < 20 && 20 <= 2 * Ui::PlanPrinter::BarsPerPage);
    for (int i = 4; i <= 20; ++i) {
        QVERIFY(o.view->document()
                    ->addActivity(
                        {{u"what"_s, u"Supervision visit %1"_s.arg(i)},
                         {u"starts_on"_s, QDate::currentDate().toString(Qt::ISODate)},
                         {u"ends_on"_s, QDate::currentDate().addDays(i).toString(Qt::ISODate)}})
                    .ok());
    }
    QTRY_COMPARE(o.view->activities()->rowCount(), 20);
    const QString pdf = o.env.dir.filePath(u"plan.pdf"_s);
    o.env.prompter.saveAs = pdf;
    auto *save = find<QPushButton>(o.view, u"savePlanPdfButton"_s);
    save->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QTRY_VERIFY(QFile::exists(pdf));
    const QString text = poppler(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s});
    QVERIFY2(text.contains(u"Stockouts of essential medicines."_s), qPrintable(text.left(400)));
    QVERIFY(text.contains(u"Every facility has the medicines it needs."_s));
    QVERIFY(text.contains(u"Train storekeepers"_s));
    QVERIFY(text.contains(u"Supervision visit 20"_s));
    QVERIFY(text.contains(u"Timeline (2 of 2)"_s));
    // The text pages, then one timeline page per BarsPerPage activities.
    const QString info = poppler(u"pdfinfo"_s, {pdf});
    const int pages = info.section(u"Pages:"_s, 1).trimmed().section(u'\n', 0, 0).toInt();
    const QString timelinePages =
        poppler(u"pdftotext"_s, {u"-f"_s, QString::number(pages - 1), u"-l"_s,
                                 QString::number(pages), pdf, u"-"_s});
    QVERIFY(timelinePages.contains(u"Timeline (1 of 2)"_s));
    QVERIFY(timelinePages.contains(u"Timeline (2 of 2)"_s));
    // The page before them is the text's, not a timeline's.
    const QString textPage = poppler(u"pdftotext"_s, {u"-f"_s, QString::number(pages - 2), u"-l"_s,
                                                      QString::number(pages - 2), pdf, u"-"_s});
    QVERIFY(!textPage.contains(u"Timeline ("_s));
}

void TestUiPlans::planIsSubmittedAfterChangesAreRequested()
{
    Open o;
    QVERIFY(o.open());
    auto *status = find<QLabel>(o.view, u"submissionStatus"_s);
    auto *review = find<QLabel>(o.view, u"planReview"_s);
    auto *submit = find<QPushButton>(o.view, u"submitPlanButton"_s);
    QVERIFY(status && review && submit);
    // The final plan waits for its review: nothing to send now.
    QVERIFY2(status->text().startsWith(u"Awaiting review"_s), qPrintable(status->text()));
    QVERIFY(!submit->isEnabled());

    // The facilitator asks for changes (their review arrives by a sync).
    Core::Record asked{QString(Entity::Review),
                       Core::newRecordId(),
                       3,
                       {{u"submission_id"_s, o.ids.submission2},
                        {u"facilitator_id"_s, o.ids.facilitator},
                        {u"scores"_s, QJsonObject{{u"clarity"_s, 2}}},
                        {u"comment"_s, u"Say what causes the stockouts."_s},
                        {u"decision"_s, u"changes_requested"_s},
                        {u"reviewed_at"_s, u"2024-04-22T10:00:00.000Z"_s}},
                       {},
                       {}};
    QVERIFY(o.env.store.applyPulled({asked}, {}, 200).ok());
    QTRY_VERIFY(status->text().startsWith(u"Changes requested"_s));
    QVERIFY(review->isVisible());
    QVERIFY(review->text().contains(u"Say what causes the stockouts."_s));
    QVERIFY(review->text().contains(u"Rosa Mendes"_s));
    QVERIFY(submit->isEnabled());

    // Submitting with empty sections says so at each, with the keyboard in
    // the first; the team writes them, and the plan goes.
    submit->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    auto *situation = find<QPlainTextEdit>(o.view, u"current_situation"_s);
    QCOMPARE(QApplication::focusWidget(), situation);
    QVERIFY(find<QLabel>(o.view, u"root_causesError"_s)->isVisible());
    QVERIFY(find<QLabel>(o.view, u"root_causesError"_s)->text().contains(u"before submitting"_s));
    typeText(u"Three of fourteen facilities report."_s);
    pressKey(Qt::Key_Tab);
    typeText(u"Orders are placed late."_s);
    pressKey(Qt::Key_Tab);
    typeText(u"Train storekeepers."_s);
    QVERIFY(!find<QLabel>(o.view, u"root_causesError"_s)->isVisible());
    submit->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QCOMPARE(o.env.prompter.questions.size(), 1);
    QTRY_VERIFY(status->text().startsWith(u"Awaiting review"_s));
    QVERIFY2(status->text().contains(u"Changed since the previous submission"_s),
             qPrintable(status->text()));
    QVERIFY(status->text().contains(u"3 activities added"_s));
    QVERIFY(!submit->isEnabled());
    const auto submissions =
        o.env.store.records().list(Entity::Submission, u"plan_id", o.ids.plan).value();
    QCOMPARE(submissions.size(), 3);
    const Core::Record *sent = nullptr;
    for (const Core::Record &r : submissions) {
        if (r.id != o.ids.submission1 && r.id != o.ids.submission2)
            sent = &r;
    }
    QVERIFY(sent);
    QCOMPARE(sent->text(u"submitted_by"), o.ids.me);
    const QJsonObject snapshot = sent->fields.value("snapshot"_L1).toObject();
    QCOMPARE(snapshot.value("plan"_L1).toObject().value("root_causes"_L1).toString(),
             u"Orders are placed late."_s);
    QCOMPARE(snapshot.value("activities"_L1).toArray().size(), 3);
}

void TestUiPlans::conflictOnASectionIsSettledInPlace()
{
    Open o;
    QVERIFY(o.open());
    const QString ours = u"Every facility has the medicines it needs."_s;
    const QString theirs = u"Every facility has the medicines and the staff it needs."_s;
    const QString conflictId = keepConflict(o, ours, theirs);
    QVERIFY(!conflictId.isEmpty());
    auto *mark = find<QPushButton>(o.view, u"visionConflict"_s);
    QTRY_VERIFY(mark->isVisible());
    QVERIFY(!find<QPushButton>(o.view, u"challengeConflict"_s)->isVisible());
    mark->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = o.window->findChild<QDialog *>(u"sectionConflictDialog"_s)) &&
                dialog->isVisible());
    // The words that differ are marked in the version that has them.
    auto *other = dialog->findChild<QTextBrowser *>(u"otherVersion"_s);
    QVERIFY(other->toHtml().contains(u"background-color:#fde68a"_s));
    QVERIFY(other->toPlainText().contains(u"the staff"_s));
    QTRY_VERIFY(dialog->isAncestorOf(QApplication::focusWidget()));
    auto *use = dialog->findChild<QPushButton *>(u"useOtherVersionButton"_s);
    use->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), use);
    pressKey(Qt::Key_Space);
    QTRY_VERIFY(!mark->isVisible());
    QCOMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s), theirs);
    QCOMPARE(find<QPlainTextEdit>(o.view, u"vision"_s)->toPlainText(), theirs);
    QCOMPARE(field(o.env, Entity::Conflict, conflictId, u"status"_s), u"resolved"_s);
    QCOMPARE(field(o.env, Entity::Conflict, conflictId, u"resolved_by"_s), o.ids.me);
    // The marked words: only what one version has.
    const auto [a, b] =
        Ui::SectionConflictDialog::markDifferences(u"one two three"_s, u"one 2 three"_s);
    QVERIFY(a.contains(u">two</span>"_s) && !a.contains(u">one</span>"_s));
    QVERIFY(b.contains(u">2</span>"_s));
}

// The Sync page's conflicts list leads to the plan, with both versions open.
void TestUiPlans::syncPageOpensTheConflictInThePlan()
{
    Open o;
    QVERIFY(o.open());
    QVERIFY(!keepConflict(o, u"Ours."_s, u"Theirs."_s).isEmpty());
    pressKey(Qt::Key_7, Qt::ControlModifier); // the Sync page
    auto *table = o.window->findChild<QTableView *>(u"conflictsTable"_s);
    QVERIFY(table);
    QTRY_COMPARE(table->model()->rowCount(), 1);
    table->setFocus(Qt::TabFocusReason);
    table->selectRow(0);
    auto *open = o.window->findChild<QPushButton *>(u"openInPlanButton"_s);
    QTRY_VERIFY(open->isVisible());
    open->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QCOMPARE(o.window->currentPage(), Ui::Page::Plans);
    QTRY_VERIFY(o.window->findChild<QDialog *>(u"sectionConflictDialog"_s));
}

// The server refused a change of the plan (the member left the team while it
// waited; tst_sync_push has the real refusal): the plan says so in the
// member's language, the text stays, and one click opens the Sync page.
void TestUiPlans::refusedChangeIsSaidOnThePlan()
{
    Open o;
    QVERIFY(o.open(u"fr"_s));
    auto *label = find<QLabel>(o.view, u"planRefusedLabel"_s);
    auto *button = find<QPushButton>(o.view, u"planRefusedButton"_s);
    QVERIFY(label && button);
    QVERIFY(!label->isVisible());
    auto *vision = find<QPlainTextEdit>(o.view, u"vision"_s);
    vision->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), vision);
    pressKey(Qt::Key_End, Qt::ControlModifier);
    typeText(u" Toujours."_s);
    QTRY_VERIFY(field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s).endsWith(u"Toujours."_s));
    const auto waiting = o.env.store.outbox().pending();
    QCOMPARE(waiting->size(), 1);
    QVERIFY(o.env.store
                .reject(waiting->first().opId, u"this action_plan is outside what you may see"_s,
                        u"forbidden"_s)
                .ok());
    QTRY_VERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"vous ne faites plus partie de l’équipe de ce plan"_s),
             qPrintable(label->text()));
    QVERIFY(vision->toPlainText().endsWith(u"Toujours."_s)); // nothing typed is lost
    QTest::mouseClick(button, Qt::LeftButton);
    QTRY_COMPARE(o.window->currentPage(), Ui::Page::Sync);
}

// The Reviews page shows the plan as it was submitted and what changed
// since the submission before; Tab leaves the submissions table; in Arabic
// the scores read right to left, with the rubric's names for the criteria.
void TestUiPlans::reviewsPageShowsTheSubmittedPlanMirroredInArabic()
{
    Open o;
    QVERIFY(o.open(u"ar"_s));
    pressKey(Qt::Key_5, Qt::ControlModifier);
    QTRY_COMPARE(o.window->currentPage(), Ui::Page::Reviews);
    Ui::ReviewsView *reviews = o.window->reviewsView();
    auto *table = find<QTableView>(reviews, u"submissionTable"_s);
    auto *browser = find<QTextBrowser>(reviews, u"reviewBrowser"_s);
    QVERIFY(table && browser);

    // Keyboard: in the table the arrows move; Tab goes on to the review.
    table->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), table);
    QVERIFY(reviews->showSubmission(o.ids.submission2));
    pressKey(Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != table);

    const QString later = browser->toPlainText();
    QVERIFY2(later.contains(u"Every facility has the medicines it needs."_s), qPrintable(later));
    QVERIFY(later.contains(u"Count the stock monthly"_s));
    QVERIFY(later.contains(Ui::RecordText::fieldName(u"vision"))); // what changed: the vision

    // The activities table runs from the right, its first column (the
    // activity) rightmost; the criteria are named as the rubric names them.
    QTextDocument *doc = browser->document();
    QTextTable *activities = nullptr;
    for (QTextBlock b = doc->begin(); b.isValid() && !activities; b = b.next())
        activities = QTextCursor(b).currentTable();
    QVERIFY2(activities, qPrintable(browser->toPlainText()));
    const auto left = [&](int column) {
        return doc->documentLayout()
            ->blockBoundingRect(activities->cellAt(1, column).firstCursorPosition().block())
            .left();
    };
    QCOMPARE(activities->cellAt(1, 3).firstCursorPosition().block().text(),
             u"Count the stock monthly"_s);
    QVERIFY2(left(3) > left(0), "the activities are not mirrored");
    QVERIFY(reviews->showSubmission(o.ids.submission1));
    QVERIFY2(browser->toPlainText().contains(u"Clarity of the challenge"_s),
             qPrintable(browser->toPlainText()));
}

// Who did what, by keyboard only: Alt+Y opens the History with the newest
// change chosen; Tab reaches "Restore earlier value"; Space puts the
// earlier text back, as a change of the member's that waits to be sent.
void TestUiPlans::historyIsRestoredWithTheKeyboard()
{
    Open o;
    QVERIFY(o.open());
    const QString before = field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s);
    pressKey(Qt::Key_I, Qt::AltModifier); // the Vision section
    QTRY_COMPARE(QApplication::focusWidget(), find<QPlainTextEdit>(o.view, u"vision"_s));
    pressKey(Qt::Key_End, Qt::ControlModifier);
    typeText(u" By 2026."_s);
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s),
                 before + u" By 2026."_s);

    pressKey(Qt::Key_Y, Qt::AltModifier);
    auto *history = find<QTreeView>(o.view, u"planHistory"_s);
    QTRY_COMPARE(QApplication::focusWidget(), history);
    QTRY_COMPARE(history->currentIndex().row(), 0);
    QCOMPARE(history->model()->index(0, 2).data().toString(), u"Vision"_s);
    QVERIFY(history->model()->index(0, 0).data().toString().endsWith(u"(not sent yet)"_s));
    auto *restore = find<QPushButton>(o.view, u"restoreChangeButton"_s);
    for (int i = 0; i < 4 && QApplication::focusWidget() != restore; ++i)
        pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), restore);
    pressKey(Qt::Key_Space);
    QTRY_COMPARE(field(o.env, Entity::ActionPlan, o.ids.plan, u"vision"_s), before);
    QCOMPARE(find<QPlainTextEdit>(o.view, u"vision"_s)->toPlainText(), before);
    // Both the typing and its undoing wait to be sent, as one change of hers.
    const auto waiting = o.env.store.outbox().pending();
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().authorId, o.ids.me);
}

QTEST_MAIN(TestUiPlans)
#include "tst_ui_plans.moc"

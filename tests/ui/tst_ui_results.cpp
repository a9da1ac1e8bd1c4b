// A team reports its results, against a real leadernet-server behind a
// proxy: Amina signs in, the link goes down, and with the keyboard alone
// she adds an indicator from her plan, names it in Arabic, gives its unit,
// baseline and target, and enters two months' values; a value that is not
// a number and a month to come are refused at the field with the text
// kept. The chart draws a point per value where the data puts it (read
// from what is painted, not from a screenshot), mirrored in Arabic, and a
// screen reader reads the values as a table. When the link is back one
// sync carries it all, attributed to her, and the replica equals the
// server. Her facilitator, in Russian on another computer, sees every
// team's results side by side and exports them; Python's csv module reads
// the Arabic and Cyrillic back.

#include "entityschema.h"
#include "faultproxy.h"
#include "indicatorpane.h"
#include "mainwindow.h"
#include "resultschart.h"
#include "resultsview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QAbstractItemModel>
#include <QAccessible>
#include <QApplication>
#include <QDateEdit>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPaintDevice>
#include <QPaintEngine>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

// What a widget paints, as the painter hands it over: the points drawn as
// ellipses (their centres) and the straight lines, in device coordinates.
class RecordingEngine final : public QPaintEngine
{
public:
    RecordingEngine()
        : QPaintEngine(AllFeatures)
    {}
    QList<QPointF> dots;
    QList<QLineF> lines;

    bool begin(QPaintDevice *) override { return true; }
    bool end() override { return true; }
    void updateState(const QPaintEngineState &state) override
    {
        if (state.state() & DirtyTransform)
            m_transform = state.transform();
    }
    void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
    void drawEllipse(const QRectF &r) override { dots << m_transform.map(r.center()); }
    void drawLines(const QLineF *l, int count) override
    {
        for (int i = 0; i < count; ++i)
            lines << m_transform.map(l[i]);
    }
    void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
    void drawTextItem(const QPointF &, const QTextItem &) override {}
    Type type() const override { return User; }

private:
    QTransform m_transform;
};

class RecordingDevice final : public QPaintDevice
{
public:
    explicit RecordingDevice(QSize size)
        : m_size(size)
    {}
    mutable RecordingEngine engine;
    QPaintEngine *paintEngine() const override { return &engine; }

protected:
    int metric(PaintDeviceMetric m) const override
    {
        switch (m) {
        case PdmWidth:
            return m_size.width();
        case PdmHeight:
            return m_size.height();
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatio:
            return 1;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return QPaintDevice::metric(m);
        }
    }

private:
    QSize m_size;
};

// What `chart` paints: the centres of its value points and its horizontal
// lines (grid, baseline, target) by height.
struct Drawn {
    QList<QPointF> dots;
    QList<QLineF> lines;
};
Drawn drawn(QWidget *chart)
{
    RecordingDevice device(chart->size());
    chart->render(&device, {}, {}, QWidget::DrawChildren);
    return {device.engine.dots, device.engine.lines};
}

// The key goes to the menu open at the moment (a popup has the keyboard).
void pressInPopup(Qt::Key key)
{
    QWidget *popup = QApplication::activePopupWidget();
    QVERIFY(popup);
    QTest::keyClick(popup, key);
}

// Tab steps through a date's sections (month, year), then leaves it.
void tabOutOf(QWidget *date)
{
    for (int i = 0; i < 3 && QApplication::focusWidget() == date; ++i)
        pressKey(Qt::Key_Tab);
}

class MouseWatch final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::MouseButtonPress ||
            event->type() == QEvent::MouseButtonRelease ||
            event->type() == QEvent::MouseButtonDblClick)
            ++count;
        return false;
    }
};

QString cellText(QAccessibleInterface *table, int row, int column)
{
    QAccessibleInterface *cell = table->tableInterface()->cellAt(row, column);
    return cell ? cell->text(QAccessible::Name) : QString();
}

} // namespace

class TestUiResults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        prepareUiTest();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }
    void teamReportsOfflineAndTheFacilitatorComparesTeams();

private:
    TestCommon::TestServer m_server;
};

void TestUiResults::teamReportsOfflineAndTheFacilitatorComparesTeams()
{
    Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
    QVERIFY(proxy.start());
    SignedInWindow app(QUrl(u"http://127.0.0.1:%1"_s.arg(proxy.port())));
    app.env.languages.setLanguage(u"en"_s);
    QVERIFY(app.signIn(u"member"_s, m_server.password()));
    Ui::ResultsView *results = app.window.resultsView();
    auto *tree = results->findChild<QTreeWidget *>(u"resultsTree"_s);
    auto *overview = results->findChild<QTableView *>(u"resultsOverview"_s);
    Ui::IndicatorPane *pane = results->indicatorPane();
    auto *name = pane->findChild<QLineEdit *>(u"indicator_indicator"_s);
    auto *baselineError = pane->findChild<QLabel *>(u"indicatorError_baseline"_s);
    auto *period = pane->findChild<QDateEdit *>(u"resultPeriod"_s);
    auto *actual = pane->findChild<QLineEdit *>(u"resultActual"_s);
    auto *actualError = pane->findChild<QLabel *>(u"resultError_actual"_s);
    auto *periodError = pane->findChild<QLabel *>(u"resultError_period"_s);
    auto *values = pane->findChild<QTableWidget *>(u"resultValues"_s);
    QVERIFY(tree && overview && name && baselineError && period && actual && actualError &&
            periodError && values);

    proxy.setFaults({.resetConnections = true}); // offline from here
    MouseWatch mice;
    qApp->installEventFilter(&mice);
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_6, Qt::ControlModifier); // Results
    QTRY_COMPARE(app.window.currentPage(), Ui::Page::Results);
    // One team: no "all teams"; its three indicators from the demo.
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(overview->model()->rowCount(), 3);

    // An activity's indicator from the plan, through the menu.
    pressKey(Qt::Key_P, Qt::AltModifier); // From the &plan…
    QTRY_VERIFY(qobject_cast<QMenu *>(QApplication::activePopupWidget()));
    pressInPopup(Qt::Key_Return); // the first suggestion
    QTRY_COMPARE(QApplication::focusWidget(), name);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 4);
    QVERIFY(name->hasSelectedText());
    const QString arabic = u"نسبة المرافق التي تعرض لوحة المؤشرات"_s;
    typeText(arabic);
    pressKey(Qt::Key_Tab);
    typeText(u"مرافق"_s); // the unit
    pressKey(Qt::Key_Tab);
    typeText(u"two"_s); // a baseline that is no number: said, and kept
    pressKey(Qt::Key_Tab);
    QVERIFY(baselineError->isVisible());
    QVERIFY2(baselineError->text().contains(u"is not a number"_s),
             qPrintable(baselineError->text()));
    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget()->objectName(), u"indicator_baseline"_s);
    QCOMPARE(qobject_cast<QLineEdit *>(QApplication::focusWidget())->text(), u"two"_s);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"2"_s);
    pressKey(Qt::Key_Tab);
    QVERIFY(!baselineError->isVisible());
    typeText(u"12.5"_s); // the target
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), period);
    const QDate thisMonth = period->date();
    tabOutOf(period);
    QCOMPARE(QApplication::focusWidget(), actual);

    // This month's value: a word first (refused, kept), then the number.
    typeText(u"five"_s);
    pressKey(Qt::Key_Return);
    QVERIFY(actualError->isVisible());
    QCOMPARE(actual->text(), u"five"_s);
    QCOMPARE(values->rowCount(), 0);
    // Kept in the replica as typed: leaving it, or a power cut, loses nothing.
    const QString draftKey = u"results:"_s + pane->indicatorId();
    QCOMPARE(app.env.store.drafts().get(draftKey)->value().fields.value("actual"_L1).toString(),
             u"five"_s);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"5"_s);
    pressKey(Qt::Key_Return);
    QVERIFY(!actualError->isVisible());
    QCOMPARE(values->rowCount(), 1);
    QVERIFY(!app.env.store.drafts().get(draftKey)->has_value());

    // A month to come is out of range: said at the month, the value kept.
    pressKey(Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(QApplication::focusWidget(), period);
    pressKey(Qt::Key_End);
    pressKey(Qt::Key_Up); // next year
    tabOutOf(period);
    typeText(u"7"_s);
    pressKey(Qt::Key_Return);
    QVERIFY(periodError->isVisible());
    QVERIFY2(periodError->text().startsWith(u"Results are reported for the months from"_s),
             qPrintable(periodError->text()));
    QCOMPARE(QApplication::focusWidget(), period);
    QCOMPARE(actual->text(), u"7"_s);
    pressKey(Qt::Key_End);
    pressKey(Qt::Key_Down); // back to this year
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Down); // last month
    QCOMPARE(period->date(), thisMonth.addMonths(-1));
    tabOutOf(period);
    QCOMPARE(QApplication::focusWidget(), actual);
    pressKey(Qt::Key_Return);
    QVERIFY(!periodError->isVisible());
    QCOMPARE(values->rowCount(), 2);
    // Delete in the table removes a month's value; Undo brings it back.
    pressKey(Qt::Key_Y, Qt::AltModifier); // Results b&y month
    QCOMPARE(QApplication::focusWidget(), values);
    pressKey(Qt::Key_Home);
    pressKey(Qt::Key_Delete);
    QCOMPARE(values->rowCount(), 1);
    pressKey(Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(values->rowCount(), 2);
    QCOMPARE(mice.count, 0);
    qApp->removeEventFilter(&mice);

    // A screen reader reads the values as a table, oldest month first.
    QAccessibleInterface *table = QAccessible::queryAccessibleInterface(values);
    QVERIFY(table && table->tableInterface());
    QCOMPARE(table->text(QAccessible::Name), u"Results by month"_s);
    QCOMPARE(table->tableInterface()->rowCount(), 2);
    QCOMPARE(cellText(table, 0, 1), u"7 مرافق"_s);
    QCOMPARE(cellText(table, 1, 1), u"5 مرافق"_s);
    QCOMPARE(cellText(table, 1, 3), u"Amina Diallo"_s);

    // The chart puts a point per value where the data says, against the
    // baseline and target lines, months in the reading direction.
    Ui::ResultsChart *chart = pane->chart();
    QTRY_VERIFY(chart->isVisible());
    for (const bool arabicWindow : {false, true}) {
        if (arabicWindow) {
            app.env.languages.setLanguage(u"ar"_s);
            QTRY_COMPARE(chart->layoutDirection(), Qt::RightToLeft);
        }
        const Drawn d = drawn(chart);
        QCOMPARE(d.dots.size(), 2);
        const QPointF last = d.dots.at(0); // 7, last month
        const QPointF now = d.dots.at(1);  // 5, this month
        if (arabicWindow)
            QVERIFY2(last.x() > now.x(), "months run right to left in Arabic");
        else
            QVERIFY2(last.x() < now.x(), "months run left to right");
        QVERIFY(last.y() < now.y()); // 7 stands higher than 5
        // The same scale carries the points and the baseline and target lines.
        const double perUnit = (now.y() - last.y()) / (5.0 - 7.0);
        const auto lineAt = [&](double value) {
            const double y = now.y() + (value - 5.0) * perUnit;
            for (const QLineF &l : d.lines) {
                if (qAbs(l.y1() - y) < 0.5 && qAbs(l.y2() - y) < 0.5 && l.length() > 50)
                    return true;
            }
            return false;
        };
        QVERIFY2(lineAt(2.0), "the baseline is drawn at 2");
        QVERIFY2(lineAt(12.5), "the target is drawn at 12.5");
    }
    app.env.languages.setLanguage(u"en"_s);

    // The link is back: one sync, and everything is on the server as hers.
    proxy.setFaults({});
    QSignalSpy synced(app.env.engine.get(), &Sync::SyncEngine::finished);
    app.window.activateWindow();
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    QCOMPARE(app.env.store.outbox().pendingCount().value(), 0);
    QCOMPARE(differencesFromServer(app.env), QStringList());

    const QString teammate = m_server.login(u"lceesay"_s);
    QString aminaId;
    QJsonObject indicator;
    QString indicatorId;
    QList<QJsonObject> reported;
    const QList<QJsonObject> pulled = m_server.pullAll(teammate, 5000);
    for (const QJsonObject &c : pulled) {
        const QJsonObject f = c.value("fields"_L1).toObject();
        if (c.value("entity"_L1).toString() == Entity::Member &&
            f.value("username"_L1).toString() == u"member")
            aminaId = c.value("id"_L1).toString();
        if (c.value("entity"_L1).toString() == Entity::ResultsReport &&
            f.value("indicator"_L1).toString() == arabic) {
            indicator = f;
            indicatorId = c.value("id"_L1).toString();
        }
    }
    for (const QJsonObject &c : pulled) {
        if (c.value("entity"_L1).toString() == Entity::ResultValue &&
            c.value("fields"_L1).toObject().value("report_id"_L1).toString() == indicatorId)
            reported << c;
    }
    QCOMPARE(indicator.value("unit"_L1).toString(), u"مرافق"_s);
    QCOMPARE(indicator.value("baseline"_L1).toString(), u"2"_s);
    QCOMPARE(indicator.value("target"_L1).toString(), u"12.5"_s);
    QVERIFY(indicator.value("source"_L1).toString().startsWith(u"activity:"_s));
    QCOMPARE(reported.size(), 2);
    for (const QJsonObject &c : std::as_const(reported))
        QCOMPARE(c.value("updated_by"_L1).toString(), aminaId);

    // The facilitator, in Russian on another computer: every team side by
    // side, exported for a spreadsheet.
    SignedInWindow other(m_server.url());
    other.env.languages.setLanguage(u"ru"_s);
    QVERIFY(other.signIn(u"facilitator"_s, m_server.password()));
    other.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&other.window));
    pressKey(Qt::Key_6, Qt::ControlModifier);
    QTRY_COMPARE(other.window.currentPage(), Ui::Page::Results);
    Ui::ResultsView *theirs = other.window.resultsView();
    auto *teams = theirs->findChild<QTreeWidget *>(u"resultsTree"_s);
    auto *sideBySide = theirs->findChild<QTableView *>(u"resultsOverview"_s);
    QCOMPARE(teams->topLevelItemCount(), 1 + 3); // all, and the three teams
    QCOMPARE(teams->currentItem(), teams->topLevelItem(0));
    QCOMPARE(sideBySide->model()->rowCount(), 3 + 1 + 3 + 2);
    // Nobody but the team writes its results: on a team of theirs too.
    teams->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Down);
    QCOMPARE(teams->currentItem(), teams->topLevelItem(1));
    QVERIFY(theirs->findChild<QWidget *>(u"exportResults"_s)->isVisible());
    QVERIFY(!theirs->findChild<QWidget *>(u"newIndicator"_s)->isVisible());
    QVERIFY(!theirs->findChild<QWidget *>(u"indicatorFromPlan"_s)->isVisible());
    pressKey(Qt::Key_Up); // back to all of them
    QCOMPARE(sideBySide->model()->rowCount(), 3 + 1 + 3 + 2);

    const QString csv = other.env.dir.filePath(u"results.csv"_s);
    other.env.prompter.saveAs = csv;
    auto *exportButton = theirs->findChild<QWidget *>(u"exportResults"_s);
    exportButton->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QTRY_VERIFY(QFile::exists(csv));
    const QJsonArray rows = csvRowsByPython(csv, u';');
    QCOMPARE(rows.size(), 1 + 9);
    const QJsonArray header = rows.first().toArray();
    QCOMPARE(header.first().toString(), u"Команда"_s);
    bool sawHers = false;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        if (row.at(1).toString() != arabic)
            continue;
        sawHers = true;
        QCOMPARE(row.at(0).toString(), u"Upper River Region Health Management Team"_s);
        QCOMPARE(row.at(2).toString(), u"مرافق"_s);
        QCOMPARE(row.at(3).toString(), u"2"_s);
        QCOMPARE(row.at(4).toString(), u"12,5"_s);           // the Russian decimal comma
        QCOMPARE(row.at(row.size() - 2).toString(), u"5"_s); // the latest
    }
    QVERIFY(sawHers);
    QCOMPARE(differencesFromServer(other.env), QStringList());
}

QTEST_MAIN(TestUiResults)
#include "tst_ui_results.moc"

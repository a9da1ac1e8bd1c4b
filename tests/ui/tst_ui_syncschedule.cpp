// Syncing when bandwidth is available, in the window, against a real
// leadernet-server: the Sync page's settings chosen with the keyboard and
// kept; a large download on a metered connection asked about first; the
// status bar and the page saying what waits and why; the data used, charted
// and mirrored in Arabic; diagnostics copied without anything personal.
// Each test ends with the replica matching the server.
#include "datausageview.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "migrations.h"
#include "syncprogresspanel.h"
#include "syncsettings.h"
#include "syncstatuswidget.h"
#include "syncview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Hold = Sync::SyncScheduler::Hold;
using Reachability = Sync::NetworkStatus::Reachability;
using Mode = Sync::SyncSettings::Mode;

namespace {

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

// The first activity of the member's team's plan in the replica.
Core::Record firstActivity(const Core::LocalStore &store)
{
    const auto all = store.records().list(Core::Entity::Activity);
    return all && !all->isEmpty() ? all->first() : Core::Record{};
}

} // namespace

class TestUiSyncSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void settingsAreChosenWithTheKeyboardAndKept();
    void largeDownloadOnAMeteredLinkIsAskedFirst();
    void statusSaysWhatWaitsAndWhy();
    void dataUsedIsChartedAndMirroredInArabic();
    void diagnosticsHoldNothingPersonal();

private:
    // `member`'s other laptop changes an activity's status on the server.
    bool changeElsewhere(const QString &activityId, const QString &status);

    TestCommon::TestServer m_server;
};

void TestUiSyncSchedule::initTestCase()
{
    prepareUiTest();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

bool TestUiSyncSchedule::changeElsewhere(const QString &activityId, const QString &status)
{
    UiTestEnv other(m_server.url());
    QSignalSpy in(other.accounts.get(), &Sync::AccountManager::signedIn);
    other.accounts->signIn(u"member"_s, m_server.password());
    if (!in.wait(30000))
        return false;
    other.engine->setSelf(other.accounts->current().memberId);
    QSignalSpy synced(other.engine.get(), &Sync::SyncEngine::finished);
    other.engine->syncNow();
    if (!synced.wait(60000))
        return false;
    if (!other.store
             .updateRecord(Core::Entity::Activity, activityId, {{u"status"_s, status}},
                           other.accounts->current().memberId)
             .ok()) {
        return false;
    }
    synced.clear();
    other.engine->syncNow();
    return synced.wait(60000) && synced.first().first().toBool();
}

void TestUiSyncSchedule::settingsAreChosenWithTheKeyboardAndKept()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    w.window.showPage(Ui::Page::Sync);
    QVERIFY(bringToFront(&w.window));

    // Alt+S: "Sync:"; two steps down: "Only when I press Sync now".
    pressKey(Qt::Key_S, Qt::AltModifier);
    QCOMPARE(focusName(), u"syncModeCombo"_s);
    pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Down);
    QCOMPARE(w.env.scheduler->settings().mode, Mode::Manual);
    QCOMPARE(w.env.scheduler->hold(), Hold::Manual);
    auto *now = w.window.syncView()->findChild<Ui::SyncProgressPanel *>();
    QVERIFY(now);
    QCOMPARE(now->text(), u"Syncs only when you press Sync now, as set below."_s);

    // Alt+B: a daily budget of 50 MB, typed.
    pressKey(Qt::Key_B, Qt::AltModifier);
    QCOMPARE(focusName(), u"dailyBudgetSpin"_s);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    typeText(u"50"_s);
    pressKey(Qt::Key_Return);
    QCOMPARE(w.env.scheduler->settings().dailyBudget, qint64(50) * 1024 * 1024);

    // Alt+Y: large downloads only during set hours; Tab, then an hour later.
    pressKey(Qt::Key_Y, Qt::AltModifier); // a mnemonic clicks its check box animated
    QTRY_VERIFY(w.env.scheduler->settings().useWindow);
    pressKey(Qt::Key_Tab);
    QCOMPARE(focusName(), u"windowStartEdit"_s);
    pressKey(Qt::Key_Up);
    QCOMPARE(w.env.scheduler->settings().windowStart, QTime(23, 0));

    // Alt+T: "treat this connection as metered".
    pressKey(Qt::Key_T, Qt::AltModifier);
    QTRY_VERIFY(w.env.scheduler->settings().treatAsMetered);
    QVERIFY(w.env.scheduler->isMetered());

    // Kept in the replica: the next start of the app reads the same.
    const Sync::SyncSettings kept = Sync::SyncSettings::load(w.env.store.syncState());
    QVERIFY(kept == w.env.scheduler->settings());
    QCOMPARE(kept.mode, Mode::Manual);
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

void TestUiSyncSchedule::largeDownloadOnAMeteredLinkIsAskedFirst()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    w.env.network.set(Reachability::Online, /*metered=*/true);
    w.env.scheduler->setLargeDownloadBytes(1); // anything to download counts as large
    const Core::Record activity = firstActivity(w.env.store);
    QVERIFY(!activity.id.isEmpty());
    const QString status = activity.text(u"status") == u"done" ? u"delayed"_s : u"done"_s;
    QVERIFY(changeElsewhere(activity.id, status));

    // Ctrl+R on a metered link: asked first; "no" sends only.
    QVERIFY(bringToFront(&w.window));
    w.env.prompter.answer = false;
    QTest::keyClick(&w.window, Qt::Key_R, Qt::ControlModifier);
    QTRY_COMPARE_WITH_TIMEOUT(w.env.prompter.questions.size(), 1, 30000);
    QVERIFY2(w.env.prompter.questions.first().contains(u"over a metered connection"_s),
             qPrintable(w.env.prompter.questions.first()));
    QTRY_VERIFY_WITH_TIMEOUT(
        w.window.syncStatus()->statusText().endsWith(u"on a metered connection, downloads wait"_s),
        30000);
    QVERIFY(QTest::qWaitFor([&]() { return !w.env.engine->isRunning(); }, 30000));
    QCOMPARE(w.env.store.records().get(Core::Entity::Activity, activity.id)->text(u"status"),
             activity.text(u"status"));

    // Asked again, "download now": it comes.
    w.env.prompter.answer = true;
    QSignalSpy finished(w.env.engine.get(), &Sync::SyncEngine::finished);
    QTest::keyClick(&w.window, Qt::Key_R, Qt::ControlModifier);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().first().toBool());
    QCOMPARE(w.env.prompter.questions.size(), 2);
    QCOMPARE(w.env.store.records().get(Core::Entity::Activity, activity.id)->text(u"status"),
             status);
    QVERIFY(w.window.syncStatus()->statusText().startsWith(u"Synced at "_s));
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

void TestUiSyncSchedule::statusSaysWhatWaitsAndWhy()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    Ui::SyncStatusWidget *status = w.window.syncStatus();
    auto *now = w.window.syncView()->findChild<Ui::SyncProgressPanel *>();
    QCOMPARE(now->text(), u"Up to date."_s);

    // A change not sent yet: "Synced at … — 1 change waiting".
    const Core::Record activity = firstActivity(w.env.store);
    QVERIFY(w.env.store
                .updateRecord(Core::Entity::Activity, activity.id,
                              {{u"what"_s, u"Count the stock every Monday"_s}},
                              w.env.accounts->current().memberId)
                .ok());
    QTRY_VERIFY2(status->statusText().startsWith(u"Synced at "_s) &&
                     status->statusText().endsWith(u" — 1 change waiting"_s),
                 qPrintable(status->statusText()));

    // Automatic syncs on a computer without a network: it says so, and waits.
    w.env.network.set(Reachability::Offline);
    w.env.scheduler->start();
    QCOMPARE(w.env.scheduler->hold(), Hold::Offline);
    QCOMPARE(status->statusText(), u"Offline — changes are kept on this computer"_s);
    QVERIFY2(now->text().startsWith(u"Offline. Your changes are kept on this computer"_s),
             qPrintable(now->text()));

    // The network is back: it syncs at once, without "Sync now".
    QSignalSpy finished(w.env.engine.get(), &Sync::SyncEngine::finished);
    w.env.network.set(Reachability::Online);
    QVERIFY(finished.wait(30000));
    QVERIFY(finished.first().first().toBool());
    QTRY_VERIFY(status->statusText().startsWith(u"Synced at "_s));
    QVERIFY(!status->statusText().contains(u"waiting"_s));

    // The server goes away: offline, counting down to the next try.
    w.env.api.setServer(QUrl(u"http://127.0.0.1:9"_s));
    QVERIFY(w.env.store
                .updateRecord(Core::Entity::Activity, activity.id,
                              {{u"what"_s, u"Count the stock every Tuesday"_s}},
                              w.env.accounts->current().memberId)
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(w.env.scheduler->hold() == Hold::Offline &&
                                 w.env.scheduler->nextAttempt().isValid(),
                             30000);
    QVERIFY2(status->statusText().startsWith(u"Offline — trying again in "_s),
             qPrintable(status->statusText()));
    QVERIFY2(now->text().contains(u"Next try in "_s), qPrintable(now->text()));
    w.env.api.setServer(m_server.url());
    finished.clear();
    w.window.syncAction()->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

void TestUiSyncSchedule::dataUsedIsChartedAndMirroredInArabic()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    w.window.showPage(Ui::Page::Sync);
    auto *usage = w.window.syncView()->findChild<Ui::DataUsageView *>();
    QVERIFY(usage);
    // The sign-in and the first fill were counted.
    const QString today = usage->findChild<QLabel *>(u"dataUsedToday"_s)->text();
    QVERIFY2(today.startsWith(u"Today: "_s) && today.contains(u"KB"_s), qPrintable(today));
    Ui::DataUsageChart *days = usage->daysChart();
    QCOMPARE(days->bars().size(), 30);
    QVERIFY(days->bars().last().bytes > 10'000);
    QCOMPARE(usage->monthsChart()->bars().size(), 6);
    QVERIFY(!days->accessibleDescription().isEmpty());

    // Where today's bar is drawn: the trailing end, on the right in English...
    const auto barColumns = [days]() {
        days->resize(300, days->sizeHint().height());
        const QImage image = days->grab().toImage();
        const QColor bar = days->palette().color(QPalette::Highlight);
        QList<int> columns;
        for (int x = 0; x < image.width(); ++x) {
            for (int y = 0; y < image.height() * 2 / 3; ++y) {
                if (image.pixelColor(x, y) == bar) {
                    columns << x;
                    break;
                }
            }
        }
        return columns;
    };
    QList<int> columns = barColumns();
    QVERIFY(!columns.isEmpty());
    QVERIFY2(columns.first() > 270, qPrintable(QString::number(columns.first())));
    // ... and on the left in Arabic, as the whole window is mirrored.
    w.env.languages.setLanguage(u"ar"_s);
    QTRY_COMPARE(days->layoutDirection(), Qt::RightToLeft);
    QTRY_VERIFY(usage->findChild<QLabel *>(u"dataUsedToday"_s)->text() != today);
    columns = barColumns();
    QVERIFY(!columns.isEmpty());
    QVERIFY2(columns.last() < 30, qPrintable(QString::number(columns.last())));
    w.env.languages.setLanguage(u"en"_s);
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

void TestUiSyncSchedule::diagnosticsHoldNothingPersonal()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    const Core::Record activity = firstActivity(w.env.store);
    const QString secretPlan = u"Visit the Kaur family on Thursday"_s;
    QVERIFY(w.env.store
                .updateRecord(Core::Entity::Activity, activity.id, {{u"what"_s, secretPlan}},
                              w.env.accounts->current().memberId)
                .ok());
    w.window.showPage(Ui::Page::Sync);
    QVERIFY(bringToFront(&w.window));
    QApplication::clipboard()->clear();
    pressKey(Qt::Key_I, Qt::AltModifier); // "Copy d&iagnostics"
    auto *said = w.window.syncView()->findChild<QLabel *>(u"diagnosticsStatus"_s);
    QTRY_VERIFY_WITH_TIMEOUT(said->text().startsWith(u"Diagnostics copied"_s), 30000);
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.contains(u"Server: %1"_s.arg(m_server.url().toString())) &&
                 report.contains(u" answers in "_s),
             qPrintable(report));
    QVERIFY2(report.contains(u"Replica: schema %1"_s.arg(Core::ReplicaMigrations::LatestVersion)),
             qPrintable(report));
    QVERIFY2(report.contains(u"Outbox: 1 waiting, 0 refused"_s), qPrintable(report));
    QVERIFY2(report.contains(u"Signed in: yes"_s), qPrintable(report));
    // Nothing that opens the account, names the person or says what they wrote.
    const Sync::Account &me = w.env.accounts->current();
    for (const QString &secret : {w.env.api.token(), m_server.password(), me.displayName,
                                  me.memberId, secretPlan, activity.text(u"what")}) {
        QVERIFY(!secret.isEmpty());
        QVERIFY2(!report.contains(secret), qPrintable(secret));
    }
    QVERIFY(report.count(u'\n') < 20); // short
    QVERIFY(QTest::qWaitFor([&]() { return !w.env.engine->isRunning(); }, 1000));
    QSignalSpy finished(w.env.engine.get(), &Sync::SyncEngine::finished);
    w.window.syncAction()->trigger();
    QVERIFY(finished.wait(30000));
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

QTEST_MAIN(TestUiSyncSchedule)
#include "tst_ui_syncschedule.moc"

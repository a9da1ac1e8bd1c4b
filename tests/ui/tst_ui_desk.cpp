// A team at one laptop, against a real leadernet-server: the member adds two
// colleagues at the desk with their own passwords, each writes a different
// part of the team's plan after switching author in the window (switching
// back asks for the password, checked offline; a wrong one is refused at the
// field), and after one sync the server holds each change as made with its
// author's own credentials (read from the server's store, not the client).
// Switching author saves what the previous one typed, in their name. The
// plan's History shows the three authors (waiting, then sent), and one click
// restores an earlier value as a change of whoever writes now. The replica
// then equals the server. A co-author whose account is disabled meanwhile
// keeps their change waiting and is told why when signing in again.

#include "deskpanel.h"
#include "deskpassworddialog.h"
#include "editorsession.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "plandocument.h"
#include "plansview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

// The password dialog once it is open and has the keyboard.
Ui::DeskPasswordDialog *dialogWithFocus(Ui::DeskPanel *panel)
{
    if (!QTest::qWaitFor([&]() {
            return panel->openDialog() && panel->openDialog()->isVisible() &&
                   panel->openDialog()->isAncestorOf(QApplication::focusWidget());
        }))
        return nullptr;
    return panel->openDialog();
}

// Adds `username` at the desk the way a person does: the panel's button,
// their name, Tab, their password, Return. Their member id (empty: refused).
QString addAtDesk(SignedInWindow &app, const QString &username, const QString &password)
{
    Ui::DeskPanel *panel = app.window.deskPanel();
    QSignalSpy added(app.env.desk.get(), &Editing::DeskSession::coAuthorAdded);
    auto *add = panel->findChild<QPushButton *>(u"addDeskMemberButton"_s);
    app.window.activateWindow();
    if (!QTest::qWaitForWindowActive(&app.window))
        return {};
    if (!panel->isVisible())
        pressKey(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier); // View › People at this desk
    if (!QTest::qWaitFor([add]() { return add->isVisible() && add->isEnabled(); }))
        return {};
    add->setFocus(Qt::TabFocusReason);
    if (!QTest::qWaitFor([add]() { return QApplication::focusWidget() == add; }))
        return {};
    pressKey(Qt::Key_Space);
    if (!dialogWithFocus(panel))
        return {};
    typeText(username);
    pressKey(Qt::Key_Tab);
    typeText(password);
    pressKey(Qt::Key_Return);
    if (!added.wait(20000))
        return {};
    if (!QTest::qWaitFor([panel]() { return !panel->openDialog(); }))
        return {};
    return added.first().first().value<Sync::Account>().memberId;
}

} // namespace

class TestUiDesk final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        prepareUiTest();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }
    void threeAuthorsAtOneDesk();
    void anotherMemberGetsTheirOwnView();
    void coAuthorWhoseAccountIsDisabled();

private:
    TestCommon::TestServer m_server;
};

void TestUiDesk::threeAuthorsAtOneDesk()
{
    SignedInWindow app(m_server.url());
    QVERIFY(app.signIn(u"member"_s, m_server.password()));
    Editing::DeskSession *desk = app.env.desk.get();
    const QString amina = desk->member().memberId;
    Ui::DeskPanel *panel = app.window.deskPanel();
    auto *author = panel->authorButton();
    QCOMPARE(author->text(), u"Writing as Amina Diallo"_s);

    // View › People at this desk (Ctrl+Shift+D) shows the panel.
    QVERIFY(!panel->isVisible()); // one person: no panel until asked for
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(panel->isVisible());

    // Add two colleagues, each with their own password (checked by the server).
    QHash<QString, QString> ids;
    for (const QString &username : {u"lceesay"_s, u"obah"_s}) {
        ids.insert(username, addAtDesk(app, username, m_server.password()));
        QVERIFY(!ids.value(username).isEmpty());
        QTRY_VERIFY(!panel->openDialog());
        QCOMPARE(desk->activeAuthorId(), ids.value(username));
    }
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    QCOMPARE(author->text(), u"Writing as Ousman Bah"_s);
    QCOMPARE(panel->findChild<QListWidget *>(u"deskPeople"_s)->count(), 3);

    // Each writes a different part of the plan.
    app.window.activateWindow();
    pressKey(Qt::Key_4, Qt::ControlModifier);
    Ui::PlansView *plans = app.window.plansView();
    QVERIFY(plans->selectFirstPlan());
    const QString planId = plans->document()->planId();
    auto write = [&](const QString &section, const QString &text) {
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *edit = plans->findChild<QPlainTextEdit *>(section);
        QVERIFY(edit && !edit->isReadOnly());
        edit->setFocus(Qt::TabFocusReason);
        pressKey(Qt::Key_End, Qt::ControlModifier);
        typeText(text);
        QTRY_VERIFY(
            app.env.store.records().get(Entity::ActionPlan, planId)->text(section).endsWith(text));
    };
    // As Ousman Bah, with no pause long enough to save: the switch below
    // saves his typing, in his name, before Lamin writes.
    Editing::EditorSession *sections = plans->document()->sections();
    sections->setAutosaveDelay(10 * 60 * 1000);
    {
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *edit = plans->findChild<QPlainTextEdit *>(u"root_causes"_s);
        edit->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), edit);
        pressKey(Qt::Key_End, Qt::ControlModifier);
        typeText(u" Orders are placed late."_s);
        QVERIFY(!app.env.store.records()
                     .get(Entity::ActionPlan, planId)
                     ->text(u"root_causes"_s)
                     .endsWith(u"Orders are placed late."_s));
    }

    // Switch to Lamin with the keyboard: Ctrl+Shift+W, then his name.
    auto switchTo = [&](const QString &memberId, const QString &password) {
        app.window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&app.window));
        auto *people = panel->findChild<QListWidget *>(u"deskPeople"_s);
        for (int row = 0; row < people->count(); ++row) {
            if (people->item(row)->data(Qt::UserRole + 1).toString() == memberId)
                people->setCurrentRow(row);
        }
        people->setFocus(Qt::TabFocusReason);
        pressKey(Qt::Key_Return);
        Ui::DeskPasswordDialog *dialog = dialogWithFocus(panel);
        QVERIFY(dialog);
        QCOMPARE(dialog->mode(), Ui::DeskPasswordDialog::Mode::Switch);
        typeText(password);
        pressKey(Qt::Key_Return);
    };
    // A wrong password is refused in the dialog; the author stays.
    switchTo(ids.value(u"lceesay"_s), u"not-his-password"_s);
    auto *error = panel->openDialog()->findChild<QLabel *>(u"deskPasswordError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QCOMPARE(desk->activeAuthorId(), ids.value(u"obah"_s));
    auto *field = panel->openDialog()->findChild<QLineEdit *>(u"deskPassword"_s);
    QCOMPARE(field->text(), u"not-his-password"_s); // kept, selected to retype
    pressKey(Qt::Key_Escape);
    QTRY_VERIFY(!panel->openDialog());

    switchTo(ids.value(u"lceesay"_s), m_server.password());
    QTRY_COMPARE_WITH_TIMEOUT(desk->activeAuthorId(), ids.value(u"lceesay"_s), 20000);
    QCOMPARE(author->text(), u"Writing as Lamin Ceesay"_s);
    QVERIFY(app.env.store.records()
                .get(Entity::ActionPlan, planId)
                ->text(u"root_causes"_s)
                .endsWith(u"Orders are placed late."_s));
    const auto ousmans = app.env.store.outbox().forRecord(Entity::ActionPlan, planId);
    QCOMPARE(ousmans->size(), 1);
    QCOMPARE(ousmans->first().authorId, ids.value(u"obah"_s));
    QVERIFY(ousmans->first()
                .fields.value("root_causes"_L1)
                .toString()
                .endsWith(u"Orders are placed late."_s));
    sections->setAutosaveDelay(1000);
    write(u"current_situation"_s, u" Three facilities report monthly."_s);

    switchTo(amina, m_server.password());
    QTRY_COMPARE_WITH_TIMEOUT(desk->activeAuthorId(), amina, 20000);
    write(u"priority_actions"_s, u" Train the storekeepers first."_s);

    // The History tab (Alt+Y) has the three changes, waiting to be sent,
    // each under its author's name.
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    plans->findChild<QPlainTextEdit *>(u"priority_actions"_s)->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Y, Qt::AltModifier);
    auto *history = plans->findChild<QTreeView *>(u"planHistory"_s);
    QVERIFY(history);
    QTRY_VERIFY(history->isVisible());
    auto historyRows = [&](bool pending) {
        QStringList rows;
        auto *model = history->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString when = model->index(r, 0).data().toString();
            if (when.endsWith(u"(not sent yet)"_s) == pending) {
                rows << model->index(r, 1).data().toString() + u": "_s +
                            model->index(r, 2).data().toString();
            }
        }
        rows.sort();
        return rows;
    };
    const QStringList expected{u"Amina Diallo: Priority actions"_s,
                               u"Lamin Ceesay: Current situation"_s, u"Ousman Bah: Root causes"_s};
    QTRY_COMPARE(historyRows(true), expected);

    // One sync; the server applied each change with its author's token.
    QSignalSpy synced(app.env.engine.get(), &Sync::SyncEngine::finished);
    app.window.activateWindow();
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    QSet<QString> authors;
    {
        QSqlDatabase db = m_server.openStore(u"deskAuthors"_s);
        QVERIFY(db.isOpen());
        QSqlQuery q(db);
        QVERIFY(
            q.prepare(u"SELECT member_id FROM applied_ops WHERE entity = ? AND record_id = ?"_s));
        q.addBindValue(QString(Entity::ActionPlan));
        q.addBindValue(planId);
        QVERIFY(q.exec());
        while (q.next())
            authors.insert(q.value(0).toString());
    }
    QSqlDatabase::removeDatabase(u"deskAuthors"_s);
    QCOMPARE(authors, (QSet<QString>{amina, ids.value(u"lceesay"_s), ids.value(u"obah"_s)}));
    const QString token = m_server.login(u"obah"_s);
    const QJsonObject onServer =
        m_server.records(token).value(u"action_plan/"_s + planId).value("fields"_L1).toObject();
    QVERIFY(onServer.value("root_causes"_L1).toString().endsWith(u"Orders are placed late."_s));
    QVERIFY(onServer.value("current_situation"_L1)
                .toString()
                .endsWith(u"Three facilities report monthly."_s));
    QVERIFY(onServer.value("priority_actions"_L1)
                .toString()
                .endsWith(u"Train the storekeepers first."_s));
    // The server recorded who did what; the sync brought it back: the same
    // three changes, sent now.
    QTRY_COMPARE(historyRows(false), expected);
    QCOMPARE(historyRows(true), QStringList());

    // Amina puts back what the current situation said before Lamin's
    // change: one click on his change, one on "Restore earlier value".
    auto *model = history->model();
    int laminsRow = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->index(r, 1).data().toString() == u"Lamin Ceesay"_s)
            laminsRow = r;
    }
    QVERIFY(laminsRow >= 0);
    const QString earlier = model->index(laminsRow, 3).data(Qt::ToolTipRole).toString();
    QVERIFY(!earlier.endsWith(u"Three facilities report monthly."_s));
    const QRect rowRect = history->visualRect(model->index(laminsRow, 2));
    QTest::mouseClick(history->viewport(), Qt::LeftButton, {}, rowRect.center());
    auto *detail = plans->findChild<QTextBrowser *>(u"historyDetail"_s);
    QTRY_VERIFY(detail->toPlainText().contains(u"Lamin Ceesay"_s));
    auto *restore = plans->findChild<QPushButton *>(u"restoreChangeButton"_s);
    QVERIFY(restore->isEnabled());
    QTest::mouseClick(restore, Qt::LeftButton);
    QTRY_COMPARE(
        app.env.store.records().get(Entity::ActionPlan, planId)->text(u"current_situation"_s),
        earlier);
    QCOMPARE(plans->findChild<QPlainTextEdit *>(u"current_situation"_s)->toPlainText(), earlier);
    QTRY_COMPARE(historyRows(true), QStringList{u"Amina Diallo: Current situation"_s});

    // Sent, it is one more change of Amina's in everyone's history.
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    QTRY_COMPARE(historyRows(true), QStringList());
    QTRY_VERIFY(historyRows(false).contains(u"Amina Diallo: Current situation"_s));
    QCOMPARE(m_server.records(token)
                 .value(u"action_plan/"_s + planId)
                 .value("fields"_L1)
                 .toObject()
                 .value("current_situation"_L1)
                 .toString(),
             earlier);
    QCOMPARE(differencesFromServer(app.env), QStringList());
}

// One profile, two members one after the other: signing out hides the
// replica; the next member's sync brings their own records and nothing of
// the first's; the first member's unsent change waits in their name.
void TestUiDesk::anotherMemberGetsTheirOwnView()
{
    SignedInWindow app(m_server.url());
    QVERIFY(app.signIn(u"obah"_s, m_server.password()));
    const QString obah = app.env.desk->member().memberId;
    auto *cover = app.window.findChild<QStackedWidget *>(u"signedOutCover"_s);
    QCOMPARE(cover->currentIndex(), 0);
    Ui::PlansView *plans = app.window.plansView();
    QVERIFY(plans->selectFirstPlan());
    const QString obahPlan = plans->document()->planId();
    plans->document()->sections()->setValue(u"vision"_s, u"Written offline by Ousman"_s);
    QVERIFY(plans->document()->sections()->save().ok());
    QCOMPARE(*app.env.store.outbox().pendingCount(), 1);

    // File › Sign out…: the content is hidden at once.
    app.env.prompter.answer = true;
    QAction *signOut = nullptr;
    for (QAction *a : app.window.findChildren<QAction *>()) {
        if (a->text() == u"Sign &out…"_s)
            signOut = a;
    }
    QVERIFY(signOut);
    QSignalSpy out(app.env.desk.get(), &Editing::DeskSession::signedOut);
    signOut->trigger();
    QVERIFY(out.wait(10000));
    QCOMPARE(cover->currentIndex(), 1);
    QVERIFY(!plans->isVisible());

    // A member of another team signs in on the same profile.
    QSignalSpy synced(app.env.engine.get(), &Sync::SyncEngine::finished);
    app.session.start(u"gachieng"_s, m_server.password());
    QVERIFY(synced.wait(60000));
    QTRY_COMPARE(cover->currentIndex(), 0);
    QVERIFY(app.env.desk->member().memberId != obah);
    QVERIFY(!app.env.store.records().get(Entity::ActionPlan, obahPlan).ok());
    QVERIFY(plans->selectFirstPlan());
    QVERIFY(plans->document()->planId() != obahPlan);
    QCOMPARE(differencesFromServer(app.env), QStringList());
    // Ousman's change waits for him: never sent in Grace's name.
    const auto pending = app.env.store.outbox().pending().value();
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().authorId, obah);
    const QJsonObject onServer = m_server.records(m_server.login(u"obah"_s))
                                     .value(u"action_plan/"_s + obahPlan)
                                     .value("fields"_L1)
                                     .toObject();
    QVERIFY(onServer.value("vision"_L1).toString() != u"Written offline by Ousman"_s);
}

// A co-author's account is disabled on the server while their change waits:
// the sync sends the others' changes, theirs waits under their name; the
// panel says they are signed out, and signing in again says in the dialog
// that the account is disabled (the password typed stays). Enabled again,
// they sign in and their change reaches the server.
void TestUiDesk::coAuthorWhoseAccountIsDisabled()
{
    SignedInWindow app(m_server.url());
    QVERIFY(app.signIn(u"member"_s, m_server.password()));
    Ui::DeskPanel *panel = app.window.deskPanel();
    const QString fatou = addAtDesk(app, u"fjallow"_s, m_server.password());
    QVERIFY(!fatou.isEmpty());
    QCOMPARE(app.env.desk->activeAuthorId(), fatou);

    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_4, Qt::ControlModifier);
    Ui::PlansView *plans = app.window.plansView();
    QVERIFY(plans->selectFirstPlan());
    const QString planId = plans->document()->planId();
    auto *edit = plans->findChild<QPlainTextEdit *>(u"measurable_result"_s);
    edit->setFocus(Qt::TabFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), edit);
    pressKey(Qt::Key_End, Qt::ControlModifier);
    typeText(u" Checked monthly."_s);
    QTRY_VERIFY(app.env.store.outbox().pendingCount().value() == 1);

    const auto admin = [&](const QString &command) {
        return TestCommon::TestServer::run(QStringList{command} + m_server.storeArguments()
                                           << u"fjallow"_s);
    };
    QCOMPARE(admin(u"disable"_s).exitCode, 0);
    QSignalSpy synced(app.env.engine.get(), &Sync::SyncEngine::finished);
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    const auto waiting = app.env.store.outbox().pending();
    QCOMPARE(waiting->size(), 1);
    QCOMPARE(waiting->first().authorId, fatou); // still hers, never sent as anyone else
    auto *people = panel->findChild<QListWidget *>(u"deskPeople"_s);
    auto lineOf = [&](const QString &memberId) {
        for (int row = 0; row < people->count(); ++row) {
            if (people->item(row)->data(Qt::UserRole + 1).toString() == memberId)
                return people->item(row)->text();
        }
        return QString();
    };
    // The panel says she is signed out; "Sign in again…" tells why.
    QTRY_VERIFY(app.env.desk->person(fatou) && !app.env.desk->person(fatou)->hasToken);
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    for (int row = 0; row < people->count(); ++row) {
        if (people->item(row)->data(Qt::UserRole + 1).toString() == fatou)
            people->setCurrentRow(row);
    }
    people->setFocus(Qt::TabFocusReason);
    auto *again = panel->findChild<QPushButton *>(u"signInAgainButton"_s);
    QVERIFY(again);
    QTRY_VERIFY(again->isVisible());
    QTest::mouseClick(again, Qt::LeftButton);
    Ui::DeskPasswordDialog *dialog = dialogWithFocus(panel);
    QVERIFY(dialog);
    QCOMPARE(dialog->mode(), Ui::DeskPasswordDialog::Mode::SignInAgain);
    typeText(m_server.password());
    pressKey(Qt::Key_Return);
    auto *error = dialog->findChild<QLabel *>(u"deskPasswordError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 20000);
    QVERIFY2(error->text().contains(u"disabled"_s), qPrintable(error->text()));
    QCOMPARE(dialog->findChild<QLineEdit *>(u"deskPassword"_s)->text(), m_server.password());
    QTRY_VERIFY(lineOf(fatou).contains(u"account disabled"_s));
    pressKey(Qt::Key_Escape);
    QTRY_VERIFY(!panel->openDialog());

    // Enabled again: she signs in, and her change goes with the next sync.
    QCOMPARE(admin(u"activate"_s).exitCode, 0);
    QTest::mouseClick(again, Qt::LeftButton);
    dialog = dialogWithFocus(panel);
    QVERIFY(dialog);
    typeText(m_server.password());
    pressKey(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(app.env.desk->person(fatou)->hasToken, 20000);
    QVERIFY(!lineOf(fatou).contains(u"disabled"_s));
    app.window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&app.window));
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.last().first().toBool());
    QCOMPARE(app.env.store.outbox().pendingCount().value(), 0);
    const QString token = m_server.login(u"fjallow"_s);
    QVERIFY(m_server.records(token)
                .value(u"action_plan/"_s + planId)
                .value("fields"_L1)
                .toObject()
                .value("measurable_result"_L1)
                .toString()
                .endsWith(u"Checked monthly."_s));
    QCOMPARE(differencesFromServer(app.env), QStringList());
}

QTEST_MAIN(TestUiDesk)
#include "tst_ui_desk.moc"

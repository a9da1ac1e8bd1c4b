// The Members page against a real server, by keyboard: after the first sync
// it lists exactly the member records the server let this person pull; one
// search box finds members by name, country, organisation and language (by
// the language's name, whatever accents are typed); the arrows move through
// the matches while the profile beside them follows; a profile shown follows
// a sync that changes it; Home lists the person's team, and Return on one of
// them opens their profile on the Members page; in Arabic the profile reads
// from the right. Offline, a community of 9,000 arriving in one pull is read
// a batch at a time, and the search still finds one member among them.

#include "entityschema.h"
#include "homeview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "membermodel.h"
#include "membersview.h"
#include "modelroles.h"
#include "record.h"
#include "syncengine.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

QStringList listed(const QAbstractItemView *list, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int row = 0; row < list->model()->rowCount(); ++row)
        out << list->model()->index(row, 0).data(role).toString();
    return out;
}

// The replica's members for whom `keep` holds, by name.
template<typename Keep> QStringList membersWhere(UiTestEnv &env, Keep keep)
{
    QStringList names;
    for (const Core::Record &m : env.store.records().list(Entity::Member).value()) {
        if (keep(m))
            names << m.text(u"display_name");
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

QString memberId(UiTestEnv &env, const QString &username)
{
    const auto members = env.store.records().list(Entity::Member, u"username", username);
    return members && !members->isEmpty() ? members->first().id : QString();
}

} // namespace

class TestUiMembers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareUiTest(); }
    void directoryFindsAndShowsMembers();
    void thousandsArriveInBatches();
};

void TestUiMembers::directoryFindsAndShowsMembers()
{
    TestCommon::TestServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    SignedInWindow app(server.url());
    app.env.languages.setLanguage(u"en"_s);
    QVERIFY(app.signIn(u"member"_s, server.password()));
    UiTestEnv &env = app.env;
    Ui::MainWindow &window = app.window;

    // Ctrl+8 and the page: every member the server lets this person see, no
    // other, and the replica holds the same ones.
    pressKey(Qt::Key_8, Qt::ControlModifier);
    QCOMPARE(window.currentPage(), Ui::Page::Members);
    auto *search = window.findChild<QLineEdit *>(u"membersSearch"_s);
    auto *list = window.findChild<QListView *>(u"membersList"_s);
    auto *profile = window.findChild<QTextBrowser *>(u"memberProfile"_s);
    QVERIFY(search && list && profile);
    QVERIFY(search->isVisible() && list->isVisible() && profile->isVisible());
    for (QWidget *w : {static_cast<QWidget *>(search), static_cast<QWidget *>(list),
                       static_cast<QWidget *>(profile)})
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
    const QString token = server.login(u"member"_s);
    QVERIFY(!token.isEmpty());
    QSet<QString> fromServer;
    for (const QString &key : server.records(token).keys()) {
        if (key.startsWith(u"member/"_s))
            fromServer.insert(key.mid(7));
    }
    QVERIFY(fromServer.size() > 30); // the demo community: member profiles are public
    const QStringList ids = listed(list, Ui::IdRole);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()), fromServer);
    QCOMPARE(ids.size(), fromServer.size()); // each once
    QCOMPARE(*env.store.records().count(Entity::Member), int(fromServer.size()));
    QStringList sorted = listed(list);
    QCOMPARE(sorted.first(), u"Aibek Toktogulov"_s); // by name
    QVERIFY(profile->toPlainText().contains(u"Choose a member"_s));

    // Ctrl+F: the page's own search. By name, ignoring case and accents.
    pressKey(Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(QApplication::focusWidget(), search);
    QTest::keyClicks(search, u"traore"_s);
    QCOMPARE(listed(list), QStringList{u"Moussa Traoré"_s});
    // The first match is shown while typing.
    QTRY_VERIFY(profile->toPlainText().contains(u"Facilitateur principal"_s));
    QVERIFY(profile->toPlainText().contains(u"Roles: Facilitator"_s));
    pressKey(Qt::Key_Escape); // clears the search
    QVERIFY(search->text().isEmpty());
    QCOMPARE(list->model()->rowCount(), int(fromServer.size()));

    // By country, by organisation.
    QTest::keyClicks(search, u"Nepal"_s);
    QCOMPARE(listed(list), membersWhere(env, [](const Core::Record &m) {
                 return m.text(u"country") == u"Nepal";
             }));
    QCOMPARE(list->model()->rowCount(), 7);
    pressKey(Qt::Key_Escape);
    QTest::keyClicks(search, u"kisumu county"_s);
    QCOMPARE(listed(list), membersWhere(env, [](const Core::Record &m) {
                 return m.text(u"organisation").contains(u"Kisumu County"_s);
             }));
    QCOMPARE(list->model()->rowCount(), 6);
    pressKey(Qt::Key_Escape);

    // By language: its name in the UI's language, and its name as shown.
    QTest::keyClicks(search, u"Russian"_s);
    const QStringList russian = {u"Aibek Toktogulov"_s, u"Nigora Karimova"_s};
    QCOMPARE(listed(list), russian);
    pressKey(Qt::Key_Escape);
    typeText(u"русский"_s); // not Latin-1: as a keyboard layout types it
    QCOMPARE(listed(list), russian);
    pressKey(Qt::Key_Escape);
    QTest::keyClicks(search, u"arabic"_s);
    QCOMPARE(listed(list), (QStringList{u"Hala Mahmoud"_s, u"Youssef El Amrani"_s}));
    pressKey(Qt::Key_Escape);
    QTest::keyClicks(search, u"nobody-by-this-name"_s);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(window.findChild<QLabel *>(u"membersCount"_s)->text().contains(u"No member"_s));
    pressKey(Qt::Key_Escape);

    // The arrows: from the search into the matches, the profile following.
    QTest::keyClicks(search, u"Kenya"_s);
    QCOMPARE(list->model()->rowCount(), 6);
    pressKey(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), list);
    QCOMPARE(list->currentIndex().data().toString(), u"Grace Achieng"_s);
    QVERIFY(profile->toPlainText().contains(u"Sub-County Medical Officer of Health"_s));
    pressKey(Qt::Key_Down);
    QCOMPARE(list->currentIndex().data().toString(), u"Joseph Mwangi"_s);
    const QString text = profile->toPlainText();
    for (const QString &part :
         {u"Joseph Mwangi"_s, u"Sub-County Immunization Coordinator"_s,
          u"County Department of Health, Kisumu County"_s, u"Country: Kenya"_s,
          u"Languages: English"_s, u"Roles: Member"_s, u"Runs the vaccine store"_s})
        QVERIFY2(text.contains(part), qPrintable(part + u" in: "_s + text));
    pressKey(Qt::Key_Up);
    QCOMPARE(list->currentIndex().data().toString(), u"Grace Achieng"_s);

    // A sync that brings Grace's changed profile changes the one shown.
    const QString grace = server.login(u"gachieng"_s);
    QVERIFY(!grace.isEmpty());
    const auto changed = server.post(
        u"/api/v1/profile"_s,
        QJsonDocument(QJsonObject{{u"position"_s, u"County Director of Health"_s}}).toJson(),
        grace);
    QVERIFY2(changed.status == 200, changed.body.constData());
    QSignalSpy synced(env.engine.get(), &Sync::SyncEngine::finished);
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(30000));
    QVERIFY(synced.first().first().toBool());
    QTRY_VERIFY(profile->toPlainText().contains(u"County Director of Health"_s));
    QCOMPARE(list->currentIndex().data().toString(), u"Grace Achieng"_s); // still chosen
    QCOMPARE(QApplication::focusWidget(), list);

    // Home: the member's team, without them; Return opens a profile (the
    // search that hid it gives way).
    pressKey(Qt::Key_1, Qt::ControlModifier);
    auto *team = window.findChild<QListWidget *>(u"homeTeamMembers"_s);
    QVERIFY(team);
    QTRY_VERIFY(team->isVisible());
    QCOMPARE(listed(team), (QStringList{u"Fatou Jallow"_s, u"Isatou Touray"_s, u"Lamin Ceesay"_s,
                                        u"Ousman Bah"_s}));
    QVERIFY(!team->accessibleName().isEmpty());
    team->setFocus(Qt::TabFocusReason);
    while (team->currentIndex().data().toString() != u"Lamin Ceesay"_s &&
           team->currentRow() < team->count() - 1)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    QCOMPARE(window.currentPage(), Ui::Page::Members);
    QCOMPARE(window.membersView()->currentMemberId(), memberId(env, u"lceesay"_s));
    QCOMPARE(list->currentIndex().data().toString(), u"Lamin Ceesay"_s);
    QVERIFY(search->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), list);
    QVERIFY(profile->toPlainText().contains(u"Public Health Officer"_s));
    QVERIFY(profile->toPlainText().contains(u"Country: The Gambia"_s));

    // In Arabic the window mirrors and the profile reads from the right.
    env.languages.setLanguage(u"ar"_s);
    QTRY_COMPARE(window.layoutDirection(), Qt::RightToLeft);
    QTRY_COMPARE(profile->document()->firstBlock().blockFormat().layoutDirection(),
                 Qt::RightToLeft);
    QVERIFY(profile->toPlainText().contains(u"Lamin Ceesay"_s));
    env.languages.setLanguage(u"en"_s);
}

void TestUiMembers::thousandsArriveInBatches()
{
    UiTestEnv env;
    env.fill();
    Ui::MemberModel model(&env.store);
    Ui::MembersView view(&env.store, &model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const int before = model.rowCount();
    QVERIFY(before > 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &Ui::MemberModel::membersChanged);

    constexpr int Community = 9000;
    QList<Core::Record> records;
    for (int i = 0; i < Community; ++i) {
        Core::Record r;
        r.entity = QString(Entity::Member);
        r.id = Core::newRecordId();
        r.revision = 1000 + i;
        r.updatedAt = Core::nowUtc();
        r.updatedBy = r.id;
        r.fields = {{u"username"_s, u"m%1"_s.arg(i)},
                    {u"display_name"_s, u"Member %1"_s.arg(i)},
                    {u"country"_s, i % 2 ? u"Peru"_s : u"Nepal"_s},
                    {u"organisation"_s, u"District %1"_s.arg(i % 50)},
                    {u"position"_s, QString()},
                    {u"languages"_s, QJsonArray{u"es"_s}},
                    {u"roles"_s, QJsonArray{u"member"_s}},
                    {u"bio"_s, QString()},
                    {u"joined"_s, u"2024-01-01"_s}};
        records << r;
    }
    QVERIFY(env.store.applyPulled(records, {}, 5000).ok());
    // Read a batch per turn of the event loop: none yet, then all, in rows
    // inserted (never a reset), announced once.
    QCOMPARE(model.rowCount(), before);
    QTRY_COMPARE(model.rowCount(), before + Community);
    QVERIFY(inserted.size() > 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(changed.size(), 1);

    auto *search = view.findChild<QLineEdit *>(u"membersSearch"_s);
    auto *list = view.findChild<QListView *>(u"membersList"_s);
    QVERIFY(search && list);
    search->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(search, u"member 8999"_s);
    QCOMPARE(listed(list), QStringList{u"Member 8999"_s});
    pressKey(Qt::Key_Escape);
    QCOMPARE(list->model()->rowCount(), before + Community);
}

QTEST_MAIN(TestUiMembers)
#include "tst_ui_members.moc"

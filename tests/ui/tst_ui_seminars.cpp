// Taking part in a seminar in the window, by keyboard: join it, write a reply
// offline (the draft survives closing the app), send it (waiting to be sent),
// see a post longer than the server takes kept with its message, and take a
// refused post back to edit it; then, against a real server, a reply written
// here reaches a colleague's computer under the post it answers, and both
// replicas equal the server.

#include "attachmentref.h"
#include "conversationmodel.h"
#include "database.h"
#include "entityschema.h"
#include "homeview.h"
#include "languagemanager.h"
#include "mainwindow.h"
#include "modelroles.h"
#include "postcomposer.h"
#include "record.h"
#include "seminarmodel.h"
#include "seminarsview.h"
#include "sessioncontroller.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

template<typename T> T *find(QWidget *parent, const QString &name)
{
    return parent->findChild<T *>(name);
}

// The member takes part in the demo seminar (as if they had joined it).
bool takePart(UiTestEnv &env, const DemoIds &ids)
{
    Core::Record participant;
    participant.entity = Entity::SeminarParticipant;
    participant.fields = {
        {u"seminar_id"_s, ids.seminar}, {u"member_id"_s, ids.me}, {u"joined_at"_s, Core::nowUtc()}};
    return env.store.createRecord(participant, ids.me).ok();
}

// Writes `bytes` to `path`, then attaches it in `dialog` as a person does:
// Ctrl+Shift+A, the file chosen (the prompter's answer); true once the
// dialog's file list shows it.
bool attachByKeyboard(FakePrompter &prompter, const QWidget *dialog, const QString &path,
                      const QByteArray &bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return false;
    f.close();
    prompter.openPath = path;
    pressKey(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    return QTest::qWaitFor([dialog]() {
        const auto *list = dialog->findChild<QListWidget *>(u"attachmentList"_s);
        return list && list->count() == 1;
    });
}

QList<Core::Record> postsBy(const Core::LocalStore &store, const QString &threadId,
                            const QString &author)
{
    QList<Core::Record> out;
    for (const Core::Record &p :
         store.records().list(Entity::Post, u"thread_id", threadId).value()) {
        if (p.text(u"author_id") == author)
            out << p;
    }
    return out;
}

} // namespace

class TestUiSeminars final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { prepareUiTest(); }
    void joinWriteAndSendOffline();
    void newPostsAreMarkedUntilRead();
    void draftThatCannotBeKeptIsSaid();
    void seminarStatusIsAPlainCountdown();
    void replyReachesAColleague();
    void ownPostIsEditedAndDeleted();
    void facilitatorHidesPinsAndCloses();
};

void TestUiSeminars::joinWriteAndSendOffline()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    env.languages.setLanguage(u"en"_s);
    const QString typed = u"Thank you, Rosa. I lead the district pharmacy team."_s;
    {
        Ui::MainWindow window(env.services());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pressKey(Qt::Key_3, Qt::ControlModifier);
        Ui::SeminarsView *view = window.seminarsView();
        QVERIFY(view->showItem(ids.thread));
        auto *join = find<QPushButton>(view, u"joinSeminarButton"_s);
        auto *editor = find<QPlainTextEdit>(view, u"postComposer"_s);
        QVERIFY(join && editor);
        QVERIFY(join->isVisible());
        QVERIFY(!editor->isVisible()); // not a participant yet
        join->setFocus(Qt::TabFocusReason);
        pressKey(Qt::Key_Space);
        QVERIFY(!join->isVisible());
        QTRY_VERIFY(editor->isVisible());
        QCOMPARE(env.store.records().list(Entity::SeminarParticipant, u"member_id", ids.me)->size(),
                 1);

        // Return on Rosa's welcome in the thread answers it; then the text, typed.
        auto *replyTo = find<QComboBox>(view, u"replyToChoice"_s);
        auto *posts = find<QListView>(view, u"threadPosts"_s);
        QVERIFY(replyTo && posts);
        posts->setFocus(Qt::TabFocusReason);
        QCOMPARE(posts->currentIndex().data(Ui::IdRole).toString(), ids.post1);
        pressKey(Qt::Key_Return);
        QCOMPARE(replyTo->currentData().toString(), ids.post1);
        QCOMPARE(QApplication::focusWidget(), editor);
        QTest::keyClicks(editor, typed);
        QCOMPARE(editor->toPlainText(), typed);
    } // the window closes before the autosave pause is over

    Ui::MainWindow window(env.services());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(Ui::Page::Seminars);
    Ui::SeminarsView *view = window.seminarsView();
    QVERIFY(view->showItem(ids.thread));
    auto *editor = find<QPlainTextEdit>(view, u"postComposer"_s);
    auto *replyTo = find<QComboBox>(view, u"replyToChoice"_s);
    auto *error = find<QLabel>(view, u"postComposerError"_s);
    auto *send = find<QPushButton>(view, u"sendPostButton"_s);
    QVERIFY(editor && replyTo && error && send);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->toPlainText(), typed); // the draft came back
    QCOMPARE(replyTo->currentData().toString(), ids.post1);
    QCOMPARE(*env.store.outbox().pendingCount(), 1); // only the join: drafts are not synced

    // Too long for the server: said at the field, nothing sent, nothing lost.
    const QString tooLong(Core::MaxPostLength + 5, u'x');
    QApplication::clipboard()->setText(tooLong);
    editor->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_End, Qt::ControlModifier);
    pressKey(Qt::Key_V, Qt::ControlModifier);
    QVERIFY(!error->text().isEmpty());
    QVERIFY2(error->text().contains(u"too long"_s), qPrintable(error->text()));
    QVERIFY(!send->isEnabled());
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(postsBy(env.store, ids.thread, ids.me).size(), 1); // the reply from fill() only
    QVERIFY(editor->toPlainText().endsWith(tooLong));
    pressKey(Qt::Key_Z, Qt::ControlModifier); // the paste undone in the editor
    QCOMPARE(editor->toPlainText(), typed);
    QTRY_VERIFY(error->text().isEmpty());

    // Sent with Ctrl+Return: in the thread at once, waiting for the sync.
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    const auto mine = postsBy(env.store, ids.thread, ids.me);
    QCOMPARE(mine.size(), 2);
    Core::Record sent;
    for (const Core::Record &p : mine) {
        if (p.text(u"body") == typed)
            sent = p;
    }
    QCOMPARE(sent.text(u"parent_id"), ids.post1);
    QVERIFY(!sent.text(u"created_at").isEmpty());
    QCOMPARE(editor->toPlainText(), QString());
    QCOMPARE(*env.store.outbox().pendingCount(), 2);
    QTRY_VERIFY(threadText(view).contains(typed));
    QVERIFY(threadText(view).contains(u"Waiting to be sent"_s));

    // The server refuses it (the seminar had closed): the reason, in words,
    // and the text can come back into the composer.
    const auto op = env.store.outbox().forRecord(Entity::Post, sent.id)->first();
    QVERIFY(env.store.reject(op.opId, u"the seminar closed"_s, u"closed"_s).ok());
    auto *refused = find<QLabel>(view, u"refusedPostLabel"_s);
    auto *takeBack = find<QPushButton>(view, u"takeBackButton"_s);
    QTRY_VERIFY(refused->isVisible());
    QVERIFY2(refused->text().contains(u"had closed"_s), qPrintable(refused->text()));
    takeBack->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QCOMPARE(editor->toPlainText(), typed);
    QCOMPARE(replyTo->currentData().toString(), ids.post1);
    QVERIFY(!env.store.records().get(Entity::Post, sent.id).ok());
    QTRY_VERIFY(!refused->isVisible());
}

void TestUiSeminars::newPostsAreMarkedUntilRead()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    QVERIFY(env.store.readState().setDefaultIfUnset().ok()); // as after the first sync
    env.languages.setLanguage(u"en"_s);
    Ui::MainWindow window(env.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tree = find<QTreeView>(window.seminarsView(), u"seminarTree"_s);
    QVERIFY(tree);
    // The first seminar's first thread: its status column.
    auto status = [tree]() {
        const QAbstractItemModel *m = tree->model();
        return m->index(0, Ui::SeminarModel::StatusColumn, m->index(0, 0)).data().toString();
    };
    QCOMPARE(status(), u"2 posts"_s);

    // A colleague's reply arrives with a sync.
    Core::Record reply{QString(Entity::Post),
                       Core::newRecordId(),
                       9,
                       {{u"thread_id"_s, ids.thread},
                        {u"parent_id"_s, ids.post1},
                        {u"author_id"_s, ids.colleague},
                        {u"body"_s, u"Hello from Kumasi."_s},
                        {u"created_at"_s, Core::nowUtc()}},
                       QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs),
                       ids.colleague};
    QVERIFY(env.store.applyPulled({reply}, {}, 9).ok());
    QTRY_COMPARE(status(), u"1 new"_s);
    const QModelIndex thread = tree->model()->index(0, 0, tree->model()->index(0, 0));
    QVERIFY(thread.data(Qt::FontRole).value<QFont>().bold());
    auto homeSays = [&](const QString &text) {
        const QList<QLabel *> labels = window.homeView()->findChildren<QLabel *>();
        return std::any_of(labels.cbegin(), labels.cend(),
                           [&](const QLabel *l) { return l->text() == text; });
    };
    QTRY_VERIFY(homeSays(u"New posts: 1 in 1 seminar."_s));

    // Reading the thread shows what is new, then counts it as read.
    window.showPage(Ui::Page::Seminars);
    QVERIFY(window.seminarsView()->showItem(ids.thread));
    QTRY_VERIFY(threadText(window.seminarsView()).contains(u"Hello from Kumasi."_s));
    QVERIFY(threadText(window.seminarsView()).contains(u" New"_s));
    QTRY_COMPARE(status(), u"3 posts"_s);
    QVERIFY(!thread.data(Qt::FontRole).value<QFont>().bold());
    // The member's own posts are never new to them.
    QVERIFY(window.seminarsView()->showItem(ids.seminar));
    QVERIFY(window.seminarsView()->showItem(ids.thread));
    QTRY_VERIFY(threadText(window.seminarsView()).contains(u"Hello from Kumasi."_s));
    QVERIFY(!threadText(window.seminarsView()).contains(u" New"_s));
}

// The member edits their own reply (F2, Ctrl+Return) and deletes it (Del,
// Return), with the keyboard only: the thread says "edited", keeps the
// earlier text in the post's history, then shows where the post was.
void TestUiSeminars::ownPostIsEditedAndDeleted()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    env.languages.setLanguage(u"en"_s);
    QVERIFY(takePart(env, ids));
    Ui::MainWindow window(env.services());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    pressKey(Qt::Key_3, Qt::ControlModifier);
    Ui::SeminarsView *view = window.seminarsView();
    QVERIFY(view->showItem(ids.thread));
    auto *posts = find<QListView>(view, u"threadPosts"_s);
    QTRY_VERIFY(posts->isVisible());
    posts->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Down);
    QCOMPARE(posts->currentIndex().data(Ui::IdRole).toString(), ids.reply1);

    // F2: the post in an editor; a new text; Ctrl+Return saves it.
    pressKey(Qt::Key_F2);
    QTRY_VERIFY(window.findChild<QDialog *>(u"postEditDialog"_s));
    auto *dialog = window.findChild<QDialog *>(u"postEditDialog"_s);
    auto *editor = dialog->findChild<QPlainTextEdit *>(u"postEditor"_s);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QCOMPARE(editor->toPlainText(), u"Hello from the district office."_s);
    pressKey(Qt::Key_A, Qt::ControlModifier);
    pressKey(Qt::Key_Delete);
    pressKey(Qt::Key_Return, Qt::ControlModifier); // empty: said, not saved
    QVERIFY(dialog->findChild<QLabel *>(u"postEditError"_s)->text().contains(u"empty"_s));
    const QString edited = u"Hello from the district health office in Kumasi."_s;
    QTest::keyClicks(editor, edited);
    // And the office's photo, attached in the same edit (Ctrl+Shift+A).
    QTemporaryDir files;
    QVERIFY(attachByKeyboard(env.prompter, dialog, files.filePath(u"office.jpg"_s),
                             "\xff\xd8\xff office"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!window.findChild<QDialog *>(u"postEditDialog"_s));
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    const auto post = env.store.records().get(Entity::Post, ids.reply1);
    QCOMPARE(post->text(u"body"), edited);
    QVERIFY(!post->text(u"edited_at").isEmpty());
    QCOMPARE(Core::attachmentsFrom(post->fields.value(Core::AttachmentsField)).size(), 1);
    const QJsonArray history = post->fields.value("history"_L1).toArray();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().toObject().value("body"_L1).toString(),
             u"Hello from the district office."_s);
    QTRY_VERIFY(threadText(view).contains(edited));
    QVERIFY(threadText(view).contains(u"edited "_s));
    QTRY_COMPARE(QApplication::focusWidget(), posts);
    QCOMPARE(posts->currentIndex().data(Ui::IdRole).toString(), ids.reply1);
    QCOMPARE(posts->currentIndex()
                 .data(Ui::ConversationModel::HistoryRole)
                 .toStringList()
                 .first()
                 .endsWith(u"Hello from the district office."_s),
             true);
    // One change on the wire for the edit (with the join: two).
    QCOMPARE(*env.store.outbox().pendingCount(), 2);

    // Del asks first; Return deletes: the text goes, the place stays.
    pressKey(Qt::Key_Delete);
    QTRY_VERIFY(window.findChild<QMessageBox *>(u"deletePostQuestion"_s));
    auto *question = window.findChild<QMessageBox *>(u"deletePostQuestion"_s);
    QTRY_VERIFY(question->isVisible());
    QTRY_VERIFY(question->isAncestorOf(QApplication::focusWidget()));
    pressKey(Qt::Key_Return);
    QTRY_VERIFY(!env.store.records().get(Entity::Post, ids.reply1)->text(u"deleted_at").isEmpty());
    QCOMPARE(env.store.records().get(Entity::Post, ids.reply1)->text(u"body"), QString());
    QTRY_VERIFY(threadText(view).contains(u"Deleted by its author"_s));
    QVERIFY(!threadText(view).contains(edited));
}

// A facilitator hides a post and pins and closes the thread, from the
// buttons under it; a participant then reads the closed thread, the hidden
// post in its place, and cannot answer.
void TestUiSeminars::facilitatorHidesPinsAndCloses()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    DemoIds asFacilitator = ids;
    asFacilitator.me = ids.facilitator;
    QVERIFY(env.signInOffline(asFacilitator, {u"facilitator"_s}));
    env.languages.setLanguage(u"en"_s);
    {
        Ui::MainWindow window(env.services());
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        pressKey(Qt::Key_3, Qt::ControlModifier);
        Ui::SeminarsView *view = window.seminarsView();
        QVERIFY(view->showItem(ids.thread));
        auto *posts = find<QListView>(view, u"threadPosts"_s);
        QTRY_VERIFY(posts->isVisible());
        posts->setFocus(Qt::TabFocusReason);
        pressKey(Qt::Key_Down);
        QCOMPARE(posts->currentIndex().data(Ui::IdRole).toString(), ids.reply1);
        auto *edit = find<QToolButton>(view, u"editPostButton"_s);
        QVERIFY(!edit->isEnabled()); // not theirs to edit
        auto press = [&](const char *name) {
            auto *button = find<QToolButton>(view, QString::fromLatin1(name));
            QVERIFY(button && button->isVisible() && button->isEnabled());
            button->setFocus(Qt::TabFocusReason);
            pressKey(Qt::Key_Space);
        };
        press("hidePostButton");
        QTRY_VERIFY(
            !env.store.records().get(Entity::Post, ids.reply1)->text(u"hidden_at").isEmpty());
        QCOMPARE(env.store.records().get(Entity::Post, ids.reply1)->text(u"hidden_by"),
                 ids.facilitator);
        // Facilitators still read what they hid.
        QTRY_VERIFY(threadText(view).contains(u"Hello from the district office. (Hidden"_s));
        press("pinThreadButton");
        press("closeThreadButton");
        QVERIFY(find<QToolButton>(view, u"deleteThreadButton"_s)->isVisible());
        const auto thread = env.store.records().get(Entity::Thread, ids.thread);
        QCOMPARE(thread->fields.value("pinned"_L1).toInt(), 1);
        QCOMPARE(thread->text(u"closed_by"), ids.facilitator);
        auto *tree = find<QTreeView>(view, u"seminarTree"_s);
        const QModelIndex row = tree->model()->index(0, 0, tree->model()->index(0, 0));
        QTRY_COMPARE(row.data().toString(), u"Pinned: Introductions"_s);
        QVERIFY(row.siblingAtColumn(Ui::SeminarModel::StatusColumn)
                    .data()
                    .toString()
                    .endsWith(u", closed"_s));
    }
    // A participant's computer, once the thread arrived as the facilitator
    // left it: it can be read, not answered.
    UiTestEnv member;
    QList<Core::Record> pulled;
    for (const Core::EntitySpec &spec : Core::entitySpecs())
        pulled << env.store.records().list(spec.name).value();
    QVERIFY(member.store.applyPulled(pulled, {}, 500).ok());
    QVERIFY(member.signInOffline(ids));
    QVERIFY(takePart(member, ids));
    member.languages.setLanguage(u"en"_s);
    Ui::MainWindow window(member.services());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.showPage(Ui::Page::Seminars);
    QVERIFY(window.seminarsView()->showItem(ids.thread));
    auto *hint = find<QLabel>(window.seminarsView(), u"joinHint"_s);
    QTRY_VERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"closed this thread"_s));
    QVERIFY(!find<QPlainTextEdit>(window.seminarsView(), u"postComposer"_s)->isVisible());
    QVERIFY(!find<QToolButton>(window.seminarsView(), u"hidePostButton"_s)->isVisible());
    QVERIFY(!find<QToolButton>(window.seminarsView(), u"deleteThreadButton"_s)->isVisible());
}

// A replica that cannot take the draft (a full disk): the member is told at
// the composer, and the text stays on screen.
void TestUiSeminars::draftThatCannotBeKeptIsSaid()
{
    UiTestEnv env;
    const DemoIds ids = env.fill();
    QVERIFY(env.signInOffline(ids));
    env.languages.setLanguage(u"en"_s);
    Ui::MainWindow window(env.services());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.showPage(Ui::Page::Seminars);
    QVERIFY(window.seminarsView()->showItem(ids.thread));
    find<QPushButton>(window.seminarsView(), u"joinSeminarButton"_s)->click();
    auto *editor = find<QPlainTextEdit>(window.seminarsView(), u"postComposer"_s);
    auto *error = find<QLabel>(window.seminarsView(), u"postComposerError"_s);
    QTRY_VERIFY(editor->isVisible());
    QVERIFY(Core::exec(env.store.database(),
                       u"CREATE TRIGGER full_disk BEFORE INSERT ON draft "
                       "BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"_s)
                .ok());
    editor->setFocus(Qt::TabFocusReason);
    QTest::keyClicks(editor, u"Words that must not be lost"_s);
    QTRY_VERIFY2(error->text().contains(u"could not be kept"_s), qPrintable(error->text()));
    QCOMPARE(editor->toPlainText(), u"Words that must not be lost"_s);
}

void TestUiSeminars::seminarStatusIsAPlainCountdown()
{
    I18n::LanguageManager languages; // English plural forms
    languages.setLanguage(u"en"_s);
    QLocale::setDefault(QLocale(u"en_GB"_s));
    const QDateTime now(QDate(2031, 3, 3), QTime(18, 0), Qt::UTC); // a Monday
    using M = Ui::SeminarModel;
    QCOMPARE(M::countdown(u"2031-03-04"_s, u"2031-03-08"_s, now), u"starts tomorrow"_s);
    QCOMPARE(M::countdown(u"2031-03-06"_s, u"2031-03-08"_s, now), u"starts Thursday"_s);
    QCOMPARE(M::countdown(u"2031-03-20"_s, u"2031-03-24"_s, now), u"starts in 17 days"_s);
    QCOMPARE(M::countdown(u"2031-03-01"_s, u"2031-03-03"_s, now), u"open, closes in 6 hours"_s);
    QCOMPARE(M::countdown(u"2031-03-01"_s, u"2031-03-09"_s, now), u"open until 09/03/2031"_s);
    QCOMPARE(M::countdown(u"2031-02-01"_s, u"2031-02-03"_s, now), u"ended"_s);
    QLocale::setDefault(QLocale(u"en"_s));
}

void TestUiSeminars::replyReachesAColleague()
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

    // The member's seminar that is on now, and its first thread and post.
    QString threadId;
    QString parentId;
    for (const Core::Record &s : here.store.records().list(Entity::Seminar).value()) {
        const QDate ends = QDate::fromString(s.text(u"ends_on"), Qt::ISODate);
        const QDate starts = QDate::fromString(s.text(u"starts_on"), Qt::ISODate);
        if (starts > QDate::currentDate() || ends < QDate::currentDate())
            continue;
        const auto threads = here.store.records().list(Entity::Thread, u"seminar_id", s.id);
        if (threads && !threads->isEmpty()) {
            threadId = threads->first().id;
            const auto posts = here.store.records().list(Entity::Post, u"thread_id", threadId);
            if (posts && !posts->isEmpty())
                parentId = posts->first().id;
        }
    }
    QVERIFY(!threadId.isEmpty() && !parentId.isEmpty());
    pressKey(Qt::Key_3, Qt::ControlModifier);
    QVERIFY(window.seminarsView()->showItem(threadId));
    auto *editor = find<QPlainTextEdit>(window.seminarsView(), u"postComposer"_s);
    auto *replyTo = find<QComboBox>(window.seminarsView(), u"replyToChoice"_s);
    auto *posts = find<QListView>(window.seminarsView(), u"threadPosts"_s);
    QTRY_VERIFY(editor->isVisible());
    posts->setFocus(Qt::TabFocusReason);
    while (posts->currentIndex().data(Ui::IdRole).toString() != parentId &&
           posts->currentIndex().row() < posts->model()->rowCount() - 1)
        pressKey(Qt::Key_Down);
    pressKey(Qt::Key_Return);
    QCOMPARE(replyTo->currentData().toString(), parentId);
    QCOMPARE(QApplication::focusWidget(), editor);
    const QString text = u"Merci. Chez nous, la supervision se fait chaque mois."_s;
    QTest::keyClicks(QApplication::focusWidget(), text);
    pressKey(Qt::Key_Return, Qt::ControlModifier);

    // And a new thread, started with the keyboard: its title, its first post.
    auto *newThread = find<QPushButton>(window.seminarsView(), u"newThreadButton"_s);
    QVERIFY(newThread && newThread->isVisible());
    newThread->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Space);
    QTRY_VERIFY(window.findChild<QDialog *>(u"newThreadDialog"_s));
    auto *dialog = window.findChild<QDialog *>(u"newThreadDialog"_s);
    QTRY_VERIFY(dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), dialog->findChild<QLineEdit *>(u"threadTitle"_s));
    pressKey(Qt::Key_Return, Qt::ControlModifier); // nothing typed: said, not sent
    QVERIFY(!dialog->findChild<QLabel *>(u"threadError"_s)->text().isEmpty());
    const QString title = u"Supervision visits in the rainy season"_s;
    QTest::keyClicks(QApplication::focusWidget(), title);
    pressKey(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"How do your teams reach the far posts?"_s);
    // A route map goes with the first post (Ctrl+Shift+A).
    QTemporaryDir files;
    QVERIFY(attachByKeyboard(here.prompter, dialog, files.filePath(u"routes.png"_s),
                             "\x89PNG\r\n\x1a\n routes"));
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!window.findChild<QDialog *>(u"newThreadDialog"_s));
    window.activateWindow(); // as the window manager does when a dialog closes
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QString newThreadId;
    for (const Core::Record &t : here.store.records().list(Entity::Thread).value()) {
        if (t.text(u"title") == title)
            newThreadId = t.id;
    }
    QVERIFY(!newThreadId.isEmpty());
    QCOMPARE(postsBy(here.store, newThreadId, me).size(), 1);
    const QList<Core::AttachmentRef> firstFiles = Core::attachmentsFrom(
        postsBy(here.store, newThreadId, me).first().fields.value(Core::AttachmentsField));
    QCOMPARE(firstFiles.size(), 1);
    QCOMPARE(firstFiles.first().name, u"routes.png"_s);

    synced.clear();
    pressKey(Qt::Key_R, Qt::ControlModifier);
    QVERIFY(synced.wait(60000));
    QVERIFY(synced.first().first().toBool());
    QCOMPARE(here.engine->summary().pushed, 3);

    // A colleague in the same seminar, on her own computer.
    UiTestEnv there(server.url());
    QSignalSpy thereSynced(there.engine.get(), &Sync::SyncEngine::finished);
    there.desk->start(u"obah"_s, server.password());
    QVERIFY(thereSynced.wait(60000));
    QVERIFY(thereSynced.first().first().toBool());
    const QList<Core::Record> arrived = postsBy(there.store, threadId, me);
    Core::Record reply;
    for (const Core::Record &p : arrived) {
        if (p.text(u"body") == text)
            reply = p;
    }
    QCOMPARE(reply.text(u"parent_id"), parentId);
    QVERIFY(there.store.records().get(Entity::Thread, newThreadId).ok());
    QCOMPARE(postsBy(there.store, newThreadId, me).size(), 1);

    for (UiTestEnv *env : {&here, &there}) {
        const QStringList differ = differencesFromServer(*env);
        QVERIFY2(differ.isEmpty(), qPrintable(differ.join(u", "_s)));
    }
}

QTEST_MAIN(TestUiSeminars)
#include "tst_ui_seminars.moc"

// Files in the app, against a real leadernet-server, by keyboard: a course
// imported with `add-course` shows its picture as a placeholder until
// Return on it fetches it; a file attached to a post (Ctrl+Shift+A) goes up
// with the sync and opens on the member's other laptop; two laptops attach
// files to their plan at once and both files are kept. Each test ends with
// the replicas matching the server.
#include "attachmentcache.h"
#include "attachmentfetcher.h"
#include "attachmentref.h"
#include "coursesview.h"
#include "entityschema.h"
#include "mainwindow.h"
#include "plansview.h"
#include "readerbrowser.h"
#include "recordtext.h"
#include "seminarsview.h"
#include "testserver.h"
#include "uitestenv.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;

namespace {

QString focusName()
{
    return QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

template<typename T> T *find(const QWidget *root, const QString &name)
{
    return root->findChild<T *>(name);
}

// The texts of a file list's rows.
QStringList rows(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

// Ctrl+R, then until the sync and the uploads after it are over.
bool syncByKeyboard(SignedInWindow &w)
{
    QSignalSpy synced(w.env.engine.get(), &Sync::SyncEngine::finished);
    if (!bringToFront(&w.window))
        return false;
    pressKey(Qt::Key_R, Qt::ControlModifier);
    if (!synced.wait(60000) || !synced.first().first().toBool())
        return false;
    return QTest::qWaitFor(
        [&]() {
            const auto pending = w.env.store.attachments().pendingUploads();
            return !w.env.scheduler->isUploading() && pending && pending->isEmpty();
        },
        60000);
}

} // namespace

class TestUiAttachments final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void lessonPictureIsFetchedFromItsPlaceholder();
    void fileAttachedToAPostOpensOnTheOtherLaptop();
    void twoLaptopsAttachToThePlanAtOnce();
    void fileOverTheServersLimitIsRefusedWhenAttached();

private:
    TestServer m_server;
    QTemporaryDir m_files;
    QByteArray m_picture; // the lesson's, as a PNG
    QByteArray m_handout; // the lesson's PDF
};

void TestUiAttachments::initTestCase()
{
    prepareUiTest();
    m_server.setServeArguments({u"--max-attachment"_s, u"1"_s}); // MiB
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    // A course as a facilitator writes it: a lesson with a map and a handout.
    QImage map(240, 120, QImage::Format_RGB32);
    map.fill(QColor(0x20, 0x80, 0x40));
    QVERIFY(map.save(m_files.filePath(u"map.png"_s)));
    m_picture = readAll(m_files.filePath(u"map.png"_s));
    m_handout = "%PDF-1.4\n% the district's supply chain\n" + QByteArray(20'000, 'x');
    const QString folder = m_files.filePath(u"course"_s);
    QVERIFY(QDir().mkpath(folder + u"/01-maps/img"_s));
    QVERIFY(writeFile(folder + u"/course.md"_s, "# Reading district maps\n\nMaps for managers.\n"));
    QVERIFY(writeFile(folder + u"/01-maps/01-health-facilities.md"_s,
                      "# Health facilities\n\nThe facilities of the district:\n\n"
                      "![Map of the district](img/map.png)\n\n"
                      "Bring [the handout](handout.pdf) to the meeting.\n"));
    QVERIFY(QFile::copy(m_files.filePath(u"map.png"_s), folder + u"/01-maps/img/map.png"_s));
    QVERIFY(writeFile(folder + u"/01-maps/handout.pdf"_s, m_handout));
    const TestServer::RunResult run = TestServer::run(
        QStringList{u"add-course"_s} + m_server.storeArguments() + QStringList{folder});
    QVERIFY2(run.exitCode == 0, run.err.constData());
}

void TestUiAttachments::lessonPictureIsFetchedFromItsPlaceholder()
{
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    const auto lessons = w.env.store.records().list(Core::Entity::Lesson);
    QVERIFY(lessons.ok());
    const auto lesson = std::find_if(lessons->begin(), lessons->end(), [](const Core::Record &l) {
        return l.text(u"title") == u"Health facilities";
    });
    QVERIFY(lesson != lessons->end());
    const QList<Core::AttachmentRef> files =
        Core::attachmentsFrom(lesson->fields.value(Core::AttachmentsField));
    QCOMPARE(files.size(), 2);
    const QString mapSha = sha256Of(m_picture);
    QCOMPARE(files.first().sha256, mapSha);

    w.window.showPage(Ui::Page::Courses);
    QVERIFY(w.window.coursesView()->showItem(lesson->id));
    QVERIFY(bringToFront(&w.window));
    Ui::ReaderBrowser *reader = w.window.coursesView()->reader();
    auto *list = find<QListWidget>(w.window.coursesView(), u"attachmentList"_s);
    QVERIFY(list && list->isVisible());
    QCOMPARE(rows(list), (QStringList{u"map.png — %1, not fetched yet"_s.arg(
                                          Ui::RecordText::dataSize(m_picture.size())),
                                      u"handout.pdf — 20 KB, not fetched yet"_s}));
    // Not fetched: the placeholder, as wide as a line of text, not the map.
    const QUrl url(Core::attachmentUrl(mapSha));
    const auto shown = [&]() {
        return reader->document()->resource(QTextDocument::ImageResource, url).value<QImage>();
    };
    QVERIFY(!shown().isNull());
    QVERIFY(shown().size() != QSize(240, 120));
    QVERIFY(!w.env.store.attachments().entry(mapSha)->has_value());

    // Tab to the placeholder (the lesson's first link), Return fetches it.
    reader->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Tab);
    QVERIFY(reader->textCursor().hasSelection());
    QSignalSpy fetched(w.env.scheduler->fetcher(), &Sync::AttachmentFetcher::fetched);
    pressKey(Qt::Key_Return);
    QVERIFY(fetched.wait(30000));
    QCOMPARE(fetched.first().first().toString(), mapSha);
    QTRY_COMPARE(shown().size(), QSize(240, 120)); // the map itself, offline from now on
    QCOMPARE(readAll(*w.env.store.attachments().open(mapSha)), m_picture);
    QVERIFY(rows(list).first().endsWith(u"on this computer"_s));
    // Only what was asked for came: the handout waits to be opened.
    QVERIFY(!w.env.store.attachments().entry(files.last().sha256)->has_value());

    // In Arabic the list speaks Arabic.
    w.env.languages.setLanguage(u"ar"_s);
    QTRY_VERIFY(rows(list).first().contains(u"على هذا الحاسوب"_s));
    QVERIFY(rows(list).first().startsWith(u"map.png"_s));
    w.env.languages.setLanguage(u"en"_s);
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

void TestUiAttachments::fileAttachedToAPostOpensOnTheOtherLaptop()
{
    const QString source = m_files.filePath(u"budget 2027.pdf"_s);
    const QByteArray bytes = "%PDF-1.4\n% budget\n" + QByteArray(300'000, 'b');
    QVERIFY(writeFile(source, bytes));
    const QString sha = sha256Of(bytes);

    SignedInWindow here(m_server.url());
    here.env.languages.setLanguage(u"en"_s);
    QVERIFY(here.signIn(u"member"_s, m_server.password()));
    // An open thread of a running seminar the member takes part in.
    const QString me = here.env.accounts->current().memberId;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const auto taking =
        here.env.store.records().list(Core::Entity::SeminarParticipant, u"member_id", me);
    QVERIFY(taking.ok());
    QString threadId;
    for (const Core::Record &p : *taking) {
        const auto seminar =
            here.env.store.records().get(Core::Entity::Seminar, p.text(u"seminar_id"));
        if (!seminar || seminar->text(u"ends_on") < today || seminar->text(u"starts_on") > today)
            continue;
        const auto threads =
            here.env.store.records().list(Core::Entity::Thread, u"seminar_id", seminar->id);
        for (const Core::Record &t : *threads) {
            if (t.text(u"closed_at").isEmpty())
                threadId = t.id;
        }
    }
    QVERIFY(!threadId.isEmpty());

    here.window.showPage(Ui::Page::Seminars);
    QVERIFY(here.window.seminarsView()->showItem(threadId));
    QVERIFY(bringToFront(&here.window));
    auto *editor = find<QPlainTextEdit>(here.window.seminarsView(), u"postComposer"_s);
    QVERIFY(editor && editor->isVisible());
    editor->setFocus(Qt::TabFocusReason);
    typeText(u"The budget we discussed is attached."_s);
    here.env.prompter.openPath = source;
    pressKey(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *composerFiles = find<QWidget>(here.window.seminarsView(), u"postFiles"_s);
    auto *attached = composerFiles->findChild<QListWidget *>(u"attachmentList"_s);
    QCOMPARE(rows(attached), QStringList{u"budget 2027.pdf — 293 KB, waiting to be sent"_s});
    QCOMPARE(focusName(), u"postComposer"_s); // back to writing
    pressKey(Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(attached->count(), 0); // the composer is empty again
    // On a metered connection the post goes, its (large) file waits.
    here.env.scheduler->setLargeDownloadBytes(100'000);
    here.env.network.set(Sync::NetworkStatus::Reachability::Online, /*metered=*/true);
    {
        QSignalSpy synced(here.env.engine.get(), &Sync::SyncEngine::finished);
        pressKey(Qt::Key_R, Qt::ControlModifier);
        QVERIFY(synced.wait(60000));
        QVERIFY(synced.first().first().toBool());
    }
    const QString token = m_server.login(u"member"_s);
    QCOMPARE(m_server.get(u"/api/v1/attachments/"_s + sha, token).status, 404);
    QCOMPARE(here.env.store.attachments().pendingUploads()->size(), 1);

    // The other laptop: the post says it has a file; Return fetches, Return opens.
    SignedInWindow there(m_server.url());
    there.env.languages.setLanguage(u"en"_s);
    QVERIFY(there.signIn(u"member"_s, m_server.password()));
    const auto posts = there.env.store.records().list(Core::Entity::Post, u"thread_id", threadId);
    QVERIFY(posts.ok());
    const auto post = std::find_if(posts->begin(), posts->end(), [](const Core::Record &p) {
        return p.text(u"body") == u"The budget we discussed is attached.";
    });
    QVERIFY(post != posts->end());
    there.window.showPage(Ui::Page::Seminars);
    QVERIFY(there.window.seminarsView()->showPost(post->id));
    QVERIFY(bringToFront(&there.window));
    auto *postList = find<QListView>(there.window.seminarsView(), u"threadPosts"_s);
    QVERIFY(postList->currentIndex()
                .data(Qt::AccessibleTextRole)
                .toString()
                .contains(u"1 file attached"_s));
    auto *postFiles = find<QWidget>(there.window.seminarsView(), u"postAttachments"_s);
    auto *list = postFiles->findChild<QListWidget *>(u"attachmentList"_s);
    QVERIFY(list && list->isVisible());
    QCOMPARE(rows(list), QStringList{u"budget 2027.pdf — 293 KB, not fetched yet"_s});
    postList->setFocus(Qt::TabFocusReason);
    pressKey(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), list);
    // Not sent yet from the first laptop: said so.
    QSignalSpy failed(there.env.scheduler->fetcher(), &Sync::AttachmentFetcher::failed);
    pressKey(Qt::Key_Return);
    QVERIFY(failed.wait(30000));
    QCOMPARE(rows(list), QStringList{u"budget 2027.pdf — 293 KB, not on the server yet: the "
                                     "computer it was attached on has not sent it"_s});
    // Back on Wi-Fi, the first laptop sends it; Return fetches it now.
    here.env.network.set(Sync::NetworkStatus::Reachability::Online, /*metered=*/false);
    QVERIFY(syncByKeyboard(here));
    QCOMPARE(m_server.get(u"/api/v1/attachments/"_s + sha, token).status, 200);
    QVERIFY(bringToFront(&there.window));
    list->setFocus(Qt::TabFocusReason);
    QSignalSpy fetched(there.env.scheduler->fetcher(), &Sync::AttachmentFetcher::fetched);
    pressKey(Qt::Key_Return);
    QVERIFY(fetched.wait(30000));
    QCOMPARE(rows(list), QStringList{u"budget 2027.pdf — 293 KB, on this computer"_s});
    pressKey(Qt::Key_Return);
    QCOMPARE(there.env.prompter.opened.size(), 1);
    QVERIFY(there.env.prompter.opened.first().endsWith(u"/budget 2027.pdf"_s));
    QCOMPARE(readAll(there.env.prompter.opened.first()), bytes);

    QCOMPARE(differencesFromServer(here.env), QStringList());
    QCOMPARE(differencesFromServer(there.env), QStringList());
}

void TestUiAttachments::twoLaptopsAttachToThePlanAtOnce()
{
    const QString report = m_files.filePath(u"quarterly report.pdf"_s);
    const QString photo = m_files.filePath(u"workshop board.png"_s);
    QImage board(64, 48, QImage::Format_RGB32);
    board.fill(Qt::white);
    QVERIFY(writeFile(report, "%PDF-1.4\n% report\n"));
    QVERIFY(board.save(photo));

    SignedInWindow one(m_server.url());
    SignedInWindow two(m_server.url());
    for (SignedInWindow *w : {&one, &two}) {
        w->env.languages.setLanguage(u"en"_s);
        QVERIFY(w->signIn(u"member"_s, m_server.password()));
        w->window.showPage(Ui::Page::Plans);
        QVERIFY(w->window.plansView()->selectFirstPlan());
    }
    // Each laptop attaches a file before either has synced it.
    for (const auto &[w, path] : {std::pair{&one, report}, std::pair{&two, photo}}) {
        QVERIFY(bringToFront(&w->window));
        auto *planFiles = find<QWidget>(w->window.plansView(), u"planFiles"_s);
        QVERIFY(planFiles && planFiles->isVisible());
        find<QWidget>(planFiles, u"attachFileButton"_s)->setFocus(Qt::TabFocusReason);
        w->env.prompter.openPath = path;
        pressKey(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(find<QListWidget>(planFiles, u"attachmentList"_s)->count(), 1);
    }
    QVERIFY(syncByKeyboard(one));
    QVERIFY(syncByKeyboard(two));
    QVERIFY(syncByKeyboard(one));
    for (SignedInWindow *w : {&one, &two}) {
        auto *list = find<QListWidget>(find<QWidget>(w->window.plansView(), u"planFiles"_s),
                                       u"attachmentList"_s);
        QTRY_COMPARE_WITH_TIMEOUT(list->count(), 2, 2000);
        QStringList names = rows(list);
        names.sort();
        QVERIFY2(names.first().startsWith(u"quarterly report.pdf — "_s), qPrintable(names.first()));
        QVERIFY2(names.last().startsWith(u"workshop board.png — "_s), qPrintable(names.last()));
        QCOMPARE(differencesFromServer(w->env), QStringList());
    }
}

// The server says how large a file it takes; the app says it at once.
void TestUiAttachments::fileOverTheServersLimitIsRefusedWhenAttached()
{
    const QString video = m_files.filePath(u"training session.mp4"_s);
    QVERIFY(writeFile(video, QByteArray(2 * 1024 * 1024, 'v')));
    SignedInWindow w(m_server.url());
    w.env.languages.setLanguage(u"en"_s);
    QVERIFY(w.signIn(u"member"_s, m_server.password()));
    w.env.scheduler->start(); // asks the server's health for its limits
    QTRY_COMPARE(w.env.scheduler->fetcher()->serverLimit(), qint64(1024 * 1024));
    QVERIFY(QTest::qWaitFor([&]() { return !w.env.engine->isRunning(); }, 60000));
    w.window.showPage(Ui::Page::Plans);
    QVERIFY(w.window.plansView()->selectFirstPlan());
    QVERIFY(bringToFront(&w.window));
    auto *planFiles = find<QWidget>(w.window.plansView(), u"planFiles"_s);
    auto *list = find<QListWidget>(planFiles, u"attachmentList"_s);
    const int before = list->count();
    find<QWidget>(planFiles, u"attachFileButton"_s)->setFocus(Qt::TabFocusReason);
    w.env.prompter.openPath = video;
    pressKey(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    auto *message = find<QLabel>(planFiles, u"attachmentMessage"_s);
    QVERIFY(message && message->isVisible());
    QCOMPARE(message->text(), u"“training session.mp4” is 2.0 MB; the server takes files of up "
                              "to 1.0 MB."_s);
    QCOMPARE(list->count(), before);
    QVERIFY(w.env.store.attachments().pendingUploads()->isEmpty());
    QCOMPARE(differencesFromServer(w.env), QStringList());
}

QTEST_MAIN(TestUiAttachments)
#include "tst_ui_attachments.moc"

#include "uitestenv.h"

#include "clock.h"
#include "entityschema.h"
#include "record.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListView>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

void NoSecretServiceStore::read(const QString &, ReadCallback done)
{
    QTimer::singleShot(0, this, [done]() {
        done(Core::makeError(Core::ErrorCode::NoSecretService, u"no secret service"_s));
    });
}

void NoSecretServiceStore::write(const QString &, const QString &, WriteCallback done)
{
    QTimer::singleShot(0, this, [done]() {
        done(Core::makeError(Core::ErrorCode::NoSecretService, u"no secret service"_s));
    });
}

void NoSecretServiceStore::remove(const QString &, WriteCallback done)
{
    QTimer::singleShot(0, this, [done]() {
        done(Core::makeError(Core::ErrorCode::NoSecretService, u"no secret service"_s));
    });
}

void prepareUiTest()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"LeaderNetTests"_s);
    QCoreApplication::setApplicationName(u"LeaderNetUiTests"_s);
    QSettings().clear();
}

UiTestEnv::UiTestEnv(const QUrl &server, std::unique_ptr<Core::CredentialStore> credentialStore,
                     const QString &profileDir)
    : profile(profileDir.isEmpty() ? dir.path() : profileDir)
    , credentials(credentialStore ? std::move(credentialStore)
                                  : std::make_unique<Core::MemoryCredentialStore>())
{
    // A child process killed by a test (tst_ui_plancrash) would leave it
    // behind in the temporary folder.
    if (!profileDir.isEmpty())
        dir.remove();
    api.setServer(server);
    if (const Core::Status s =
            store.open(QDir(profile).filePath(Core::LocalStore::replicaFileName()));
        !s)
        qFatal("cannot open the test replica: %s", qPrintable(s.error().detail));
    accounts = std::make_unique<Sync::AccountManager>(&api, credentials.get(), profile);
    engine = std::make_unique<Sync::SyncEngine>(&store, &api);
    engine->setRetryPolicy({1, 1000, 60000}); // tests see a failure at once
    desk = std::make_unique<Editing::DeskSession>(accounts.get(), engine.get());
    scheduler =
        std::make_unique<Sync::SyncScheduler>(engine.get(), &api, &network, Core::Clock::system());
}

UiTestEnv::~UiTestEnv() = default;

Ui::AppServices UiTestEnv::services()
{
    return {&store,     &api,      accounts.get(), engine.get(),
            &languages, &prompter, desk.get(),     scheduler.get()};
}

namespace {

Core::Record make(QLatin1StringView entity, QString &id, QJsonObject fields)
{
    if (id.isEmpty())
        id = Core::newRecordId();
    Core::Record r;
    r.entity = entity;
    r.id = id;
    r.revision = 1;
    r.fields = std::move(fields);
    r.updatedAt = Core::nowUtc();
    return r;
}

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

DemoIds UiTestEnv::fill()
{
    using namespace Core;
    DemoIds ids;
    QList<Record> r;
    r << make(Entity::Member, ids.me,
              {{u"username"_s, u"amina"_s},
               {u"display_name"_s, u"Amina Diallo"_s},
               {u"roles"_s, QJsonArray{u"member"_s}}});
    r << make(Entity::Member, ids.facilitator,
              {{u"username"_s, u"fac"_s},
               {u"display_name"_s, u"Rosa Mendes"_s},
               {u"roles"_s, QJsonArray{u"facilitator"_s}}});
    r << make(Entity::Member, ids.colleague,
              {{u"username"_s, u"kofi"_s}, {u"display_name"_s, u"Kofi Mensah"_s}});
    r << make(Entity::Course, ids.course1,
              {{u"title"_s, u"Leading change"_s},
               {u"language"_s, u"en"_s},
               {u"summary"_s, u"How managers lead change."_s}});
    r << make(Entity::Course, ids.course2,
              {{u"title"_s, u"Managing medicines"_s}, {u"language"_s, u"fr"_s}});
    r << make(Entity::Module, ids.module1,
              {{u"course_id"_s, ids.course1},
               {u"position"_s, 1},
               {u"title"_s, u"Seeing the challenge"_s}});
    r << make(Entity::Module, ids.module2,
              {{u"course_id"_s, ids.course2}, {u"position"_s, 1}, {u"title"_s, u"Stock levels"_s}});
    r << make(Entity::Lesson, ids.lesson2,
              {{u"module_id"_s, ids.module1},
               {u"position"_s, 2},
               {u"title"_s, u"Root causes"_s},
               {u"body"_s, u"Ask *why* five times."_s}});
    r << make(Entity::Lesson, ids.lesson1,
              {{u"module_id"_s, ids.module1},
               {u"position"_s, 1},
               {u"title"_s, u"Naming the challenge"_s},
               {u"body"_s, u"# Naming the challenge\n\nA good challenge is **specific** about "
                           u"handwashing compliance in the ward.\n\n- one\n- two\n"_s}});
    r << make(Entity::Lesson, ids.lesson3,
              {{u"module_id"_s, ids.module2},
               {u"position"_s, 1},
               {u"title"_s, u"Counting stock"_s},
               {u"body"_s, u"Count monthly."_s}});
    QString enrollment;
    r << make(Entity::Enrollment, enrollment,
              {{u"course_id"_s, ids.course1},
               {u"member_id"_s, ids.me},
               {u"enrolled_at"_s, Core::nowUtc()}});
    r << make(Entity::Seminar, ids.seminar,
              {{u"title"_s, u"Supervision that works"_s},
               {u"language"_s, u"en"_s},
               {u"starts_on"_s, day(-1)},
               {u"ends_on"_s, day(2)},
               {u"description"_s, u"Three days on supportive supervision."_s},
               {u"facilitators"_s, QJsonArray{ids.facilitator}}});
    r << make(Entity::Thread, ids.thread,
              {{u"seminar_id"_s, ids.seminar},
               {u"title"_s, u"Introductions"_s},
               {u"author_id"_s, ids.facilitator},
               {u"created_at"_s, u"2024-05-01T08:00:00.000Z"_s}});
    r << make(Entity::Post, ids.post1,
              {{u"thread_id"_s, ids.thread},
               {u"author_id"_s, ids.facilitator},
               {u"body"_s, u"Welcome, please introduce yourselves."_s},
               {u"created_at"_s, u"2024-05-01T08:05:00.000Z"_s}});
    r << make(Entity::Post, ids.reply1,
              {{u"thread_id"_s, ids.thread},
               {u"parent_id"_s, ids.post1},
               {u"author_id"_s, ids.me},
               {u"body"_s, u"Hello from the district office."_s},
               {u"created_at"_s, u"2024-05-01T09:00:00.000Z"_s}});
    r << make(
        Entity::Program, ids.program,
        {{u"title"_s, u"Leadership Development Program"_s},
         {u"language"_s, u"en"_s},
         {u"facilitators"_s, QJsonArray{ids.facilitator}},
         {u"rubric"_s,
          QJsonObject{{u"criteria"_s,
                       QJsonArray{QJsonObject{{u"id"_s, u"clarity"_s},
                                              {u"title"_s, u"Clarity of the challenge"_s}},
                                  QJsonObject{{u"id"_s, u"feasibility"_s},
                                              {u"title"_s, u"Feasibility of the actions"_s}}}}}}});
    r << make(Entity::Team, ids.team,
              {{u"program_id"_s, ids.program},
               {u"name"_s, u"Kanifing District Team"_s},
               {u"members"_s, QJsonArray{ids.me, ids.colleague}}});
    r << make(Entity::Team, ids.otherTeam,
              {{u"program_id"_s, ids.program},
               {u"name"_s, u"Banjul Hospital Team"_s},
               {u"members"_s, QJsonArray{ids.colleague}}});
    r << make(Entity::ActionPlan, ids.plan,
              {{u"team_id"_s, ids.team},
               {u"program_id"_s, ids.program},
               {u"challenge"_s, u"Stockouts of essential medicines."_s},
               {u"vision"_s, u"Every facility has the medicines it needs."_s},
               {u"measurable_result"_s, u"From 8 of 14 facilities to 2 of 14."_s}});
    r << make(Entity::ActionPlan, ids.otherPlan,
              {{u"team_id"_s, ids.otherTeam},
               {u"program_id"_s, ids.program},
               {u"challenge"_s, u"Long waiting times."_s}});
    const QList<std::tuple<const char *, int, int, const char *>> activities = {
        {"Train storekeepers", -10, 5, "done"},
        {"Monthly stock counts", -3, 30, "in_progress"},
        {"Review ordering", 5, 3, "planned"}};
    int position = 0;
    for (const auto &[what, start, length, status] : activities) {
        QString id;
        r << make(Entity::Activity, id,
                  {{u"plan_id"_s, ids.plan},
                   {u"position"_s, ++position},
                   {u"what"_s, QString::fromLatin1(what)},
                   {u"responsible_id"_s, position == 2 ? ids.colleague : ids.me},
                   {u"starts_on"_s, day(start)},
                   {u"ends_on"_s, day(start + length)},
                   {u"indicator"_s, u"Stockout rate"_s},
                   {u"status"_s, QString::fromLatin1(status)}});
        ids.activities << id;
    }
    // The plan as each submission froze it (the second one with a new vision).
    const auto snapshot = [&](const QString &vision) {
        return QJsonObject{
            {u"plan"_s, QJsonObject{{u"challenge"_s, u"Stockouts of essential medicines."_s},
                                    {u"vision"_s, vision}}},
            {u"activities"_s, QJsonArray{QJsonObject{{u"what"_s, u"Count the stock monthly"_s},
                                                     {u"responsible_id"_s, ids.me},
                                                     {u"starts_on"_s, u"2024-04-01"_s},
                                                     {u"ends_on"_s, u"2024-04-30"_s},
                                                     {u"status"_s, u"in_progress"_s}}}}};
    };
    r << make(Entity::Submission, ids.submission1,
              {{u"team_id"_s, ids.team},
               {u"plan_id"_s, ids.plan},
               {u"kind"_s, u"draft_plan"_s},
               {u"status"_s, u"reviewed"_s},
               {u"submitted_at"_s, u"2024-04-01T10:00:00.000Z"_s},
               {u"submitted_by"_s, ids.me},
               {u"snapshot"_s, snapshot(u"Medicines in every facility."_s)}});
    r << make(Entity::Submission, ids.submission2,
              {{u"team_id"_s, ids.team},
               {u"plan_id"_s, ids.plan},
               {u"kind"_s, u"final_plan"_s},
               {u"status"_s, u"submitted"_s},
               {u"submitted_at"_s, u"2024-04-20T10:00:00.000Z"_s},
               {u"submitted_by"_s, ids.me},
               {u"snapshot"_s, snapshot(u"Every facility has the medicines it needs."_s)}});
    r << make(Entity::Review, ids.review1,
              {{u"submission_id"_s, ids.submission1},
               {u"facilitator_id"_s, ids.facilitator},
               {u"scores"_s, QJsonObject{{u"clarity"_s, 3}, {u"feasibility"_s, 2}}},
               {u"comment"_s, u"Please state the baseline."_s},
               {u"decision"_s, u"changes_requested"_s},
               {u"reviewed_at"_s, u"2024-04-03T10:00:00.000Z"_s}});
    for (const Record &record : std::as_const(r)) {
        if (const Status s = validateRecord(record); !s)
            qFatal("bad fixture record: %s", qPrintable(s.error().detail));
    }
    if (const Status s = store.applyPulled(r, {}, 100); !s)
        qFatal("cannot fill the replica: %s", qPrintable(s.error().detail));
    return ids;
}

bool UiTestEnv::signInOffline(const DemoIds &ids, const QStringList &roles)
{
    {
        QSettings settings(QDir(profile).filePath(u"profile.ini"_s), QSettings::IniFormat);
        settings.beginGroup(u"account"_s);
        settings.setValue(u"server"_s, api.server());
        settings.setValue(u"member_id"_s, ids.me);
        settings.setValue(u"username"_s, u"amina"_s);
        settings.setValue(u"display_name"_s, u"Amina Diallo"_s);
        settings.setValue(u"roles"_s, roles);
    }
    bool written = false;
    credentials->write(api.server().toString(QUrl::RemoveUserInfo) + u'#' + ids.me, u"test-token"_s,
                       [&written](const Core::Status &s) { written = s.ok(); });
    if (!QTest::qWaitFor([&written]() { return written; }, 5000))
        return false;
    QSignalSpy ready(desk.get(), &Editing::DeskSession::ready);
    desk->setSyncAfterSignIn(false);
    desk->start();
    const bool ok = !ready.isEmpty() || ready.wait(5000);
    desk->setSyncAfterSignIn(true);
    return ok;
}

SignedInWindow::SignedInWindow(const QUrl &server)
    : env(server)
    , window(env.services())
    , session(env.services(), &window)
{
    session.setInteractive(false);
}

bool SignedInWindow::signIn(const QString &username, const QString &password)
{
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window))
        return false;
    QSignalSpy synced(env.engine.get(), &Sync::SyncEngine::finished);
    session.start(username, password);
    return synced.wait(60000) && synced.first().first().toBool();
}

bool bringToFront(QWidget *window)
{
    return QTest::qWaitFor([window]() {
        if (QApplication::activeWindow() != window)
            window->activateWindow();
        QTest::qWait(20);
        return QApplication::activeWindow() == window;
    });
}

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

void typeText(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

QString threadText(const QWidget *root)
{
    const auto *list = root->findChild<QListView *>(u"threadPosts"_s);
    if (!list || !list->isVisible())
        return {};
    QAbstractItemModel *model = list->model();
    while (model->canFetchMore({}))
        model->fetchMore({});
    QStringList lines;
    for (int row = 0; row < model->rowCount(); ++row)
        lines << model->index(row, 0).data(Qt::AccessibleTextRole).toString();
    return lines.join(u'\n');
}

QStringList differencesFromServer(UiTestEnv &env)
{
    QSignalSpy verified(env.engine.get(), &Sync::SyncEngine::verified);
    env.engine->verify();
    if (!verified.wait(60000))
        return {u"failed"_s};
    if (verified.first().first().toBool())
        return {};
    const QStringList differ = verified.first().at(1).toStringList();
    return differ.isEmpty() ? QStringList{u"failed"_s} : differ;
}

QJsonArray csvRowsByPython(const QString &path, QChar delimiter)
{
    const QString python = QStandardPaths::findExecutable(u"python3"_s);
    if (python.isEmpty())
        return {};
    QProcess reader;
    reader.start(python, {u"-c"_s, uR"(import csv, json, sys
with open(sys.argv[1], encoding="utf-8-sig", newline="") as f:
    rows = list(csv.reader(f, delimiter=sys.argv[2]))
print(json.dumps(rows, ensure_ascii=False)))"_s,
                          path, QString(delimiter)});
    if (!reader.waitForFinished(30000))
        return {};
    return QJsonDocument::fromJson(reader.readAllStandardOutput()).array();
}

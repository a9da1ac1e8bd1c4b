// The helper of bench/replica-scale.sh: the desktop app's own objects (built
// as app/main.cpp builds them) on a large replica, timed from the outside
// through public entry points only. One mode per run:
//
//   pull --profile DIR --server URL --user NAME
//       Signs in (password on stdin) and syncs the profile's replica, with no
//       window, as leadernet-sync does (but asking for uncompressed answers,
//       see BenchNetwork): builds the replica the other modes read.
//   coldstart --profile DIR [--launched-at SECONDS]
//       Builds the main window on the replica and shows it; exits when its
//       first round of painting has finished. SECONDS is the wall-clock time
//       (Unix time, as bash's $EPOCHREALTIME) just before the process was
//       started, so that loading the program counts too.
//   thread --profile DIR --thread ID --other ID [--runs N] [--screenshot FILE]
//       On the Seminars page, opens thread ID N times (OTHER in between, so
//       each opening is a real one) and times each until the page has painted
//       it; then the resident memory (and, with --screenshot FILE, a picture
//       of the window, to see what was measured).
//   search --profile DIR --queries FILE [--passes N] [--thread ID]
//       The app's search (Ui::SearchResultModel) for each line of FILE: one
//       pass to warm up, then N timed passes; also counts the replica's posts
//       and threads (and the posts of thread ID).
//   stall --profile DIR --server URL --user NAME
//       The main window on the (empty) profile signs in (password on stdin)
//       and syncs, as the app does after a sign-in; a 5 ms timer on the UI
//       thread measures the longest gap between its ticks during the pull.
//
// Figures go to stdout as lines "result NAME VALUE"; progress and the app's
// logs go to stderr. Exit status 0 on success, 1 when a step failed, 2 for
// bad arguments.

#include "accountmanager.h"
#include "apiclient.h"
#include "credentialstore.h"
#include "desksession.h"
#include "entityschema.h"
#include "languagemanager.h"
#include "localstore.h"
#include "mainwindow.h"
#include "page.h"
#include "prompter.h"
#include "searchresultmodel.h"
#include "seminarsview.h"
#include "sessioncontroller.h"
#include "syncengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QEvent>
#include <QEventLoop>
#include <QFile>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>

#include <time.h>

using namespace Qt::StringLiterals;

namespace {

// Started first thing in main().
QElapsedTimer g_sinceMain;

double msSince(qint64 startNs, qint64 endNs)
{
    return double(endNs - startNs) / 1e6;
}

void result(const char *name, double value)
{
    std::printf("result %s %.3f\n", name, value);
    std::fflush(stdout);
}

void progress(const QString &text)
{
    std::fprintf(stderr, "replica-scale: %s\n", qPrintable(text));
}

// The resident set of this process in MiB, from /proc/self/status (VmRSS,
// or VmHWM for the peak); -1 when it cannot be read.
double residentMiB(QByteArrayView field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (!line.startsWith(field) || line.size() <= field.size() || line[field.size()] != ':')
            continue;
        const QList<QByteArray> parts = line.mid(field.size() + 1).simplified().split(' ');
        bool ok = false;
        const double kib = parts.value(0).toDouble(&ok);
        return ok ? kib / 1024.0 : -1;
    }
    return -1;
}

// Nearest-rank percentile of `values` (not empty).
double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

// A QNetworkAccessManager that may ask for every answer uncompressed. Used
// only to build the large replica: the server packs pull pages with zstd's
// strongest level (made for slow, paid links), which on loopback makes the
// pull wait minutes on the server's CPU. The stall measurement keeps the
// app's own encoding.
class BenchNetwork final : public QNetworkAccessManager
{
    Q_DISABLE_COPY_MOVE(BenchNetwork)

public:
    BenchNetwork() = default;
    void setUncompressed(bool on) { m_uncompressed = on; }

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        if (!m_uncompressed)
            return QNetworkAccessManager::createRequest(op, request, outgoingData);
        QNetworkRequest plain(request);
        plain.setRawHeader("Accept-Encoding", "identity");
        return QNetworkAccessManager::createRequest(op, plain, outgoingData);
    }

private:
    bool m_uncompressed = false;
};

// The objects app/main.cpp builds, in its order, for one profile; the
// credential store keeps tokens in memory instead of the keychain (nothing
// here reads a saved token). Without `withWindow`, no window nor session:
// what leadernet-sync has.
class Desktop final
{
    Q_DISABLE_COPY_MOVE(Desktop)

public:
    Desktop() = default;

    bool open(const QString &profileDir, const QUrl &serverOverride, bool withWindow)
    {
        languages.setLanguage(I18n::LanguageManager::preferredLanguage());
        accounts = std::make_unique<Sync::AccountManager>(&api, &credentials, profileDir);
        QUrl server =
            serverOverride.isEmpty() ? accounts->rememberedAccount().server : serverOverride;
        if (server.isEmpty())
            server = QUrl(u"http://127.0.0.1:8470"_s);
        api.setServer(server);
        QDir().mkpath(profileDir);
        const QString replica = profileDir + u'/' + Core::LocalStore::replicaFileName();
        if (const Core::Status opened = store.open(replica); !opened) {
            progress(u"cannot open %1: %2"_s.arg(replica, opened.error().detail));
            return false;
        }
        engine = std::make_unique<Sync::SyncEngine>(&store, &api);
        desk = std::make_unique<Editing::DeskSession>(accounts.get(), engine.get());
        if (!withWindow)
            return true;
        const Ui::AppServices services{&store,     &api,      accounts.get(), engine.get(),
                                       &languages, &prompter, desk.get()};
        window = std::make_unique<Ui::MainWindow>(services);
        session = std::make_unique<Ui::SessionController>(services, window.get());
        session->setInteractive(false); // no dialog may wait for an answer here
        return true;
    }

    I18n::LanguageManager languages;
    BenchNetwork network;
    Sync::ApiClient api{&network};
    Core::MemoryCredentialStore credentials;
    std::unique_ptr<Sync::AccountManager> accounts;
    Core::LocalStore store;
    std::unique_ptr<Sync::SyncEngine> engine;
    std::unique_ptr<Editing::DeskSession> desk;
    Ui::MessageBoxPrompter prompter;
    std::unique_ptr<Ui::MainWindow> window;
    std::unique_ptr<Ui::SessionController> session;
};

// Watches the paint events of `root` and the widgets inside it (an
// application-wide event filter). A widget paints inside one round of
// painting of its window; a queued call made at the first paint of a round
// runs once the round has finished, and notes the time.
class PaintWatch final : public QObject
{
    Q_DISABLE_COPY_MOVE(PaintWatch)

public:
    PaintWatch(QWidget *root, const QElapsedTimer *clock)
        : m_root(root)
        , m_clock(clock)
    {
        qApp->installEventFilter(this);
    }
    ~PaintWatch() override { qApp->removeEventFilter(this); }

    void reset()
    {
        m_rounds = 0;
        m_firstDone = m_lastDone = 0;
    }
    int rounds() const { return m_rounds; }
    qint64 firstDoneNs() const { return m_firstDone; }
    qint64 lastDoneNs() const { return m_lastDone; }

    // Runs the event loop until a round of painting has finished and then
    // none for `quietMs` (0: until the first round), or `timeoutMs` passed.
    bool wait(int quietMs, int timeoutMs)
    {
        QEventLoop loop;
        QTimer check;
        check.setTimerType(Qt::PreciseTimer);
        check.setInterval(2);
        const qint64 deadline = m_clock->nsecsElapsed() + qint64(timeoutMs) * 1'000'000;
        bool painted = false;
        QObject::connect(&check, &QTimer::timeout, &loop, [&]() {
            const qint64 now = m_clock->nsecsElapsed();
            if (m_rounds > 0 && now - m_lastDone >= qint64(quietMs) * 1'000'000) {
                painted = true;
                loop.quit();
            } else if (now > deadline) {
                loop.quit();
            }
        });
        check.start();
        loop.exec();
        return painted;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType() || m_roundPending)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget != m_root && !m_root->isAncestorOf(widget))
            return false;
        m_roundPending = true;
        QMetaObject::invokeMethod(
            this,
            [this]() {
                m_roundPending = false;
                m_lastDone = m_clock->nsecsElapsed();
                if (m_rounds++ == 0)
                    m_firstDone = m_lastDone;
            },
            Qt::QueuedConnection);
        return false;
    }

private:
    QWidget *m_root;
    const QElapsedTimer *m_clock;
    bool m_roundPending = false;
    int m_rounds = 0;
    qint64 m_firstDone = 0;
    qint64 m_lastDone = 0;
};

// Wall-clock nanoseconds from "SECONDS[.FRACTION]" (bash's $EPOCHREALTIME).
std::optional<qint64> unixNs(const QString &text)
{
    const QStringList parts = text.split(u'.');
    bool ok = false;
    const qint64 seconds = parts.value(0).toLongLong(&ok);
    if (!ok || parts.size() > 2)
        return std::nullopt;
    qint64 fraction = 0;
    if (parts.size() == 2) {
        const QString digits = parts.at(1).left(9).leftJustified(9, u'0');
        fraction = digits.toLongLong(&ok);
        if (!ok)
            return std::nullopt;
    }
    return seconds * 1'000'000'000 + fraction;
}

// CPU time of the calling thread: a stall the thread spent computing, or one
// it spent waiting (for a lock, or for a core the other threads held).
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
}

qint64 nowUnixNs()
{
    using namespace std::chrono;
    return duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count();
}

int coldStart(const QString &profileDir, const QString &launchedAt)
{
    const std::optional<qint64> launched = launchedAt.isEmpty() ? std::nullopt : unixNs(launchedAt);
    if (!launchedAt.isEmpty() && !launched) {
        progress(u"--launched-at wants Unix seconds, e.g. 1700000000.123456"_s);
        return 2;
    }
    Desktop desktop;
    if (!desktop.open(profileDir, {}, true))
        return 1;
    PaintWatch watch(desktop.window.get(), &g_sinceMain);
    desktop.window->showPage(Ui::Page::Home);
    desktop.window->show();
    desktop.session->start();
    if (!watch.wait(0, 60'000)) {
        progress(u"the main window did not paint within a minute"_s);
        return 1;
    }
    const qint64 paintedUnix = nowUnixNs() - (g_sinceMain.nsecsElapsed() - watch.firstDoneNs());
    result("coldstart_from_main_ms", msSince(0, watch.firstDoneNs()));
    if (launched)
        result("coldstart_from_launch_ms", msSince(*launched, paintedUnix));
    return 0;
}

int openThread(const QString &profileDir, const QString &threadId, const QString &otherId, int runs,
               const QString &screenshot)
{
    Desktop desktop;
    if (!desktop.open(profileDir, {}, true))
        return 1;
    Ui::MainWindow &window = *desktop.window;
    window.showPage(Ui::Page::Seminars);
    window.show();
    desktop.session->start();
    PaintWatch watch(window.seminarsView(), &g_sinceMain);
    if (!watch.wait(300, 120'000)) {
        progress(u"the Seminars page did not paint within two minutes"_s);
        return 1;
    }
    constexpr int QuietMs = 300;
    for (int run = 1; run <= runs; ++run) {
        // A blinking caret would paint the page while it is otherwise still.
        if (QWidget *focus = QApplication::focusWidget())
            focus->clearFocus();
        watch.reset();
        if (!window.seminarsView()->showItem(otherId) || !watch.wait(QuietMs, 120'000)) {
            progress(u"could not show thread %1"_s.arg(otherId));
            return 1;
        }
        if (QWidget *focus = QApplication::focusWidget())
            focus->clearFocus();
        watch.reset();
        const qint64 start = g_sinceMain.nsecsElapsed();
        if (!window.seminarsView()->showItem(threadId)) {
            progress(u"the Seminars page has no thread %1"_s.arg(threadId));
            return 1;
        }
        const qint64 returned = g_sinceMain.nsecsElapsed();
        if (!watch.wait(QuietMs, 300'000)) {
            progress(u"thread %1 was not painted within five minutes"_s.arg(threadId));
            return 1;
        }
        progress(u"opening %1 of %2: showItem() returned after %3 ms, first paint done at %4 "
                 "ms, last at %5 ms (%6 rounds)"_s.arg(run)
                     .arg(runs)
                     .arg(msSince(start, returned), 0, 'f', 1)
                     .arg(msSince(start, watch.firstDoneNs()), 0, 'f', 1)
                     .arg(msSince(start, watch.lastDoneNs()), 0, 'f', 1)
                     .arg(watch.rounds()));
        result("thread_open_ms", msSince(start, watch.lastDoneNs()));
        result("thread_first_paint_ms", msSince(start, watch.firstDoneNs()));
    }
    result("rss_after_thread_mib", residentMiB("VmRSS"));
    result("rss_peak_mib", residentMiB("VmHWM"));
    if (!screenshot.isEmpty() && !window.grab().save(screenshot)) {
        progress(u"cannot save %1"_s.arg(screenshot));
        return 1;
    }
    return 0;
}

int search(const QString &profileDir, const QString &queriesFile, int passes,
           const QString &threadId)
{
    QFile file(queriesFile);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        progress(u"cannot read %1"_s.arg(queriesFile));
        return 1;
    }
    QStringList queries;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (!line.isEmpty())
            queries << line;
    }
    if (queries.isEmpty()) {
        progress(u"%1 has no queries"_s.arg(queriesFile));
        return 1;
    }
    Core::LocalStore store;
    const QString replica = profileDir + u'/' + Core::LocalStore::replicaFileName();
    if (const Core::Status opened = store.open(replica); !opened) {
        progress(u"cannot open %1: %2"_s.arg(replica, opened.error().detail));
        return 1;
    }
    const Core::Result<int> posts = store.records().count(Core::Entity::Post);
    const Core::Result<int> threads = store.records().count(Core::Entity::Thread);
    if (!posts || !threads) {
        progress(u"cannot count the replica's posts"_s);
        return 1;
    }
    result("replica_posts", *posts);
    result("replica_threads", *threads);
    if (!threadId.isEmpty()) {
        const auto inThread = store.records().listOutline(Core::Entity::Post, {u"thread_id"_s},
                                                          u"thread_id", threadId, {});
        if (!inThread) {
            progress(u"cannot list the posts of %1"_s.arg(threadId));
            return 1;
        }
        result("thread_posts", double(inThread->size()));
    }

    Ui::SearchResultModel model(&store);
    QList<double> times;
    struct Slow {
        double ms;
        QString text;
        int hits;
    };
    QList<Slow> slowest;
    QElapsedTimer clock;
    for (int pass = 0; pass <= passes; ++pass) {
        for (const QString &text : std::as_const(queries)) {
            clock.start();
            const bool ok = model.search(text);
            const double ms = msSince(0, clock.nsecsElapsed());
            if (!ok) {
                progress(u"the search for \"%1\" failed"_s.arg(text));
                return 1;
            }
            if (pass == 0)
                continue; // warming up: the replica's pages come into memory
            times << ms;
            slowest << Slow{ms, text, model.rowCount()};
        }
    }
    std::sort(slowest.begin(), slowest.end(),
              [](const Slow &a, const Slow &b) { return a.ms > b.ms; });
    for (qsizetype i = 0; i < std::min<qsizetype>(5, slowest.size()); ++i) {
        progress(u"slow search: \"%1\" %2 ms (%3 hits shown)"_s.arg(slowest[i].text)
                     .arg(slowest[i].ms, 0, 'f', 1)
                     .arg(slowest[i].hits));
    }
    result("search_queries", double(queries.size()));
    result("search_samples", double(times.size()));
    result("search_p50_ms", percentile(times, 50));
    result("search_p95_ms", percentile(times, 95));
    result("search_max_ms", percentile(times, 100));
    return 0;
}

// Signs in and syncs; with a window (stall), a 5 ms timer on the UI thread
// notes the longest gap between its ticks while the engine pulls and applies.
int syncProfile(const QString &profileDir, const QUrl &server, const QString &user,
                const QString &password, bool withWindow)
{
    Desktop desktop;
    if (!desktop.open(profileDir, server, withWindow))
        return 1;
    desktop.network.setUncompressed(!withWindow);
    Sync::SyncEngine &engine = *desktop.engine;
    QElapsedTimer clock;
    clock.start();

    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    ticker.setInterval(5);
    bool measuring = false;
    qint64 lastTick = 0;
    qint64 lastTickCpu = 0;
    qint64 longestGap = 0;
    qint64 longestGapCpu = 0;
    qint64 longestGapAt = 0;
    qint64 longGaps = 0; // gaps over 50 ms
    Sync::SyncEngine::State stateAtLongest = Sync::SyncEngine::State::Idle;
    QObject::connect(&ticker, &QTimer::timeout, &engine, [&]() {
        const qint64 now = clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (measuring) {
            const qint64 gap = now - lastTick;
            if (gap > 50'000'000)
                ++longGaps;
            if (gap > longestGap) {
                longestGap = gap;
                longestGapCpu = cpu - lastTickCpu;
                longestGapAt = now;
                stateAtLongest = engine.state();
            }
        }
        lastTick = now;
        lastTickCpu = cpu;
    });

    qint64 pullStart = -1;
    QObject::connect(&engine, &Sync::SyncEngine::stateChanged, &engine,
                     [&](Sync::SyncEngine::State state) {
                         if (pullStart < 0 && (state == Sync::SyncEngine::State::Pulling ||
                                               state == Sync::SyncEngine::State::Applying)) {
                             pullStart = clock.nsecsElapsed();
                             lastTick = pullStart;
                             lastTickCpu = threadCpuNs();
                             measuring = withWindow;
                         }
                     });
    int exitCode = 1;
    QEventLoop loop;
    QObject::connect(&engine, &Sync::SyncEngine::finished, &loop, [&](bool ok) {
        const qint64 end = clock.nsecsElapsed();
        measuring = false;
        if (!ok) {
            progress(u"the sync failed: %1"_s.arg(engine.lastError().detail));
            loop.quit();
            return;
        }
        const double seconds = pullStart < 0 ? 0 : msSince(pullStart, end) / 1000.0;
        result("pull_seconds", seconds);
        result("pull_records", double(engine.summary().received));
        result("pull_bytes", double(engine.summary().bytesReceived));
        if (withWindow) {
            progress(
                u"longest gap %1 ms (%5 ms of it on the UI thread's CPU) at %2 s into "
                "the pull (engine %3); %4 gaps over 50 ms"_s.arg(msSince(0, longestGap), 0, 'f', 1)
                    .arg(msSince(pullStart, longestGapAt) / 1000.0, 0, 'f', 2)
                    .arg(
                        QLatin1StringView(QMetaEnum::fromType<Sync::SyncEngine::State>().valueToKey(
                            int(stateAtLongest))))
                    .arg(longGaps)
                    .arg(msSince(0, longestGapCpu), 0, 'f', 1));
            result("pull_longest_ui_gap_ms", msSince(0, longestGap));
            result("pull_longest_ui_gap_cpu_ms", msSince(0, longestGapCpu));
            result("pull_ui_gaps_over_50ms", double(longGaps));
        }
        exitCode = 0;
        loop.quit();
    });

    if (withWindow) {
        QObject::connect(desktop.session.get(), &Ui::SessionController::firstSyncDone, &loop,
                         [&](bool ok) {
                             if (!ok && exitCode != 0) {
                                 progress(u"no sync: the sign-in or the sync failed"_s);
                                 loop.quit();
                             }
                         });
        desktop.window->showPage(Ui::Page::Home);
        desktop.window->show();
        PaintWatch watch(desktop.window.get(), &clock);
        watch.wait(300, 60'000);
        ticker.start();
        desktop.session->start(user, password);
    } else {
        Editing::DeskSession &desk = *desktop.desk;
        desk.setSyncAfterSignIn(false);
        QObject::connect(&desk, &Editing::DeskSession::ready, &engine, &Sync::SyncEngine::syncNow);
        QObject::connect(&desk, &Editing::DeskSession::signInFailed, &loop,
                         [&](const Core::Error &e) {
                             progress(u"the sign-in failed: %1"_s.arg(e.detail));
                             loop.quit();
                         });
        desk.start(user, password);
    }
    QTimer::singleShot(std::chrono::minutes(20), &loop, [&]() {
        progress(u"the sync did not finish within 20 minutes"_s);
        loop.quit();
    });
    loop.exec();
    return exitCode;
}

} // namespace

int main(int argc, char *argv[])
{
    g_sinceMain.start();
    const QByteArray mode = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    const bool gui = mode == "coldstart" || mode == "thread" || mode == "stall";
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    // As app/main.cpp: the same settings and profile locations.
    QCoreApplication::setOrganizationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADERNET_VERSION));
    if (gui)
        QGuiApplication::setDesktopFileName(u"leadernet"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"The helper of bench/replica-scale.sh; see bench/replicascale.cpp."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"mode"_s, u"pull, coldstart, thread, search or stall"_s);
    const QCommandLineOption profile(u"profile"_s, u"The profile folder."_s, u"DIR"_s);
    const QCommandLineOption server(u"server"_s, u"pull, stall: the server."_s, u"URL"_s);
    const QCommandLineOption user(u"user"_s, u"pull, stall: the member (password on stdin)."_s,
                                  u"NAME"_s);
    const QCommandLineOption launchedAt(
        u"launched-at"_s, u"coldstart: Unix time just before the process started."_s, u"SECONDS"_s);
    const QCommandLineOption thread(
        u"thread"_s, u"thread: the thread to open; search: a thread whose posts to count."_s,
        u"ID"_s);
    const QCommandLineOption other(u"other"_s, u"thread: the thread opened in between."_s, u"ID"_s);
    const QCommandLineOption runs(u"runs"_s, u"thread: openings (default 5)."_s, u"N"_s, u"5"_s);
    const QCommandLineOption queries(u"queries"_s, u"search: the texts, one a line."_s, u"FILE"_s);
    const QCommandLineOption passes(u"passes"_s, u"search: timed passes (default 3)."_s, u"N"_s,
                                    u"3"_s);
    const QCommandLineOption picture(
        u"screenshot"_s, u"thread: save a picture of the window at the end to FILE."_s, u"FILE"_s);
    parser.addOptions(
        {profile, server, user, launchedAt, thread, other, runs, picture, queries, passes});
    parser.process(*app);

    const QStringList positional = parser.positionalArguments();
    const QString profileDir = QDir(parser.value(profile)).absolutePath();
    auto usage = [&](const char *why) {
        std::fprintf(stderr, "leadernet-bench-replica-scale: %s\n", why);
        return 2;
    };
    if (positional.size() != 1 || !parser.isSet(profile))
        return usage("give one mode and --profile DIR (see --help)");
    const QString chosen = positional.constFirst();
    if (chosen == u"pull" || chosen == u"stall") {
        if (!parser.isSet(server) || !parser.isSet(user))
            return usage("pull and stall need --server and --user");
        const QString password = QTextStream(stdin).readLine();
        return syncProfile(profileDir, QUrl(parser.value(server)), parser.value(user), password,
                           chosen == u"stall");
    }
    if (chosen == u"coldstart")
        return coldStart(profileDir, parser.value(launchedAt));
    if (chosen == u"thread") {
        bool ok = false;
        const int n = parser.value(runs).toInt(&ok);
        if (!parser.isSet(thread) || !parser.isSet(other) || !ok || n < 1)
            return usage("thread needs --thread, --other and a positive --runs");
        return openThread(profileDir, parser.value(thread), parser.value(other), n,
                          parser.value(picture));
    }
    if (chosen == u"search") {
        bool ok = false;
        const int n = parser.value(passes).toInt(&ok);
        if (!parser.isSet(queries) || !ok || n < 1)
            return usage("search needs --queries and a positive --passes");
        return search(profileDir, parser.value(queries), n, parser.value(thread));
    }
    return usage("the mode is one of pull, coldstart, thread, search, stall");
}

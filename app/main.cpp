// The leadernet desktop app: reads the command line, builds the objects and
// connects them. Everything with behaviour lives in ui/, sync/ and core/.

#include "accountmanager.h"
#include "apiclient.h"
#include "clock.h"
#include "desksession.h"
#include "errortext.h"
#include "keychaincredentialstore.h"
#include "languagemanager.h"
#include "localstore.h"
#include "mainwindow.h"
#include "networkstatus.h"
#include "page.h"
#include "prompter.h"
#include "screenshottask.h"
#include "sessioncontroller.h"
#include "signindialog.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QMessageBox>
#include <QNetworkAccessManager>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Qt aborts when its platform plugin finds no display; say why instead.
bool displayAvailable(int argc, char *argv[], const char **why)
{
    QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "-platform") == 0 || qstrcmp(argv[i], "--platform") == 0)
            platform = argv[i + 1];
    }
    const bool x11 = qEnvironmentVariableIsSet("DISPLAY");
    const bool wayland = qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
    if (platform.startsWith("xcb")) {
        *why = "QT_QPA_PLATFORM is xcb but DISPLAY is not set";
        return x11;
    }
    if (platform.startsWith("wayland")) {
        *why = "QT_QPA_PLATFORM is wayland but WAYLAND_DISPLAY is not set";
        return wayland;
    }
    *why = "DISPLAY is not set";
    return !platform.isEmpty() || x11 || wayland;
}

// --language must be known before the translated help text is built.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a.startsWith(u"--language="_s))
            return a.mid(11);
        if (a == u"--language" && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    const char *why = nullptr;
    if (!displayAvailable(argc, argv, &why)) {
        std::fprintf(stderr,
                     "leadernet: no graphical display is available (%s). Run it from a "
                     "desktop session, or use xvfb-run.\n",
                     why);
        return 1;
    }

    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADERNET_VERSION));
    QGuiApplication::setDesktopFileName(u"leadernet"_s);

    I18n::LanguageManager languages;
    const QString languageOverride = languageArgument(app.arguments());
    if (languageOverride.isEmpty() || !languages.setLanguage(languageOverride))
        languages.setLanguage(I18n::LanguageManager::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "LeaderNet Desktop: courses, seminars and action plans, "
                "with or without a connection."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profileOption(
        u"profile"_s, QCoreApplication::translate("main", "Keep this profile in <folder>."),
        QCoreApplication::translate("main", "folder"));
    const QCommandLineOption serverOption(
        u"server"_s, QCoreApplication::translate("main", "Sync with the server at <url>."),
        QCoreApplication::translate("main", "url"));
    const QCommandLineOption userOption(
        u"user"_s, QCoreApplication::translate("main", "Sign in as <name> at start."),
        QCoreApplication::translate("main", "name"));
    const QCommandLineOption passwordOption(
        u"password-stdin"_s, QCoreApplication::translate(
                                 "main", "Read the password for --user from the standard input."));
    const QCommandLineOption screenshotOption(
        u"screenshot"_s,
        QCoreApplication::translate(
            "main", "Save a picture of the window to <file> after the first sync, then quit."),
        QCoreApplication::translate("main", "file"));
    const QCommandLineOption pageOption(
        u"page"_s,
        QCoreApplication::translate(
            "main",
            "Open this page: home, courses, seminars, plans, timeline (the plan's timeline), "
            "reviews, results, sync or members; with --screenshot also welcome or join (the "
            "first run's steps)."),
        QCoreApplication::translate("main", "page"));
    const QCommandLineOption languageOption(
        u"language"_s,
        QCoreApplication::translate(
            "main", "Use this language for this run only: en, es, fr, pt, ar or ru."),
        QCoreApplication::translate("main", "code"));
    const QCommandLineOption coAuthorOption(
        u"co-author"_s,
        QCoreApplication::translate(
            "main", "Once signed in, also sign <name> in at this desk, with the password on the "
                    "next line of the standard input (after the one for --user). Repeatable."),
        QCoreApplication::translate("main", "name"));
    parser.addOptions({profileOption, serverOption, userOption, passwordOption, screenshotOption,
                       pageOption, languageOption, coAuthorOption});
    parser.process(app);

    const QString profileDir = parser.isSet(profileOption)
                                   ? QDir(parser.value(profileOption)).absolutePath()
                                   : Core::LocalStore::defaultProfileDir();
    // "timeline" is the plans page with the plan's timeline shown.
    const QString pageName = parser.isSet(pageOption) ? parser.value(pageOption) : u"home"_s;
    const bool timeline = pageName == u"timeline";
    // The first run's welcome and join steps, pictured (--screenshot).
    const bool firstRun = pageName == u"welcome" || pageName == u"join";
    const auto page = Ui::pageFromName(timeline ? u"plans"_s : firstRun ? u"home"_s : pageName);
    if (!page) {
        std::fprintf(stderr, "leadernet: unknown page \"%s\"\n",
                     qPrintable(parser.value(pageOption)));
        return 2;
    }
    QString password;
    // Team members at the desk from the start, and their passwords.
    QList<std::pair<QString, QString>> coAuthors;
    if (parser.isSet(passwordOption)) {
        QTextStream in(stdin);
        password = in.readLine();
        for (const QString &name : parser.values(coAuthorOption))
            coAuthors.append({name, in.readLine()});
    }

    QNetworkAccessManager network;
    Sync::ApiClient api(&network);
    Sync::KeychainCredentialStore credentials;
    Sync::AccountManager accounts(&api, &credentials, profileDir);
    // Without one (a first run), the welcome asks for the community's server.
    const QUrl server = parser.isSet(serverOption) ? QUrl::fromUserInput(parser.value(serverOption))
                                                   : accounts.rememberedAccount().server;
    api.setServer(server);

    Core::LocalStore store;
    QDir().mkpath(profileDir);
    const QString replica = profileDir + u'/' + Core::LocalStore::replicaFileName();
    if (const Core::Status opened = store.open(replica); !opened) {
        const QString message = Ui::errorText(opened.error());
        std::fprintf(stderr, "leadernet: %s (%s)\n", qPrintable(message), qPrintable(replica));
        if (!parser.isSet(screenshotOption))
            QMessageBox::critical(nullptr, u"LeaderNet"_s, message);
        return 1;
    }
    Sync::SyncEngine engine(&store, &api);
    Editing::DeskSession desk(&accounts, &engine);
    Ui::MessageBoxPrompter prompter;
    // Syncs on its own: on start, when the network returns, periodically
    // and after changes, within the person's data settings.
    Sync::SystemNetworkStatus networkStatus;
    Sync::SyncScheduler scheduler(&engine, &api, &networkStatus, Core::Clock::system());

    const Ui::AppServices services{&store,     &api,      &accounts, &engine,
                                   &languages, &prompter, &desk,     &scheduler};
    Ui::MainWindow window(services);
    Ui::SessionController session(services, &window);

    std::unique_ptr<Ui::ScreenshotTask> screenshot;
    if (parser.isSet(screenshotOption)) {
        session.setInteractive(false);
        screenshot =
            std::make_unique<Ui::ScreenshotTask>(&window, parser.value(screenshotOption), *page);
        screenshot->setShowTimeline(timeline);
        QObject::connect(screenshot.get(), &Ui::ScreenshotTask::finished, &app,
                         [](bool ok) { QCoreApplication::exit(ok ? 0 : 1); });
    }
    // After the first sync: the co-authors, one after the other, then the
    // picture (when one is asked for).
    auto next = [&desk, &coAuthors, &screenshot]() {
        if (!coAuthors.isEmpty()) {
            const auto [name, secret] = coAuthors.takeFirst();
            desk.addCoAuthor(name, secret);
        } else if (screenshot) {
            screenshot->run();
        }
    };
    QObject::connect(&session, &Ui::SessionController::firstSyncDone, &desk, next,
                     Qt::SingleShotConnection);
    QObject::connect(&desk, &Editing::DeskSession::coAuthorAdded, &desk, next);
    QObject::connect(&desk, &Editing::DeskSession::coAuthorFailed, &desk,
                     [next](const QString &name, const Core::Error &error) {
                         std::fprintf(stderr, "leadernet: cannot add %s at this desk: %s\n",
                                      qPrintable(name), qPrintable(Ui::errorText(error)));
                         next();
                     });
    window.showPage(*page);
    window.show();
    if (screenshot && firstRun) {
        // As a person sees it on a computer with nothing on it yet.
        session.setInteractive(true);
        session.showSignIn();
        Ui::SignInDialog *dialog = session.signInDialog();
        if (pageName == u"join") {
            dialog->showStep(Ui::SignInDialog::Step::Join);
        } else {
            dialog->startWelcome(server);
        }
        screenshot->runOn(dialog);
        return app.exec();
    }
    session.start(parser.value(userOption), password);
    if (!screenshot)
        scheduler.start(); // pictures show what the first sync brought, nothing later
    return app.exec();
}

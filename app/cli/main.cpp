// leadernet-sync: the headless LeaderNet client, for scripted and scheduled
// syncs. Same replica and sync engine as the desktop app.
#include "languagemanager.h"
#include "localstore.h"
#include "synccommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QUrl>

#include <cstdio>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationName(u"LeaderNet"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADERNET_VERSION));

    I18n::LanguageManager languages;
    languages.setLanguage(I18n::LanguageManager::preferredLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(App::SyncCommand::tr(
        "Synchronises a LeaderNet replica without a window.\n\n"
        "Commands:\n"
        "  login MEMBER          sign in (password on standard input)\n"
        "  sync [MEMBER]         send, then receive changes (with MEMBER: password on\n"
        "                        standard input)\n"
        "  verify [MEMBER]       compare the replica with the server (exit 4 when they differ)\n"
        "  status                pending and refused changes, conflicts, last sync, cursor\n"
        "  add-author MEMBER     sign in another member at this computer (password on\n"
        "                        standard input); their changes go with their own sign-in\n"
        "  remove-author MEMBER  sign that member out of this computer\n"
        "  logout                forget the signed-in member"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(u"profile"_s, App::SyncCommand::tr("The profile folder."),
                                     u"DIR"_s, Core::LocalStore::defaultProfileDir());
    const QCommandLineOption server(u"server"_s, App::SyncCommand::tr("The server address."),
                                    u"URL"_s);
    const QCommandLineOption trust(
        u"trust-certificate"_s,
        App::SyncCommand::tr("Also trust the certificate(s) in this PEM file for HTTPS (the "
                             "server's own CA, or its self-signed certificate)."),
        u"FILE"_s);
    parser.addOptions({profile, server, trust});
    parser.addPositionalArgument(
        u"command"_s,
        App::SyncCommand::tr("login, sync, verify, status, add-author, remove-author or logout"));
    parser.process(app);

    QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        QTextStream(stderr) << parser.helpText();
        return App::ExitUsage;
    }
    const QString command = args.takeFirst();
    QString password;
    if (command == u"login" || command == u"add-author" ||
        ((command == u"sync" || command == u"verify") && !args.isEmpty())) {
        QTextStream in(stdin);
        password = in.readLine();
    }

    App::SyncCommand run(parser.value(profile), QUrl(parser.value(server)));
    if (parser.isSet(trust) && !run.trustCertificates(parser.value(trust)))
        return App::ExitUsage;
    int exitCode = App::ExitFailed;
    QObject::connect(&run, &App::SyncCommand::finished, &app, [&](int code) {
        exitCode = code;
        app.quit();
    });
    QMetaObject::invokeMethod(
        &run, [&]() { run.run(command, args, password); }, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}

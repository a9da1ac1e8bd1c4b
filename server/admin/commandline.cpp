#include "commandline.h"

#include "accountservice.h"
#include "accountstore.h"
#include "admincommands.h"
#include "authservice.h"
#include "communityexport.h"
#include "communityimport.h"
#include "demoseeder.h"
#include "entityschema.h"
#include "httpapi.h"
#include "mailmessage.h"
#include "mailsender.h"
#include "passwords.h"
#include "serverstore.h"
#include "signinstore.h"
#include "storewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <future>
#include <pthread.h>
#include <thread>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcServerCli, "leadernet.server.cli")

namespace Server {

using namespace Qt::StringLiterals;

namespace {

constexpr auto DefaultListen = "127.0.0.1:8470"_L1;
constexpr auto EmbeddedContent = ":/demo/community.json"_L1;

struct ListenAddress {
    QString host;
    int port = -1;
};

// "HOST:PORT" or "[v6]:PORT".
std::optional<ListenAddress> parseListen(const QString &text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int port = text.mid(colon + 1).toInt(&ok);
    if (!ok || port < 0 || port > 65535 || host.isEmpty())
        return std::nullopt;
    return ListenAddress{host, port};
}

// --help: every command and what it takes.
QString description()
{
    return u"LeaderNet sync server.\n\n"
           "Commands:\n"
           "  serve --data DIR [--listen HOST:PORT] [--tls-cert FILE --tls-key FILE]\n"
           "        [--smtp URL --mail-from ADDRESS] [--daily-quota MIB]\n"
           "        [--max-attachment MIB]\n"
           "                                          serve the HTTP API (default %1); HTTPS\n"
           "                                          with a PEM certificate chain and key;\n"
           "                                          mail activation and reset tokens to the\n"
           "                                          members who gave an e-mail address, through\n"
           "                                          smtp://[USER[:PASSWORD]@]HOST[:PORT] (port\n"
           "                                          25, STARTTLS when offered) or smtps://...\n"
           "                                          (TLS, port 465); the password may come\n"
           "                                          from LEADERNET_SMTP_PASSWORD instead; each\n"
           "                                          member may store MIB a day through sync\n"
           "                                          (default 64); members may upload\n"
           "                                          attachments of up to MIB (default 25)\n"
           "  seed-demo --data DIR [--password P] [--content FILE]\n"
           "                                          fill an empty store with the demo community\n"
           "  create-member --data DIR --username U --name NAME [--role R]...\n"
           "                [--email ADDRESS]         add an account; the password is read from "
           "stdin\n"
           "  import --data DIR FILE                  add a community (or a changes file) from "
           "NDJSON\n"
           "  export --data DIR FILE                  write the store's community as NDJSON\n"
           "  set-password --data DIR NAME_OR_ID      set an account's password (read from stdin)\n"
           "                                          and activate it; NAME_OR_ID is a user name\n"
           "                                          or a member id\n"
           "  set-role --data DIR NAME_OR_ID --role R [--role R]...\n"
           "                                          replace a member's roles (member,\n"
           "                                          facilitator, admin)\n"
           "  activate --data DIR NAME_OR_ID          activate an account (a registration, or\n"
           "                                          one disabled)\n"
           "  disable --data DIR NAME_OR_ID           disable an account: it cannot sign in and\n"
           "                                          its sign-ins end at once\n"
           "  activation-tokens --data DIR            list the registrations waiting for\n"
           "                                          activation, each with a fresh token\n"
           "  reset-tokens --data DIR NAME_OR_ID      issue a password reset token for an account\n"
           "  add-course --data DIR FOLDER            add a course from a folder of Markdown "
           "files:\n"
           "                                          course.md (\"# Title\", \"language: xx\",\n"
           "                                          summary), modules NN-name/ (module.md\n"
           "                                          optional), lessons NN-name.md (\"# Title\",\n"
           "                                          body)\n"
           "  add-seminar --data DIR --title T --language L --starts YYYY-MM-DD\n"
           "              --ends YYYY-MM-DD [--facilitator NAME]... [--description TEXT]\n"
           "                                          add a seminar\n"
           "  add-program --data DIR --title T --kind K --cohort C --language L\n"
           "              --starts YYYY-MM-DD --ends YYYY-MM-DD [--facilitator NAME]...\n"
           "                                          add a virtual program\n"
           "  add-team --data DIR --program PROGRAM --name NAME [--organisation O]\n"
           "           [--country C] [--coach NAME]   add a team (and its empty action plan) to\n"
           "                                          a program (its id or title)\n"
           "  add-to-team --data DIR TEAM NAME_OR_ID...\n"
           "                                          add members to a team (its id or name)\n"
           "  set-rubric --data DIR PROGRAM FILE      set the review rubric of a program (its id\n"
           "                                          or title) from a JSON file: criteria\n"
           "                                          scored 1-4 (docs/rubric.md)\n\n"
           "Every command takes either --data DIR (SQLite in DIR) or --database\n"
           "postgresql://USER:PASSWORD@HOST[:PORT]/DBNAME[?sslmode=MODE] (an existing\n"
           "PostgreSQL database)."_s.arg(DefaultListen);
}

QString urlHost(const QString &host)
{
    return host.contains(u':') ? u"[%1]"_s.arg(host) : host;
}

} // namespace

Core::Status CommandLine::openStore(ServerStore &store)
{
    if (store.dialect() == SqlDialect::Sqlite) {
        // The directory is the server's alone (0700), whatever the umask;
        // the store's files are made 0600 when opened (Core::openSqlite).
        const QString dataDir = QFileInfo(store.location().sqlitePath).absolutePath();
        if (!QFileInfo::exists(dataDir)) {
            if (!QDir().mkpath(dataDir) ||
                !QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                                    QFileDevice::ExeOwner)) {
                return Core::makeError(Core::ErrorCode::DatabaseOpen,
                                       u"cannot create the data directory %1"_s.arg(dataDir));
            }
        }
    }
    return store.open();
}

CommandLine::CommandLine(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

int CommandLine::usageError(const QString &message)
{
    m_err << "leadernet-server: " << message << "\n"
          << "Try 'leadernet-server --help'.\n";
    m_err.flush();
    return UsageError;
}

int CommandLine::failure(const QString &message)
{
    m_err << "leadernet-server: " << message << "\n";
    m_err.flush();
    return Failure;
}

// Every option of every command. Each command takes only its own (and
// --data or --database): CommandLine::checkUsage().
struct CommandLine::Options {
    const QCommandLineOption help{{u"h"_s, u"help"_s}, u"Show this help."_s};
    const QCommandLineOption version{{u"v"_s, u"version"_s}, u"Show the version."_s};
    const QCommandLineOption data{u"data"_s, u"The server's data directory."_s, u"DIR"_s};
    const QCommandLineOption database{
        u"database"_s, u"A PostgreSQL database to use instead of --data."_s, u"URL"_s};
    const QCommandLineOption listen{u"listen"_s, u"serve: address to listen on (port 0: any)."_s,
                                    u"HOST:PORT"_s};
    const QCommandLineOption password{
        u"password"_s, u"seed-demo: password of every demo account (default: random)."_s, u"P"_s};
    const QCommandLineOption content{
        u"content"_s, u"seed-demo: community JSON to use instead of the built-in one."_s,
        u"FILE"_s};
    const QCommandLineOption username{u"username"_s, u"create-member: user name."_s, u"U"_s};
    const QCommandLineOption name{
        u"name"_s, u"create-member: display name; add-team: the team's name."_s, u"NAME"_s};
    const QCommandLineOption role{
        u"role"_s, u"create-member, set-role: member, facilitator or admin (repeatable)."_s,
        u"R"_s};
    const QCommandLineOption tlsCert{
        u"tls-cert"_s, u"serve: the PEM certificate (chain) to serve HTTPS with."_s, u"FILE"_s};
    const QCommandLineOption tlsKey{u"tls-key"_s, u"serve: the PEM private key of --tls-cert."_s,
                                    u"FILE"_s};
    const QCommandLineOption dailyQuota{
        u"daily-quota"_s,
        u"serve: MiB each member may store a day through sync (default 64; 0: no limit)."_s,
        u"MIB"_s};
    const QCommandLineOption maxAttachment{
        u"max-attachment"_s,
        u"serve: the largest attachment a member may upload, in MiB (default 25)."_s, u"MIB"_s};
    const QCommandLineOption smtp{
        u"smtp"_s,
        u"serve: mail tokens through this SMTP server: smtp://[USER[:PASSWORD]@]HOST[:PORT] "
        "(STARTTLS when offered) or smtps://... (TLS); needs --mail-from."_s,
        u"URL"_s};
    const QCommandLineOption mailFrom{
        u"mail-from"_s, u"serve: the address the mails come from; needs --smtp."_s, u"ADDRESS"_s};
    const QCommandLineOption email{
        u"email"_s, u"create-member: the member's e-mail address (private)."_s, u"ADDRESS"_s};
    const QCommandLineOption title{u"title"_s, u"add-seminar, add-program: the title."_s, u"T"_s};
    const QCommandLineOption language{
        u"language"_s, u"add-seminar, add-program: language code (en, fr, es, pt, ar, ru …)."_s,
        u"L"_s};
    const QCommandLineOption starts{u"starts"_s, u"add-seminar, add-program: first day."_s,
                                    u"YYYY-MM-DD"_s};
    const QCommandLineOption ends{u"ends"_s, u"add-seminar, add-program: last day."_s,
                                  u"YYYY-MM-DD"_s};
    const QCommandLineOption facilitator{
        u"facilitator"_s, u"add-seminar, add-program: a facilitator (repeatable)."_s, u"NAME"_s};
    const QCommandLineOption description{u"description"_s, u"add-seminar: what it is about."_s,
                                         u"TEXT"_s};
    const QCommandLineOption kind{
        u"kind"_s, u"add-program: the kind of program, e.g. leadership_development."_s, u"K"_s};
    const QCommandLineOption cohort{u"cohort"_s, u"add-program: the cohort, e.g. 2026-B."_s,
                                    u"C"_s};
    const QCommandLineOption program{u"program"_s, u"add-team: the program's id or title."_s,
                                     u"PROGRAM"_s};
    const QCommandLineOption organisation{u"organisation"_s, u"add-team: the organisation."_s,
                                          u"O"_s};
    const QCommandLineOption country{u"country"_s, u"add-team: the country."_s, u"C"_s};
    const QCommandLineOption coach{u"coach"_s, u"add-team: the team's coach."_s, u"NAME"_s};

    // The options that belong to commands (not --help, --version or the store).
    QList<const QCommandLineOption *> ofCommands() const
    {
        return {&listen,       &password,   &content,     &username,     &name,  &role,   &tlsCert,
                &tlsKey,       &dailyQuota, &smtp,        &mailFrom,     &email, &title,  &language,
                &starts,       &ends,       &facilitator, &description,  &kind,  &cohort, &program,
                &organisation, &country,    &coach,       &maxAttachment};
    }
};

int CommandLine::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addPositionalArgument(u"command"_s, u"One of the commands above."_s);
    const Options o;
    parser.addOptions({o.help, o.version, o.data, o.database});
    for (const QCommandLineOption *option : o.ofCommands())
        parser.addOption(*option);
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(o.help)) {
        m_out << parser.helpText();
        m_out.flush();
        return Success;
    }
    if (parser.isSet(o.version)) {
        m_out << "leadernet-server " << LEADERNET_VERSION << "\n";
        m_out.flush();
        return Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(u"no command given"_s);
    const QString command = positional.constFirst();
    const QStringList commandArguments = positional.mid(1);
    if (const int refused = checkUsage(parser, o, command, commandArguments); refused != Success)
        return refused;
    if (const int refused = chooseStore(parser, o, command); refused != Success)
        return refused;
    return runCommand(parser, o, command, commandArguments);
}

int CommandLine::checkUsage(const QCommandLineParser &parser, const Options &o,
                            const QString &command, const QStringList &commandArguments)
{
    // Per command: the arguments after it (at least, at most; -1: any number),
    // what to say when they are missing, and the options it takes.
    struct CommandSpec {
        qsizetype minArguments = 0;
        qsizetype maxArguments = 0;
        QString missing;
        QList<const QCommandLineOption *> options;
    };
    const QString account = u"%1 needs the account: a user name or a member id"_s.arg(command);
    const QHash<QString, CommandSpec> commands{
        {u"serve"_s,
         {0,
          0,
          {},
          {&o.listen, &o.tlsCert, &o.tlsKey, &o.smtp, &o.mailFrom, &o.dailyQuota,
           &o.maxAttachment}}},
        {u"seed-demo"_s, {0, 0, {}, {&o.password, &o.content}}},
        {u"create-member"_s, {0, 0, {}, {&o.username, &o.name, &o.role, &o.email}}},
        {u"import"_s, {1, 1, u"import needs a FILE"_s, {}}},
        {u"export"_s, {1, 1, u"export needs a FILE"_s, {}}},
        {u"set-password"_s, {1, 1, account, {}}},
        {u"set-role"_s, {1, 1, account, {&o.role}}},
        {u"activate"_s, {1, 1, account, {}}},
        {u"disable"_s, {1, 1, account, {}}},
        {u"activation-tokens"_s, {0, 0, {}, {}}},
        {u"reset-tokens"_s, {1, 1, account, {}}},
        {u"add-course"_s, {1, 1, u"add-course needs a FOLDER of Markdown files"_s, {}}},
        {u"add-seminar"_s,
         {0, 0, {}, {&o.title, &o.language, &o.starts, &o.ends, &o.facilitator, &o.description}}},
        {u"add-program"_s,
         {0,
          0,
          {},
          {&o.title, &o.kind, &o.cohort, &o.language, &o.starts, &o.ends, &o.facilitator}}},
        {u"add-team"_s, {0, 0, {}, {&o.program, &o.name, &o.organisation, &o.country, &o.coach}}},
        {u"set-rubric"_s, {2, 2, u"set-rubric needs a PROGRAM (id or title) and a FILE"_s, {}}},
        {u"add-to-team"_s,
         {2, -1, u"add-to-team needs a TEAM (id or name) and one or more members"_s, {}}},
    };
    if (!commands.contains(command))
        return usageError(u"unknown command '%1'"_s.arg(command));
    const CommandSpec &spec = commands.value(command);
    if (commandArguments.size() < spec.minArguments)
        return usageError(spec.missing);
    if (spec.maxArguments >= 0 && commandArguments.size() > spec.maxArguments)
        return usageError(
            u"unexpected argument '%1'"_s.arg(commandArguments.at(spec.maxArguments)));
    for (const QCommandLineOption *option : o.ofCommands()) {
        if (parser.isSet(*option) && !spec.options.contains(option)) {
            return usageError(
                u"--%1 does not apply to %2"_s.arg(option->names().constFirst(), command));
        }
    }
    // Options a command cannot do without.
    const QHash<QString, QList<const QCommandLineOption *>> required{
        {u"create-member"_s, {&o.username, &o.name}},
        {u"set-role"_s, {&o.role}},
        {u"add-seminar"_s, {&o.title, &o.language, &o.starts, &o.ends}},
        {u"add-program"_s, {&o.title, &o.kind, &o.cohort, &o.language, &o.starts, &o.ends}},
        {u"add-team"_s, {&o.program, &o.name}},
    };
    QStringList missing;
    for (const QCommandLineOption *option : required.value(command)) {
        if (!parser.isSet(*option))
            missing << u"--"_s + option->names().constFirst();
    }
    if (!missing.isEmpty())
        return usageError(u"%1 needs %2"_s.arg(command, missing.join(u", "_s)));

    return Success;
}

// The store: --data DIR (SQLite) or --database URL (PostgreSQL), never both.
int CommandLine::chooseStore(const QCommandLineParser &parser, const Options &o,
                             const QString &command)
{
    if (parser.isSet(o.data) && parser.isSet(o.database))
        return usageError(u"give --data DIR or --database URL, not both"_s);
    if (parser.isSet(o.database)) {
        const Core::Result<PostgresUrl> url = PostgresUrl::parse(parser.value(o.database));
        if (!url)
            return usageError(url.error().detail);
        m_location = StoreLocation::postgresql(*url);
    } else if (!parser.isSet(o.data) || parser.value(o.data).isEmpty()) {
        return usageError(u"%1 needs --data DIR or --database URL"_s.arg(command));
    } else {
        m_location = StoreLocation::sqlite(ServerStore::fileIn(parser.value(o.data)));
    }
    return Success;
}

int CommandLine::runCommand(const QCommandLineParser &parser, const Options &o,
                            const QString &command, const QStringList &commandArguments)
{
    if (command == u"serve")
        return serveCommand(parser, o);
    if (command == u"import")
        return importCommunity(commandArguments.at(0));
    if (command == u"export")
        return exportCommunity(commandArguments.at(0));
    if (command == u"set-password")
        return setPassword(commandArguments.at(0));
    if (command == u"seed-demo") {
        if (parser.isSet(o.password) &&
            parser.value(o.password).size() < AuthService::MinPasswordLength) {
            return usageError(
                u"the password needs at least %1 characters"_s.arg(AuthService::MinPasswordLength));
        }
        return seedDemo(parser.value(o.data), parser.value(o.password), parser.value(o.content));
    }
    if (command == u"set-role") {
        if (Core::Status s = AdminCommands::checkRoles(parser.values(o.role)); !s)
            return usageError(s.error().detail);
        return setRole(commandArguments.at(0), parser.values(o.role));
    }
    if (command == u"activate")
        return activate(commandArguments.at(0));
    if (command == u"disable")
        return disable(commandArguments.at(0));
    if (command == u"activation-tokens")
        return activationTokens();
    if (command == u"reset-tokens")
        return resetTokens(commandArguments.at(0));
    if (command == u"add-course")
        return addCourse(commandArguments.at(0));
    if (command == u"add-seminar" || command == u"add-program")
        return addSeminarOrProgram(parser, o, command == u"add-seminar");
    if (command == u"add-team") {
        if (parser.value(o.program).trimmed().isEmpty())
            return usageError(u"--program is empty"_s);
        if (Core::Status s = AdminCommands::checkTitle(parser.value(o.name), u"--name"_s); !s)
            return usageError(s.error().detail);
        return addTeam({parser.value(o.program), parser.value(o.name), parser.value(o.organisation),
                        parser.value(o.country), parser.value(o.coach)});
    }
    if (command == u"add-to-team")
        return addToTeam(commandArguments.at(0), commandArguments.mid(1));
    if (command == u"set-rubric")
        return setRubric(commandArguments.at(0), commandArguments.at(1));

    return createMemberCommand(parser, o);
}

int CommandLine::serveCommand(const QCommandLineParser &parser, const Options &o)
{
    if (parser.isSet(o.tlsCert) != parser.isSet(o.tlsKey))
        return usageError(u"give both --tls-cert FILE and --tls-key FILE, or neither"_s);
    for (const QCommandLineOption *option : {&o.tlsCert, &o.tlsKey}) {
        const QString file = parser.value(*option);
        if (parser.isSet(*option) && !QFileInfo(file).isReadable()) {
            return usageError(
                u"--%1: %2 is not a readable file"_s.arg(option->names().constFirst(), file));
        }
    }
    m_tlsCertificate = parser.value(o.tlsCert);
    m_tlsKey = parser.value(o.tlsKey);
    if (parser.isSet(o.dailyQuota)) {
        bool ok = false;
        const qint64 mib = parser.value(o.dailyQuota).toLongLong(&ok);
        if (!ok || mib < 0 || mib > 1024 * 1024)
            return usageError(u"--daily-quota wants a number of MiB (0: no limit)"_s);
        m_dailyQuota = mib * 1024 * 1024;
    }
    if (parser.isSet(o.maxAttachment)) {
        bool ok = false;
        const qint64 mib = parser.value(o.maxAttachment).toLongLong(&ok);
        // The front holds a whole upload in memory: a GiB is plenty.
        if (!ok || mib < 1 || mib > 1024)
            return usageError(u"--max-attachment wants a number of MiB from 1 to 1024"_s);
        m_maxAttachmentBytes = mib * 1024 * 1024;
    }
    if (parser.isSet(o.smtp) != parser.isSet(o.mailFrom))
        return usageError(u"give both --smtp URL and --mail-from ADDRESS, or neither"_s);
    if (parser.isSet(o.smtp)) {
        const Core::Result<SmtpSettings> settings = SmtpSettings::parse(
            parser.value(o.smtp), qEnvironmentVariable("LEADERNET_SMTP_PASSWORD"));
        if (!settings)
            return usageError(settings.error().detail);
        const Core::Result<QString> from = MailAddress::check(parser.value(o.mailFrom));
        if (!from)
            return usageError(u"--mail-from: %1"_s.arg(from.error().detail));
        m_smtp = *settings;
        m_mailFrom = *from;
    }
    return serve(parser.isSet(o.listen) ? parser.value(o.listen) : QString(DefaultListen));
}

int CommandLine::addSeminarOrProgram(const QCommandLineParser &parser, const Options &o,
                                     bool isSeminar)
{
    Core::Status checked = AdminCommands::checkTitle(parser.value(o.title), u"--title"_s);
    if (checked && !isSeminar)
        checked = AdminCommands::checkKind(parser.value(o.kind));
    if (checked && !isSeminar)
        checked = AdminCommands::checkTitle(parser.value(o.cohort), u"--cohort"_s);
    if (checked)
        checked = AdminCommands::checkLanguage(parser.value(o.language), u"--language"_s);
    if (checked)
        checked = AdminCommands::checkDates(parser.value(o.starts), parser.value(o.ends));
    if (!checked)
        return usageError(checked.error().detail);
    if (isSeminar) {
        return addSeminar({parser.value(o.title), parser.value(o.language), parser.value(o.starts),
                           parser.value(o.ends), parser.value(o.description),
                           parser.values(o.facilitator)});
    }
    return addProgram({parser.value(o.title), parser.value(o.kind), parser.value(o.cohort),
                       parser.value(o.language), parser.value(o.starts), parser.value(o.ends),
                       parser.values(o.facilitator)});
}

int CommandLine::createMemberCommand(const QCommandLineParser &parser, const Options &o)
{
    if (!AuthService::isValidUsername(parser.value(o.username)))
        return usageError(u"the user name must match [a-z0-9._-]{2,32}"_s);
    if (parser.value(o.name).trimmed().isEmpty())
        return usageError(u"the display name is empty"_s);
    QStringList roles = parser.values(o.role);
    if (roles.isEmpty())
        roles << u"member"_s;
    if (Core::Status s = AdminCommands::checkRoles(roles); !s)
        return usageError(s.error().detail);
    QString address;
    if (parser.isSet(o.email)) {
        const Core::Result<QString> checked = MailAddress::check(parser.value(o.email));
        if (!checked)
            return usageError(u"--email: %1"_s.arg(checked.error().detail));
        address = *checked;
    }
    return createMember(parser.value(o.username), parser.value(o.name).trimmed(), roles, address);
}

int CommandLine::serve(const QString &listen)
{
    const std::optional<ListenAddress> address = parseListen(listen);
    if (!address)
        return usageError(u"--listen wants HOST:PORT, not '%1'"_s.arg(listen));

    // SIGINT and SIGTERM are taken by sigwait() below; block them before any
    // thread starts so that every thread inherits the mask.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    AuthService auth(store);
    HttpApi::Options options;
    options.tlsCertificate = m_tlsCertificate;
    options.tlsKey = m_tlsKey;
    options.memberDailyQuota = m_dailyQuota;
    options.maxAttachmentBytes = m_maxAttachmentBytes;
    // Mail goes out on a thread of its own; requests only queue it.
    std::unique_ptr<MailSender> mail;
    if (m_smtp) {
        mail = std::make_unique<MailSender>(store, *m_smtp, m_mailFrom);
        options.mailQueued = [sender = mail.get()] {
            sender->wake();
        };
    }
    HttpApi api(store, auth, options);
    const Core::Result<int> port = api.bind(address->host, address->port);
    if (!port)
        return failure(port.error().detail);

    if (mail) {
        m_out << "Mailing activation and reset tokens through " << m_smtp->redacted() << " from "
              << m_mailFrom << "\n";
        mail->start();
    }
    m_out << "leadernet-server listening on " << (api.isTls() ? "https" : "http") << "://"
          << urlHost(address->host) << ':' << *port << "\n";
    m_out.flush();
    std::fflush(stdout);

    std::atomic<bool> stopping{false};
    std::promise<void> ended;
    std::future<void> listenerEnded = ended.get_future();
    std::thread listener([&api, &stopping, &ended] {
        (void)api.run();
        ended.set_value();
        if (!stopping) // ended by itself, not by stop(): wake the main thread
            ::kill(::getpid(), SIGTERM);
    });
    int signal = 0;
    sigwait(&stopSignals, &signal);
    qCInfo(lcServerCli) << "stopping on signal" << signal;
    stopping = true;
    // A mail being handed over is cut off and left due in the outbox, for
    // the next start.
    if (mail)
        mail->stop();
    api.stop();
    // Requests in flight finish. httplib also waits for idle keep-alive
    // connections to time out; once nothing is in flight there is nothing
    // left to wait for, so leave at once (the store is consistent: every
    // write is a committed transaction).
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(30);
    while (listenerEnded.wait_for(std::chrono::milliseconds(200)) != std::future_status::ready) {
        if (api.requestsInFlight() == 0 || std::chrono::steady_clock::now() > deadline) {
            qCInfo(lcServerCli) << "closing idle connections";
            m_out.flush();
            m_err.flush();
            std::fflush(nullptr);
            std::_Exit(Success);
        }
    }
    listener.join();
    return Success;
}

int CommandLine::seedDemo(const QString &dataDir, const QString &password,
                          const QString &contentFile)
{
    const QString path = contentFile.isEmpty() ? QString(EmbeddedContent) : contentFile;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (contentFile.isEmpty())
            return failure(u"this build has no demo content; pass --content FILE"_s);
        return failure(u"cannot read %1: %2"_s.arg(path, file.errorString()));
    }
    const QByteArray json = file.readAll();

    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const bool generated = password.isEmpty();
    const QString demoPassword = generated ? Passwords::readablePassword() : password;
    // The content's files (a lesson's pictures) are in "files" beside it.
    const QString files = contentFile.isEmpty()
                              ? u":/demo/files"_s
                              : QFileInfo(contentFile).absolutePath() + u"/files"_s;
    const DemoFileReader readFile = [files](const QString &name) -> std::optional<QByteArray> {
        QFile f(files + u'/' + name);
        if (QFileInfo(name).fileName() != name || !f.open(QIODevice::ReadOnly))
            return std::nullopt;
        return f.readAll();
    };
    const Core::Result<QList<DemoAccount>> accounts =
        DemoSeeder(store).seed(json, demoPassword, QDate::currentDate(), readFile);
    if (!accounts)
        return failure(u"seed-demo: %1"_s.arg(accounts.error().detail));

    m_out << "Seeded the demo community into "
          << (m_location.dialect == SqlDialect::Sqlite ? QDir(dataDir).absolutePath()
                                                       : m_location.describe())
          << ": " << accounts->size() << " accounts.\n";
    m_out << "Password for every demo account" << (generated ? " (generated)" : "") << ": "
          << demoPassword << "\n\n";
    m_out << "  " << u"username"_s.leftJustified(16) << u"display name"_s.leftJustified(28)
          << "roles\n";
    for (const DemoAccount &a : *accounts) {
        m_out << "  " << a.username.leftJustified(16) << a.displayName.leftJustified(28)
              << a.roles.join(u", "_s) << "\n";
    }
    m_out.flush();
    return Success;
}

int CommandLine::importCommunity(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return failure(u"import: %1 is not a readable file"_s.arg(file));
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    QElapsedTimer timer;
    timer.start();
    CommunityImporter importer(store);
    const Core::Result<ImportSummary> summary = importer.importFile(file);
    if (!summary) {
        for (const QString &line : importer.lineErrors())
            m_err << line << "\n";
        if (importer.errorCount() > importer.lineErrors().size())
            m_err << "... and " << importer.errorCount() - importer.lineErrors().size()
                  << " more\n";
        return failure(u"import: %1"_s.arg(summary.error().detail));
    }
    m_out << "Imported " << summary->lines << " lines of " << file << " as " << summary->total()
          << " records in " << QString::number(double(timer.elapsed()) / 1000.0, 'f', 1) << " s:";
    for (auto it = summary->written.cbegin(); it != summary->written.cend(); ++it)
        m_out << " " << it.key() << " " << it.value();
    m_out << ".\n";
    if (summary->unchanged > 0)
        m_out << summary->unchanged << " records were already stored as they are and left alone.\n";
    if (summary->accountsCreated > 0) {
        m_out << summary->accountsCreated
              << " member accounts were created inactive, without a password.\n";
    }
    m_out.flush();
    return Success;
}

int CommandLine::exportCommunity(const QString &file)
{
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<int> lines = CommunityExporter(store).exportTo(file);
    if (!lines)
        return failure(u"export: %1"_s.arg(lines.error().detail));
    m_out << "Exported " << *lines << " lines to " << file << ".\n";
    m_out.flush();
    return Success;
}

int CommandLine::createMember(const QString &username, const QString &name,
                              const QStringList &roles, const QString &email)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < AuthService::MinPasswordLength) {
        return usageError(u"give the password on stdin, at least %1 characters"_s.arg(
            AuthService::MinPasswordLength));
    }
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    const Core::Result<std::optional<Account>> existing =
        SignInStore(store).accountByUsername(username);
    if (!existing)
        return failure(existing.error().detail);
    if (existing->has_value())
        return failure(u"the user name '%1' is taken"_s.arg(username));
    const Core::Result<QString> hash = Passwords::hash(password);
    if (!hash)
        return failure(hash.error().detail);

    Core::Record member;
    member.entity = QString(Core::Entity::Member);
    member.id = Core::newRecordId();
    member.updatedBy = member.id;
    member.fields = {{u"username"_s, username},
                     {u"display_name"_s, name},
                     {u"roles"_s, QJsonArray::fromStringList(roles)},
                     {u"languages"_s, QJsonArray()},
                     {u"joined"_s, QDate::currentDate().toString(Qt::ISODate)}};
    Core::Result<std::unique_ptr<StoreWriter>> writer = store.beginWrite();
    if (!writer)
        return failure(writer.error().detail);
    if (const Core::Result<qint64> seq = (*writer)->putRecord(member); !seq)
        return failure(seq.error().detail);
    if (Core::Status s = AccountStore(**writer).createAccount(member.id, username, *hash); !s)
        return failure(s.error().detail);
    if (!email.isEmpty()) {
        if (Core::Status s = AccountStore(**writer).setAccountEmail(member.id, email); !s)
            return failure(s.error().detail);
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return failure(s.error().detail);
    m_out << "Created member " << username << " (" << member.id << ") with role(s) "
          << roles.join(u", "_s) << (email.isEmpty() ? "" : " and a private e-mail address")
          << ".\n";
    m_out.flush();
    return Success;
}

int CommandLine::setPassword(const QString &nameOrId)
{
    if (nameOrId.trimmed().isEmpty())
        return usageError(u"set-password needs the account: a user name or a member id"_s);
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < AuthService::MinPasswordLength) {
        return usageError(u"give the password on stdin, at least %1 characters"_s.arg(
            AuthService::MinPasswordLength));
    }
    const Core::Result<QString> hash = Passwords::hash(password);
    if (!hash)
        return failure(hash.error().detail);
    ServerStore store(m_location);
    if (Core::Status s = openStore(store); !s)
        return failure(s.error().detail);
    Core::Result<std::unique_ptr<StoreWriter>> writer = store.beginWrite();
    if (!writer)
        return failure(writer.error().detail);
    const Core::Result<QString> username =
        AccountStore(**writer).setPassword(nameOrId.trimmed(), *hash);
    if (!username) {
        if (username.error().code == Core::ErrorCode::NotFound) {
            return failure(u"no account '%1' in this store (give a user name, as `export` "
                           "writes them, or a member id)"_s.arg(nameOrId.trimmed()));
        }
        return failure(username.error().detail);
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return failure(s.error().detail);
    m_out << "Set the password of " << *username << "; the account is active.\n";
    m_out.flush();
    return Success;
}

} // namespace Server

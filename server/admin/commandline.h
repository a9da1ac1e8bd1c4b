#pragma once

#include "admincommands.h"
#include "protocol.h"
#include "pushservice.h"
#include "smtpclient.h"
#include "sqldialect.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;
class QTextStream;

namespace Server {

class ServerStore;

// The leadernet-server command line: `serve`, `seed-demo`, `create-member`,
// `import`, `export`, `set-password`, and the admin commands of
// AdminCommands (`set-role`, `activate`, `activation-tokens`, `reset-tokens`,
// `add-course`, `add-seminar`, `add-program`, `add-team`, `add-to-team`), each
// with --data DIR (SQLite) or --database URL (PostgreSQL). Returns the process exit code:
// 0 success, 1 failure (the message is on stderr), 2 a usage error.
// Runs on the main thread; `serve` blocks until SIGINT or SIGTERM.
class CommandLine final
{
public:
    enum ExitCode { Success = 0, Failure = 1, UsageError = 2 };

    CommandLine(QTextStream &out, QTextStream &err);
    Q_DISABLE_COPY_MOVE(CommandLine)

    int run(const QStringList &arguments);

private:
    struct Options;
    // The steps of run(): the command's arguments and options, the store it
    // works on (m_location), then the command itself.
    int checkUsage(const QCommandLineParser &parser, const Options &o, const QString &command,
                   const QStringList &commandArguments);
    int chooseStore(const QCommandLineParser &parser, const Options &o, const QString &command);
    int runCommand(const QCommandLineParser &parser, const Options &o, const QString &command,
                   const QStringList &commandArguments);
    // Commands whose options need checking first.
    int serveCommand(const QCommandLineParser &parser, const Options &o);
    int addSeminarOrProgram(const QCommandLineParser &parser, const Options &o, bool isSeminar);
    int createMemberCommand(const QCommandLineParser &parser, const Options &o);

    int serve(const QString &listen);
    int seedDemo(const QString &dataDir, const QString &password, const QString &contentFile);
    int createMember(const QString &username, const QString &name, const QStringList &roles,
                     const QString &email);
    int importCommunity(const QString &file);
    int exportCommunity(const QString &file);
    int setPassword(const QString &nameOrId);
    int setRole(const QString &nameOrId, const QStringList &roles);
    int activate(const QString &nameOrId);
    int disable(const QString &nameOrId);
    int activationTokens();
    int resetTokens(const QString &nameOrId);
    int addCourse(const QString &folder);
    int addSeminar(const AdminCommands::Seminar &seminar);
    int addProgram(const AdminCommands::Program &program);
    int addTeam(const AdminCommands::Team &team);
    int addToTeam(const QString &team, const QStringList &members);
    int setRubric(const QString &program, const QString &file);
    int usageError(const QString &message);
    // Opens `store`, making a SQLite store's data directory first.
    static Core::Status openStore(ServerStore &store);
    QString m_tlsCertificate;
    QString m_tlsKey;
    qint64 m_dailyQuota = PushService::DefaultDailyQuota;
    qint64 m_maxAttachmentBytes = Sync::Protocol::DefaultMaxAttachmentBytes;
    std::optional<SmtpSettings> m_smtp; // serve --smtp: mail tokens
    QString m_mailFrom;
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    StoreLocation m_location; // from --data or --database, set by run()
};

} // namespace Server

#pragma once

#include "sqldialect.h"

#include <QString>
#include <QStringList>

class QTextStream;

namespace Server {

// The leadernet-server command line: `serve`, `seed-demo`, `create-member`,
// `import`, `export` and `set-password`, each with --data DIR (SQLite) or --database URL
// (PostgreSQL). Returns the process exit code:
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
    int serve(const QString &listen);
    int seedDemo(const QString &dataDir, const QString &password, const QString &contentFile);
    int createMember(const QString &username, const QString &name, const QStringList &roles);
    int importCommunity(const QString &file);
    int exportCommunity(const QString &file);
    int setPassword(const QString &nameOrId);
    int usageError(const QString &message);
    QString m_tlsCertificate;
    QString m_tlsKey;
    int failure(const QString &message);

    QTextStream &m_out;
    QTextStream &m_err;
    StoreLocation m_location; // from --data or --database, set by run()
};

} // namespace Server

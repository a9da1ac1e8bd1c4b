// leadernet-server: the sync server's command line. Thin: the work is in
// Server::CommandLine.
#include "commandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_UNIX
    // What the server writes (its store, an export) is its own, whatever
    // umask it was started with: the store holds password hashes and tokens.
    ::umask(0077);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadernet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADERNET_VERSION));
    // Quiet by default; QT_LOGGING_RULES overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("leadernet.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Server::CommandLine(out, err).run(QCoreApplication::arguments());
}

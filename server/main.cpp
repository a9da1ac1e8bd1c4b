// leadernet-server: the sync server's command line. Thin: the work is in
// Server::CommandLine.
#include "commandline.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("leadernet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(LEADERNET_VERSION));
    // Quiet by default; QT_LOGGING_RULES overrides this.
    QLoggingCategory::setFilterRules(QStringLiteral("leadernet.*.debug=false"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    return Server::CommandLine(out, err).run(QCoreApplication::arguments());
}

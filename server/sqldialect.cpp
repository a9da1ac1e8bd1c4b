#include "sqldialect.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace Server::Dialect {

using namespace Qt::StringLiterals;

QString storeName(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

QString beginWrite(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s;
}

Core::Result<int> schemaVersion(const QSqlDatabase &db, SqlDialect dialect)
{
    QSqlQuery q(db);
    if (dialect == SqlDialect::Postgres) {
        if (Core::Status s = Core::exec(q, u"CREATE TABLE IF NOT EXISTS schema_version "
                                           "(version INTEGER NOT NULL)"_s);
            !s) {
            return s.error();
        }
        if (Core::Status s = Core::exec(q, u"SELECT max(version) FROM schema_version"_s); !s)
            return s.error();
    } else if (Core::Status s = Core::exec(q, u"PRAGMA user_version"_s); !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Core::Status setSchemaVersion(const QSqlDatabase &db, SqlDialect dialect, int version)
{
    if (dialect == SqlDialect::Postgres) {
        if (Core::Status s = Core::exec(db, u"DELETE FROM schema_version"_s); !s)
            return s;
        return Core::exec(db, u"INSERT INTO schema_version (version) VALUES (?)"_s, {version});
    }
    // PRAGMA takes no bound values; `version` is an integer we own.
    return Core::exec(db, u"PRAGMA user_version = %1"_s.arg(version));
}

} // namespace Server::Dialect

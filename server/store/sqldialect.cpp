#include "sqldialect.h"

#include "database.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcServerDialect, "leadernet.server.dialect")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

// pg_advisory_lock key of the server's migrations ("LNMG").
constexpr qint64 MigrationLockKey = 0x4c4e4d47;

Core::Error badUrl(const QString &why)
{
    // Never quote the URL back: it may hold the password.
    return makeError(ErrorCode::Invalid,
                     u"--database: %1 (expected postgresql://USER:PASSWORD@HOST[:PORT]/DBNAME"
                     "[?sslmode=MODE])"_s.arg(why));
}

} // namespace

Core::Result<PostgresUrl> PostgresUrl::parse(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || url.isRelative())
        return badUrl(u"not a valid URL"_s);
    if (url.scheme() != u"postgresql" && url.scheme() != u"postgres")
        return badUrl(u"the scheme must be postgresql://, not %1://"_s.arg(url.scheme()));
    if (url.hasFragment())
        return badUrl(u"a database URL has no #fragment"_s);
    PostgresUrl out;
    out.user = url.userName(QUrl::FullyDecoded);
    out.password = url.password(QUrl::FullyDecoded);
    out.host = url.host(QUrl::FullyDecoded);
    out.port = url.port(5432);
    out.database = url.path(QUrl::FullyDecoded);
    if (out.database.startsWith(u'/'))
        out.database.remove(0, 1);
    if (out.host.isEmpty())
        return badUrl(u"no host"_s);
    if (out.user.isEmpty())
        return badUrl(u"no user name"_s);
    if (out.port <= 0 || out.port > 65535)
        return badUrl(u"the port must be 1 to 65535"_s);
    if (out.database.isEmpty() || out.database.contains(u'/'))
        return badUrl(u"the path must be one database name"_s);
    // Query items are libpq options (sslmode, sslrootcert, connect_timeout …).
    // QPSQL joins them with ';' and hands them to libpq unquoted.
    static const QRegularExpression key(u"^[a-z_]+$"_s);
    static const QRegularExpression value(u"^[^\\s;'\\\\]+$"_s);
    QStringList options;
    for (const auto &[name, v] : QUrlQuery(url).queryItems(QUrl::FullyDecoded)) {
        if (!key.match(name).hasMatch() || !value.match(v).hasMatch())
            return badUrl(u"the option '%1' is not NAME=VALUE"_s.arg(name));
        if (name == u"password" || name == u"user" || name == u"host" || name == u"port" ||
            name == u"dbname") {
            return badUrl(u"give %1 in the URL itself, not as ?%1="_s.arg(name));
        }
        options << name + u'=' + v;
    }
    out.connectOptions = options.join(u';');
    return out;
}

QString PostgresUrl::redacted() const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    return url.toString();
}

StoreLocation StoreLocation::sqlite(QString path)
{
    StoreLocation location;
    location.sqlitePath = std::move(path);
    return location;
}

StoreLocation StoreLocation::postgresql(PostgresUrl url)
{
    StoreLocation location;
    location.dialect = SqlDialect::Postgres;
    location.postgres = std::move(url);
    return location;
}

QString StoreLocation::describe() const
{
    return dialect == SqlDialect::Postgres ? postgres.redacted() : sqlitePath;
}

namespace Dialect {

QString storeName(SqlDialect dialect)
{
    return dialect == SqlDialect::Postgres ? u"postgresql"_s : u"sqlite"_s;
}

Core::Result<QSqlDatabase> open(const StoreLocation &location, const QString &connectionName)
{
    if (location.dialect == SqlDialect::Sqlite) {
        QSqlDatabase db;
        {
            auto opened = Core::openSqlite(location.sqlitePath, connectionName);
            if (!opened)
                return opened.error();
            db = *opened;
        }
        // A token used or a mail sent is deleted; secure_delete overwrites
        // its bytes, so it does not linger in the file's free pages. Every
        // write is answered to someone (a push a client then drops from its
        // outbox): each commit returns once its log is on disk.
        for (const QString &pragma : {u"PRAGMA secure_delete=ON"_s, u"PRAGMA synchronous=FULL"_s}) {
            if (Core::Status s = execute(db, pragma); !s) {
                db.close();
                db = QSqlDatabase();
                QSqlDatabase::removeDatabase(connectionName);
                return s.error();
            }
        }
        return db;
    }

    const PostgresUrl &url = location.postgres;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connectionName);
    auto fail = [&](const QString &detail) {
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(ErrorCode::DatabaseOpen, u"%1: %2"_s.arg(url.redacted(), detail));
    };
    if (!db.isValid())
        return fail(u"the QtSql driver QPSQL is not installed (libqt6sql6-psql)"_s);
    db.setHostName(url.host);
    db.setPort(url.port);
    db.setUserName(url.user);
    db.setPassword(url.password);
    db.setDatabaseName(url.database);
    db.setConnectOptions(url.connectOptions);
    if (!db.open()) {
        // libpq's messages name the server and the user, never the password.
        return fail(db.lastError().text());
    }
    // IF NOT EXISTS and friends would print NOTICEs on stderr.
    if (Core::Status s = execute(db, u"SET client_min_messages TO warning"_s); !s) {
        db.close();
        return fail(s.error().detail);
    }
    qCDebug(lcServerDialect) << "opened" << url.redacted() << "as" << connectionName;
    return db;
}

Core::Status execute(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return Core::queryError(q);
    return {};
}

Core::Status beginWrite(const QSqlDatabase &db, SqlDialect dialect, std::chrono::milliseconds wait)
{
    // SQLite waits for another process's write lock as long as the
    // connection's busy_timeout; PostgreSQL as long as lock_timeout says.
    if (dialect != SqlDialect::Postgres)
        return execute(db, u"BEGIN IMMEDIATE"_s);
    if (Core::Status s = execute(db, u"BEGIN"_s); !s)
        return s;
    Core::Status s =
        execute(db, u"SET LOCAL lock_timeout = %1"_s.arg(std::max<qint64>(1, wait.count())));
    if (s)
        s = execute(db, u"SELECT seq FROM seq_counter WHERE id = 1 FOR UPDATE"_s);
    if (!s) {
        Core::Status ignored = execute(db, u"ROLLBACK"_s);
        Q_UNUSED(ignored);
        return s;
    }
    return {};
}

Core::Status beginMigration(const QSqlDatabase &db, SqlDialect dialect)
{
    return execute(db, dialect == SqlDialect::Postgres ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
}

Core::Status beginSnapshot(const QSqlDatabase &db, SqlDialect dialect)
{
    return execute(db, dialect == SqlDialect::Postgres
                           ? u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s
                           : u"BEGIN"_s);
}

Core::Result<qint64> allocateSeq(const QSqlDatabase &db, SqlDialect dialect,
                                 std::optional<qint64> &last)
{
    QSqlQuery q(db);
    if (dialect == SqlDialect::Postgres) {
        if (Core::Status s =
                Core::exec(q, u"UPDATE seq_counter SET seq = seq + 1 WHERE id = 1 RETURNING seq"_s);
            !s) {
            return s.error();
        }
        if (!q.next())
            return makeError(ErrorCode::Query, u"the store has no seq_counter row"_s);
        last = q.value(0).toLongLong();
        return *last;
    }
    if (!last) {
        if (Core::Status s = Core::exec(q, u"SELECT coalesce(max(seq), 0) FROM records"_s); !s)
            return s.error();
        last = q.next() ? q.value(0).toLongLong() : 0;
    }
    return ++*last;
}

Core::Status lockMigrations(const QSqlDatabase &db, SqlDialect dialect)
{
    if (dialect != SqlDialect::Postgres)
        return {};
    return Core::exec(db, u"SELECT pg_advisory_lock(?)"_s, {MigrationLockKey});
}

void unlockMigrations(const QSqlDatabase &db, SqlDialect dialect)
{
    if (dialect != SqlDialect::Postgres)
        return;
    if (Core::Status s = Core::exec(db, u"SELECT pg_advisory_unlock(?)"_s, {MigrationLockKey});
        !s) {
        qCWarning(lcServerDialect) << "cannot release the migration lock:" << s.error().detail;
    }
}

Core::Result<int> schemaVersion(const QSqlDatabase &db, SqlDialect dialect)
{
    QSqlQuery q(db);
    if (dialect == SqlDialect::Postgres) {
        if (Core::Status s = execute(db, u"CREATE TABLE IF NOT EXISTS schema_version "
                                         "(version INTEGER NOT NULL)"_s);
            !s) {
            return s.error();
        }
        if (Core::Status s = Core::exec(q, u"SELECT coalesce(max(version), 0) FROM "
                                           "schema_version"_s);
            !s) {
            return s.error();
        }
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
    return execute(db, u"PRAGMA user_version = %1"_s.arg(version));
}

} // namespace Dialect
} // namespace Server

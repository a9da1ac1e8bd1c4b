#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

class QSqlDatabase;

namespace Server {

// The few places where the server's SQL differs between SQLite (the embedded
// default) and PostgreSQL (--database postgresql://…). Everything else the
// store runs is plain portable SQL with bound values: TEXT, INTEGER and BIGINT
// columns, and INSERT … ON CONFLICT … DO UPDATE, which both understand.
enum class SqlDialect {
    Sqlite,
    Postgres,
};

// Where a PostgreSQL store lives, from
// postgresql://USER:PASSWORD@HOST[:PORT]/DBNAME[?sslmode=…&…]. User and
// password are percent-decoded; the port defaults to 5432; the query items are
// libpq connect options, passed on as they are. redacted() is the only form
// that may be printed: it never holds the password.
struct PostgresUrl {
    QString user;
    QString password;
    QString host;
    int port = 5432;
    QString database;
    QString connectOptions; // "sslmode=require;connect_timeout=5" (QPSQL syntax)

    // A clear message (without the password) when `text` is not such a URL.
    static Core::Result<PostgresUrl> parse(const QString &text);
    QString redacted() const; // postgresql://USER@HOST:PORT/DBNAME
};

// Which store a ServerStore opens: a SQLite file, or a PostgreSQL database.
struct StoreLocation {
    SqlDialect dialect = SqlDialect::Sqlite;
    QString sqlitePath;
    PostgresUrl postgres;

    static StoreLocation sqlite(QString path);
    static StoreLocation postgresql(PostgresUrl url);
    QString describe() const; // a path or a redacted URL, for messages
};

namespace Dialect {

// "sqlite" or "postgresql": what /api/v1/health reports as `store`.
QString storeName(SqlDialect dialect);

// Opens a new connection named `connectionName` on the calling thread.
Core::Result<QSqlDatabase> open(const StoreLocation &location, const QString &connectionName);

// Runs a statement that takes no bound values (transaction control, DDL) as
// it is: QPSQL turns prepared statements into PREPARE, which PostgreSQL only
// allows for queries and DML.
Core::Status execute(const QSqlDatabase &db, const QString &sql);

// Opens a write transaction that holds the store's write lock until it ends,
// so that writers run one after the other and each sees everything committed
// before it (scopes are computed from stored parents). SQLite takes its
// database lock at once (BEGIN IMMEDIATE: two writers never deadlock on an
// upgrade). PostgreSQL locks the single row of `seq_counter` (SELECT … FOR
// UPDATE), which every writer of every server process goes through; READ
// COMMITTED statements after the lock see every earlier writer's commit.
// Waiting longer than `wait` for the lock fails with Busy.
Core::Status beginWrite(const QSqlDatabase &db, SqlDialect dialect, std::chrono::milliseconds wait);

// Opens a migration's transaction (the counter may not exist yet; on
// PostgreSQL the migration lock is already held).
Core::Status beginMigration(const QSqlDatabase &db, SqlDialect dialect);

// Opens a read transaction whose statements all see one snapshot. SQLite's
// deferred transaction does that once it has read; PostgreSQL's default READ
// COMMITTED takes a snapshot per statement, so the pull asks for REPEATABLE
// READ (read-only: it never fails with a serialization error).
Core::Status beginSnapshot(const QSqlDatabase &db, SqlDialect dialect);

// The next `seq` of the change log, inside the caller's write transaction.
// `last` caches the last number this transaction got (SQLite only).
//
// SQLite: the transaction holds the database's only write lock (BEGIN
// IMMEDIATE), so max(seq) + 1 cannot be taken by anyone else.
//
// PostgreSQL: UPDATE seq_counter SET seq = seq + 1 RETURNING seq. The
// counter's single row is locked by this transaction from beginWrite() until
// it ends (the UPDATE would take the same lock by itself), so a second writer
// (any thread, any server process) waits until the first has committed or
// rolled back, and then reads the committed value. Numbers are therefore handed out in commit
// order: a transaction that holds a smaller seq than a committed one has itself committed (and
// become visible) before the larger one was allocated, so a reader whose snapshot shows seq N also
// shows every seq below N, and "after N" skips nothing. A rollback gives its numbers back with the
// row.
Core::Result<qint64> allocateSeq(const QSqlDatabase &db, SqlDialect dialect,
                                 std::optional<qint64> &last);

// Serialises migrations between server processes that open one PostgreSQL
// database at the same time (a session advisory lock); nothing on SQLite,
// where the migration's write transaction is enough.
Core::Status lockMigrations(const QSqlDatabase &db, SqlDialect dialect);
void unlockMigrations(const QSqlDatabase &db, SqlDialect dialect);

// The schema version of the store (PRAGMA user_version on SQLite, the table
// schema_version on PostgreSQL).
Core::Result<int> schemaVersion(const QSqlDatabase &db, SqlDialect dialect);
Core::Status setSchemaVersion(const QSqlDatabase &db, SqlDialect dialect, int version);

} // namespace Dialect
} // namespace Server

#pragma once

#include "result.h"

#include <QString>

class QSqlDatabase;

namespace Server {

// The few places where the server's SQL differs between SQLite (the embedded
// default) and PostgreSQL (a later issue). Everything else the store runs is
// plain portable SQL with bound values.
enum class SqlDialect {
    Sqlite,
    Postgres,
};

namespace Dialect {

// "sqlite" or "postgresql": what /api/v1/health reports as `store`.
QString storeName(SqlDialect dialect);

// The statement that opens a write transaction. SQLite takes the write lock at
// once (BEGIN IMMEDIATE) so that two writers never deadlock on an upgrade and
// `seq` numbers are allocated in commit order.
QString beginWrite(SqlDialect dialect);

// The schema version of the store (PRAGMA user_version on SQLite).
Core::Result<int> schemaVersion(const QSqlDatabase &db, SqlDialect dialect);
Core::Status setSchemaVersion(const QSqlDatabase &db, SqlDialect dialect, int version);

} // namespace Dialect
} // namespace Server

#pragma once

#include "result.h"
#include "sqldialect.h"

class QSqlDatabase;

namespace Server {

// The server store's numbered schema migrations. Step N runs on a store at
// version N-1 inside one transaction that also records version N, so a failed
// step leaves the store as it was. A store newer than this code is refused.
// SQLite and PostgreSQL have their own steps (the same tables; PostgreSQL adds
// the change log's counter), and share the version numbers.
namespace ServerMigrations {

inline constexpr int LatestVersion = 7;

Core::Status migrate(const QSqlDatabase &db, SqlDialect dialect, int targetVersion = LatestVersion);

} // namespace ServerMigrations
} // namespace Server

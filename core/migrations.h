#pragma once

#include "result.h"

class QSqlDatabase;

namespace Core {

// The replica's numbered schema migrations. Version N is reached by running
// step N on a database at version N-1, each step in its own transaction that
// also sets PRAGMA user_version, so a failed step leaves the file as it was.
// A new replica is made at the latest version in one transaction, its steps
// shortened to the schema they end in.
namespace ReplicaMigrations {

inline constexpr int LatestVersion = 11;

Result<int> currentVersion(const QSqlDatabase &db);

// Brings `db` up to `targetVersion` (tests stop early to build fixtures).
// Refuses a database newer than LatestVersion with DatabaseTooNew.
Status migrate(QSqlDatabase &db, int targetVersion = LatestVersion);

} // namespace ReplicaMigrations
} // namespace Core

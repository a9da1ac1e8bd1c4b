#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVariantList>

class QSqlError;
class QSqlQuery;
struct sqlite3;

namespace Core {

// Opens a SQLite file the way every LeaderNet database is opened: WAL,
// foreign keys on, synchronous=NORMAL, a busy timeout. The connection belongs
// to the calling thread (QtSql rule); `connectionName` must be unique.
// `pageSize`, when not 0, is the size in bytes of a new file's pages (a
// power of two, 512 to 65536; SQLite's own is 4096); a file with tables
// keeps the size it was made with.
Result<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName,
                                int pageSize = 0);

// The SQLite connection under `db`, for what QtSql cannot do (Qt's driver
// is Debian's libsqlite3, which the project links too); null when `db` is
// not an open SQLite connection.
sqlite3 *sqliteHandle(const QSqlDatabase &db);

// Runs `sql` with positional values bound; an error carries the driver text.
Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values = {});
Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

// A failed statement's error: Busy when the database was held by another
// writer past the wait (or PostgreSQL gave up on a lock), Query otherwise.
Error queryError(const QSqlQuery &query);
bool isBusy(const QSqlError &error);

// While it lives, each commit on `db` returns only once its log is on disk
// (SQLite's synchronous = FULL): what a person saved survives a power cut.
// Other commits keep openSqlite()'s NORMAL, safe from corruption but whose
// last ones a power cut may undo until the log is copied into the file: a
// pulled page, which is fetched again. Put back as it was when it ends.
class DurableCommits final
{
public:
    explicit DurableCommits(QSqlDatabase db);
    ~DurableCommits();
    Q_DISABLE_COPY_MOVE(DurableCommits)

private:
    QSqlDatabase m_db;
    int m_before = -1; // PRAGMA synchronous before, -1: unknown
};

// Rolls back unless commit() was called: a scope that returns early on error
// leaves the database as it was.
class SqlTransaction final
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    bool active() const { return m_active; }
    Status commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace Core

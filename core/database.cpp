#include "database.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcDatabase, "leadernet.core.database")

namespace Core {

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions Others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ExeGroup | QFileDevice::ReadOther |
                                            QFileDevice::WriteOther | QFileDevice::ExeOther;

// The database holds what only its owner may read (a replica's private
// plans, a server's password hashes and tokens): the file is created
// read-write for the owner alone, whatever the umask, and an older file is
// narrowed. SQLite gives its -wal and -shm files the database file's mode;
// those left by an older run are narrowed too.
void keepPrivate(const QString &path)
{
    if (path.isEmpty() || path == u":memory:"_s || path.startsWith(u"file:"_s))
        return;
    QFile file(path);
    if (!file.exists()) {
        if (file.open(QIODevice::ReadWrite | QIODevice::NewOnly, OwnerOnly))
            file.close();
        return;
    }
    for (const QString &name :
         QStringList{path, path + u"-wal"_s, path + u"-shm"_s, path + u"-journal"_s}) {
        if (QFile::exists(name) && (QFile::permissions(name) & Others))
            QFile::setPermissions(name, OwnerOnly);
    }
}

} // namespace

Result<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName, int pageSize)
{
    keepPrivate(path);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connectionName);
        return makeError(ErrorCode::DatabaseOpen, u"%1: %2"_s.arg(path, detail));
    }
    QSqlQuery q(db);
    // Before the log: once a file is in WAL mode its page size is fixed.
    const QString size = pageSize > 0 ? u"PRAGMA page_size=%1"_s.arg(pageSize) : QString();
    for (const QString &pragma : {size, u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA busy_timeout=5000"_s}) {
        if (pragma.isEmpty())
            continue;
        if (!q.exec(pragma)) {
            const QString detail = q.lastError().text();
            q = QSqlQuery();
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connectionName);
            return makeError(ErrorCode::DatabaseOpen, u"%1: %2"_s.arg(path, detail));
        }
    }
    qCDebug(lcDatabase) << "opened" << path << "as" << connectionName;
    return db;
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isBusy(const QSqlError &error)
{
    // SQLite: SQLITE_BUSY or SQLITE_LOCKED (extended codes keep them in the
    // low byte). PostgreSQL: serialization failure, deadlock, lock timeout.
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int code = native.toInt(&numeric);
    if (numeric && native.size() < 5)
        return (code & 0xff) == 5 || (code & 0xff) == 6;
    return native == "40001"_L1 || native == "40P01"_L1 || native == "55P03"_L1;
}

Error queryError(const QSqlQuery &query)
{
    const QSqlError error = query.lastError();
    return makeError(isBusy(error) ? ErrorCode::Busy : ErrorCode::Query,
                     u"%1 (%2)"_s.arg(error.text(), query.lastQuery().left(120)));
}

Status exec(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (!query.prepare(sql))
        return queryError(query);
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec())
        return queryError(query);
    return {};
}

Status exec(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    return exec(q, sql, values);
}

DurableCommits::DurableCommits(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA synchronous"_s) && q.next())
        m_before = q.value(0).toInt();
    if (!q.exec(u"PRAGMA synchronous = FULL"_s))
        qCWarning(lcDatabase) << "commits not flushed to disk:" << q.lastError().text();
}

DurableCommits::~DurableCommits()
{
    if (m_before < 0)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA synchronous = %1"_s.arg(m_before)))
        qCWarning(lcDatabase) << "synchronous not put back:" << q.lastError().text();
}

// BEGIN IMMEDIATE: the write lock is taken at once. The app's connection and
// the sync engine's applying connection write to one file; a deferred
// transaction that read first could not upgrade to a write once the other
// had written (SQLITE_BUSY at once), while an immediate one simply waits its
// turn (busy_timeout).
SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    QSqlQuery q(m_db);
    m_active = q.exec(u"BEGIN IMMEDIATE"_s);
    if (!m_active)
        qCWarning(lcDatabase) << "cannot begin a transaction:" << q.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (!m_active)
        return;
    QSqlQuery q(m_db);
    if (!q.exec(u"ROLLBACK"_s))
        qCWarning(lcDatabase) << "rollback failed:" << q.lastError().text();
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no transaction to commit"_s);
    QSqlQuery q(m_db);
    if (!q.exec(u"COMMIT"_s))
        return makeError(ErrorCode::Query, u"commit failed: %1"_s.arg(q.lastError().text()));
    m_active = false;
    return {};
}

} // namespace Core

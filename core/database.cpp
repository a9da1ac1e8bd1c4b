#include "database.h"

#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcDatabase, "leadernet.core.database")

namespace Core {

using namespace Qt::StringLiterals;

Result<QSqlDatabase> openSqlite(const QString &path, const QString &connectionName)
{
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
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA synchronous=NORMAL"_s, u"PRAGMA busy_timeout=5000"_s}) {
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

Error queryError(const QSqlQuery &query)
{
    return makeError(ErrorCode::Query,
                     u"%1 (%2)"_s.arg(query.lastError().text(), query.lastQuery().left(120)));
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

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcDatabase) << "cannot begin a transaction:" << m_db.lastError().text();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active && !m_db.rollback())
        qCWarning(lcDatabase) << "rollback failed:" << m_db.lastError().text();
}

Status SqlTransaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no transaction to commit"_s);
    if (!m_db.commit()) {
        const QString detail = m_db.lastError().text();
        return makeError(ErrorCode::Query, u"commit failed: %1"_s.arg(detail));
    }
    m_active = false;
    return {};
}

} // namespace Core

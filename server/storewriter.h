#pragma once

#include "record.h"
#include "result.h"
#include "sqldialect.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <optional>

namespace Server {

// One write transaction on the server store, on the thread that made it.
// Every record written gets the next `seq` of the change log and the scope the
// authorization module gives it; grants follow the record in the same
// transaction. Rolls back unless commit() is called. Made by
// ServerStore::beginWrite().
class StoreWriter final
{
public:
    StoreWriter(QSqlDatabase db, SqlDialect dialect);
    ~StoreWriter();
    Q_DISABLE_COPY_MOVE(StoreWriter)

    Core::Status begin();
    Core::Status commit();

    // Validates `record` (Core::validateRecord) and stores it as the current
    // version; an empty updatedAt becomes now. Returns the seq it got.
    Core::Result<qint64> putRecord(Core::Record record);

    // Turns the record into a tombstone with a new seq.
    Core::Result<qint64> deleteRecord(const QString &entity, const QString &id,
                                      const QString &updatedBy);

    // `active` false with an empty hash: an account that cannot sign in until
    // an admin sets a password (members brought in by `import`).
    Core::Status createAccount(const QString &memberId, const QString &username,
                               const QString &passwordHash, bool active = true);

    // member id -> user name of every account.
    Core::Result<QHash<QString, QString>> accountUsernames();

    // The live record as this transaction sees it.
    Core::Result<std::optional<Core::Record>> record(const QString &entity, const QString &id);

private:
    Core::Result<qint64> nextSeq();
    Core::Result<QString> scopeOfStored(const QString &entity, const QString &id);
    Core::Status replaceGrants(const Core::Record &record, bool deleted);
    // Runs `sql`, prepared once per writer and reused: bulk writes (import)
    // put tens of thousands of records in one transaction.
    Core::Result<QSqlQuery *> run(const QString &sql, const QVariantList &values);

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    bool m_active = false;
    std::optional<qint64> m_lastSeq;
    QHash<QString, QSqlQuery> m_statements;
};

} // namespace Server

#pragma once

#include "record.h"
#include "result.h"

#include <QSqlDatabase>
#include <QVariant>

namespace Core {

// Reads and writes records of every entity in the replica. Raw writes here do
// not touch the outbox: LocalStore wraps them with the outbox entry in one
// transaction. Used on the thread that owns the connection.
class RecordRepository final
{
public:
    explicit RecordRepository(QSqlDatabase db = {});

    Result<Record> get(QAnyStringView entity, const QString &id) const;

    // Records of `entity`, optionally where `field` equals `value`, ordered by
    // `orderBy` (a field of the schema; anything else is refused).
    Result<QList<Record>> list(QAnyStringView entity, QStringView field = {},
                               const QVariant &value = {}, QStringView orderBy = {}) const;
    Result<int> count(QAnyStringView entity) const;

    Status upsert(const Record &record);
    Status remove(QAnyStringView entity, const QString &id);

private:
    QSqlDatabase m_db;
};

} // namespace Core

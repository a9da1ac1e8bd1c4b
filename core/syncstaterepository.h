#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Core {

// Small key/value facts about the replica's sync: the pull cursor, when the
// last sync finished, which server the replica belongs to.
class SyncStateRepository final
{
public:
    explicit SyncStateRepository(QSqlDatabase db = {});

    Result<QString> value(const QString &key) const; // empty when unset
    Status setValue(const QString &key, const QString &value);

    Result<qint64> cursor() const; // 0 before the first pull
    Status setCursor(qint64 cursor);

    static inline const QString CursorKey = QStringLiteral("pull_cursor");
    static inline const QString LastSyncKey = QStringLiteral("last_sync");
    static inline const QString ServerKey = QStringLiteral("server");

private:
    QSqlDatabase m_db;
};

} // namespace Core

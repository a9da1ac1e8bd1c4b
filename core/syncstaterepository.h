#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QString>

namespace Core {

// Where the next pull starts: the cursor in the server's change log, and the
// state of a backfill (the older records of scopes the member gained after
// `after`). The server hands the next position back with each page; the
// replica stores it with the page, in one transaction.
struct PullPosition {
    qint64 after = 0;           // the change log's seq the replica is complete up to
    qint64 grantedAfter = 0;    // scopes granted up to here are backfilled
    qint64 backfillAfter = 0;   // inside a backfill: the last seq sent
    qint64 backfillThrough = 0; // inside a backfill: scopes granted up to here (0: none running)

    friend bool operator==(const PullPosition &, const PullPosition &) = default;
};

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

    Result<PullPosition> pullPosition() const;
    Status setPullPosition(const PullPosition &position);

    static inline const QString CursorKey = QStringLiteral("pull_cursor");
    static inline const QString LastSyncKey = QStringLiteral("last_sync");
    static inline const QString ServerKey = QStringLiteral("server");
    static inline const QString GrantedAfterKey = QStringLiteral("pull_granted_after");
    static inline const QString BackfillAfterKey = QStringLiteral("pull_backfill_after");
    static inline const QString BackfillThroughKey = QStringLiteral("pull_backfill_through");
    // The rate (bytes per second) the last pull came at; pulls size their
    // pages by it.
    static inline const QString LinkRateKey = QStringLiteral("link_bytes_per_second");

private:
    QSqlDatabase m_db;
};

} // namespace Core

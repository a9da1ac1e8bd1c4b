#pragma once

#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Core {

// What the member has read, on this computer only (never synced): for each
// seminar thread, the newest post time (server time) seen in it. A post of
// someone else updated after that is new. Until a thread is opened, the
// replica's first fill counts as read, so the first sync does not call a
// whole community "new".
class ReadStateRepository final
{
public:
    explicit ReadStateRepository(QSqlDatabase db = {});

    // New posts per thread (not by `memberId`), in one query; only of
    // `threads` when given (a change touches a few threads of thousands).
    Result<QHash<QString, int>> unreadByThread(const QString &memberId,
                                               const QStringList &threads = {}) const;
    // Posts per thread, in one query; only of `threads` when given.
    Result<QHash<QString, int>> postsByThread(const QStringList &threads = {}) const;
    // The time posts of `threadId` were read up to (empty: the default).
    Result<QString> seenThrough(const QString &threadId) const;
    // Every post now in the thread counts as read.
    Status markSeen(const QString &threadId);
    // After the first fill: what is in the replica now counts as read.
    Status setDefaultIfUnset();

    static inline const QString DefaultKey = QStringLiteral("posts_seen_through");

private:
    QSqlDatabase m_db;
};

} // namespace Core

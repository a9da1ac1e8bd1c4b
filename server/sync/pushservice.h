#pragma once

#include "protocol.h"
#include "result.h"

namespace Server {

class ServerStore;

// Applies a member's pushed operations (sync/protocol "push"): each op id at
// most once, each checked (the author is the member, the schema, the
// authorization rules) and merged with what changed on the server since the
// op's base revision:
// - edits of different fields merge;
// - two edits of one text field merge three-way when they do not overlap
//   (worked out before the write transaction, within a budget per push:
//   see TextMerger);
// - otherwise the stored value stays and the pushed one is kept in a
//   conflict record (both values, authors and times), as is an edit of a
//   record deleted meanwhile, and a deletion of a record someone else edited
//   meanwhile (the record stays).
// One transaction per push; each operation in a savepoint, so a refused one
// leaves nothing behind. A refused operation is answered "rejected" and not
// remembered: sent again, it is checked again.
//
// Each member may store `dailyQuota` bytes a day (UTC) through pushes (what
// the records, conflicts and plan history written for them take). A push
// that would pass it is refused whole (QuotaExceeded, nothing applied), so
// its changes wait on the member's computer for the next day; the first push
// of a day is taken whatever its size, so no push waits forever. 0: no quota.
class PushService final
{
public:
    static constexpr qint64 DefaultDailyQuota = 64 * 1024 * 1024;

    explicit PushService(ServerStore &store, qint64 dailyQuota = DefaultDailyQuota);

    Core::Result<Sync::Protocol::PushResponse> push(const QString &memberId,
                                                    const Sync::Protocol::PushRequest &request);

private:
    Core::Error quotaExceeded(qint64 used) const;

    ServerStore &m_store;
    qint64 m_dailyQuota;
};

} // namespace Server

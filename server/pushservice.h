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
class PushService final
{
public:
    explicit PushService(ServerStore &store);

    Core::Result<Sync::Protocol::PushResponse> push(const QString &memberId,
                                                    const Sync::Protocol::PushRequest &request);

private:
    ServerStore &m_store;
};

} // namespace Server

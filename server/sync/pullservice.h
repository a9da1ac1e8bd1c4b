#pragma once

#include "protocol.h"
#include "record.h"
#include "result.h"
#include "serverstore.h"

#include <QString>

namespace Server {

// What a member pulls (sync/protocol "pull" and "digest"): the changes their
// visibility allows, page by page from a pull position, and per scope the
// count and hash of the live records they may see, to check a replica.
class PullService final
{
public:
    explicit PullService(ServerStore &store);

    // At most `pageSize` changes after `position`. The last page says what
    // the member may see now, so the client removes what it holds of any
    // other scope.
    Core::Result<Sync::Protocol::PullPage>
    page(const QString &memberId, const Core::PullPosition &position, int pageSize,
         ServerStore::Fields form = ServerStore::Fields::Parsed);
    // Whether more than `count` changes follow `position`: what page() would
    // say, read without the records' fields. (A page of `count` may still
    // end sooner, at its bytes.)
    Core::Result<bool> moreThan(const QString &memberId, const Core::PullPosition &position,
                                int count);
    Core::Result<Sync::Protocol::DigestResponse> digest(const QString &memberId);
    // What page() would bring from `position`, in all, and its size.
    Core::Result<Sync::Protocol::PullEstimate> estimate(const QString &memberId,
                                                        const Core::PullPosition &position);

private:
    ServerStore &m_store;
};

} // namespace Server

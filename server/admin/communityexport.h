#pragma once

#include "result.h"

#include <QString>

namespace Server {

class ServerStore;

// Writes every live record of the store as NDJSON in the format of
// shared/bench/gen_dataset.py (courses with their modules and lessons, plans
// with their activities), plus the fields and entities the generator has no
// place for, so that CommunityImporter reads back the same records. The file
// is replaced atomically. Runs on the calling thread; the store must be open.
class CommunityExporter final
{
public:
    explicit CommunityExporter(ServerStore &store);
    Q_DISABLE_COPY_MOVE(CommunityExporter)

    // The number of lines written.
    Core::Result<int> exportTo(const QString &path);

private:
    ServerStore &m_store;
};

} // namespace Server

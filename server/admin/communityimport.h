#pragma once

#include "result.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace Server {

class ServerStore;

// What one import wrote.
struct ImportSummary {
    int lines = 0;              // records read from the file
    QMap<QString, int> written; // entity -> records written (derived ones too)
    int accountsCreated = 0;    // inactive, without a password
    int unchanged = 0;          // already stored just so: not written again
    int total() const;
};

// Reads a community as NDJSON (the format of shared/bench/gen_dataset.py, or
// its `--mutate` changes file, or what CommunityExporter writes) and writes it
// into the store in one transaction, as the server's own writes (each record
// gets a seq and a scope). All or nothing: on invalid lines nothing is
// written and lineErrors() says why. Runs on the calling thread; the store
// must be open. The mapping onto the record schema is described at the top
// of communityimport.cpp.
class CommunityImporter final
{
public:
    static constexpr int MaxReportedErrors = 20;

    explicit CommunityImporter(ServerStore &store);
    Q_DISABLE_COPY_MOVE(CommunityImporter)

    // An Invalid error with lineErrors() filled when lines are wrong; another
    // error when the file cannot be read or the store fails.
    Core::Result<ImportSummary> importFile(const QString &path);

    // "FILE:LINE: reason", at most MaxReportedErrors, and how many in all.
    QStringList lineErrors() const { return m_errors; }
    int errorCount() const { return m_errorCount; }

private:
    ServerStore &m_store;
    QStringList m_errors;
    int m_errorCount = 0;
};

} // namespace Server

#pragma once

#include "changeset.h"
#include "protocol.h"
#include "result.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class QThread;

namespace Core {
class LocalStore;
}

namespace Sync {

// Applies pulled pages off the UI thread: a worker thread with its own
// connection to the replica file (SQLite in WAL mode lets the app read and
// write on its connection meanwhile; writers take turns). Each page is
// applied with its position in one transaction (LocalStore::applyPulled).
//
// Thread: made, used and destroyed on the engine's thread; the work runs on
// the applier's own thread; `done` is called back on the engine's thread,
// unless the applier is destroyed first.
class PageApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageApplier)

public:
    using Done = std::function<void(const Core::Status &status, const Core::ChangeSet &changes)>;

    explicit PageApplier(QObject *parent = nullptr);
    ~PageApplier() override;

    void apply(const QString &replicaPath, Protocol::PullPage page, Done done);

private:
    class Worker;
    QThread *m_thread;
    Worker *m_worker;
};

} // namespace Sync

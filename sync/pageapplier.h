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

// Decodes and applies pulled pages off the UI thread (decoding a page of
// thousands of records took a fifth of a second), each on a thread of its
// own, so one page is decoded while the one before is applied (an eighth of
// a first fill's time): a worker thread with its own
// connection to the replica file (SQLite in WAL mode lets the app read and
// write on its connection meanwhile; writers take turns). Pages are applied
// with their position in one transaction (LocalStore::applyPulled).
//
// Thread: made, used and destroyed on the engine's thread; the work runs on
// the applier's own threads; `done` is called back on the engine's thread,
// unless the applier is destroyed first.
class PageApplier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageApplier)

public:
    // What the page held: its records and tombstones, and whether more follow.
    struct Page {
        qint64 changes = 0;
        bool hasMore = false;
    };
    using Done = std::function<void(const Core::Status &status, const Core::ChangeSet &changes,
                                    const Page &page)>;
    // A page decoded (or why it could not be), ready to apply.
    using Decoded = std::shared_ptr<const Core::Result<Protocol::PullPage>>;

    // The records and tombstones of a page (0 for one not decoded).
    static qsizetype changesOf(const Decoded &page);

    explicit PageApplier(QObject *parent = nullptr);
    ~PageApplier() override;

    // Decodes the page as the server sent it (Protocol::decodePullPage) on
    // the decoding thread; `decoded` is called back with it, in the order
    // the pages were given.
    void decode(QByteArray body, std::function<void(const Decoded &page)> decoded);
    // Applies a decoded page (one that could not be decoded fails with its
    // error) on the applying thread, with the pages waiting with it in one
    // transaction, up to 5,000 changes; the changes go to `done` with the
    // first of them. After a failure the pages behind it fail too, not
    // applied. The engine keeps two pages here, or up to 5,000 changes,
    // handing the next as one is done: a write of the app's own, held up by
    // the replica's write lock, stops the handing and waits for those at
    // most, not for a whole first fill.
    void apply(const QString &replicaPath, const Decoded &page, Done done);
    // Forgets the pages handed to apply() that it has not begun: they are
    // not applied, and their `done` is not called (a sync stopped).
    void dropWaiting();

private:
    class Checkpointer;
    class Worker;
    QThread *m_checkpointThread;
    Checkpointer *m_checkpointer; // lives on m_checkpointThread
    QThread *m_thread;
    Worker *m_worker;
    QThread *m_decodeThread;
    QObject *m_decoder; // lives on m_decodeThread
};

} // namespace Sync

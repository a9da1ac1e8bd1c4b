#include "pageapplier.h"

#include "localstore.h"
#include "threadpriority.h"

#include <QMutex>
#include <QPointer>
#include <QSqlQuery>
#include <QThread>

#include <utility>

namespace Sync {

using namespace Qt::StringLiterals;

namespace {

// The most changes applied in one transaction: consecutive pages waiting
// together go in one, up to this many (a page larger than it goes alone).
// A transaction costs its commit, the log it writes and a flush of the
// search index: the admin's first fill in pages of 1,000 took 3.1 s, in
// transactions of 2,000 2.8 s; of 2,500 2.15 s and of 5,000 2.04 s (eight
// interleaved runs each), as many as the engine hands at once.
constexpr qsizetype MaxChangesPerTransaction = 5000;

// How much log the applier's commits leave before it is copied into the
// replica's file (see PageApplier::Checkpointer).
constexpr qint64 CheckpointLogBytes = qint64(32) * 1024 * 1024;

} // namespace

// Copies the log the applier writes into the replica's file, on a thread and
// a connection of its own. On the applier's thread a checkpoint stopped its
// commits while the file was flushed to disk: 180 ms of the admin's first
// fill, beside the copy's own CPU. One checkpoint runs at a time; asked
// while one runs, another follows it.
class PageApplier::Checkpointer final : public QObject
{
public:
    // Any thread.
    void ask(const QString &path)
    {
        {
            const QMutexLocker lock(&m_mutex);
            m_path = path;
            if (std::exchange(m_asked, true))
                return; // the one asked and not yet begun takes it
        }
        QMetaObject::invokeMethod(this, [this]() {
            QString path;
            {
                const QMutexLocker lock(&m_mutex);
                m_asked = false;
                path = m_path;
            }
            run(path);
        });
    }

private:
    void run(const QString &path)
    {
        if (!m_store || m_store->path() != path) {
            m_store = std::make_unique<Core::LocalStore>();
            if (!m_store->open(path)) {
                m_store.reset();
                return; // the applier's own next commit asks again
            }
        }
        (void)m_store->checkpointLog(); // what is left waits for the next one
    }

    QMutex m_mutex;
    QString m_path;
    bool m_asked = false; // a run is queued and has not begun
    std::unique_ptr<Core::LocalStore> m_store;
};

// Lives on the applier's thread, with the connection it opened there; the
// pages handed to it wait in its queue.
class PageApplier::Worker final : public QObject
{
public:
    struct Item {
        QString path;
        Decoded page;
        Done done;
    };

    explicit Worker(Checkpointer *checkpointer)
        : m_checkpointer(checkpointer)
    {}

    // Queues a page; true when the queue was idle, so a drain must be asked.
    bool enqueue(Item item)
    {
        const QMutexLocker lock(&m_mutex);
        m_queue.append(std::move(item));
        return !std::exchange(m_draining, true);
    }

    // Applies the queued pages, those waiting together in one transaction,
    // until none wait; `done` goes back to `owner`'s thread for each page.
    // After a failure the pages queued behind it are not applied (their
    // positions come after changes that were not).
    void drain(const QPointer<PageApplier> &owner)
    {
        for (;;) {
            QList<Item> batch = takeBatch();
            if (batch.isEmpty())
                return;
            const Core::Status status = applyBatch(batch);
            const Core::ChangeSet changes = status ? lastApplied() : Core::ChangeSet();
            if (!status)
                batch += dropQueue();
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const Decoded &page = batch.at(i).page;
                const Page info{changesOf(page), *page && (*page)->hasMore};
                // The changes go with the batch's first page: they are all
                // there to see from then on.
                const Core::ChangeSet told = i == 0 ? changes : Core::ChangeSet();
                if (!owner)
                    return;
                QMetaObject::invokeMethod(owner.data(), [done = batch.at(i).done, status, told,
                                                         info]() { done(status, told, info); });
            }
            // After a pull's last page the log is copied now, rather than
            // at the window's next write, on the UI thread (LocalStore::open()).
            if (status && !(*batch.constLast().page)->hasMore)
                m_checkpointer->ask(m_store->path());
        }
    }

    QList<Item> dropQueue()
    {
        const QMutexLocker lock(&m_mutex);
        return std::exchange(m_queue, {});
    }

private:
    // The pages at the queue's front that go in one transaction: one, and
    // those after it while they fit MaxChangesPerTransaction; a page that
    // could not be decoded goes alone.
    QList<Item> takeBatch()
    {
        const QMutexLocker lock(&m_mutex);
        QList<Item> batch;
        qsizetype changes = 0;
        while (!m_queue.isEmpty()) {
            const Item &next = m_queue.constFirst();
            const bool decoded = bool(*next.page);
            if (!batch.isEmpty() &&
                (!decoded || !*batch.constFirst().page || next.path != batch.constFirst().path ||
                 changes + changesOf(next.page) > MaxChangesPerTransaction)) {
                break;
            }
            changes += changesOf(next.page);
            batch.append(m_queue.takeFirst());
        }
        if (batch.isEmpty())
            m_draining = false;
        return batch;
    }

    Core::ChangeSet lastApplied() const
    {
        return m_store ? m_store->lastApplied() : Core::ChangeSet();
    }

    // Applies the pages in one transaction, with the position after the last.
    Core::Status applyBatch(const QList<Item> &batch)
    {
        const Decoded &last = batch.constLast().page;
        if (!*last)
            return last->error();
        if (Core::Status s = openStore(batch.constFirst().path); !s)
            return s;
        if (batch.size() == 1) {
            return m_store->applyPulled((*last)->records, (*last)->tombstones, (*last)->next(),
                                        (*last)->scopes);
        }
        QList<Core::Record> records;
        QList<Core::Tombstone> tombstones;
        for (const Item &item : batch) {
            records += (*item.page)->records;
            tombstones += (*item.page)->tombstones;
        }
        return m_store->applyPulled(records, tombstones, (*last)->next(), (*last)->scopes);
    }

    Core::Status openStore(const QString &path)
    {
        if (m_store && m_store->path() == path)
            return {};
        m_store = std::make_unique<Core::LocalStore>();
        if (Core::Status s = m_store->open(path); !s) {
            m_store.reset();
            return s;
        }
        // A first fill writes the whole replica through this connection:
        // a larger page cache, and reads through a map of the file,
        // spare it most of its reads (a fifth of the fill's system time).
        // Checkpoints every 32 MB of log rather than 4: the pages every
        // page of records rewrites (the indexes') are copied into the
        // file once per checkpoint (the admin's fill, 3.3 s to 2.95 s),
        // by the checkpointer; other connections leave it to this one
        // (LocalStore::open()).
        // Statement journals in memory: SQLite keeps one for each statement
        // that writes a record and its search row, and past 64 KiB it went
        // to a file in /var/tmp, 320 MB of writes in the admin's fill (a
        // third of the applying thread's system time).
        {
            QSqlQuery pragma(m_store->database());
            pragma.exec(u"PRAGMA cache_size = -65536"_s);
            pragma.exec(u"PRAGMA mmap_size = 268435456"_s);
            pragma.exec(u"PRAGMA temp_store = MEMORY"_s);
        }
        Checkpointer *checkpointer = m_checkpointer;
        if (Core::Status s = m_store->whenLogHolds(
                CheckpointLogBytes, [checkpointer, path]() { checkpointer->ask(path); });
            !s) {
            m_store.reset();
            return s;
        }
        return {};
    }

    Checkpointer *m_checkpointer; // lives on its own thread
    std::unique_ptr<Core::LocalStore> m_store;
    QMutex m_mutex;
    QList<Item> m_queue;
    bool m_draining = false; // a drain is asked or running
};

qsizetype PageApplier::changesOf(const Decoded &page)
{
    return *page ? (*page)->records.size() + (*page)->tombstones.size() : 0;
}

PageApplier::PageApplier(QObject *parent)
    : QObject(parent)
    , m_checkpointThread(new QThread)
    , m_checkpointer(new Checkpointer)
    , m_thread(new QThread)
    , m_worker(new Worker(m_checkpointer))
    , m_decodeThread(new QThread)
    , m_decoder(new QObject)
{
    m_checkpointThread->setObjectName(u"leadernet-checkpoint"_s);
    m_checkpointer->moveToThread(m_checkpointThread);
    connect(m_checkpointThread, &QThread::finished, m_checkpointer, &QObject::deleteLater);
    m_checkpointThread->start();
    QMetaObject::invokeMethod(m_checkpointer, []() { Core::runInBackground(); });
    m_thread->setObjectName(u"leadernet-apply"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, []() { Core::runInBackground(); });
    m_decodeThread->setObjectName(u"leadernet-decode"_s);
    m_decoder->moveToThread(m_decodeThread);
    connect(m_decodeThread, &QThread::finished, m_decoder, &QObject::deleteLater);
    m_decodeThread->start();
    QMetaObject::invokeMethod(m_decoder, []() { Core::runInBackground(); });
}

PageApplier::~PageApplier()
{
    // The checkpointer last: the applier's commits ask it until they stop.
    for (QThread *thread : {m_decodeThread, m_thread, m_checkpointThread}) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void PageApplier::decode(QByteArray body, std::function<void(const Decoded &page)> decoded)
{
    QPointer<PageApplier> self(this);
    QMetaObject::invokeMethod(
        m_decoder, [self, body = std::move(body), decoded = std::move(decoded)]() mutable {
            Decoded page = std::make_shared<const Core::Result<Protocol::PullPage>>(
                Protocol::decodePullPage(body));
            body = QByteArray();
            if (!self)
                return;
            // Back on the engine's thread; dropped if the applier is gone by then.
            QMetaObject::invokeMethod(self.data(), [decoded, page]() { decoded(page); });
        });
}

void PageApplier::dropWaiting()
{
    m_worker->dropQueue();
}

void PageApplier::apply(const QString &replicaPath, const Decoded &page, Done done)
{
    if (!m_worker->enqueue({replicaPath, page, std::move(done)}))
        return; // the drain under way takes it
    QPointer<PageApplier> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker]() { worker->drain(self); });
}

} // namespace Sync

#include "pageapplier.h"

#include "localstore.h"

#include <QPointer>
#include <QSqlQuery>
#include <QThread>

namespace Sync {

using namespace Qt::StringLiterals;

// Lives on the applier's thread, with the connection it opened there.
class PageApplier::Worker final : public QObject
{
public:
    Core::ChangeSet lastApplied() const
    {
        return m_store ? m_store->lastApplied() : Core::ChangeSet();
    }

    Core::Status apply(const QString &path, const Core::Result<Protocol::PullPage> &decoded,
                       Page &info)
    {
        if (!decoded)
            return decoded.error();
        const Protocol::PullPage &page = *decoded;
        info = {page.records.size() + page.tombstones.size(), page.hasMore};
        if (!m_store || m_store->path() != path) {
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
            // file once per checkpoint (the admin's fill, 3.3 s to 2.95 s);
            // other connections leave it to this one (LocalStore::open()).
            QSqlQuery pragma(m_store->database());
            pragma.exec(u"PRAGMA cache_size = -65536"_s);
            pragma.exec(u"PRAGMA mmap_size = 268435456"_s);
            pragma.exec(u"PRAGMA wal_autocheckpoint = 8192"_s);
        }
        return m_store->applyPulled(page.records, page.tombstones, page.next(), page.scopes);
    }

    // Copies the log into the replica's file, as far as no reader holds it
    // back: after a pull's last page, here rather than at the window's next
    // write, on the UI thread (see LocalStore::open()).
    void checkpoint()
    {
        if (m_store)
            QSqlQuery(m_store->database()).exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s);
    }

private:
    std::unique_ptr<Core::LocalStore> m_store;
};

PageApplier::PageApplier(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new Worker)
    , m_decodeThread(new QThread)
    , m_decoder(new QObject)
{
    m_thread->setObjectName(u"leadernet-apply"_s);
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    m_decodeThread->setObjectName(u"leadernet-decode"_s);
    m_decoder->moveToThread(m_decodeThread);
    connect(m_decodeThread, &QThread::finished, m_decoder, &QObject::deleteLater);
    m_decodeThread->start();
}

PageApplier::~PageApplier()
{
    for (QThread *thread : {m_decodeThread, m_thread}) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

void PageApplier::decode(QByteArray body, std::function<void(const Decoded &page)> decoded)
{
    QPointer<PageApplier> self(this);
    QMetaObject::invokeMethod(m_decoder, [self, body = std::move(body),
                                          decoded = std::move(decoded)]() mutable {
        Decoded page =
            std::make_shared<const Core::Result<Protocol::PullPage>>(Protocol::decodePullPage(body));
        body = QByteArray();
        if (!self)
            return;
        // Back on the engine's thread; dropped if the applier is gone by then.
        QMetaObject::invokeMethod(self.data(), [decoded, page]() { decoded(page); });
    });
}

void PageApplier::apply(const QString &replicaPath, const Decoded &page, Done done)
{
    QPointer<PageApplier> self(this);
    Worker *worker = m_worker;
    QMetaObject::invokeMethod(m_worker, [self, worker, replicaPath, page, done = std::move(done)]() {
        Page info;
        const Core::Status status = worker->apply(replicaPath, *page, info);
        const Core::ChangeSet changes = status ? worker->lastApplied() : Core::ChangeSet();
        if (!self)
            return;
        QMetaObject::invokeMethod(self.data(),
                                  [done, status, changes, info]() { done(status, changes, info); });
        if (status && !info.hasMore)
            worker->checkpoint();
    });
}

} // namespace Sync

#include "attachmentfetcher.h"

#include "attachmentcache.h"
#include "attachmenttransfer.h"

#include <QLoggingCategory>

namespace Sync {

Q_LOGGING_CATEGORY(lcFetcher, "leadernet.sync.fetcher")

AttachmentFetcher::AttachmentFetcher(ApiClient *api, Core::AttachmentCache *cache, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_cache(cache)
{}

AttachmentFetcher::~AttachmentFetcher()
{
    delete m_transfer;
}

bool AttachmentFetcher::isBusy() const
{
    return !m_transfer.isNull();
}

qsizetype AttachmentFetcher::queued() const
{
    return m_queue.size() + (m_transfer ? 1 : 0);
}

bool AttachmentFetcher::isHere(const QString &sha256) const
{
    const auto entry = m_cache->entry(sha256);
    return entry && *entry && (*entry)->complete;
}

AttachmentFetcher::State AttachmentFetcher::state(const QString &sha256) const
{
    if (m_transfer && m_current.file.sha256 == sha256)
        return State::Fetching;
    if (std::any_of(m_queue.begin(), m_queue.end(),
                    [&](const Item &i) { return i.file.sha256 == sha256; }))
        return State::Waiting;
    if (isHere(sha256))
        return State::Here;
    return m_errors.contains(sha256) ? State::Failed : State::Absent;
}

qint64 AttachmentFetcher::received(const QString &sha256) const
{
    if (m_transfer && m_current.file.sha256 == sha256)
        return m_transfer->done();
    const auto entry = m_cache->entry(sha256);
    return entry && *entry ? (*entry)->received : 0;
}

void AttachmentFetcher::fetch(const Core::AttachmentRef &file)
{
    if (state(file.sha256) == State::Here || state(file.sha256) == State::Fetching) {
        if (m_transfer && m_current.file.sha256 == file.sha256)
            m_current.asked = true;
        return;
    }
    m_errors.remove(file.sha256);
    m_queue.removeIf([&](const Item &i) { return i.file.sha256 == file.sha256; });
    // After the other files people asked for, ahead of those fetched ahead.
    const auto firstAhead =
        std::find_if(m_queue.begin(), m_queue.end(), [](const Item &i) { return !i.asked; });
    m_queue.insert(firstAhead, Item{file, true});
    Q_EMIT changed(file.sha256);
    next();
}

void AttachmentFetcher::prefetch(const QList<Core::AttachmentRef> &files)
{
    for (const Core::AttachmentRef &file : files) {
        // A file that failed last time (the link, or not sent yet) is tried
        // again, once per call.
        if (const State now = state(file.sha256); now == State::Absent || now == State::Failed)
            m_queue.append(Item{file, false});
    }
    next();
}

void AttachmentFetcher::stopPrefetch()
{
    m_queue.removeIf([](const Item &i) { return !i.asked; });
    if (m_transfer && !m_current.asked)
        m_transfer->abort();
}

bool AttachmentFetcher::fits(const Core::AttachmentRef &file) const
{
    const Core::Result<qint64> kept = m_cache->totalBytes();
    return kept && *kept + file.size <= m_quota;
}

void AttachmentFetcher::next()
{
    while (!m_transfer && !m_queue.isEmpty()) {
        m_current = m_queue.takeFirst();
        if (isHere(m_current.file.sha256)) {
            Q_EMIT changed(m_current.file.sha256);
            continue;
        }
        if (!m_current.asked && !fits(m_current.file))
            continue; // fetched ahead only while it fits
        const Core::Result<qint64> begun = m_cache->beginDownload(
            m_current.file.sha256, m_current.file.size, m_current.file.mediaType);
        if (!begun) {
            m_errors.insert(m_current.file.sha256, begun.error());
            Q_EMIT failed(m_current.file.sha256, begun.error());
            continue;
        }
        m_transfer = new AttachmentTransfer(AttachmentTransfer::Direction::Download,
                                            m_current.file.sha256, m_api, m_cache, this);
        const QString sha = m_current.file.sha256;
        connect(m_transfer, &AttachmentTransfer::progress, this,
                [this, sha]() { Q_EMIT changed(sha); });
        connect(m_transfer, &AttachmentTransfer::finished, this, &AttachmentFetcher::onFinished);
        m_transfer->start();
        Q_EMIT changed(sha);
        return;
    }
    if (!m_transfer)
        Q_EMIT idle();
}

void AttachmentFetcher::onFinished()
{
    AttachmentTransfer *done = m_transfer;
    m_transfer = nullptr;
    done->deleteLater();
    const QString sha = m_current.file.sha256;
    if (const Core::Status &status = done->status();
        !status && status.error().code == Core::ErrorCode::Cancelled) {
        Q_EMIT changed(sha); // stopped; what arrived stays for the next time
    } else if (!status) {
        qCInfo(lcFetcher) << "fetching" << sha.left(12) << "failed:" << status.error().detail;
        m_errors.insert(sha, status.error());
        Q_EMIT changed(sha);
        Q_EMIT failed(sha, status.error());
    } else {
        m_errors.remove(sha);
        if (const auto removed = m_cache->enforceQuota(std::max(m_quota, m_current.file.size));
            removed) {
            for (const QString &gone : *removed)
                Q_EMIT changed(gone);
        }
        Q_EMIT changed(sha);
        Q_EMIT fetched(sha);
    }
    next();
}

} // namespace Sync

#pragma once

#include "attachmentref.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

namespace Core {
class AttachmentCache;
}

namespace Sync {

class ApiClient;
class AttachmentTransfer;

// Brings the files records name to this computer, one at a time: those a
// person asks for (fetch(): first in line, whatever the quota), then those
// fetched ahead (prefetch(): the scheduler's choice, on unmetered links),
// only while they fit in the storage quota beside what is kept.
//
// After each download the cache is kept within the quota (the least
// recently used files go first; a file waiting for its upload never does).
// A download cut half-way resumes from the bytes already here the next time
// the file is asked for.
//
// Thread: the GUI thread; the API client and the cache are not owned.
class AttachmentFetcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentFetcher)

public:
    enum class State { Absent, Waiting, Fetching, Here, Failed };
    Q_ENUM(State)

    // What people may keep on this computer unless they choose (bytes).
    static constexpr qint64 DefaultQuotaBytes = 1024LL * 1024 * 1024;

    AttachmentFetcher(ApiClient *api, Core::AttachmentCache *cache, QObject *parent = nullptr);
    ~AttachmentFetcher() override;

    void setQuotaBytes(qint64 bytes) { m_quota = bytes; }
    qint64 quotaBytes() const { return m_quota; }
    // The largest file the server takes, as its health last said (0: not
    // known yet).
    void setServerLimit(qint64 bytes) { m_serverLimit = bytes; }
    qint64 serverLimit() const { return m_serverLimit; }

    // Fetches `file` now, ahead of anything fetched ahead.
    void fetch(const Core::AttachmentRef &file);
    // Fetches the files that are not here, after what was asked for, as
    // long as they fit in the quota.
    void prefetch(const QList<Core::AttachmentRef> &files);
    // Stops fetching ahead (the file being fetched stops too unless asked for).
    void stopPrefetch();

    State state(const QString &sha256) const;
    // Bytes of `sha256` here, while it is fetched.
    qint64 received(const QString &sha256) const;
    // Why the last fetch of `sha256` failed.
    Core::Error error(const QString &sha256) const { return m_errors.value(sha256); }
    bool isBusy() const;
    // Files waiting or being fetched.
    qsizetype queued() const;

Q_SIGNALS:
    // A file's state or progress changed.
    void changed(const QString &sha256);
    // A file is here now (verified); the quota may have removed others.
    void fetched(const QString &sha256);
    void failed(const QString &sha256, const Core::Error &error);
    // Nothing waits or is fetched any more.
    void idle();

private:
    struct Item {
        Core::AttachmentRef file;
        bool asked = false; // by a person (not fetched ahead)
    };

    void next();
    void onFinished();
    bool fits(const Core::AttachmentRef &file) const;
    bool isHere(const QString &sha256) const;

    ApiClient *m_api;
    Core::AttachmentCache *m_cache;
    QList<Item> m_queue;
    Item m_current;
    QPointer<AttachmentTransfer> m_transfer;
    QHash<QString, Core::Error> m_errors;
    qint64 m_quota = DefaultQuotaBytes;
    qint64 m_serverLimit = 0;
};

} // namespace Sync

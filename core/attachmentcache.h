#pragma once

#include "result.h"

#include <QByteArrayView>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

namespace Core {

class Clock;

// The files attachments name, kept on this computer under their SHA-256
// (lowercase hex): downloads (a partial file while the bytes arrive, kept
// across a cut so that a download resumes where it stopped, and verified
// against the hash before it counts), and the files the person attached,
// which wait to be uploaded. A storage quota is kept by removing the least
// recently used complete files first; a file waiting to be uploaded is
// never removed.
//
// The files live in one folder beside the replica; their state in the
// replica's attachment_files table (schema version 9). Thread: the thread
// that owns the database connection.
class AttachmentCache final
{
public:
    struct Entry {
        QString sha256;
        qint64 size = 0;     // the whole file's, as the record or server says
        QString mediaType;   // "image/png", "application/pdf"…
        qint64 received = 0; // bytes on this computer so far
        bool complete = false;
        bool uploadPending = false; // attached here, not yet on the server
        QDateTime lastUsed;
    };

    AttachmentCache() = default;
    AttachmentCache(QSqlDatabase db, QString directory, Clock *clock);

    void setClock(Clock *clock) { m_clock = clock; }

    // 64 lowercase hexadecimal digits.
    static bool isHash(QStringView sha256);

    QString directory() const { return m_directory; }
    // Where a complete file is (whether or not it is there).
    QString filePath(const QString &sha256) const;

    Result<std::optional<Entry>> entry(const QString &sha256) const;
    // The complete file's path, and it counts as used now; empty when the
    // file is not (yet) here.
    Result<QString> open(const QString &sha256);

    // A file the person attaches: copied in and hashed; it waits to be
    // uploaded (markUploaded()). Adding a file that is here already only
    // marks it as waiting.
    Result<Entry> addLocalFile(const QString &path, const QString &mediaType);
    Status markUploaded(const QString &sha256);
    // A file attached here that nothing names any more (removed before it
    // was sent): it no longer waits for an upload, and the quota may remove it.
    Status cancelUpload(const QString &sha256);
    // Files waiting to be uploaded, oldest first.
    Result<QList<Entry>> pendingUploads() const;

    // Starts or resumes a download of `size` bytes: returns how many are here
    // already (ask the server for the rest). Refused over `size` or for a
    // malformed hash.
    Result<qint64> beginDownload(const QString &sha256, qint64 size, const QString &mediaType);
    // The next bytes of a download, as they arrive.
    Status appendDownloaded(const QString &sha256, QByteArrayView bytes);
    // All bytes are here: checked against the hash. A mismatch drops the
    // partial file (Invalid): the download starts again from nothing.
    Status finishDownload(const QString &sha256);

    // Bytes kept on this computer, complete and partial.
    Result<qint64> totalBytes() const;
    // Removes the least recently used complete files that do not wait for an
    // upload until at most `quotaBytes` are kept; returns their hashes.
    Result<QStringList> enforceQuota(qint64 quotaBytes);

private:
    QString partPath(const QString &sha256) const;
    Status remove(const QString &sha256);

    QSqlDatabase m_db;
    QString m_directory;
    Clock *m_clock = nullptr;
};

} // namespace Core

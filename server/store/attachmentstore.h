#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <optional>

namespace Core {
class Clock;
}

namespace Server {

class ServerStore;
class StoreWriter;

// A file kept by the server, named by the SHA-256 of its bytes.
struct Attachment {
    QString sha256; // lowercase hex
    qint64 size = 0;
    QString mediaType;
    QString uploadedBy; // the member whose upload completed first
    QString uploadedAt;
};

// One PUT of an upload: `bytes` are bytes [start, start + bytes.size()) of
// a file of `total` bytes.
struct UploadPiece {
    QString sha256;
    QString memberId;
    QString mediaType; // kept from the upload's first piece
    qint64 start = 0;
    qint64 total = 0;
    QByteArray bytes;
};

// What a piece came to.
struct UploadOutcome {
    enum class Kind {
        Partial,       // stored; `received` bytes of `total` so far
        Completed,     // the last piece: verified and kept as `attachment`
        AlreadyKept,   // the server had the file already; nothing stored
        WrongOffset,   // refused: the next piece must start at `received`
        TotalMismatch, // refused: the upload was started with total `received`
        HashMismatch,  // the whole does not hash to its name; the upload is gone
    };
    Kind kind = Kind::Partial;
    qint64 received = 0;
    Attachment attachment;
};

// Attachments in the server store (tables of migration 7): the kept files
// and the members' uploads in progress, both as rows of
// Protocol::AttachmentChunkSize bytes. Each piece is one write transaction
// (in its turn among the store's writers); the last one also reads the
// upload back to check its SHA-256, so a file is kept only when its bytes
// match its name, and is kept once however many members upload it. Reads
// take one chunk at a time. Any thread may call it, like ServerStore, which
// it borrows.
//
// An upload nobody has added to for UploadLifetime is abandoned: each new
// upload drops a few of those (the oldest first), so they cannot pile up.
class AttachmentStore final
{
public:
    static constexpr std::chrono::hours UploadLifetime{7 * 24};

    // `clock` (borrowed; the system's when null) dates uploads and files.
    explicit AttachmentStore(ServerStore &store, const Core::Clock *clock = nullptr);
    Q_DISABLE_COPY_MOVE(AttachmentStore)

    Core::Result<std::optional<Attachment>> find(const QString &sha256);
    // How many bytes of `sha256` `memberId` has uploaded (0: no upload).
    Core::Result<qint64> uploadOffset(const QString &sha256, const QString &memberId);
    // The caller has checked the piece's shape (start + size <= total).
    // Invalid for a piece without an uploader (memberId empty).
    Core::Result<UploadOutcome> put(const UploadPiece &piece);
    // Bytes [offset, offset + length) of a kept attachment, which the caller
    // has checked lie inside it.
    Core::Result<QByteArray> read(const QString &sha256, qint64 offset, qint64 length);

private:
    Core::Result<UploadOutcome> keepWhole(StoreWriter &writer, const UploadPiece &piece);
    Core::Result<UploadOutcome> complete(StoreWriter &writer, const UploadPiece &piece,
                                         const QString &mediaType);
    Core::Status dropAbandonedUploads(StoreWriter &writer);

    ServerStore &m_store;
    const Core::Clock *m_clock;
};

} // namespace Server

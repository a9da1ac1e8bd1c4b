#include "attachmentstore.h"

#include "clock.h"
#include "protocol.h"
#include "record.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QCryptographicHash>

#include <algorithm>
#include <functional>
#include <memory>

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Protocol = Sync::Protocol;

namespace {

constexpr qint64 ChunkSize = Protocol::AttachmentChunkSize;

// The `upload_member` of a kept attachment's chunks: empty, not null (QtSql
// binds a null QString as NULL).
const QString Kept = u""_s;

// Abandoned uploads dropped per new upload: enough to keep up with any
// rate of new ones, few enough to cost a new upload nothing noticeable.
constexpr int AbandonedPerSweep = 8;

// Runs statements in or out of a write transaction.
using Run = std::function<Core::Result<CachedQuery>(const QString &, const QVariantList &)>;

Run runOn(StoreWriter &writer)
{
    return [&writer](const QString &sql, const QVariantList &values) {
        return writer.run(sql, values);
    };
}

Core::Result<QByteArray> chunk(const Run &run, const QString &sha256, const QString &owner,
                               qint64 idx)
{
    const Core::Result<CachedQuery> q =
        run(u"SELECT data FROM attachment_chunks WHERE sha256 = ? AND upload_member = ? AND "
            "idx = ?"_s,
            {sha256, owner, idx});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return makeError(ErrorCode::Query, u"attachment %1 lacks chunk %2"_s.arg(sha256).arg(idx));
    QByteArray data = (*q)->value(0).toByteArray();
    (*q)->finish();
    return data;
}

// Writes `bytes` as bytes `from` onwards of `owner`'s chunks of `sha256`,
// which hold `from` bytes so far: the last chunk is filled up first when it
// is short.
Core::Status appendChunks(StoreWriter &writer, const QString &sha256, const QString &owner,
                          qint64 from, const QByteArray &bytes)
{
    qint64 pos = from;
    qsizetype used = 0;
    if (const qint64 inChunk = pos % ChunkSize; inChunk != 0 && !bytes.isEmpty()) {
        const qint64 idx = pos / ChunkSize;
        const Core::Result<QByteArray> last = chunk(runOn(writer), sha256, owner, idx);
        if (!last)
            return last.error();
        const qsizetype take = qsizetype(std::min<qint64>(ChunkSize - inChunk, bytes.size()));
        const QByteArray data = *last + bytes.first(take);
        const Core::Result<CachedQuery> q =
            writer.run(u"UPDATE attachment_chunks SET data = ? WHERE sha256 = ? AND "
                       "upload_member = ? AND idx = ?"_s,
                       {data, sha256, owner, idx});
        if (!q)
            return q.error();
        used += take;
        pos += take;
    }
    while (used < bytes.size()) {
        const qsizetype take = qsizetype(std::min<qint64>(ChunkSize, bytes.size() - used));
        const Core::Result<CachedQuery> q =
            writer.run(u"INSERT INTO attachment_chunks (sha256, upload_member, idx, data) "
                       "VALUES (?, ?, ?, ?)"_s,
                       {sha256, owner, pos / ChunkSize, bytes.mid(used, take)});
        if (!q)
            return q.error();
        used += take;
        pos += take;
    }
    return {};
}

Core::Status removeUpload(StoreWriter &writer, const QString &sha256, const QString &memberId)
{
    for (const QString &sql :
         {u"DELETE FROM attachment_chunks WHERE sha256 = ? AND upload_member = ?"_s,
          u"DELETE FROM attachment_uploads WHERE sha256 = ? AND member_id = ?"_s}) {
        if (const Core::Result<CachedQuery> q = writer.run(sql, {sha256, memberId}); !q)
            return q.error();
    }
    return {};
}

Core::Result<std::optional<Attachment>> findWith(const Run &run, const QString &sha256)
{
    const Core::Result<CachedQuery> q =
        run(u"SELECT size, media_type, uploaded_by, uploaded_at FROM attachments WHERE "
            "sha256 = ?"_s,
            {sha256});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Attachment>();
    Attachment a{sha256, (*q)->value(0).toLongLong(), (*q)->value(1).toString(),
                 (*q)->value(2).toString(), (*q)->value(3).toString()};
    (*q)->finish();
    return std::optional<Attachment>(std::move(a));
}

Core::Result<Attachment> insertAttachment(StoreWriter &writer, const UploadPiece &piece,
                                          const QString &mediaType, const QString &now)
{
    Attachment a{piece.sha256, piece.total, mediaType, piece.memberId, now};
    const Core::Result<CachedQuery> q =
        writer.run(u"INSERT INTO attachments (sha256, size, media_type, uploaded_by, "
                   "uploaded_at) VALUES (?, ?, ?, ?, ?)"_s,
                   {a.sha256, a.size, a.mediaType, a.uploadedBy, a.uploadedAt});
    if (!q)
        return q.error();
    return a;
}

} // namespace

AttachmentStore::AttachmentStore(ServerStore &store, const Core::Clock *clock)
    : m_store(store)
    , m_clock(clock ? clock : Core::Clock::system())
{}

Core::Result<std::optional<Attachment>> AttachmentStore::find(const QString &sha256)
{
    const Core::Result<StatementCache *> statements = m_store.statements();
    if (!statements)
        return statements.error();
    return findWith([s = *statements](const QString &sql,
                                      const QVariantList &values) { return s->run(sql, values); },
                    sha256);
}

Core::Result<qint64> AttachmentStore::uploadOffset(const QString &sha256, const QString &memberId)
{
    const Core::Result<StatementCache *> statements = m_store.statements();
    if (!statements)
        return statements.error();
    const Core::Result<CachedQuery> q =
        (*statements)
            ->run(u"SELECT received FROM attachment_uploads WHERE sha256 = ? AND member_id = ?"_s,
                  {sha256, memberId});
    if (!q)
        return q.error();
    const qint64 received = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return received;
}

Core::Result<UploadOutcome> AttachmentStore::put(const UploadPiece &piece)
{
    // The kept files' chunks are the empty uploader's: an upload by nobody
    // would be taken for them (and dropped with its upload).
    if (piece.memberId == Kept)
        return Core::makeError(Core::ErrorCode::Invalid, u"an upload needs its uploader"_s);
    // A whole file is checked before anything is written, and before the
    // store's write lock is taken.
    const bool whole = piece.start == 0 && piece.bytes.size() == piece.total;
    if (whole && QString::fromLatin1(
                     QCryptographicHash::hash(piece.bytes, QCryptographicHash::Sha256).toHex()) !=
                     piece.sha256) {
        return UploadOutcome{UploadOutcome::Kind::HashMismatch, 0, {}};
    }
    Core::Result<std::unique_ptr<StoreWriter>> begun = m_store.beginWrite();
    if (!begun)
        return begun.error();
    StoreWriter &writer = **begun;
    const Core::Result<std::optional<Attachment>> kept = findWith(runOn(writer), piece.sha256);
    if (!kept)
        return kept.error();
    if (kept->has_value()) {
        // Another upload finished first: this one is not needed any more.
        if (Core::Status s = removeUpload(writer, piece.sha256, piece.memberId); !s)
            return s.error();
        if (Core::Status s = writer.commit(); !s)
            return s.error();
        return UploadOutcome{UploadOutcome::Kind::AlreadyKept, piece.total, **kept};
    }
    if (whole)
        return keepWhole(writer, piece);

    const Core::Result<CachedQuery> q =
        writer.run(u"SELECT total_size, received, media_type FROM attachment_uploads WHERE "
                   "sha256 = ? AND member_id = ?"_s,
                   {piece.sha256, piece.memberId});
    if (!q)
        return q.error();
    const bool started = (*q)->next();
    const qint64 total = started ? (*q)->value(0).toLongLong() : piece.total;
    const qint64 received = started ? (*q)->value(1).toLongLong() : 0;
    const QString mediaType = started ? (*q)->value(2).toString() : piece.mediaType;
    (*q)->finish();
    if (total != piece.total)
        return UploadOutcome{UploadOutcome::Kind::TotalMismatch, total, {}};
    if (piece.start != received)
        return UploadOutcome{UploadOutcome::Kind::WrongOffset, received, {}};

    const QString now = m_clock->nowIso();
    if (!started) {
        if (Core::Status s = dropAbandonedUploads(writer); !s)
            return s.error();
        const Core::Result<CachedQuery> insert =
            writer.run(u"INSERT INTO attachment_uploads (sha256, member_id, total_size, received, "
                       "media_type, started_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)"_s,
                       {piece.sha256, piece.memberId, piece.total, mediaType, now, now});
        if (!insert)
            return insert.error();
    }
    if (Core::Status s = appendChunks(writer, piece.sha256, piece.memberId, received, piece.bytes);
        !s) {
        return s.error();
    }
    const qint64 nowReceived = received + piece.bytes.size();
    if (nowReceived == total)
        return complete(writer, piece, mediaType);
    const Core::Result<CachedQuery> update =
        writer.run(u"UPDATE attachment_uploads SET received = ?, updated_at = ? WHERE sha256 = ? "
                   "AND member_id = ?"_s,
                   {nowReceived, now, piece.sha256, piece.memberId});
    if (!update)
        return update.error();
    if (Core::Status s = writer.commit(); !s)
        return s.error();
    return UploadOutcome{UploadOutcome::Kind::Partial, nowReceived, {}};
}

Core::Result<UploadOutcome> AttachmentStore::keepWhole(StoreWriter &writer,
                                                       const UploadPiece &piece)
{
    // The caller has checked the hash. A whole file replaces an upload of it this member had begun.
    if (Core::Status s = removeUpload(writer, piece.sha256, piece.memberId); !s)
        return s.error();
    if (Core::Status s = appendChunks(writer, piece.sha256, Kept, 0, piece.bytes); !s)
        return s.error();
    const Core::Result<Attachment> kept =
        insertAttachment(writer, piece, piece.mediaType, m_clock->nowIso());
    if (!kept)
        return kept.error();
    if (Core::Status s = writer.commit(); !s)
        return s.error();
    return UploadOutcome{UploadOutcome::Kind::Completed, piece.total, *kept};
}

Core::Result<UploadOutcome> AttachmentStore::complete(StoreWriter &writer, const UploadPiece &piece,
                                                      const QString &mediaType)
{
    // Read back one chunk at a time: memory stays at a chunk whatever the size.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 chunks = (piece.total + ChunkSize - 1) / ChunkSize;
    qint64 seen = 0;
    for (qint64 idx = 0; idx < chunks; ++idx) {
        const Core::Result<QByteArray> data =
            chunk(runOn(writer), piece.sha256, piece.memberId, idx);
        if (!data)
            return data.error();
        hash.addData(*data);
        seen += data->size();
    }
    const bool matches =
        seen == piece.total && QString::fromLatin1(hash.result().toHex()) == piece.sha256;
    if (!matches) {
        if (Core::Status s = removeUpload(writer, piece.sha256, piece.memberId); !s)
            return s.error();
        if (Core::Status s = writer.commit(); !s)
            return s.error();
        return UploadOutcome{UploadOutcome::Kind::HashMismatch, 0, {}};
    }
    // The upload's chunks become the attachment's: no bytes are copied.
    const Core::Result<CachedQuery> adopt =
        writer.run(u"UPDATE attachment_chunks SET upload_member = ? WHERE sha256 = ? AND "
                   "upload_member = ?"_s,
                   {Kept, piece.sha256, piece.memberId});
    if (!adopt)
        return adopt.error();
    const Core::Result<CachedQuery> done =
        writer.run(u"DELETE FROM attachment_uploads WHERE sha256 = ? AND member_id = ?"_s,
                   {piece.sha256, piece.memberId});
    if (!done)
        return done.error();
    const Core::Result<Attachment> kept =
        insertAttachment(writer, piece, mediaType, m_clock->nowIso());
    if (!kept)
        return kept.error();
    if (Core::Status s = writer.commit(); !s)
        return s.error();
    return UploadOutcome{UploadOutcome::Kind::Completed, piece.total, *kept};
}

Core::Status AttachmentStore::dropAbandonedUploads(StoreWriter &writer)
{
    // Timestamps are ISO 8601 in UTC with milliseconds: text order is time order.
    const QDateTime cutoff =
        m_clock->now().toUTC().addSecs(-std::chrono::seconds(UploadLifetime).count());
    const Core::Result<CachedQuery> q =
        writer.run(u"SELECT sha256, member_id FROM attachment_uploads WHERE updated_at < ? "
                   "ORDER BY updated_at LIMIT %1"_s.arg(AbandonedPerSweep),
                   {cutoff.toString(Qt::ISODateWithMs)});
    if (!q)
        return q.error();
    QList<std::pair<QString, QString>> abandoned;
    while ((*q)->next())
        abandoned.append({(*q)->value(0).toString(), (*q)->value(1).toString()});
    (*q)->finish();
    for (const auto &[sha256, memberId] : std::as_const(abandoned)) {
        if (Core::Status s = removeUpload(writer, sha256, memberId); !s)
            return s;
    }
    return {};
}

Core::Result<QByteArray> AttachmentStore::read(const QString &sha256, qint64 offset, qint64 length)
{
    const Core::Result<StatementCache *> statements = m_store.statements();
    if (!statements)
        return statements.error();
    const Run run = [s = *statements](const QString &sql, const QVariantList &values) {
        return s->run(sql, values);
    };
    QByteArray out;
    out.reserve(qsizetype(length));
    qint64 pos = offset;
    const qint64 end = offset + length;
    while (pos < end) {
        const qint64 idx = pos / ChunkSize;
        const Core::Result<QByteArray> data = chunk(run, sha256, Kept, idx);
        if (!data)
            return data.error();
        const qint64 from = pos - idx * ChunkSize;
        const qint64 take = std::min<qint64>(data->size() - from, end - pos);
        if (take <= 0)
            return makeError(ErrorCode::Query,
                             u"attachment %1 is shorter than it says"_s.arg(sha256));
        out.append(data->constData() + from, qsizetype(take));
        pos += take;
    }
    return out;
}

} // namespace Server

#include "attachmentcache.h"

#include "clock.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

constexpr const char *Columns = "sha256, size, media_type, received, complete, upload_pending, "
                                "last_used";

AttachmentCache::Entry entryFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toLongLong(),
            q.value(2).toString(),
            q.value(3).toLongLong(),
            q.value(4).toInt() != 0,
            q.value(5).toInt() != 0,
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs)};
}

// The SHA-256 of a file, read a piece at a time; empty when it cannot be read.
QString hashOfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

Error fileError(const QString &what, const QFile &file)
{
    return makeError(ErrorCode::Query,
                     u"%1 %2: %3"_s.arg(what, file.fileName(), file.errorString()));
}

} // namespace

AttachmentCache::AttachmentCache(QSqlDatabase db, QString directory, Clock *clock)
    : m_db(std::move(db))
    , m_directory(std::move(directory))
    , m_clock(clock)
{}

bool AttachmentCache::isHash(QStringView sha256)
{
    if (sha256.size() != 64)
        return false;
    return std::all_of(sha256.begin(), sha256.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
    });
}

QString AttachmentCache::filePath(const QString &sha256) const
{
    return m_directory + u'/' + sha256;
}

QString AttachmentCache::partPath(const QString &sha256) const
{
    return filePath(sha256) + u".part"_s;
}

Result<std::optional<AttachmentCache::Entry>> AttachmentCache::entry(const QString &sha256) const
{
    QSqlQuery q(m_db);
    if (Status s = exec(
            q,
            u"SELECT %1 FROM attachment_files WHERE sha256 = ?"_s.arg(QLatin1StringView(Columns)),
            {sha256});
        !s) {
        return s.error();
    }
    if (!q.next())
        return std::optional<Entry>();
    return std::optional<Entry>(entryFromRow(q));
}

Result<QString> AttachmentCache::open(const QString &sha256)
{
    const Result<std::optional<Entry>> e = entry(sha256);
    if (!e)
        return e.error();
    if (!*e || !(*e)->complete || !QFile::exists(filePath(sha256)))
        return QString();
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"UPDATE attachment_files SET last_used = ? WHERE sha256 = ?"_s,
                        {m_clock->nowIso(), sha256});
        !s) {
        return s.error();
    }
    return filePath(sha256);
}

Result<AttachmentCache::Entry> AttachmentCache::addLocalFile(const QString &path,
                                                             const QString &mediaType)
{
    const QString sha256 = hashOfFile(path);
    if (sha256.isEmpty())
        return makeError(ErrorCode::NotFound, u"cannot read %1"_s.arg(path));
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Query, u"cannot make %1"_s.arg(m_directory));
    const QString target = filePath(sha256);
    if (!QFile::exists(target)) {
        // Copied under a temporary name, so that a half-copied file is never
        // taken for the whole.
        const QString copy = partPath(sha256) + u".copy"_s;
        QFile::remove(copy);
        if (!QFile::copy(path, copy) || !QFile::rename(copy, target)) {
            QFile::remove(copy);
            return makeError(ErrorCode::Query, u"cannot copy %1 into the cache"_s.arg(path));
        }
    }
    const qint64 size = QFileInfo(target).size();
    QSqlQuery q(m_db);
    if (Status s = exec(q,
                        u"INSERT INTO attachment_files (sha256, size, media_type, received, "
                        "complete, upload_pending, last_used) VALUES (?, ?, ?, ?, 1, 1, ?) "
                        "ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, received = "
                        "excluded.received, complete = 1, upload_pending = 1, last_used = "
                        "excluded.last_used"_s,
                        {sha256, size, mediaType, size, m_clock->nowIso()});
        !s) {
        return s.error();
    }
    QFile::remove(partPath(sha256));
    return Entry{sha256, size, mediaType, size, true, true, m_clock->now()};
}

Status AttachmentCache::markUploaded(const QString &sha256)
{
    QSqlQuery q(m_db);
    return exec(q, u"UPDATE attachment_files SET upload_pending = 0 WHERE sha256 = ?"_s, {sha256});
}

Status AttachmentCache::cancelUpload(const QString &sha256)
{
    return markUploaded(sha256); // the same state: a complete file, nothing to send
}

Result<QList<AttachmentCache::Entry>> AttachmentCache::pendingUploads() const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT %1 FROM attachment_files WHERE upload_pending = 1 "
                           "ORDER BY last_used, sha256"_s.arg(QLatin1StringView(Columns)));
        !s) {
        return s.error();
    }
    QList<Entry> out;
    while (q.next())
        out.append(entryFromRow(q));
    return out;
}

Result<qint64> AttachmentCache::beginDownload(const QString &sha256, qint64 size,
                                              const QString &mediaType)
{
    if (!isHash(sha256) || size < 0)
        return makeError(ErrorCode::Invalid, u"not a SHA-256 or a size"_s);
    const Result<std::optional<Entry>> e = entry(sha256);
    if (!e)
        return e.error();
    if (*e && (*e)->complete && QFile::exists(filePath(sha256)))
        return (*e)->size;
    if (!QDir().mkpath(m_directory))
        return makeError(ErrorCode::Query, u"cannot make %1"_s.arg(m_directory));
    // What survived a cut is what is on disk, whatever the table says.
    qint64 here = QFileInfo::exists(partPath(sha256)) ? QFileInfo(partPath(sha256)).size() : 0;
    if (here > size) {
        QFile::remove(partPath(sha256));
        here = 0;
    }
    QSqlQuery q(m_db);
    if (Status s = exec(q,
                        u"INSERT INTO attachment_files (sha256, size, media_type, received, "
                        "complete, upload_pending, last_used) VALUES (?, ?, ?, ?, 0, 0, ?) "
                        "ON CONFLICT (sha256) DO UPDATE SET size = excluded.size, media_type = "
                        "excluded.media_type, received = excluded.received, complete = 0, "
                        "last_used = excluded.last_used"_s,
                        {sha256, size, mediaType, here, m_clock->nowIso()});
        !s) {
        return s.error();
    }
    return here;
}

Status AttachmentCache::appendDownloaded(const QString &sha256, QByteArrayView bytes)
{
    const Result<std::optional<Entry>> e = entry(sha256);
    if (!e)
        return e.error();
    if (!*e || (*e)->complete)
        return makeError(ErrorCode::NotFound, u"no download of %1 under way"_s.arg(sha256));
    QFile part(partPath(sha256));
    if (!part.open(QIODevice::WriteOnly | QIODevice::Append))
        return fileError(u"cannot write"_s, part);
    if (part.size() + bytes.size() > (*e)->size)
        return makeError(ErrorCode::Invalid, u"more bytes than the file has"_s);
    if (part.write(bytes.data(), bytes.size()) != bytes.size() || !part.flush())
        return fileError(u"cannot write"_s, part);
    QSqlQuery q(m_db);
    return exec(q, u"UPDATE attachment_files SET received = ? WHERE sha256 = ?"_s,
                {part.size(), sha256});
}

Status AttachmentCache::finishDownload(const QString &sha256)
{
    const Result<std::optional<Entry>> e = entry(sha256);
    if (!e)
        return e.error();
    if (!*e)
        return makeError(ErrorCode::NotFound, u"no download of %1"_s.arg(sha256));
    if ((*e)->complete)
        return {};
    const QString part = partPath(sha256);
    if (hashOfFile(part) != sha256) {
        // Bytes from somewhere else, or damaged: none of them can be trusted.
        QFile::remove(part);
        QSqlQuery q(m_db);
        (void)exec(q, u"UPDATE attachment_files SET received = 0 WHERE sha256 = ?"_s, {sha256});
        return makeError(ErrorCode::Invalid,
                         u"the downloaded bytes do not have the hash %1"_s.arg(sha256));
    }
    QFile::remove(filePath(sha256));
    if (!QFile::rename(part, filePath(sha256)))
        return makeError(ErrorCode::Query, u"cannot keep the download of %1"_s.arg(sha256));
    QSqlQuery q(m_db);
    return exec(q,
                u"UPDATE attachment_files SET complete = 1, received = size, last_used = ? "
                "WHERE sha256 = ?"_s,
                {m_clock->nowIso(), sha256});
}

Result<qint64> AttachmentCache::totalBytes() const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT coalesce(sum(received), 0) FROM attachment_files"_s); !s)
        return s.error();
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status AttachmentCache::remove(const QString &sha256)
{
    QFile::remove(filePath(sha256));
    QFile::remove(partPath(sha256));
    QSqlQuery q(m_db);
    return exec(q, u"DELETE FROM attachment_files WHERE sha256 = ?"_s, {sha256});
}

Result<QStringList> AttachmentCache::enforceQuota(qint64 quotaBytes)
{
    Result<qint64> total = totalBytes();
    if (!total)
        return total.error();
    QStringList evicted;
    if (*total <= quotaBytes)
        return evicted;
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT sha256, received FROM attachment_files WHERE complete = 1 "
                           "AND upload_pending = 0 ORDER BY last_used, sha256"_s);
        !s) {
        return s.error();
    }
    QList<std::pair<QString, qint64>> candidates;
    while (q.next())
        candidates.append({q.value(0).toString(), q.value(1).toLongLong()});
    qint64 kept = *total;
    for (const auto &[sha256, size] : candidates) {
        if (kept <= quotaBytes)
            break;
        if (Status s = remove(sha256); !s)
            return s.error();
        kept -= size;
        evicted << sha256;
    }
    return evicted;
}

} // namespace Core

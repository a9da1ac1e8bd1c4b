// The attachment routes of HttpApi: resumable uploads (PUT), whether a file
// or an upload of it is there (HEAD), and the bytes with range requests
// (GET). Files are named by their SHA-256; see docs/sync-protocol.md,
// "Attachments".
#include "httpapi.h"

#include "attachmentstore.h"
#include "authservice.h"
#include "httpreplies.h"
#include "protocol.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <httplib.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

namespace Server {

using namespace Qt::StringLiterals;
using namespace HttpReplies;
namespace Protocol = Sync::Protocol;

namespace {

constexpr const char *OctetStream = "application/octet-stream";
// A file's bytes never change under its name: caches may keep it for a year.
constexpr const char *ImmutableCaching = "private, max-age=31536000, immutable";
constexpr qsizetype MaxMediaTypeLength = 127;

// The {sha256} of the request's path (the router matched the rest).
QString hashOf(const httplib::Request &req)
{
    const qsizetype prefix = Protocol::AttachmentsPath.size() + 1;
    return QString::fromStdString(req.path).mid(prefix);
}

bool checkHash(const QString &sha256, httplib::Response &res)
{
    if (Protocol::isAttachmentHash(sha256))
        return true;
    sendError(res, 400, u"invalid"_s,
              u"an attachment is named by its SHA-256 in 64 lowercase hex digits"_s, u"sha256"_s);
    return false;
}

// A number of bytes as HTTP writes them: digits only, no sign.
std::optional<qint64> byteCount(std::string_view text)
{
    if (text.empty() || text.size() > 18 ||
        !std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
        return std::nullopt;
    }
    qint64 value = 0;
    for (const char c : text)
        value = value * 10 + (c - '0');
    return value;
}

// "bytes START-END/TOTAL" of a PUT's Content-Range.
struct ContentRange {
    qint64 start = 0;
    qint64 end = 0; // inclusive
    qint64 total = 0;
};

std::optional<ContentRange> parseContentRange(std::string_view text)
{
    constexpr std::string_view unit = "bytes ";
    if (!text.starts_with(unit))
        return std::nullopt;
    text.remove_prefix(unit.size());
    const std::size_t dash = text.find('-');
    const std::size_t slash = text.find('/');
    if (dash == std::string_view::npos || slash == std::string_view::npos || slash < dash)
        return std::nullopt;
    const std::optional<qint64> start = byteCount(text.substr(0, dash));
    const std::optional<qint64> end = byteCount(text.substr(dash + 1, slash - dash - 1));
    const std::optional<qint64> total = byteCount(text.substr(slash + 1));
    if (!start || !end || !total || *start > *end || *end >= *total)
        return std::nullopt;
    return ContentRange{*start, *end, *total};
}

// The media type an upload names in Content-Type (octet-stream when none);
// nullopt when it is not one. It is sent back in a header as it is, so only
// printable ASCII passes.
std::optional<QString> mediaTypeOf(const httplib::Request &req)
{
    if (!req.has_header("Content-Type"))
        return QString::fromLatin1(OctetStream);
    static const QRegularExpression shape(
        uR"(^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+( *;[ -~]*)?$)"_s);
    const QString type = QString::fromStdString(req.get_header_value("Content-Type")).trimmed();
    if (type.size() > MaxMediaTypeLength || !shape.match(type).hasMatch())
        return std::nullopt;
    return type;
}

void setUploadOffset(httplib::Response &res, qint64 offset)
{
    res.set_header(toStd(Protocol::UploadOffsetHeader), std::to_string(offset));
}

QByteArray attachmentJson(const Attachment &a)
{
    return compact({{u"sha256"_s, a.sha256},
                    {u"size"_s, a.size},
                    {u"media_type"_s, a.mediaType},
                    {u"uploaded_at"_s, a.uploadedAt}});
}

// A Range header that asks for one range of a `size`-byte file, made
// absolute; nullopt for a whole answer (no Range, another unit, several
// ranges); a range with `satisfiable` false when it lies past the end or is
// malformed.
struct ByteRange {
    qint64 start = 0;
    qint64 end = 0; // inclusive
    bool satisfiable = true;
};

std::optional<ByteRange> requestedRange(const httplib::Request &req, qint64 size)
{
    if (!req.has_header("Range"))
        return std::nullopt;
    const std::string header = req.get_header_value("Range");
    std::string_view text = header;
    constexpr std::string_view unit = "bytes=";
    if (!text.starts_with(unit) || text.find(',') != std::string_view::npos)
        return std::nullopt; // RFC 9110: a server may ignore a Range and send all
    text.remove_prefix(unit.size());
    const std::size_t dash = text.find('-');
    if (dash == std::string_view::npos)
        return ByteRange{0, 0, false};
    const std::string_view first = text.substr(0, dash);
    const std::string_view last = text.substr(dash + 1);
    if (first.empty()) { // bytes=-N: the last N bytes
        const std::optional<qint64> suffix = byteCount(last);
        if (!suffix || *suffix == 0)
            return ByteRange{0, 0, false};
        return ByteRange{std::max<qint64>(0, size - *suffix), size - 1, true};
    }
    const std::optional<qint64> start = byteCount(first);
    const std::optional<qint64> end =
        last.empty() ? std::optional<qint64>(size - 1) : byteCount(last);
    if (!start || !end || *end < *start || *start >= size)
        return ByteRange{0, 0, false};
    return ByteRange{*start, std::min(*end, size - 1), true};
}

} // namespace

std::optional<HttpApi::AttachmentRequest> HttpApi::attachmentRequest(const httplib::Request &req,
                                                                     httplib::Response &res)
{
    const Core::Result<QString> member = m_auth.authenticate(bearerToken(req));
    if (!member) {
        sendError(res, member.error());
        return std::nullopt;
    }
    const QString sha256 = hashOf(req);
    if (!checkHash(sha256, res))
        return std::nullopt;
    return AttachmentRequest{*member, sha256};
}

void HttpApi::handleAttachmentPut(const httplib::Request &req, httplib::Response &res)
{
    const std::optional<AttachmentRequest> asked = attachmentRequest(req, res);
    if (!asked)
        return;
    const QString &member = asked->member;
    const QString &sha256 = asked->sha256;
    const qint64 received = qint64(req.body.size());
    ContentRange range{0, received - 1, received};
    if (req.has_header("Content-Range")) {
        const std::optional<ContentRange> given =
            parseContentRange(req.get_header_value("Content-Range"));
        if (!given) {
            return sendError(res, 400, u"bad_content_range"_s,
                             u"Content-Range must read \"bytes START-END/TOTAL\" with START <= "
                             "END < TOTAL"_s);
        }
        range = *given;
    }
    if (range.total > m_options.maxAttachmentBytes) {
        return sendError(
            res, 413, u"attachment_too_large"_s,
            u"this server takes attachments of up to %1 bytes"_s.arg(m_options.maxAttachmentBytes));
    }
    if (received == 0)
        return sendError(res, 400, u"empty"_s, u"an attachment has at least one byte"_s);
    if (received != range.end - range.start + 1) {
        return sendError(res, 400, u"piece_length"_s,
                         u"the body has %1 bytes; Content-Range announces %2"_s.arg(received).arg(
                             range.end - range.start + 1));
    }
    const std::optional<QString> mediaType = mediaTypeOf(req);
    if (!mediaType) {
        return sendError(res, 400, u"invalid"_s,
                         u"Content-Type must be a media type such as image/png"_s,
                         u"content_type"_s);
    }

    const Core::Result<UploadOutcome> outcome =
        m_attachments->put({sha256, member, *mediaType, range.start, range.total,
                            QByteArray::fromStdString(req.body)});
    if (!outcome)
        return sendError(res, outcome.error());
    switch (outcome->kind) {
    case UploadOutcome::Kind::Partial:
        setUploadOffset(res, outcome->received);
        return sendJson(res, 202,
                        compact({{u"sha256"_s, sha256},
                                 {u"received"_s, outcome->received},
                                 {u"total"_s, range.total}}));
    case UploadOutcome::Kind::Completed:
        setUploadOffset(res, outcome->attachment.size);
        return sendJson(res, 201, attachmentJson(outcome->attachment));
    case UploadOutcome::Kind::AlreadyKept:
        setUploadOffset(res, outcome->attachment.size);
        return sendJson(res, 200, attachmentJson(outcome->attachment));
    case UploadOutcome::Kind::WrongOffset: {
        setUploadOffset(res, outcome->received);
        const QJsonObject error{
            {u"code"_s, u"upload_offset"_s},
            {u"message"_s,
             u"the server has %1 bytes of this upload: the next piece starts there"_s.arg(
                 outcome->received)},
            {u"offset"_s, outcome->received}};
        return sendJson(res, 409, compact({{u"error"_s, error}}));
    }
    case UploadOutcome::Kind::TotalMismatch:
        return sendError(
            res, 400, u"total_mismatch"_s,
            u"this upload was begun with a total of %1 bytes"_s.arg(outcome->received));
    case UploadOutcome::Kind::HashMismatch:
        return sendError(res, 422, u"hash_mismatch"_s,
                         u"the bytes do not have the SHA-256 they were sent under; the upload "
                         "is discarded"_s,
                         u"sha256"_s);
    }
}

void HttpApi::handleAttachmentHead(const httplib::Request &req, httplib::Response &res)
{
    // The same answer as GET, without the body.
    handleAttachmentGet(req, res);
}

void HttpApi::handleAttachmentGet(const httplib::Request &req, httplib::Response &res)
{
    // Any signed-in member may read any attachment: its name is the hash of
    // its bytes, which only those who had the file or a record naming it
    // know (docs/api.md, "Attachments").
    const std::optional<AttachmentRequest> asked = attachmentRequest(req, res);
    if (!asked)
        return;
    const QString &member = asked->member;
    const QString &sha256 = asked->sha256;
    const Core::Result<std::optional<Attachment>> found = m_attachments->find(sha256);
    if (!found)
        return sendError(res, found.error());
    if (!found->has_value()) {
        const Core::Result<qint64> offset = m_attachments->uploadOffset(sha256, member);
        if (!offset)
            return sendError(res, offset.error());
        setUploadOffset(res, *offset);
        return sendError(res, 404, u"not_found"_s,
                         *offset > 0 ? u"the attachment is not complete yet"_s
                                     : u"no such attachment"_s);
    }
    const Attachment &attachment = **found;
    const std::string etag = '"' + sha256.toStdString() + '"';
    res.set_header("ETag", etag);
    res.set_header("Cache-Control", ImmutableCaching);
    res.set_header("Accept-Ranges", "bytes");
    // The type is the uploader's word: a browser must not guess another.
    res.set_header("X-Content-Type-Options", "nosniff");
    setUploadOffset(res, attachment.size);
    if (req.get_header_value("If-None-Match").find(sha256.toStdString()) != std::string::npos) {
        res.status = 304;
        return;
    }

    const std::optional<ByteRange> range = requestedRange(req, attachment.size);
    if (range && !range->satisfiable) {
        res.set_header("Content-Range", "bytes */" + std::to_string(attachment.size));
        return sendError(res, 416, u"range_not_satisfiable"_s,
                         u"the attachment has %1 bytes"_s.arg(attachment.size));
    }
    const qint64 start = range ? range->start : 0;
    const qint64 length = range ? range->end - range->start + 1 : attachment.size;
    res.status = range ? 206 : 200;
    if (range) {
        res.set_header("Content-Range", "bytes " + std::to_string(range->start) + '-' +
                                            std::to_string(range->end) + '/' +
                                            std::to_string(attachment.size));
    }
    // HEAD: the length without reading a byte (httplib keeps an explicit
    // Content-Length when the body is empty).
    if (req.method == "HEAD") {
        res.set_header("Content-Length", std::to_string(length));
        res.set_header("Content-Type", attachment.mediaType.toStdString());
        return;
    }
    // Only the chunks the range covers are read.
    const Core::Result<QByteArray> bytes = m_attachments->read(sha256, start, length);
    if (!bytes)
        return sendError(res, bytes.error());
    sendBytes(res, res.status, *bytes, attachment.mediaType);
}

} // namespace Server

#pragma once

#include "digest.h"
#include "record.h"
#include "result.h"
#include "syncstaterepository.h"

#include <QByteArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QMap>
#include <QString>

#include <QStringList>
#include <optional>

// The wire contract between leadernet (client) and leadernet-server, written
// once and used by both sides. JSON bodies, UTF-8, compressed with gzip when
// the peer accepts it. See docs/sync-protocol.md.
namespace Sync::Protocol {

inline constexpr int Version = 1;

// What the server takes as a password and a user name ([a-z0-9._-]{2,32}).
inline constexpr int MinPasswordLength = 8;
inline constexpr int MaxPasswordLength = 1024;
inline constexpr int MinUsernameLength = 2;
inline constexpr int MaxUsernameLength = 32;
// How long a password reset code works.
inline constexpr int ResetCodeLifetimeMinutes = 60;

inline constexpr QLatin1StringView HealthPath{"/api/v1/health"};
inline constexpr QLatin1StringView OpenApiPath{"/api/v1/openapi.json"};
inline constexpr QLatin1StringView LoginPath{"/api/v1/auth/login"};
inline constexpr QLatin1StringView LogoutPath{"/api/v1/auth/logout"};
inline constexpr QLatin1StringView LogoutEverywherePath{"/api/v1/auth/logout-everywhere"};
inline constexpr QLatin1StringView RefreshPath{"/api/v1/auth/refresh"};
inline constexpr QLatin1StringView PasswordPath{"/api/v1/auth/password"};
inline constexpr QLatin1StringView PullPath{"/api/v1/sync/pull"};
inline constexpr QLatin1StringView PushPath{"/api/v1/sync/push"};
inline constexpr QLatin1StringView DigestPath{"/api/v1/sync/digest"};
inline constexpr QLatin1StringView EstimatePath{"/api/v1/sync/estimate"};
inline constexpr QLatin1StringView RegisterPath{"/api/v1/auth/register"};
inline constexpr QLatin1StringView ActivatePath{"/api/v1/auth/activate"};
inline constexpr QLatin1StringView ResetRequestPath{"/api/v1/auth/reset-request"};
inline constexpr QLatin1StringView ResetPath{"/api/v1/auth/reset"};
inline constexpr QLatin1StringView ProfilePath{"/api/v1/profile"};
// Attachments: PUT (upload, resumable), HEAD (is it there, how much of my
// upload is) and GET (the bytes, with ranges) on AttachmentsPath + "/" + the
// file's SHA-256 in lowercase hex (docs/sync-protocol.md, "Attachments").
inline constexpr QLatin1StringView AttachmentsPath{"/api/v1/attachments"};
// The route as the route table and the OpenAPI document name it.
inline constexpr QLatin1StringView AttachmentPath{"/api/v1/attachments/{sha256}"};

// Every request names the protocol version it speaks in this header; the
// server answers 426 with error code "protocol_version" when it cannot.
inline constexpr QLatin1StringView VersionHeader{"X-LeaderNet-Protocol"};

// Every JSON answer states its length before compression, so the client can
// tell a complete answer from one cut short on the way (a truncated gzip
// body is otherwise indistinguishable from a whole one in QtNetwork).
inline constexpr QLatin1StringView BodyLengthHeader{"X-LeaderNet-Body-Length"};

// A compressed request body (a push batch) names its codec here, not in
// Content-Encoding: the server inflates it itself, with a cap on the size,
// and refuses Content-Encoding (which httplib would inflate without one).
inline constexpr QLatin1StringView BodyEncodingHeader{"X-LeaderNet-Body-Encoding"};
// The most a compressed request body may inflate to.
inline constexpr qsizetype MaxInflatedRequestSize = 64 * 1024 * 1024;

// HEAD on an attachment says how many bytes of it the server has from this
// member (the offset the next piece must start at: 0 when none); a piece
// that starts elsewhere is refused with 409 and this header.
inline constexpr QLatin1StringView UploadOffsetHeader{"X-LeaderNet-Upload-Offset"};
// The server keeps an attachment in chunks of this many bytes: a range read
// loads only the chunks it needs. Upload pieces of a multiple of it append
// without rewriting a chunk.
inline constexpr qint64 AttachmentChunkSize = 256 * 1024;
// What a client sends per PUT of a resumable upload: a cut link loses at
// most this much.
inline constexpr qint64 AttachmentPieceSize = 4 * AttachmentChunkSize;
// The largest attachment a server takes unless it is told otherwise
// (`serve --max-attachment MIB`); each server states its own in
// HealthInfo::maxAttachmentBytes.
inline constexpr qint64 DefaultMaxAttachmentBytes = 25 * 1024 * 1024;
// Whether `text` is a SHA-256 as attachments are named: 64 lowercase hex digits.
bool isAttachmentHash(QStringView text);

// Large pages: each is compressed on its own, and 5,000 records compress
// about 10% better than 1,000 (docs/sync-protocol.md, "Encoding").
inline constexpr int DefaultPageSize = 5000;
inline constexpr int MaxPageSize = 5000;
inline constexpr int MaxPushOperations = 500; // per push request
// A pull page also ends once its records' fields reach this many bytes of
// JSON (before compression), so that pages of long lessons stay small
// enough for a slow link and for memory on both sides.
inline constexpr qsizetype MaxPageBytes = 4 * 1024 * 1024;

struct HealthInfo {
    QString status;  // "ok"
    QString version; // server version
    QString store;   // "sqlite" or "postgresql"
    int protocol = Version;
    // The largest attachment the server takes (0: a server without
    // attachments, or one that does not say).
    qint64 maxAttachmentBytes = 0;
};

struct LoginRequest {
    QString username;
    QString password;
    // The device credential the server gave this computer at an earlier
    // sign-in of this member ("" when none): with it, sign-in keeps working
    // while strangers' failed guesses hold the account for everyone else.
    QString device = {};
};

// POST /api/v1/auth/password: the member's current password and the new one.
struct PasswordChange {
    QString currentPassword;
    QString newPassword;
};

struct LoginResponse {
    QString token;
    QString memberId;
    QString username;
    QString displayName;
    QStringList roles;
    QString expiresAt;
    QString device = {}; // this computer's device credential, to keep and send next time
};

// One page of the member's changes after a cursor: records in the order the
// server numbered them, deletions as tombstones, and the cursor to ask after
// next time. `hasMore` says another page is waiting.
// While a member gains scopes (joins a team), pages first bring the older
// records of those scopes ("backfill"), then go on after the cursor; the
// client sends back the position it was given (see docs/sync-protocol.md).
struct PullPage {
    qint64 cursor = 0;
    bool hasMore = false;
    qint64 grantedAfter = 0;
    qint64 backfillAfter = 0;
    qint64 backfillThrough = 0;
    QList<Core::Record> records;
    // Either empty, or one per record: its fields as the server's store keeps
    // them (a JSON object's compact text), that record's `fields` left empty.
    // encode() writes them as they are, so the server parses no record.
    QList<QByteArray> storedFields;
    QList<Core::Tombstone> tombstones;
    // On the last page (hasMore false): every scope the member may see now
    // ("all" for an admin), so that the client removes what it holds of
    // others (a team left). Empty from servers before it.
    QStringList scopes;

    Core::PullPosition next() const
    {
        return {cursor, grantedAfter, backfillAfter, backfillThrough};
    }
};

// How a pull page lists its changes: "rows", one object per change (what
// every client reads), or "columns", a table per entity and field set
// (Protocol::writeColumns), which a client asks for with `layout=columns`
// and which compresses to the same size at a far faster zstd level
// (docs/sync-protocol.md, "Encoding").
enum class PageLayout { Rows, Columns };
inline constexpr QLatin1StringView PageLayoutParam{"layout"};
inline constexpr QLatin1StringView ColumnsLayoutName{"columns"};

// A pull asked with `stream=pages` (and zstd accepted) may be answered as a
// stream of pages: PageStreamType, one zstd frame (PageStreamWriter), each
// page a line of JSON in the column layout, until a page without more or
// MaxStreamBytes of pages; the client applies each page as it arrives. A
// pull whose first page is its last is answered as one page, as without it.
inline constexpr QLatin1StringView PageStreamParam{"stream"};
inline constexpr QLatin1StringView PageStreamValue{"pages"};
inline constexpr QLatin1StringView PageStreamType{"application/x-ndjson"};
inline constexpr qsizetype MaxStreamBytes = qsizetype(256) * 1024 * 1024;
// The longest page a client accepts in a stream, decoded (a page holds
// about MaxPageBytes of fields, as JSON with its names and ids).
inline constexpr qsizetype MaxStreamedPageSize = 64 * 1024 * 1024;

// What an operation does to its record; on the wire "create", "patch" or
// "delete".
enum class PushKind { Create, Patch, Delete };
QString pushKindName(PushKind kind);
std::optional<PushKind> pushKindFromName(QStringView name);

// What became of one operation: "applied", "merged" (with concurrent edits),
// "conflict" (taken, but a value lost and is kept as a conflict record), or
// "rejected" with an error code and message. Only "rejected" leaves the
// operation with the client.
enum class PushStatus { Applied, Merged, Conflict, Rejected };
QString pushStatusName(PushStatus status);
std::optional<PushStatus> pushStatusFromName(QStringView name);

// How a conflict record (Core::Entity::Conflict, its "kind") came about:
// "field", two edits of the same fields that did not merge (the record keeps
// one, the conflict the other); "delete_edit", a deletion of a record
// someone else edited meanwhile (the record stays); "edit_delete", an edit
// of a record someone else deleted meanwhile (the edit is kept whole).
enum class ConflictKind { Field, DeleteEdit, EditDelete };
QString conflictKindName(ConflictKind kind);
std::optional<ConflictKind> conflictKindFromName(QStringView name);

// One local change sent to the server. `opId` is made by the client; the
// server applies each op id at most once and answers a replay with the
// result it gave the first time.
struct PushOperation {
    QString opId;
    PushKind kind = PushKind::Create;
    QString entity;
    QString id;
    qint64 baseRevision = 0; // the revision the change was made on (0: created here)
    QString authorId;        // must be the member the token belongs to
    QString createdAt;       // when the change was made, by the client's clock
    QString firstSentAt;     // when a push first carried it, by the client's clock
    QJsonObject fields;      // create: all fields; patch: the changed ones
    QJsonObject base;        // patch: the values the changed fields had before

    friend bool operator==(const PushOperation &, const PushOperation &) = default;
};

struct PushRequest {
    QList<PushOperation> operations;
    // The client's clock when it sent the request: the server measures the
    // client's clock against its own with it (a late post's write time).
    QString sentAt;
};

// The code of a refused operation on the wire ("forbidden", "not_found",
// "closed", "invalid"), named once for the server that writes it and the
// client that tells the person why.
QString refusalCodeName(Core::ErrorCode code);
Core::ErrorCode refusalCodeFromName(QStringView name);

struct PushResult {
    QString opId;
    PushStatus status = PushStatus::Rejected;
    qint64 revision = 0; // the record's revision after the operation
    QString code;        // rejected: "forbidden", "invalid", "not_found", "exists"
    QString message;

    bool rejected() const { return status == PushStatus::Rejected; }
};

struct PushResponse {
    QList<PushResult> results;
};

// Per scope the member may see: how many live records, and their hash
// (Core::DigestBuilder), at change-log position `cursor`.
struct DigestResponse {
    qint64 cursor = 0;
    QMap<QString, Core::ScopeDigest> scopes;
};

// What pulling from a position would bring, before it is pulled: the
// records and deletions, and about how many bytes they take on the wire
// (their JSON over EstimatedCompressionRatio, the ratio zstd reaches on real
// text; see docs/sync-protocol.md, "Estimates").
struct PullEstimate {
    qint64 changes = 0;
    qint64 bytes = 0;
};
inline constexpr int EstimatedCompressionRatio = 4;

// {"error": {"code": "...", "message": "..."}}: every 4xx/5xx body.
struct ErrorBody {
    QString code;
    QString message;
    QString field; // the request's field it is about; empty: none (not sent)
};

QByteArray encode(const HealthInfo &value);
QByteArray encode(const LoginRequest &value);
QByteArray encode(const LoginResponse &value);
QByteArray encode(const PullPage &value, PageLayout layout = PageLayout::Rows);
QByteArray encode(const ErrorBody &value);
QByteArray encode(const PushRequest &value);
QByteArray encode(const PushResponse &value);
QByteArray encode(const DigestResponse &value);
QByteArray encode(const PullEstimate &value);

Core::Result<HealthInfo> decodeHealthInfo(const QByteArray &body);
Core::Result<LoginRequest> decodeLoginRequest(const QByteArray &body);
QByteArray encode(const PasswordChange &value);
Core::Result<PasswordChange> decodePasswordChange(const QByteArray &body);
Core::Result<LoginResponse> decodeLoginResponse(const QByteArray &body);
// Either layout; a page names the columns layout in its "layout" member.
Core::Result<PullPage> decodePullPage(const QByteArray &body);
Core::Result<ErrorBody> decodeErrorBody(const QByteArray &body);
// Checks shapes and types only; the server checks meaning (schema, rights).
Core::Result<PushRequest> decodePushRequest(const QByteArray &body);
Core::Result<PushResponse> decodePushResponse(const QByteArray &body);
Core::Result<DigestResponse> decodeDigestResponse(const QByteArray &body);
Core::Result<PullEstimate> decodePullEstimate(const QByteArray &body);

QJsonObject recordToJson(const Core::Record &record);
Core::Result<Core::Record> recordFromJson(const QJsonObject &object);

} // namespace Sync::Protocol

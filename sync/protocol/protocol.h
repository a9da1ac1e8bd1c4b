#pragma once

#include "record.h"
#include "result.h"

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

// The wire contract between leadernet (client) and leadernet-server, written
// once and used by both sides. JSON bodies, UTF-8, compressed with gzip when
// the peer accepts it. See docs/sync-protocol.md.
namespace Sync::Protocol {

inline constexpr int Version = 1;

inline constexpr QLatin1StringView HealthPath{"/api/v1/health"};
inline constexpr QLatin1StringView LoginPath{"/api/v1/auth/login"};
inline constexpr QLatin1StringView LogoutPath{"/api/v1/auth/logout"};
inline constexpr QLatin1StringView PullPath{"/api/v1/sync/pull"};

// Every request names the protocol version it speaks in this header; the
// server answers 426 with error code "protocol_version" when it cannot.
inline constexpr QLatin1StringView VersionHeader{"X-LeaderNet-Protocol"};

// Every JSON answer states its length before compression, so the client can
// tell a complete answer from one cut short on the way (a truncated gzip
// body is otherwise indistinguishable from a whole one in QtNetwork).
inline constexpr QLatin1StringView BodyLengthHeader{"X-LeaderNet-Body-Length"};

inline constexpr int DefaultPageSize = 1000;
inline constexpr int MaxPageSize = 5000;

struct HealthInfo {
    QString status;  // "ok"
    QString version; // server version
    QString store;   // "sqlite" or "postgresql"
    int protocol = Version;
};

struct LoginRequest {
    QString username;
    QString password;
};

struct LoginResponse {
    QString token;
    QString memberId;
    QString username;
    QString displayName;
    QStringList roles;
    QString expiresAt;
};

// One page of the member's changes after a cursor: records in the order the
// server numbered them, deletions as tombstones, and the cursor to ask after
// next time. `hasMore` says another page is waiting.
struct PullPage {
    qint64 cursor = 0;
    bool hasMore = false;
    QList<Core::Record> records;
    QList<Core::Tombstone> tombstones;
};

// {"error": {"code": "...", "message": "..."}}: every 4xx/5xx body.
struct ErrorBody {
    QString code;
    QString message;
};

QByteArray encode(const HealthInfo &value);
QByteArray encode(const LoginRequest &value);
QByteArray encode(const LoginResponse &value);
QByteArray encode(const PullPage &value);
QByteArray encode(const ErrorBody &value);

Core::Result<HealthInfo> decodeHealthInfo(const QByteArray &body);
Core::Result<LoginRequest> decodeLoginRequest(const QByteArray &body);
Core::Result<LoginResponse> decodeLoginResponse(const QByteArray &body);
Core::Result<PullPage> decodePullPage(const QByteArray &body);
Core::Result<ErrorBody> decodeErrorBody(const QByteArray &body);

QJsonObject recordToJson(const Core::Record &record);
Core::Result<Core::Record> recordFromJson(const QJsonObject &object);

} // namespace Sync::Protocol

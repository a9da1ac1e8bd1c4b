#pragma once

#include "protocol.h"
#include "result.h"

#include <QString>

namespace Server {

class ServerStore;

// Sign-in, bearer tokens and sign-out. Passwords are checked with Argon2id;
// a token is 32 random bytes handed out once and kept only as its SHA-256.
// Thread-safe (the store gives each thread its own connection); borrows the
// store, which must outlive it.
class AuthService final
{
public:
    static constexpr int TokenLifetimeDays = 30;

    explicit AuthService(ServerStore &store);

    // [a-z0-9._-]{2,32}
    static bool isValidUsername(const QString &username);
    static constexpr int MinPasswordLength = 8;
    Q_DISABLE_COPY_MOVE(AuthService)

    // Unauthorized for an unknown user, a wrong password or an inactive account
    // (one message for all three, so names cannot be probed).
    Core::Result<Sync::Protocol::LoginResponse> login(const Sync::Protocol::LoginRequest &request);

    // The member id the token belongs to; Unauthorized when the token is
    // unknown, revoked or expired, or its account is inactive.
    Core::Result<QString> authenticate(const QString &token);

    Core::Status logout(const QString &token);

private:
    ServerStore &m_store;
};

} // namespace Server

#pragma once

#include "attemptlimiter.h"
#include "protocol.h"
#include "result.h"
#include "signinstore.h"

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
    static constexpr int MinPasswordLength = Sync::Protocol::MinPasswordLength;
    Q_DISABLE_COPY_MOVE(AuthService)

    // Unauthorized for an unknown user, a wrong password or an inactive account
    // (one message for all three, so names cannot be probed). RateLimited
    // after repeated failures for the user name (past 5 within a quarter of an
    // hour) or from the address (past 30; loopback, where a reverse proxy
    // would sit, is not counted): each further failure doubles the wait (1 s,
    // 2 s, … up to 15 minutes) before the next attempt is even checked. The
    // counts live in this process.
    // A request that shows a device credential this account got at an
    // earlier sign-in is judged by that device's failures only (past 5), so
    // strangers' guesses never lock the member out of their own computer.
    // Every success answers with the device credential to keep.
    // `retryAfter`, when given, gets the seconds to wait of a RateLimited answer.
    Core::Result<Sync::Protocol::LoginResponse> login(const Sync::Protocol::LoginRequest &request,
                                                      const QString &remoteAddress = {},
                                                      int *retryAfter = nullptr);
    // Seconds to wait before trying `username` from `remoteAddress` again (0: none).
    int retryAfterSeconds(const QString &username, const QString &remoteAddress);

    // A new token for the one given (which is revoked), with a new expiry.
    Core::Result<Sync::Protocol::LoginResponse> refresh(const QString &token);
    // Revokes every token of the token's member ("sign out everywhere"), or
    // every other one when `keepThisToken` (sign out on the other computers).
    Core::Status logoutEverywhere(const QString &token, bool keepThisToken = false);
    // Checks the current password, sets the new one, and signs out every other
    // device of the member (this token stays valid). Wrong current passwords
    // are slowed like failed sign-ins (RateLimited past 5; `retryAfter` gets
    // the seconds to wait).
    Core::Status changePassword(const QString &token, const QString &currentPassword,
                                const QString &newPassword, int *retryAfter = nullptr);

    // The member id the token belongs to; Unauthorized when the token is
    // unknown, revoked or expired, or its account is inactive.
    Core::Result<QString> authenticate(const QString &token);

    Core::Status logout(const QString &token);

private:
    void noteFailure(const QString &key);
    Core::Result<Sync::Protocol::LoginResponse> issueToken(const QString &memberId,
                                                           const QString &username);

    ServerStore &m_store;
    SignInStore m_signIns;
    AttemptLimiter m_failures; // "user:NAME" and "addr:IP"
};

} // namespace Server

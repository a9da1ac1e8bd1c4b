#pragma once

#include <QString>

namespace Server {

// A member's account: the user name they sign in with and their password's
// hash (Passwords).
struct Account {
    QString memberId;
    QString username;
    QString passwordHash;
    bool active = false;
    bool pending = false; // a registration waiting for activation (not a disabled account)
};

// A bearer token as the store keeps it (by its hash).
struct TokenInfo {
    QString memberId;
    QString expiresAt; // ISO 8601 UTC
    bool revoked = false;
    bool accountActive = false;
};

} // namespace Server

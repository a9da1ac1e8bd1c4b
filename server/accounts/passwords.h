#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Server {

// Secrets, through libsodium: password hashing (Argon2id, interactive limits),
// bearer tokens and readable random passwords. Thread-safe; initialises
// libsodium on first use. Nothing here logs a secret.
namespace Passwords {

// An Argon2id string ($argon2id$...) with its own salt; costs about 0.1 s.
Core::Result<QString> hash(const QString &password);

// Checks `password` against a hash made by hash(). Concurrent checks are
// limited so that a burst of sign-ins cannot exhaust memory.
bool verify(const QString &password, const QString &storedHash);

// Burns the time of one verify(), so that an unknown user name answers as
// slowly as a wrong password.
void verifyDummy(const QString &password);

// 32 random bytes, base64url without padding.
QString newToken();

// What the store keeps of a token: its SHA-256, as lowercase hex.
QString tokenHash(const QString &token);

// Four groups of four lowercase letters and digits: "k3xa-9fqe-2mzt-h7wd".
QString readablePassword();

} // namespace Passwords
} // namespace Server

#pragma once

#include "account.h"
#include "result.h"

#include <QString>

#include <optional>

namespace Server {

class ServerStore;

// What a sign-in reads and writes: accounts by name or member, bearer tokens
// and device credentials (kept as hashes). Each call is one statement on its
// own, outside any transaction; writes take their turn among the store's
// writers (ServerStore::writeAlone).
class SignInStore final
{
public:
    explicit SignInStore(ServerStore &store);

    Core::Result<std::optional<Account>> accountByUsername(const QString &username);
    Core::Result<std::optional<Account>> accountByMemberId(const QString &memberId);
    Core::Status setPasswordHash(const QString &memberId, const QString &passwordHash);

    Core::Status insertToken(const QString &tokenHash, const QString &memberId,
                             const QString &createdAt, const QString &expiresAt);
    Core::Result<std::optional<TokenInfo>> token(const QString &tokenHash);
    Core::Status revokeToken(const QString &tokenHash);
    // Every token of the member but `keepHash` (sign out everywhere else).
    Core::Status revokeTokensOf(const QString &memberId, const QString &keepHash = {});

    // Device credentials (hashes): the member a device signed in as, and a new one.
    Core::Result<QString> deviceMember(const QString &deviceHash);
    Core::Status insertDevice(const QString &deviceHash, const QString &memberId,
                              const QString &now);

private:
    Core::Result<std::optional<Account>> accountWhere(const QString &column, const QString &value);

    ServerStore &m_store;
};

} // namespace Server

#include "signinstore.h"

#include "accountstore.h"
#include "serverstore.h"
#include "storewriter.h"

namespace Server {

using namespace Qt::StringLiterals;

SignInStore::SignInStore(ServerStore &store)
    : m_store(store)
{}

Core::Result<std::optional<Account>> SignInStore::accountWhere(const QString &column,
                                                               const QString &value)
{
    const Core::Result<std::unique_ptr<StoreWriter>> reader = m_store.reader();
    if (!reader)
        return reader.error();
    return AccountStore(**reader).accountWhere(column, value);
}

Core::Result<std::optional<Account>> SignInStore::accountByUsername(const QString &username)
{
    return accountWhere(u"username"_s, username);
}

Core::Status SignInStore::insertToken(const QString &tokenHash, const QString &memberId,
                                      const QString &createdAt, const QString &expiresAt)
{
    return m_store.writeAlone(u"INSERT INTO tokens (token_hash, member_id, created_at, expires_at, "
                              "revoked) VALUES (?, ?, ?, ?, 0)"_s,
                              {tokenHash, memberId, createdAt, expiresAt});
}

Core::Result<std::optional<TokenInfo>> SignInStore::token(const QString &tokenHash)
{
    const Core::Result<StatementCache *> statements = m_store.statements();
    if (!statements)
        return statements.error();
    const Core::Result<CachedQuery> q =
        (*statements)
            ->run(u"SELECT t.member_id, t.expires_at, t.revoked, a.active "
                  "FROM tokens t JOIN accounts a ON a.member_id = t.member_id "
                  "WHERE t.token_hash = ?"_s,
                  {tokenHash});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<TokenInfo>();
    return std::optional<TokenInfo>(TokenInfo{(*q)->value(0).toString(), (*q)->value(1).toString(),
                                              (*q)->value(2).toInt() != 0,
                                              (*q)->value(3).toInt() != 0});
}

Core::Result<QString> SignInStore::deviceMember(const QString &deviceHash)
{
    const Core::Result<StatementCache *> statements = m_store.statements();
    if (!statements)
        return statements.error();
    const Core::Result<CachedQuery> q =
        (*statements)->run(u"SELECT member_id FROM devices WHERE device_hash = ?"_s, {deviceHash});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString() : QString();
}

Core::Status SignInStore::insertDevice(const QString &deviceHash, const QString &memberId,
                                       const QString &now)
{
    return m_store.writeAlone(u"INSERT INTO devices (device_hash, member_id, created_at, used_at) "
                              "VALUES (?, ?, ?, ?)"_s,
                              {deviceHash, memberId, now, now});
}

Core::Status SignInStore::revokeToken(const QString &tokenHash)
{
    return m_store.writeAlone(u"UPDATE tokens SET revoked = 1 WHERE token_hash = ?"_s, {tokenHash});
}

Core::Status SignInStore::revokeTokensOf(const QString &memberId, const QString &keepHash)
{
    return m_store.writeAlone(
        u"UPDATE tokens SET revoked = 1 WHERE member_id = ? AND token_hash <> ?"_s,
        // A null QString binds as SQL NULL, and "<> NULL" matches nothing.
        {memberId, keepHash.isEmpty() ? u"-"_s : keepHash});
}

Core::Result<std::optional<Account>> SignInStore::accountByMemberId(const QString &memberId)
{
    return accountWhere(u"member_id"_s, memberId);
}

Core::Status SignInStore::setPasswordHash(const QString &memberId, const QString &passwordHash)
{
    return m_store.writeAlone(u"UPDATE accounts SET password_hash = ? WHERE member_id = ?"_s,
                              {passwordHash, memberId});
}

} // namespace Server

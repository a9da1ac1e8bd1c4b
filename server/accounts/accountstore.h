#pragma once

#include "account.h"
#include "record.h"
#include "result.h"
#include "storewriter.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Server {

// The accounts table and its one-time tokens, in a StoreWriter's
// transaction (or its autocommit reads, for a reader): registration,
// activation, password resets, and the admin commands that look members up.
// Writes need a transaction that has begun.
class AccountStore final
{
public:
    explicit AccountStore(StoreWriter &transaction);

    // An account registered but not activated yet.
    struct PendingAccount {
        Account account;
        QString registeredAt; // ISO 8601 UTC
    };

    // `active` false with an empty hash: an account that cannot sign in until
    // an admin sets a password (members brought in by `import`).
    Core::Status createAccount(const QString &memberId, const QString &username,
                               const QString &passwordHash, bool active = true);
    // member id -> user name of every account.
    Core::Result<QHash<QString, QString>> accountUsernames();

    // Sets the password hash of the account whose user name or member id is
    // `nameOrId`, and activates it (accounts made by `import` start inactive).
    // Returns the account's user name; NotFound when there is no such account.
    // For `leadernet-server set-password`.
    Core::Result<QString> setPassword(const QString &nameOrId, const QString &passwordHash);

    // The account whose user name or member id is `nameOrId`.
    Core::Result<std::optional<Account>> account(const QString &nameOrId);
    // The account whose `column` ("username" or "member_id") is `value`.
    Core::Result<std::optional<Account>> accountWhere(const QString &column, const QString &value);
    // Inactive accounts that have a password (made by registration, not by
    // `import`), oldest first.
    Core::Result<QList<PendingAccount>> pendingAccounts();
    // Activates the account and uses up its activation tokens (and their
    // mails). A registration's member record is written now (see
    // setPendingMember), unless there is one.
    Core::Status activateAccount(const QString &memberId);
    // The account can no longer sign in, and its tokens are revoked;
    // activateAccount() enables it again.
    Core::Status disableAccount(const QString &memberId);
    // Keeps the fields of a registered member's record with the account until
    // activation: nobody else sees a registration that nobody vouched for.
    Core::Status setPendingMember(const QString &memberId, const QJsonObject &fields);
    // The member's record: the stored one, else the one a registration waits
    // to write (with revision 0), else none.
    Core::Result<std::optional<Core::Record>> memberOrPending(const QString &memberId);
    // Sets the password hash (the account stays as active as it was) and
    // revokes every bearer token of the member.
    Core::Status replacePassword(const QString &memberId, const QString &passwordHash);
    // Keeps a one-time token of `purpose` ("activation" or "reset") as its
    // hash. Expired tokens of every account are removed first.
    Core::Status insertAccountToken(const QString &tokenHash, const QString &memberId,
                                    const QString &purpose, const QString &expiresAt);
    // The member a token of `purpose` belongs to; nullopt when the token is
    // unknown, used or expired. Every token of that purpose of the member is
    // used up with it (and its mails), so each works once.
    Core::Result<std::optional<QString>> redeemAccountToken(const QString &tokenHash,
                                                            const QString &purpose);
    // When the member's newest unexpired token of `purpose` was made (empty
    // when there is none): a reset someone asked for through the API.
    Core::Result<QString> latestAccountToken(const QString &memberId, const QString &purpose);

    // Members' private e-mail addresses: kept on the account, never in the
    // member record, which syncs to everyone. Empty when it has none.
    Core::Result<QString> accountEmail(const QString &memberId);
    // Sets the account's e-mail address (checked by the caller); empty
    // removes it.
    Core::Status setAccountEmail(const QString &memberId, const QString &email);

private:
    StoreWriter &m_tx;
};

} // namespace Server

#include "accountstore.h"

#include "database.h"
#include "entityschema.h"
#include "mailoutbox.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

AccountStore::AccountStore(StoreWriter &transaction)
    : m_tx(transaction)
{}

Core::Status AccountStore::createAccount(const QString &memberId, const QString &username,
                                         const QString &passwordHash, bool active)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const auto q = m_tx.run(u"INSERT INTO accounts (member_id, username, password_hash, active, "
                            "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                            {memberId, username, passwordHash, active ? 1 : 0, Core::nowUtc()});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QHash<QString, QString>> AccountStore::accountUsernames()
{
    QSqlQuery q(m_tx.database());
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q, u"SELECT member_id, username FROM accounts"_s); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Core::Result<QString> AccountStore::setPassword(const QString &nameOrId,
                                                const QString &passwordHash)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    QString memberId;
    QString username;
    {
        QSqlQuery q(m_tx.database());
        if (Core::Status s = Core::exec(q,
                                        u"SELECT member_id, username FROM accounts WHERE "
                                        "username = ? OR member_id = ?"_s,
                                        {nameOrId, nameOrId});
            !s) {
            return s.error();
        }
        if (!q.next())
            return makeError(ErrorCode::NotFound, u"no account '%1'"_s.arg(nameOrId));
        memberId = q.value(0).toString();
        username = q.value(1).toString();
    }
    if (Core::Status s = Core::exec(m_tx.database(),
                                    u"UPDATE accounts SET password_hash = ? WHERE "
                                    "member_id = ?"_s,
                                    {passwordHash, memberId});
        !s) {
        return s.error();
    }
    if (Core::Status s = activateAccount(memberId); !s)
        return s.error();
    return username;
}

Core::Result<std::optional<Account>> AccountStore::accountWhere(const QString &column,
                                                                const QString &value)
{
    static const QStringList columns{u"username"_s, u"member_id"_s};
    if (!columns.contains(column))
        return makeError(ErrorCode::Invalid, u"no account column '%1'"_s.arg(column));
    const auto q =
        m_tx.run(u"SELECT member_id, username, password_hash, active, pending_member IS NOT "
                 "NULL FROM accounts WHERE %1 = ?"_s.arg(column),
                 {value});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Account>();
    return std::optional<Account>(Account{(*q)->value(0).toString(), (*q)->value(1).toString(),
                                          (*q)->value(2).toString(), (*q)->value(3).toInt() != 0,
                                          (*q)->value(4).toInt() != 0});
}

Core::Result<std::optional<Account>> AccountStore::account(const QString &nameOrId)
{
    Core::Result<std::optional<Account>> byName = accountWhere(u"username"_s, nameOrId);
    if (!byName || byName->has_value())
        return byName;
    return accountWhere(u"member_id"_s, nameOrId);
}

Core::Result<QList<AccountStore::PendingAccount>> AccountStore::pendingAccounts()
{
    QSqlQuery q(m_tx.database());
    q.setForwardOnly(true);
    if (Core::Status s =
            Core::exec(q, u"SELECT member_id, username, password_hash, created_at FROM "
                          "accounts WHERE active = 0 AND password_hash <> '' "
                          "ORDER BY created_at, username"_s);
        !s) {
        return s.error();
    }
    QList<PendingAccount> out;
    while (q.next()) {
        out << PendingAccount{Account{q.value(0).toString(), q.value(1).toString(),
                                      q.value(2).toString(), false, true},
                              q.value(3).toString()};
    }
    return out;
}

Core::Status AccountStore::setPendingMember(const QString &memberId, const QJsonObject &fields)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const auto q = m_tx.run(
        u"UPDATE accounts SET pending_member = ? WHERE member_id = ?"_s,
        {QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), memberId});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<std::optional<Core::Record>> AccountStore::memberOrPending(const QString &memberId)
{
    Core::Result<std::optional<Core::Record>> stored =
        m_tx.record(QString(Core::Entity::Member), memberId);
    if (!stored || stored->has_value())
        return stored;
    const auto q = m_tx.run(u"SELECT pending_member FROM accounts WHERE member_id = ? AND "
                            "pending_member IS NOT NULL"_s,
                            {memberId});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Core::Record>();
    Core::Record member;
    member.entity = QString(Core::Entity::Member);
    member.id = memberId;
    member.fields = QJsonDocument::fromJson((*q)->value(0).toString().toUtf8()).object();
    member.updatedBy = memberId;
    return std::optional<Core::Record>(std::move(member));
}

Core::Status AccountStore::disableAccount(const QString &memberId)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    if (Core::Status s = Core::exec(
            m_tx.database(), u"UPDATE accounts SET active = 0 WHERE member_id = ?"_s, {memberId});
        !s) {
        return s;
    }
    // Every sign-in ends now, on every computer.
    return Core::exec(m_tx.database(), u"UPDATE tokens SET revoked = 1 WHERE member_id = ?"_s,
                      {memberId});
}

Core::Status AccountStore::activateAccount(const QString &memberId)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    const Core::Result<std::optional<Core::Record>> member = memberOrPending(memberId);
    if (!member)
        return member.error();
    if (member->has_value() && (*member)->revision == 0) {
        // A registration: its record is written, and synced, from now on.
        Core::Record record = **member;
        record.fields.insert(u"joined"_s, QDate::currentDate().toString(Qt::ISODate));
        if (const Core::Result<qint64> seq = m_tx.putRecord(record); !seq)
            return seq.error();
    }
    if (Core::Status s = Core::exec(m_tx.database(),
                                    u"UPDATE accounts SET active = 1, pending_member = NULL "
                                    "WHERE member_id = ?"_s,
                                    {memberId});
        !s) {
        return s;
    }
    if (Core::Status s = Core::exec(
            m_tx.database(), u"DELETE FROM account_tokens WHERE member_id = ? AND purpose = ?"_s,
            {memberId, u"activation"_s});
        !s) {
        return s;
    }
    return MailOutbox(m_tx).removeMailsOf(memberId, u"activation"_s);
}

Core::Status AccountStore::replacePassword(const QString &memberId, const QString &passwordHash)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    if (Core::Status s = Core::exec(m_tx.database(),
                                    u"UPDATE accounts SET password_hash = ? WHERE member_id = ?"_s,
                                    {passwordHash, memberId});
        !s) {
        return s;
    }
    return Core::exec(m_tx.database(), u"UPDATE tokens SET revoked = 1 WHERE member_id = ?"_s,
                      {memberId});
}

Core::Status AccountStore::insertAccountToken(const QString &tokenHash, const QString &memberId,
                                              const QString &purpose, const QString &expiresAt)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    // Timestamps are all Core::nowUtc()'s one format, so text order is time order.
    const QString now = Core::nowUtc();
    if (Core::Status s = Core::exec(m_tx.database(),
                                    u"DELETE FROM account_tokens WHERE expires_at < ?"_s, {now});
        !s) {
        return s;
    }
    return Core::exec(m_tx.database(),
                      u"INSERT INTO account_tokens (token_hash, member_id, purpose, created_at, "
                      "expires_at) VALUES (?, ?, ?, ?, ?)"_s,
                      {tokenHash, memberId, purpose, now, expiresAt});
}

Core::Result<std::optional<QString>> AccountStore::redeemAccountToken(const QString &tokenHash,
                                                                      const QString &purpose)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    QString memberId;
    QString expiresAt;
    {
        QSqlQuery q(m_tx.database());
        if (Core::Status s = Core::exec(q,
                                        u"SELECT member_id, expires_at FROM account_tokens "
                                        "WHERE token_hash = ? AND purpose = ?"_s,
                                        {tokenHash, purpose});
            !s) {
            return s.error();
        }
        if (!q.next())
            return std::optional<QString>();
        memberId = q.value(0).toString();
        expiresAt = q.value(1).toString();
    }
    const QDateTime expires = QDateTime::fromString(expiresAt, Qt::ISODateWithMs);
    const bool expired = !expires.isValid() || expires <= QDateTime::currentDateTimeUtc();
    // An expired token goes alone; a good one takes the member's others along.
    if (Core::Status s =
            expired ? Core::exec(m_tx.database(),
                                 u"DELETE FROM account_tokens WHERE token_hash = ?"_s, {tokenHash})
                    : Core::exec(m_tx.database(),
                                 u"DELETE FROM account_tokens WHERE member_id = ? "
                                 "AND purpose = ?"_s,
                                 {memberId, purpose});
        !s) {
        return s.error();
    }
    if (expired)
        return std::optional<QString>();
    if (Core::Status s = MailOutbox(m_tx).removeMailsOf(memberId, purpose); !s)
        return s.error();
    return std::optional<QString>(memberId);
}

Core::Result<QString> AccountStore::latestAccountToken(const QString &memberId,
                                                       const QString &purpose)
{
    QSqlQuery q(m_tx.database());
    if (Core::Status s = Core::exec(q,
                                    u"SELECT max(created_at) FROM account_tokens WHERE "
                                    "member_id = ? AND purpose = ? AND expires_at > ?"_s,
                                    {memberId, purpose, Core::nowUtc()});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Core::Result<QString> AccountStore::accountEmail(const QString &memberId)
{
    const auto q = m_tx.run(u"SELECT email FROM accounts WHERE member_id = ?"_s, {memberId});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString() : QString();
}

Core::Status AccountStore::setAccountEmail(const QString &memberId, const QString &email)
{
    if (Core::Status s = m_tx.mustWrite(); !s)
        return s.error();
    // NULL, not '', for none: a column that is either an address or nothing.
    const QVariant value = email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : email;
    const auto q =
        m_tx.run(u"UPDATE accounts SET email = ? WHERE member_id = ?"_s, {value, memberId});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no account %1"_s.arg(memberId));
    return {};
}

} // namespace Server

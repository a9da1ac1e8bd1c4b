#pragma once

#include "mailmessage.h"
#include "record.h"
#include "result.h"
#include "serverstore.h"
#include "sqldialect.h"
#include "statementcache.h"
#include "writerqueue.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace Server {

// A record as the store holds it, live or deleted (a deleted record keeps its
// last fields, so that an edit that arrives after the deletion can be kept as
// a conflict with everything it was about).
struct StoredRecord {
    Core::Record record;
    QString scope;
    bool deleted = false;
};

// What a pushed operation came to, kept under its op id.
struct AppliedOp {
    QString status;
    qint64 revision = 0;
};

// An operation applied before, and who sent it.
struct StoredOp {
    AppliedOp outcome;
    QString memberId;
};

// One write transaction on the server store, on the thread that made it.
// Every record written gets the next `seq` of the change log and the scope the
// authorization module gives it; grants follow the record in the same
// transaction. Rolls back unless commit() is called. Made by
// ServerStore::beginWrite().
class StoreWriter final
{
public:
    // Runs its statements through `statements`, the connection's cache.
    StoreWriter(QSqlDatabase db, SqlDialect dialect, StatementCache &statements);
    ~StoreWriter();
    Q_DISABLE_COPY_MOVE(StoreWriter)

    // Takes `writeMutex` (the process's queue of writers, held until the
    // transaction ends) and then the store's write lock.
    Core::Status begin(WriterQueue *writers, std::chrono::milliseconds wait);
    // The refusal of a writer whose turn did not come in time.
    static Core::Error busy();
    Core::Status commit();

    // Validates `record` (Core::validateRecord) and stores it as the current
    // version; an empty updatedAt becomes now. Returns the seq it got.
    Core::Result<qint64> putRecord(Core::Record record);

    // The scope `record` would be stored under (its parents as this
    // transaction sees them).
    Core::Result<QString> scopeFor(const Core::Record &record);

    // The live records of `entity` in `scope` whose `field` names `parentId`
    // (the posts of a thread being deleted).
    Core::Result<QStringList> childIds(const QString &entity, const QString &scope,
                                       const QString &field, const QString &parentId);
    // The same records, whole (the reviews of a submission, the submissions
    // of a plan).
    Core::Result<QList<Core::Record>> children(const QString &entity, const QString &scope,
                                               const QString &field, const QString &parentId);

    // Turns the record into a tombstone with a new seq.
    Core::Result<qint64> deleteRecord(const QString &entity, const QString &id,
                                      const QString &updatedBy);

    // `active` false with an empty hash: an account that cannot sign in until
    // an admin sets a password (members brought in by `import`).
    Core::Status createAccount(const QString &memberId, const QString &username,
                               const QString &passwordHash, bool active = true);

    // member id -> user name of every account.
    Core::Result<QHash<QString, QString>> accountUsernames();

    // The live record as this transaction sees it.
    Core::Result<std::optional<Core::Record>> record(const QString &entity, const QString &id);
    // The record live or deleted, with its scope.
    Core::Result<std::optional<StoredRecord>> stored(const QString &entity, const QString &id);

    // Pushed operations: each op id is applied once.
    Core::Result<std::optional<StoredOp>> appliedOp(const QString &opId);
    Core::Status recordAppliedOp(const QString &opId, const QString &memberId,
                                 const Core::Record &target, const AppliedOp &result);

    // A savepoint inside the transaction: one pushed operation is all or nothing.
    Core::Status savepoint();
    Core::Status rollbackToSavepoint();
    Core::Status releaseSavepoint();

    // Bytes of records this transaction wrote (their fields as stored, and a
    // row's worth for each), less what was rolled back to a savepoint.
    qint64 bytesWritten() const { return m_written; }
    // What a member's pushes stored on one day ("YYYY-MM-DD", UTC), and more.
    Core::Result<qint64> usage(const QString &memberId, const QString &day);
    Core::Status addUsage(const QString &memberId, const QString &day, qint64 bytes);

private:
    Core::Result<qint64> nextSeq();
    Core::Result<QString> scopeOfStored(const QString &entity, const QString &id);
    Core::Status replaceGrants(const Core::Record &record, bool deleted, qint64 seq);
    // Runs `sql`, prepared once per connection and reused: bulk writes
    // (import) put tens of thousands of records in one transaction.
    Core::Result<CachedQuery> run(const QString &sql, const QVariantList &values = {});
    void unlockWriters();

    QSqlDatabase m_db;
    SqlDialect m_dialect;
    StatementCache &m_statements;
    WriterQueue *m_writers = nullptr; // our turn, held while the transaction is open
    bool m_active = false;
    std::optional<qint64> m_lastSeq;
    qint64 m_written = 0;
    qint64 m_writtenAtSavepoint = 0;

    // ---- Account passwords, for `leadernet-server set-password` (kept apart
    // from the record methods above).
public:
    // Sets the password hash of the account whose user name or member id is
    // `nameOrId`, and activates it (accounts made by `import` start inactive).
    // Returns the account's user name; NotFound when there is no such account.
    Core::Result<QString> setPassword(const QString &nameOrId, const QString &passwordHash);

    // ---- Accounts: registration, activation, password resets, and the admin
    // commands that look members, programs and teams up.
public:
    // An account registered but not activated yet.
    struct PendingAccount {
        Account account;
        QString registeredAt; // ISO 8601 UTC
    };

    // The account whose user name or member id is `nameOrId`.
    Core::Result<std::optional<Account>> account(const QString &nameOrId);
    // The account whose `column` ("username" or "member_id") is `value`.
    Core::Result<std::optional<Account>> accountWhere(const QString &column, const QString &value);
    // Inactive accounts that have a password (made by registration, not by
    // `import`), oldest first.
    Core::Result<QList<PendingAccount>> pendingAccounts();
    // Activates the account and uses up its activation tokens. A registration's
    // member record is written now (see setPendingMember), unless there is one.
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
    // used up with it, so each works once.
    Core::Result<std::optional<QString>> redeemAccountToken(const QString &tokenHash,
                                                            const QString &purpose);
    // When the member's newest unexpired token of `purpose` was made (empty
    // when there is none): a reset someone asked for through the API.
    Core::Result<QString> latestAccountToken(const QString &memberId, const QString &purpose);
    // Every live record of `entity`, for look-ups by title or name.
    Core::Result<QList<Core::Record>> liveRecords(const QString &entity);

    // ---- Mail: members' private e-mail addresses (never in the member
    // record, which syncs to everyone), and the outbox of mails that carry
    // one-time tokens (serve --smtp). A mail is queued in the transaction
    // that issues its token, and its row is the only place that token is
    // kept in plain text: the row goes once the mail is sent, when the token
    // expires, or when a token of that kind of the member is used.
public:
    // A mail in the outbox, with what the sender needs to retry it.
    struct OutboxMail {
        MailMessage message;
        QString memberId;
        QString purpose;   // "activation" or "reset"
        QString expiresAt; // ISO 8601 UTC, when its token expires: not sent after that
        int attempts = 0;  // failed attempts so far
    };

    // The account's e-mail address; empty when it has none.
    Core::Result<QString> accountEmail(const QString &memberId);
    // Sets the account's e-mail address (checked by the caller); empty
    // removes it.
    Core::Status setAccountEmail(const QString &memberId, const QString &email);

    // Queues `mail`, due at once.
    Core::Status queueMail(const OutboxMail &mail);
    // Removes the mails whose token expired by `now` (their number goes to
    // `expired`), then claims at most `limit` mails due by `now`, oldest
    // first: none is due again before `claimedUntil`, so that another sender
    // on the same store (PostgreSQL) leaves them alone while this one works.
    Core::Result<QList<OutboxMail>> claimDueMails(const QString &now, const QString &claimedUntil,
                                                  int limit, int *expired);
    // A mail sent: its row, and the token in it, go.
    Core::Status removeMail(const QString &id);
    // A failed attempt: the mail is due again at `nextAttemptAt`. `lastError`
    // is kept for people who look at the table.
    Core::Status retryMailAt(const QString &id, int attempts, const QString &nextAttemptAt,
                             const QString &lastError);
    // When the next mail is due (its next attempt); empty when none waits.
    Core::Result<QString> nextMailDue();

private:
    // The member's queued mails of `purpose`: their token was just used up.
    Core::Status removeMailsOf(const QString &memberId, const QString &purpose);
};

} // namespace Server

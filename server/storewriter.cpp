#include "storewriter.h"

#include "authorization.h"
#include "database.h"
#include "entityschema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerWriter, "leadernet.server.writer")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {
// What a row of the change log costs beside its fields (keys, scope, times).
constexpr qint64 RowBytes = 160;
} // namespace

StoreWriter::StoreWriter(QSqlDatabase db, SqlDialect dialect, StatementCache &statements)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_statements(statements)
{
    m_statements.hold();
}

StoreWriter::~StoreWriter()
{
    if (m_active) {
        if (Core::Status s = Dialect::execute(m_db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerWriter) << "rollback failed:" << s.error().detail;
    }
    unlockWriters();
    m_statements.release();
}

Core::Status StoreWriter::begin(WriterQueue *writers, std::chrono::milliseconds wait)
{
    if (writers) {
        if (!writers->lockUntil(std::chrono::steady_clock::now() + wait))
            return busy();
        m_writers = writers;
    }
    if (Core::Status s = Dialect::beginWrite(m_db, m_dialect, wait); !s) {
        unlockWriters();
        return s;
    }
    m_active = true;
    return {};
}

Core::Error StoreWriter::busy()
{
    return makeError(ErrorCode::Busy, u"the store is busy with other writes; try again shortly"_s);
}

Core::Status StoreWriter::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction to commit"_s);
    if (Core::Status s = Dialect::execute(m_db, u"COMMIT"_s); !s)
        return s;
    m_active = false;
    unlockWriters();
    return {};
}

void StoreWriter::unlockWriters()
{
    if (m_writers)
        std::exchange(m_writers, nullptr)->unlock();
}

// Writers are serialised (how depends on the dialect), so seq numbers are
// allocated, and become visible, in commit order: see Dialect::allocateSeq.
Core::Result<qint64> StoreWriter::nextSeq()
{
    return Dialect::allocateSeq(m_db, m_dialect, m_lastSeq);
}

Core::Result<CachedQuery> StoreWriter::run(const QString &sql, const QVariantList &values)
{
    return m_statements.run(sql, values);
}

Core::Result<QString> StoreWriter::scopeOfStored(const QString &entity, const QString &id)
{
    const Core::Result<CachedQuery> q = run(
        u"SELECT scope FROM records WHERE entity = ? AND id = ? AND deleted = 0"_s, {entity, id});
    if (!q)
        return q.error();
    const bool found = (*q)->next();
    const QString scope = found ? (*q)->value(0).toString() : QString();
    (*q)->finish();
    if (!found)
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    return scope;
}

// A grant keeps the seq at which it was first made, so that a pull can tell
// which scopes a member gained after its cursor; new grants get `seq`.
Core::Status StoreWriter::replaceGrants(const Core::Record &record, bool deleted, qint64 seq)
{
    const QList<Authorization::Grant> wanted =
        deleted ? QList<Authorization::Grant>() : Authorization::grantsOf(record);
    QList<Authorization::Grant> existing;
    {
        const auto q = run(u"SELECT grantee, scope FROM grants WHERE source_entity = ? AND "
                           "source_id = ?"_s,
                           {record.entity, record.id});
        if (!q)
            return q.error();
        while ((*q)->next())
            existing << Authorization::Grant{(*q)->value(0).toString(), (*q)->value(1).toString()};
        (*q)->finish();
    }
    for (const Authorization::Grant &g : std::as_const(existing)) {
        if (wanted.contains(g))
            continue;
        if (const auto q = run(u"DELETE FROM grants WHERE source_entity = ? AND source_id = ? "
                               "AND grantee = ? AND scope = ?"_s,
                               {record.entity, record.id, g.grantee, g.scope});
            !q) {
            return q.error();
        }
    }
    for (const Authorization::Grant &g : wanted) {
        if (existing.contains(g))
            continue;
        if (const auto q = run(u"INSERT INTO grants (source_entity, source_id, grantee, "
                               "scope, seq) VALUES (?, ?, ?, ?, ?)"_s,
                               {record.entity, record.id, g.grantee, g.scope, seq});
            !q) {
            return q.error();
        }
    }
    return {};
}

Core::Result<QString> StoreWriter::scopeFor(const Core::Record &record)
{
    return Authorization::scopeOf(record, [this](QLatin1StringView entity, const QString &id) {
        return scopeOfStored(QString(entity), id);
    });
}

Core::Result<qint64> StoreWriter::putRecord(Core::Record record)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    if (Core::Status s = Core::validateRecord(record); !s)
        return s.error();
    const Core::Result<QString> scope = scopeFor(record);
    if (!scope)
        return scope.error();
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    if (record.updatedAt.isEmpty())
        record.updatedAt = Core::nowUtc();
    const QByteArray json = QJsonDocument(record.fields).toJson(QJsonDocument::Compact);
    const QString fields = QString::fromUtf8(json);
    m_written += json.size() + RowBytes;
    // INSERT ... ON CONFLICT ... DO UPDATE is understood by SQLite and PostgreSQL.
    if (const auto q = run(
            u"INSERT INTO records (entity, id, seq, scope, fields, updated_at, updated_by, "
            "deleted) VALUES (?, ?, ?, ?, ?, ?, ?, 0) ON CONFLICT (entity, id) DO UPDATE SET "
            "seq = excluded.seq, scope = excluded.scope, fields = excluded.fields, "
            "updated_at = excluded.updated_at, updated_by = excluded.updated_by, deleted = 0"_s,
            {record.entity, record.id, *seq, *scope, fields, record.updatedAt, record.updatedBy});
        !q) {
        return q.error();
    }
    if (Core::Status s = replaceGrants(record, false, *seq); !s)
        return s.error();
    return *seq;
}

Core::Result<qint64> StoreWriter::deleteRecord(const QString &entity, const QString &id,
                                               const QString &updatedBy)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    // Only a live record takes a seq when it goes.
    if (const Core::Result<QString> scope = scopeOfStored(entity, id); !scope)
        return scope.error();
    const Core::Result<qint64> seq = nextSeq();
    if (!seq)
        return seq.error();
    m_written += RowBytes;
    const auto q = run(u"UPDATE records SET seq = ?, deleted = 1, updated_at = ?, "
                       "updated_by = ? WHERE entity = ? AND id = ? AND deleted = 0"_s,
                       {*seq, Core::nowUtc(), updatedBy, entity, id});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(entity, id));
    Core::Record gone;
    gone.entity = entity;
    gone.id = id;
    if (Core::Status s = replaceGrants(gone, true, *seq); !s)
        return s.error();
    return *seq;
}

Core::Status StoreWriter::createAccount(const QString &memberId, const QString &username,
                                        const QString &passwordHash, bool active)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q = run(u"INSERT INTO accounts (member_id, username, password_hash, active, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"_s,
                       {memberId, username, passwordHash, active ? 1 : 0, Core::nowUtc()});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QHash<QString, QString>> StoreWriter::accountUsernames()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q, u"SELECT member_id, username FROM accounts"_s); !s)
        return s.error();
    QHash<QString, QString> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

Core::Result<std::optional<Core::Record>> StoreWriter::record(const QString &entity,
                                                              const QString &id)
{
    const auto q = run(u"SELECT seq, fields, updated_at, updated_by FROM records "
                       "WHERE entity = ? AND id = ? AND deleted = 0"_s,
                       {entity, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<Core::Record>();
    Core::Record r;
    r.entity = entity;
    r.id = id;
    r.revision = (*q)->value(0).toLongLong();
    r.fields = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
    r.updatedAt = (*q)->value(2).toString();
    r.updatedBy = (*q)->value(3).toString();
    return std::optional<Core::Record>(std::move(r));
}

Core::Result<std::optional<StoredRecord>> StoreWriter::stored(const QString &entity,
                                                              const QString &id)
{
    const auto q = run(u"SELECT seq, fields, updated_at, updated_by, scope, deleted FROM records "
                       "WHERE entity = ? AND id = ?"_s,
                       {entity, id});
    if (!q)
        return q.error();
    if (!(*q)->next())
        return std::optional<StoredRecord>();
    StoredRecord out;
    out.record.entity = entity;
    out.record.id = id;
    out.record.revision = (*q)->value(0).toLongLong();
    out.record.fields = QJsonDocument::fromJson((*q)->value(1).toString().toUtf8()).object();
    out.record.updatedAt = (*q)->value(2).toString();
    out.record.updatedBy = (*q)->value(3).toString();
    out.scope = (*q)->value(4).toString();
    out.deleted = (*q)->value(5).toInt() != 0;
    (*q)->finish();
    return std::optional<StoredRecord>(std::move(out));
}

Core::Result<std::optional<StoredOp>> StoreWriter::appliedOp(const QString &opId)
{
    const auto q =
        run(u"SELECT status, revision, member_id FROM applied_ops WHERE op_id = ?"_s, {opId});
    if (!q)
        return q.error();
    std::optional<StoredOp> out;
    if ((*q)->next()) {
        out = StoredOp{AppliedOp{(*q)->value(0).toString(), (*q)->value(1).toLongLong()},
                       (*q)->value(2).toString()};
    }
    (*q)->finish();
    return out;
}

Core::Status StoreWriter::recordAppliedOp(const QString &opId, const QString &memberId,
                                          const Core::Record &target, const AppliedOp &result)
{
    const auto q = run(
        u"INSERT INTO applied_ops (op_id, member_id, entity, record_id, status, "
        "revision, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
        {opId, memberId, target.entity, target.id, result.status, result.revision, Core::nowUtc()});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Status StoreWriter::savepoint()
{
    m_writtenAtSavepoint = m_written;
    return Dialect::execute(m_db, u"SAVEPOINT push_op"_s);
}

Core::Status StoreWriter::rollbackToSavepoint()
{
    if (Core::Status s = Dialect::execute(m_db, u"ROLLBACK TO SAVEPOINT push_op"_s); !s)
        return s;
    m_written = m_writtenAtSavepoint;
    return releaseSavepoint();
}

Core::Result<qint64> StoreWriter::usage(const QString &memberId, const QString &day)
{
    const Core::Result<CachedQuery> q =
        run(u"SELECT bytes FROM member_usage WHERE member_id = ? AND day = ?"_s, {memberId, day});
    if (!q)
        return q.error();
    const qint64 bytes = (*q)->next() ? (*q)->value(0).toLongLong() : 0;
    (*q)->finish();
    return bytes;
}

Core::Status StoreWriter::addUsage(const QString &memberId, const QString &day, qint64 bytes)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const Core::Result<CachedQuery> q =
        run(u"INSERT INTO member_usage (member_id, day, bytes) VALUES (?, ?, ?) "
            "ON CONFLICT (member_id, day) DO UPDATE SET bytes = member_usage.bytes + "
            "excluded.bytes"_s,
            {memberId, day, bytes});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Status StoreWriter::releaseSavepoint()
{
    return Dialect::execute(m_db, u"RELEASE SAVEPOINT push_op"_s);
}

// ---- Account passwords, for `leadernet-server set-password`.

Core::Result<QString> StoreWriter::setPassword(const QString &nameOrId, const QString &passwordHash)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    QString memberId;
    QString username;
    {
        QSqlQuery q(m_db);
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
    if (Core::Status s = Core::exec(m_db,
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

// ---- Accounts: registration, activation, password resets, admin look-ups.

Core::Result<std::optional<Account>> StoreWriter::accountWhere(const QString &column,
                                                               const QString &value)
{
    static const QStringList columns{u"username"_s, u"member_id"_s};
    if (!columns.contains(column))
        return makeError(ErrorCode::Invalid, u"no account column '%1'"_s.arg(column));
    const auto q = run(u"SELECT member_id, username, password_hash, active, pending_member IS NOT "
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

Core::Result<std::optional<Account>> StoreWriter::account(const QString &nameOrId)
{
    Core::Result<std::optional<Account>> byName = accountWhere(u"username"_s, nameOrId);
    if (!byName || byName->has_value())
        return byName;
    return accountWhere(u"member_id"_s, nameOrId);
}

Core::Result<QList<StoreWriter::PendingAccount>> StoreWriter::pendingAccounts()
{
    QSqlQuery q(m_db);
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

Core::Status StoreWriter::setPendingMember(const QString &memberId, const QJsonObject &fields)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q =
        run(u"UPDATE accounts SET pending_member = ? WHERE member_id = ?"_s,
            {QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)), memberId});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<std::optional<Core::Record>> StoreWriter::memberOrPending(const QString &memberId)
{
    Core::Result<std::optional<Core::Record>> stored =
        record(QString(Core::Entity::Member), memberId);
    if (!stored || stored->has_value())
        return stored;
    const auto q = run(u"SELECT pending_member FROM accounts WHERE member_id = ? AND "
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

Core::Status StoreWriter::disableAccount(const QString &memberId)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    if (Core::Status s =
            Core::exec(m_db, u"UPDATE accounts SET active = 0 WHERE member_id = ?"_s, {memberId});
        !s) {
        return s;
    }
    // Every sign-in ends now, on every computer.
    return Core::exec(m_db, u"UPDATE tokens SET revoked = 1 WHERE member_id = ?"_s, {memberId});
}

Core::Status StoreWriter::activateAccount(const QString &memberId)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const Core::Result<std::optional<Core::Record>> member = memberOrPending(memberId);
    if (!member)
        return member.error();
    if (member->has_value() && (*member)->revision == 0) {
        // A registration: its record is written, and synced, from now on.
        Core::Record record = **member;
        record.fields.insert(u"joined"_s, QDate::currentDate().toString(Qt::ISODate));
        if (const Core::Result<qint64> seq = putRecord(record); !seq)
            return seq.error();
    }
    if (Core::Status s = Core::exec(m_db,
                                    u"UPDATE accounts SET active = 1, pending_member = NULL "
                                    "WHERE member_id = ?"_s,
                                    {memberId});
        !s) {
        return s;
    }
    if (Core::Status s =
            Core::exec(m_db, u"DELETE FROM account_tokens WHERE member_id = ? AND purpose = ?"_s,
                       {memberId, u"activation"_s});
        !s) {
        return s;
    }
    return removeMailsOf(memberId, u"activation"_s);
}

Core::Status StoreWriter::replacePassword(const QString &memberId, const QString &passwordHash)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    if (Core::Status s =
            Core::exec(m_db, u"UPDATE accounts SET password_hash = ? WHERE member_id = ?"_s,
                       {passwordHash, memberId});
        !s) {
        return s;
    }
    return Core::exec(m_db, u"UPDATE tokens SET revoked = 1 WHERE member_id = ?"_s, {memberId});
}

Core::Status StoreWriter::insertAccountToken(const QString &tokenHash, const QString &memberId,
                                             const QString &purpose, const QString &expiresAt)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    // Timestamps are all Core::nowUtc()'s one format, so text order is time order.
    const QString now = Core::nowUtc();
    if (Core::Status s =
            Core::exec(m_db, u"DELETE FROM account_tokens WHERE expires_at < ?"_s, {now});
        !s) {
        return s;
    }
    return Core::exec(m_db,
                      u"INSERT INTO account_tokens (token_hash, member_id, purpose, created_at, "
                      "expires_at) VALUES (?, ?, ?, ?, ?)"_s,
                      {tokenHash, memberId, purpose, now, expiresAt});
}

Core::Result<std::optional<QString>> StoreWriter::redeemAccountToken(const QString &tokenHash,
                                                                     const QString &purpose)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    QString memberId;
    QString expiresAt;
    {
        QSqlQuery q(m_db);
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
            expired ? Core::exec(m_db, u"DELETE FROM account_tokens WHERE token_hash = ?"_s,
                                 {tokenHash})
                    : Core::exec(m_db,
                                 u"DELETE FROM account_tokens WHERE member_id = ? "
                                 "AND purpose = ?"_s,
                                 {memberId, purpose});
        !s) {
        return s.error();
    }
    if (expired)
        return std::optional<QString>();
    if (Core::Status s = removeMailsOf(memberId, purpose); !s)
        return s.error();
    return std::optional<QString>(memberId);
}

Core::Result<QString> StoreWriter::latestAccountToken(const QString &memberId,
                                                      const QString &purpose)
{
    QSqlQuery q(m_db);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT max(created_at) FROM account_tokens WHERE "
                                    "member_id = ? AND purpose = ? AND expires_at > ?"_s,
                                    {memberId, purpose, Core::nowUtc()});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Core::Result<QList<Core::Record>> StoreWriter::liveRecords(const QString &entity)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT id, seq, fields, updated_at, updated_by FROM records "
                                    "WHERE entity = ? AND deleted = 0 ORDER BY seq"_s,
                                    {entity});
        !s) {
        return s.error();
    }
    QList<Core::Record> out;
    while (q.next()) {
        Core::Record r;
        r.entity = entity;
        r.id = q.value(0).toString();
        r.revision = q.value(1).toLongLong();
        r.fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        r.updatedAt = q.value(3).toString();
        r.updatedBy = q.value(4).toString();
        out << r;
    }
    return out;
}

Core::Result<QStringList> StoreWriter::childIds(const QString &entity, const QString &scope,
                                                const QString &field, const QString &parentId)
{
    const Core::Result<QList<Core::Record>> records = children(entity, scope, field, parentId);
    if (!records)
        return records.error();
    QStringList ids;
    for (const Core::Record &r : *records)
        ids << r.id;
    return ids;
}

Core::Result<QList<Core::Record>> StoreWriter::children(const QString &entity, const QString &scope,
                                                        const QString &field,
                                                        const QString &parentId)
{
    // By scope (indexed), then the reference read in the fields: the same
    // SQL on SQLite and PostgreSQL.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q,
                                    u"SELECT id, seq, fields, updated_at, updated_by FROM records "
                                    "WHERE scope = ? AND entity = ? AND deleted = 0"_s,
                                    {scope, entity});
        !s) {
        return s.error();
    }
    QList<Core::Record> records;
    while (q.next()) {
        QJsonObject fields = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        if (fields.value(field).toString() != parentId)
            continue;
        records.append(Core::Record{entity, q.value(0).toString(), q.value(1).toLongLong(),
                                    std::move(fields), q.value(3).toString(),
                                    q.value(4).toString()});
    }
    return records;
}

// ---- Mail: private e-mail addresses and the outbox of token mails.

Core::Result<QString> StoreWriter::accountEmail(const QString &memberId)
{
    const auto q = run(u"SELECT email FROM accounts WHERE member_id = ?"_s, {memberId});
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString() : QString();
}

Core::Status StoreWriter::setAccountEmail(const QString &memberId, const QString &email)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    // NULL, not '', for none: a column that is either an address or nothing.
    const QVariant value = email.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : email;
    const auto q = run(u"UPDATE accounts SET email = ? WHERE member_id = ?"_s, {value, memberId});
    if (!q)
        return q.error();
    if ((*q)->numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, u"no account %1"_s.arg(memberId));
    return {};
}

Core::Status StoreWriter::queueMail(const OutboxMail &mail)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q = run(u"INSERT INTO mail_outbox (id, member_id, purpose, recipient, subject, "
                       "body, created_at, expires_at, attempts, next_attempt_at, last_error) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, '')"_s,
                       {mail.message.id, mail.memberId, mail.purpose, mail.message.recipient,
                        mail.message.subject, mail.message.body, mail.message.createdAt,
                        mail.expiresAt, mail.message.createdAt});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QList<StoreWriter::OutboxMail>>
StoreWriter::claimDueMails(const QString &now, const QString &claimedUntil, int limit, int *expired)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    {
        const auto gone = run(u"DELETE FROM mail_outbox WHERE expires_at <= ?"_s, {now});
        if (!gone)
            return gone.error();
        if (expired)
            *expired = std::max(0, (*gone)->numRowsAffected());
    }
    QList<OutboxMail> due;
    {
        const auto q = run(u"SELECT id, member_id, purpose, recipient, subject, body, created_at, "
                           "expires_at, attempts FROM mail_outbox WHERE next_attempt_at <= ? "
                           "ORDER BY next_attempt_at, created_at, id LIMIT ?"_s,
                           {now, limit});
        if (!q)
            return q.error();
        while ((*q)->next()) {
            OutboxMail mail;
            mail.message.id = (*q)->value(0).toString();
            mail.memberId = (*q)->value(1).toString();
            mail.purpose = (*q)->value(2).toString();
            mail.message.recipient = (*q)->value(3).toString();
            mail.message.subject = (*q)->value(4).toString();
            mail.message.body = (*q)->value(5).toString();
            mail.message.createdAt = (*q)->value(6).toString();
            mail.expiresAt = (*q)->value(7).toString();
            mail.attempts = (*q)->value(8).toInt();
            due << mail;
        }
    }
    for (const OutboxMail &mail : std::as_const(due)) {
        if (const auto q = run(u"UPDATE mail_outbox SET next_attempt_at = ? WHERE id = ?"_s,
                               {claimedUntil, mail.message.id});
            !q) {
            return q.error();
        }
    }
    return due;
}

Core::Status StoreWriter::removeMail(const QString &id)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q = run(u"DELETE FROM mail_outbox WHERE id = ?"_s, {id});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Status StoreWriter::retryMailAt(const QString &id, int attempts, const QString &nextAttemptAt,
                                      const QString &lastError)
{
    if (!m_active)
        return makeError(ErrorCode::Query, u"no write transaction"_s);
    const auto q = run(u"UPDATE mail_outbox SET attempts = ?, next_attempt_at = ?, "
                       "last_error = ? WHERE id = ?"_s,
                       {attempts, nextAttemptAt, lastError, id});
    return q ? Core::Status() : Core::Status(q.error());
}

Core::Result<QString> StoreWriter::nextMailDue()
{
    const auto q = run(u"SELECT min(next_attempt_at) FROM mail_outbox"_s);
    if (!q)
        return q.error();
    return (*q)->next() ? (*q)->value(0).toString() : QString();
}

Core::Status StoreWriter::removeMailsOf(const QString &memberId, const QString &purpose)
{
    const auto q =
        run(u"DELETE FROM mail_outbox WHERE member_id = ? AND purpose = ?"_s, {memberId, purpose});
    return q ? Core::Status() : Core::Status(q.error());
}

} // namespace Server

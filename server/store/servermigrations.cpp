#include "servermigrations.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

Q_LOGGING_CATEGORY(lcServerMigrations, "leadernet.server.migrations")

namespace Server::ServerMigrations {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

// Version 1: accounts, bearer tokens (hashed), the change log of records with
// their authorization scope, and the grants that open scopes to members.
QStringList version1()
{
    return {
        uR"(CREATE TABLE accounts (
            member_id TEXT PRIMARY KEY NOT NULL,
            username TEXT NOT NULL UNIQUE,
            password_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE tokens (
            token_hash TEXT PRIMARY KEY NOT NULL,
            member_id TEXT NOT NULL REFERENCES accounts (member_id),
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            revoked INTEGER NOT NULL DEFAULT 0))"_s,
        u"CREATE INDEX tokens_member ON tokens (member_id)"_s,
        uR"(CREATE TABLE records (
            entity TEXT NOT NULL,
            id TEXT NOT NULL,
            seq BIGINT NOT NULL,
            scope TEXT NOT NULL,
            fields TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            updated_by TEXT NOT NULL DEFAULT '',
            deleted INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (entity, id)))"_s,
        u"CREATE UNIQUE INDEX records_seq ON records (seq)"_s,
        u"CREATE INDEX records_scope ON records (scope, seq)"_s,
        uR"(CREATE TABLE grants (
            source_entity TEXT NOT NULL,
            source_id TEXT NOT NULL,
            grantee TEXT NOT NULL,
            scope TEXT NOT NULL,
            PRIMARY KEY (source_entity, source_id, grantee, scope)))"_s,
        u"CREATE INDEX grants_grantee ON grants (grantee)"_s,
    };
}

// PostgreSQL's version 1: the same tables, and the change log's counter. Its
// single row is what serialises writers (Dialect::allocateSeq); it starts at
// the log's end so that a store filled before the counter existed goes on
// from there.
QStringList postgresVersion1()
{
    QStringList statements = version1();
    statements << uR"(CREATE TABLE seq_counter (
            id INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            seq BIGINT NOT NULL))"_s
               << u"INSERT INTO seq_counter (id, seq) SELECT 1, coalesce(max(seq), 0) FROM "
                  "records"_s;
    return statements;
}

// Version 2: pushed operations applied once (their op ids and results), and
// the seq at which each grant was made, so that a member who gains a scope is
// sent its older records (the pull's backfill).
QStringList version2()
{
    return {
        uR"(CREATE TABLE applied_ops (
            op_id TEXT PRIMARY KEY NOT NULL,
            member_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            record_id TEXT NOT NULL,
            status TEXT NOT NULL,
            revision BIGINT NOT NULL,
            applied_at TEXT NOT NULL))"_s,
        u"ALTER TABLE grants ADD COLUMN seq BIGINT NOT NULL DEFAULT 0"_s,
    };
}

// Version 3: the one-time tokens of accounts, kept as SHA-256 like bearer
// tokens: "activation" (a registration waiting to be confirmed, 7 days) and
// "reset" (a forgotten password, 1 hour). Each is used once.
QStringList version3()
{
    return {
        uR"(CREATE TABLE account_tokens (
            token_hash TEXT PRIMARY KEY NOT NULL,
            member_id TEXT NOT NULL REFERENCES accounts (member_id),
            purpose TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL))"_s,
        u"CREATE INDEX account_tokens_member ON account_tokens (member_id, purpose)"_s,
    };
}

// Version 4: mail delivery of one-time tokens (serve --smtp). An account may
// have a private e-mail address (NULL: none; never part of the member record,
// which syncs to everyone), and mails wait in an outbox written in the same
// transaction as their token until a sender delivers them. A registration
// keeps its member record's fields in `pending_member` until it is activated:
// only then is the record written, and synced to everyone.
QStringList version4()
{
    return {
        u"ALTER TABLE accounts ADD COLUMN email TEXT"_s,
        u"ALTER TABLE accounts ADD COLUMN pending_member TEXT"_s,
        uR"(CREATE TABLE mail_outbox (
            id TEXT PRIMARY KEY NOT NULL,
            member_id TEXT NOT NULL REFERENCES accounts (member_id),
            purpose TEXT NOT NULL,
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            created_at TEXT NOT NULL,
            expires_at TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT NOT NULL,
            last_error TEXT NOT NULL DEFAULT ''))"_s,
        u"CREATE INDEX mail_outbox_due ON mail_outbox (next_attempt_at)"_s,
        u"CREATE INDEX mail_outbox_member ON mail_outbox (member_id, purpose)"_s,
    };
}

// Version 5: device credentials (OWASP's device cookies). Each sign-in
// gives the computer a credential, kept as SHA-256 like tokens; a sign-in
// that shows one for its account is judged by that device's own failures,
// so strangers' wrong guesses cannot lock the member out of their computer.
QStringList version5()
{
    return {
        uR"(CREATE TABLE devices (
            device_hash TEXT PRIMARY KEY NOT NULL,
            member_id TEXT NOT NULL REFERENCES accounts (member_id),
            created_at TEXT NOT NULL,
            used_at TEXT NOT NULL))"_s,
        u"CREATE INDEX devices_member ON devices (member_id)"_s,
    };
}

// Version 6: what each member's pushes stored per day (UTC), against the
// daily quota of `serve --daily-quota`.
QStringList version6()
{
    return {
        uR"(CREATE TABLE member_usage (
            member_id TEXT NOT NULL,
            day TEXT NOT NULL,
            bytes BIGINT NOT NULL,
            PRIMARY KEY (member_id, day)))"_s,
    };
}

// Version 7: attachments, named by the SHA-256 of their bytes (lowercase
// hex), kept in the database itself so that servers sharing a PostgreSQL
// database share them. The bytes are rows of AttachmentChunkSize (chunk
// `idx` holds bytes idx * size onwards), so that a range read loads only
// the chunks it covers. An upload in progress keeps its chunks under its
// member (`upload_member`); a verified one becomes the attachment by
// setting that to '' (no bytes copied). A member has at most one upload per
// hash; `received` is where its next piece starts.
QStringList version7(SqlDialect dialect)
{
    const QString bytes = dialect == SqlDialect::Postgres ? u"BYTEA"_s : u"BLOB"_s;
    return {
        uR"(CREATE TABLE attachments (
            sha256 TEXT PRIMARY KEY NOT NULL,
            size BIGINT NOT NULL,
            media_type TEXT NOT NULL,
            uploaded_by TEXT NOT NULL,
            uploaded_at TEXT NOT NULL))"_s,
        uR"(CREATE TABLE attachment_uploads (
            sha256 TEXT NOT NULL,
            member_id TEXT NOT NULL,
            total_size BIGINT NOT NULL,
            received BIGINT NOT NULL,
            media_type TEXT NOT NULL,
            started_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (sha256, member_id)))"_s,
        uR"(CREATE TABLE attachment_chunks (
            sha256 TEXT NOT NULL,
            upload_member TEXT NOT NULL,
            idx INTEGER NOT NULL,
            data %1 NOT NULL,
            PRIMARY KEY (sha256, upload_member, idx)))"_s.arg(bytes),
    };
}

QStringList step(int version, SqlDialect dialect)
{
    const bool postgres = dialect == SqlDialect::Postgres;
    switch (version) {
    case 1:
        return postgres ? postgresVersion1() : version1();
    case 2:
        return version2();
    case 3:
        return version3();
    case 4:
        return version4();
    case 5:
        return version5();
    case 6:
        return version6();
    case 7:
        return version7(dialect);
    }
    return {};
}

Core::Status migrateLocked(const QSqlDatabase &db, SqlDialect dialect, int targetVersion)
{
    const Core::Result<int> version = Dialect::schemaVersion(db, dialect);
    if (!version)
        return version.error();
    if (*version > LatestVersion) {
        return makeError(ErrorCode::DatabaseTooNew,
                         u"the server store has schema version %1; this leadernet-server knows "
                         "up to %2 (use a newer leadernet-server)"_s.arg(*version)
                             .arg(LatestVersion));
    }
    for (int next = *version + 1; next <= targetVersion; ++next) {
        if (Core::Status s = Dialect::beginMigration(db, dialect); !s)
            return makeError(ErrorCode::Migration, u"cannot begin migration %1"_s.arg(next));
        auto fail = [&](const QString &detail) {
            Core::Status ignored = Dialect::execute(db, u"ROLLBACK"_s);
            Q_UNUSED(ignored);
            return makeError(ErrorCode::Migration,
                             u"migration %1 failed: %2"_s.arg(next).arg(detail));
        };
        for (const QString &statement : step(next, dialect)) {
            if (Core::Status s = Dialect::execute(db, statement); !s)
                return fail(s.error().detail);
        }
        if (Core::Status s = Dialect::setSchemaVersion(db, dialect, next); !s)
            return fail(s.error().detail);
        if (Core::Status s = Dialect::execute(db, u"COMMIT"_s); !s)
            return fail(s.error().detail);
        qCInfo(lcServerMigrations) << "server store migrated to version" << next;
    }
    return {};
}

} // namespace

Core::Status migrate(const QSqlDatabase &db, SqlDialect dialect, int targetVersion)
{
    // Several server processes may open one PostgreSQL database at once: the
    // first migrates, the others wait and then find it up to date.
    if (Core::Status s = Dialect::lockMigrations(db, dialect); !s)
        return makeError(ErrorCode::Migration,
                         u"cannot lock the store: %1"_s.arg(s.error().detail));
    Core::Status result = migrateLocked(db, dialect, targetVersion);
    Dialect::unlockMigrations(db, dialect);
    return result;
}

} // namespace Server::ServerMigrations

#include "migrations.h"

#include "database.h"
#include "entityschema.h"
#include "searchindex.h"

#include <QLoggingCategory>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <functional>

Q_LOGGING_CATEGORY(lcMigrations, "leadernet.core.migrations")

namespace Core::ReplicaMigrations {

using namespace Qt::StringLiterals;

namespace {

QString sqlType(FieldType type)
{
    switch (type) {
    case FieldType::Integer:
        return u"INTEGER"_s;
    case FieldType::Real:
        return u"REAL"_s;
    case FieldType::Text:
    case FieldType::Json:
        break;
    }
    return u"TEXT"_s;
}

// How a migration runs: on a replica being upgraded, or on a new one being
// made at the latest version at once. A new replica's entity tables get all
// their fields when they are made, in the order the upgrades add them, and
// what a later version drops or makes again is not made at all (version 2's
// search index, version 4's index of posts, version 5's search triggers):
// the same schema (tst_core_migrations compares them), made in less time
// (the upgrades' ALTER TABLEs have SQLite read the whole schema again).
enum class Path { Upgrade, New };

// The tables (and indexes) of the entities that schema `version` added.
QStringList entityTables(int version, Path path)
{
    QStringList sql;
    for (const EntitySpec &spec : entitySpecs()) {
        if (spec.sinceVersion != version)
            continue;
        QStringList columns{u"id TEXT PRIMARY KEY NOT NULL"_s,
                            u"revision INTEGER NOT NULL DEFAULT 0"_s, u"updated_at TEXT"_s,
                            u"updated_by TEXT"_s};
        QList<FieldSpec> fields;
        for (const FieldSpec &field : spec.fields) {
            if (field.sinceVersion <= version || path == Path::New)
                fields << field;
        }
        // Later fields after the table's own, by version: as addedFields() adds them.
        const auto added = [version](const FieldSpec &f) {
            return f.sinceVersion <= version ? 0 : f.sinceVersion;
        };
        std::stable_sort(fields.begin(), fields.end(), [&](const FieldSpec &a, const FieldSpec &b) {
            return added(a) < added(b);
        });
        for (const FieldSpec &field : std::as_const(fields))
            columns << u"%1 %2"_s.arg(field.name, sqlType(field.type));
        sql << u"CREATE TABLE %1 (%2)"_s.arg(spec.name, columns.join(u", "_s));
        for (const FieldSpec &field : spec.fields) {
            if (field.indexed)
                sql << u"CREATE INDEX %1_%2 ON %1 (%2)"_s.arg(spec.name, field.name);
        }
    }
    return sql;
}

// The fields that schema `version` added to tables made before it (a new
// replica's tables have them all).
QStringList addedFields(int version, Path path)
{
    QStringList sql;
    if (path == Path::New)
        return sql;
    for (const EntitySpec &spec : entitySpecs()) {
        for (const FieldSpec &field : spec.fields) {
            if (field.sinceVersion == version && spec.sinceVersion < version)
                sql << u"ALTER TABLE %1 ADD COLUMN %2 %3"_s.arg(spec.name, field.name,
                                                                sqlType(field.type));
        }
    }
    return sql;
}

// Version 1: one table per entity, the outbox and the sync state.
QStringList version1(Path path)
{
    QStringList sql = entityTables(1, path);
    sql << uR"(CREATE TABLE outbox (
        position INTEGER PRIMARY KEY AUTOINCREMENT,
        op_id TEXT NOT NULL UNIQUE,
        author_id TEXT NOT NULL,
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('create', 'patch', 'delete')),
        fields TEXT NOT NULL DEFAULT '{}',
        base_revision INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'rejected')),
        error TEXT))"_s;
    sql << u"CREATE INDEX outbox_record ON outbox (entity, record_id)"_s;
    sql << u"CREATE INDEX outbox_author ON outbox (author_id, state)"_s;
    sql << u"CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT)"_s;
    return sql;
}

// Version 2: full-text search over lessons and posts, kept current by
// triggers and filled from the rows a version-1 replica already holds.
QStringList version2(Path path)
{
    QStringList sql;
    if (path == Path::New)
        return sql; // version 5 replaced it
    sql << u"CREATE VIRTUAL TABLE search_index USING fts5(entity UNINDEXED, record_id UNINDEXED, "
           "title, body, tokenize = 'unicode61 remove_diacritics 2')"_s;
    const struct {
        QString table;
        QString title;
    } sources[] = {{u"lesson"_s, u"title"_s}, {u"post"_s, u"''"_s}};
    for (const auto &src : sources) {
        const QString title = src.title == u"''"_s ? src.title : u"NEW."_s + src.title;
        sql << u"INSERT INTO search_index (entity, record_id, title, body) "
               "SELECT '%1', id, %2, coalesce(body, '') FROM %1"_s.arg(src.table, src.title);
        sql << u"CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN "
               "INSERT INTO search_index (entity, record_id, title, body) "
               "VALUES ('%1', NEW.id, %2, coalesce(NEW.body, '')); END"_s.arg(src.table, title);
        sql << u"CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 BEGIN "
               "DELETE FROM search_index WHERE entity = '%1' AND record_id = OLD.id; "
               "INSERT INTO search_index (entity, record_id, title, body) "
               "VALUES ('%1', NEW.id, %2, coalesce(NEW.body, '')); END"_s.arg(src.table, title);
        sql << u"CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN "
               "DELETE FROM search_index WHERE entity = '%1' AND record_id = OLD.id; END"_s.arg(
                   src.table);
    }
    return sql;
}

// Version 3: conflicts pulled from the server, and the values a patch was
// made over (the base of the server's three-way merge).
QStringList version3(Path path)
{
    QStringList sql = entityTables(3, path);
    sql << u"ALTER TABLE outbox ADD COLUMN base_fields TEXT NOT NULL DEFAULT '{}'"_s;
    // The server's version of each record with local edits waiting, so that
    // discarding a refused edit puts back what the server has, offline too.
    sql << uR"(CREATE TABLE server_copy (
        entity TEXT NOT NULL,
        record_id TEXT NOT NULL,
        present INTEGER NOT NULL,
        revision INTEGER NOT NULL DEFAULT 0,
        fields TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT,
        updated_by TEXT,
        PRIMARY KEY (entity, record_id)))"_s;
    return sql;
}

// Version 4: when an outbox entry was first handed to a push (until then
// later edits of the same record by the same author merge into it; from
// then on it is frozen, the server may hold it already), the code of a
// refusal (the app says why in the person's language), drafts (what people
// are typing) and how far each seminar thread was read, both kept on this
// computer only.
QStringList version4(Path path)
{
    QStringList sql{u"ALTER TABLE outbox ADD COLUMN first_sent_at TEXT"_s,
                    u"ALTER TABLE outbox ADD COLUMN error_code TEXT"_s, uR"(CREATE TABLE draft (
        key TEXT PRIMARY KEY NOT NULL,
        fields TEXT NOT NULL DEFAULT '{}',
        author_id TEXT,
        updated_at TEXT))"_s,
                    u"CREATE TABLE thread_seen (thread_id TEXT PRIMARY KEY NOT NULL, "
                    "seen_through TEXT)"_s};
    if (path == Path::Upgrade) // version 5 replaced it
        sql << u"CREATE INDEX post_updated ON post (thread_id, updated_at)"_s;
    return sql;
}

// The triggers that keep the search tables of schema 5 current, keyed on
// the record's rowid (a change finds its row at once), their text folded
// as SearchIndex::fold() folds the query (foldSql(): since version 11 a
// function of the connection, no longer SQL's replace()). Posts deleted or
// hidden are not in it. `rows` gets, per kind, the statement that indexes
// every row already there.
QStringList searchTriggers(QStringList *rows = nullptr)
{
    QStringList sql;
    for (const QString &table : {u"lesson"_s, u"post"_s}) {
        for (const char *event : {"insert", "update", "delete"})
            sql << u"DROP TRIGGER IF EXISTS %1_search_%2"_s.arg(table, QLatin1StringView(event));
    }
    const auto folded = [](const QString &row, const char *field) {
        return SearchIndex::foldSql(u"coalesce(%1.%2, '')"_s.arg(row, QLatin1StringView(field)));
    };
    const auto lessonRow = [&](const QString &row) {
        return u"SELECT %1.rowid, %1.id, %2, %3"_s.arg(row, folded(row, "title"),
                                                       folded(row, "body"));
    };
    const auto postRow = [&](const QString &row) {
        return u"SELECT %1.rowid, %1.id, %2 WHERE coalesce(%1.deleted_at, '') = '' AND "
               "coalesce(%1.hidden_at, '') = ''"_s.arg(row, folded(row, "body"));
    };
    const struct {
        QString table;
        QString columns;
        std::function<QString(const QString &)> row;
    } kinds[] = {{u"lesson"_s, u"rowid, record_id, title, body"_s, lessonRow},
                 {u"post"_s, u"rowid, record_id, body"_s, postRow}};
    for (const auto &k : kinds) {
        const QString insert =
            u"INSERT INTO search_%1 (%2) %3;"_s.arg(k.table, k.columns, k.row(u"NEW"_s));
        const QString remove = u"DELETE FROM search_%1 WHERE rowid = OLD.rowid;"_s.arg(k.table);
        sql << u"CREATE TRIGGER %1_search_insert AFTER INSERT ON %1 BEGIN %2 END"_s.arg(k.table,
                                                                                        insert)
            << u"CREATE TRIGGER %1_search_update AFTER UPDATE ON %1 BEGIN %2 %3 END"_s.arg(
                   k.table, remove, insert)
            << u"CREATE TRIGGER %1_search_delete AFTER DELETE ON %1 BEGIN %2 END"_s.arg(k.table,
                                                                                        remove);
        if (rows) {
            *rows << u"INSERT INTO search_%1 (%2) %3"_s.arg(
                k.table, k.columns,
                k.row(k.table).replace(u" WHERE"_s, u" FROM %1 WHERE"_s.arg(k.table)) +
                    (k.table == u"lesson"_s ? u" FROM lesson"_s : QString()));
        }
    }
    return sql;
}

// The search tables of schema 5, one per kind, built again (on a new
// replica made, and their triggers left to version 11).
QStringList searchTables(Path path)
{
    const QString tokenize = u"tokenize = 'unicode61 remove_diacritics 2'"_s;
    QStringList sql;
    if (path == Path::Upgrade)
        sql << u"DROP TABLE IF EXISTS search_index"_s;
    sql << u"CREATE VIRTUAL TABLE search_lesson USING fts5(record_id UNINDEXED, title, body, %1)"_s
               .arg(tokenize);
    sql << u"CREATE VIRTUAL TABLE search_post USING fts5(record_id UNINDEXED, body, %1)"_s.arg(
        tokenize);
    if (path == Path::New)
        return sql;
    QStringList rows;
    const QStringList triggers = searchTriggers(&rows);
    return sql + triggers + rows;
}

// Version 5: editing, deleting and hiding posts; pinning and closing
// threads (see entityschema.cpp); search in a table per kind, folded
// further (Arabic short vowels, ё), built again.
QStringList version5(Path path)
{
    QStringList sql = addedFields(5, path);
    sql << searchTables(path);
    // Unread posts are counted from the index alone, never from the rows
    // (which hold the texts).
    if (path == Path::Upgrade)
        sql << u"DROP INDEX IF EXISTS post_updated"_s;
    sql << u"CREATE INDEX post_unread ON post (thread_id, updated_at, author_id, revision)"_s;
    return sql;
}

// Version 6: the history of action plans, written by the server (see
// Entity::PlanChange) and pulled like any record of the team; a program's
// review rubric.
QStringList version6(Path path)
{
    return entityTables(6, path) + addedFields(6, path);
}

// Version 7: teams' results: an indicator's unit, origin and order, and the
// value it reached in each reporting period.
QStringList version7(Path path)
{
    return entityTables(7, path) + addedFields(7, path);
}

// Version 8: the bytes this computer's syncs moved per day, for the data
// budgets and the data-usage view (never synced).
QStringList version8()
{
    return {u"CREATE TABLE data_usage (day TEXT PRIMARY KEY, sent INTEGER NOT NULL DEFAULT 0, "
            "received INTEGER NOT NULL DEFAULT 0)"_s};
}

// Version 9: the files attachments name, kept beside the replica (see
// AttachmentCache); never synced.
QStringList version9()
{
    return {u"CREATE TABLE attachment_files (sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, "
            "media_type TEXT NOT NULL DEFAULT '', received INTEGER NOT NULL DEFAULT 0, "
            "complete INTEGER NOT NULL DEFAULT 0, upload_pending INTEGER NOT NULL DEFAULT 0, "
            "last_used TEXT NOT NULL)"_s,
            u"CREATE INDEX attachment_files_by_use ON attachment_files (complete, "
            "upload_pending, last_used)"_s};
}

// Version 10: the files lessons, posts and plans name (their attachments).
QStringList version10(Path path)
{
    return addedFields(10, path);
}

// Version 11: the search index's triggers fold with a function of the
// connection (SearchIndex::installFold()), in one pass over the text
// instead of sixteen replace() (a first fill's posts, 0.5 s less). The
// folding is the same: the index stays.
QStringList version11()
{
    return searchTriggers();
}

QStringList step(int version, Path path)
{
    switch (version) {
    case 1:
        return version1(path);
    case 2:
        return version2(path);
    case 3:
        return version3(path);
    case 4:
        return version4(path);
    case 5:
        return version5(path);
    case 6:
        return version6(path);
    case 7:
        return version7(path);
    case 8:
        return version8();
    case 9:
        return version9();
    case 10:
        return version10(path);
    case 11:
        return version11();
    }
    return {};
}

} // namespace

Result<int> currentVersion(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return queryError(q);
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase &db, int targetVersion)
{
    const Result<int> version = currentVersion(db);
    if (!version)
        return version.error();
    if (*version > LatestVersion) {
        return makeError(
            ErrorCode::DatabaseTooNew,
            u"the replica has schema version %1; this LeaderNet knows up to %2"_s.arg(*version).arg(
                LatestVersion));
    }
    // A new replica is made in one transaction: its steps only make sense
    // together (its first table already has the columns later steps add).
    const Path path = *version == 0 && targetVersion == LatestVersion ? Path::New : Path::Upgrade;
    const int stepsPerTransaction = path == Path::New ? targetVersion : 1;
    for (int next = *version + 1; next <= targetVersion;) {
        SqlTransaction tx(db);
        if (!tx.active())
            return makeError(ErrorCode::Migration, u"cannot begin migration %1"_s.arg(next));
        const int last = std::min(targetVersion, next + stepsPerTransaction - 1);
        for (; next <= last; ++next) {
            for (const QString &statement : step(next, path)) {
                if (Status s = exec(db, statement); !s) {
                    return makeError(ErrorCode::Migration,
                                     u"migration %1 failed: %2"_s.arg(next).arg(s.error().detail));
                }
            }
        }
        if (Status s = exec(db, u"PRAGMA user_version = %1"_s.arg(last)); !s)
            return makeError(ErrorCode::Migration, s.error().detail);
        if (Status s = tx.commit(); !s)
            return makeError(ErrorCode::Migration, s.error().detail);
        qCInfo(lcMigrations) << "replica migrated to version" << last;
    }
    return {};
}

} // namespace Core::ReplicaMigrations

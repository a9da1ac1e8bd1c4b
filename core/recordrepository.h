#pragma once

#include "record.h"
#include "result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace Core {

struct EntitySpec;

// Reads and writes records of every entity in the replica. Raw writes here do
// not touch the outbox: LocalStore wraps them with the outbox entry in one
// transaction. Used on the thread that owns the connection. Keeps its write
// statements prepared: destroy it (and its copies) before the connection.
class RecordRepository final
{
public:
    explicit RecordRepository(QSqlDatabase db = {});

    Result<Record> get(QAnyStringView entity, const QString &id) const;

    // Records of `entity`, optionally where `field` equals `value`, ordered by
    // `orderBy` (a field of the schema; anything else is refused).
    Result<QList<Record>> list(QAnyStringView entity, QStringView field = {},
                               const QVariant &value = {}, QStringView orderBy = {}) const;
    // As list(), with only the fields named in `only` (and the id, revision
    // and update time): the outline of a long list, without its texts.
    Result<QList<Record>> listOutline(QAnyStringView entity, const QStringList &only,
                                      QStringView field, const QVariant &value,
                                      QStringView orderBy) const;
    // The records of `entity` with these ids that exist, in a few queries
    // (a view fetching the rows it shows, never one query per row).
    // With `only` given, just those fields (as listOutline()).
    Result<QList<Record>> getMany(QAnyStringView entity, const QStringList &ids,
                                  const QStringList &only = {}) const;
    Result<int> count(QAnyStringView entity) const;

    // Whether records were checked already (Core::validateRecord).
    enum class Checked { No, Yes };

    Status upsert(const Record &record);
    // Writes `records`, all of one entity, a few hundred to a statement: a
    // pulled page's records, ten times fewer statements than one by one
    // (and the search index, which flushes at each statement, far fewer
    // small segments to merge). Checked::Yes: each record was validated
    // already (a pulled page's, as the protocol decoded it) and is not
    // again, on the thread that holds the replica's write lock.
    Status upsertAll(QList<const Record *> records, Checked checked = Checked::No);
    Status remove(QAnyStringView entity, const QString &id);

private:
    // Records of `full` read with the fields of `read` (full's or fewer).
    Result<QList<Record>> list(const EntitySpec &full, const EntitySpec &read, QStringView field,
                               const QVariant &value, QStringView orderBy) const;
    // The removal of a record of `spec`, prepared on first use and kept: a
    // pulled page can remove thousands, and preparing each one's statement
    // again took a third of the time.
    Result<QSqlQuery *> preparedRemove(const EntitySpec &spec);
    // The upsert of `rows` records of `spec`, prepared on first use and kept.
    // Through SQLite itself: Qt names each "?" and binds through QVariant,
    // which cost a fifth of applying a page; a statement of a thousand rows
    // takes Qt quadratic time to prepare.
    Result<sqlite3_stmt *> preparedUpsert(const EntitySpec &spec, int rows);
    // The SQLite connection of m_db, looked up once (null: not open).
    sqlite3 *connection();

    struct Statements {
        Statements() = default;
        Statements(const Statements &) = delete;
        Statements &operator=(const Statements &) = delete;
        ~Statements();
        sqlite3 *connection = nullptr; // the handle of m_db, once looked up
        // Keyed by the spec (entitySpecs() never moves) and the rows written.
        QHash<std::pair<const EntitySpec *, int>, sqlite3_stmt *> upsert;
        QHash<const EntitySpec *, QSqlQuery> remove;
    };
    QSqlDatabase m_db;
    std::shared_ptr<Statements> m_statements; // shared by copies
};

} // namespace Core

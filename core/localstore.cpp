#include "localstore.h"

#include "database.h"
#include "entityschema.h"
#include "migrations.h"
#include "scopes.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <optional>

Q_LOGGING_CATEGORY(lcLocalStore, "leadernet.core.localstore")

namespace Core {

using namespace Qt::StringLiterals;

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
    , m_clock(Clock::system())
{}

void LocalStore::setClock(Clock *clock)
{
    m_clock = clock ? clock : Clock::system();
    m_attachments.setClock(m_clock);
}

LocalStore::~LocalStore()
{
    close();
}

QString LocalStore::defaultProfileDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           u"/profiles/default"_s;
}

Status LocalStore::open(const QString &path)
{
    close();
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return makeError(ErrorCode::DatabaseOpen, u"cannot create %1"_s.arg(info.absolutePath()));

    static std::atomic<int> serial{0};
    const QString name = u"leadernet-replica-%1"_s.arg(serial.fetch_add(1));
    {
        // Pages of 16 KiB rather than 4: the b-trees are shallower, a first
        // fill writes a tenth less and its search index builds faster (the
        // admin's fill 2.55 s to 2.35 s; docs/sync-protocol.md, "Where the
        // fill's time went"). A replica made before keeps its 4 KiB.
        Result<QSqlDatabase> db = openSqlite(path, name, NewReplicaPageSize);
        if (!db)
            return db.error();
        m_db = db.value();
    }
    m_connectionName = name;
    // The sync's applier (its own connection, see Sync::PageApplier) has
    // the log copied every 32 MB; any other connection copies it only past
    // twice that. A connection checkpoints after its own commit, on its own
    // thread: at SQLite's 1,000 pages, the window's first small write after
    // pages were applied copied up to 32 MB of log on the UI thread (45 ms
    // at the end of a member's first sync). A log that grew larger during a
    // first fill (copied while the applier writes, it starts again only
    // after) is cut back to 64 MB when it starts again.
    constexpr qint64 LogBytes = qint64(64) * 1024 * 1024;
    if (Status s = checkpointLogEvery(LogBytes); !s) {
        close();
        return s;
    }
    if (QSqlQuery q(m_db); !q.exec(u"PRAGMA journal_size_limit = %1"_s.arg(LogBytes))) {
        const Error error = queryError(q);
        close();
        return error;
    }
    if (Status s = SearchIndex::installFold(m_db); !s) {
        close();
        return s;
    }
    if (Status s = ReplicaMigrations::migrate(m_db); !s) {
        close();
        return s;
    }
    m_path = path;
    m_records = RecordRepository(m_db);
    m_outbox = OutboxRepository(m_db);
    m_syncState = SyncStateRepository(m_db);
    m_search = SearchIndex(m_db);
    m_drafts = DraftRepository(m_db);
    m_readState = ReadStateRepository(m_db);
    m_dataUsage = DataUsageRepository(m_db);
    m_attachments =
        AttachmentCache(m_db, QFileInfo(path).absolutePath() + u"/attachments"_s, m_clock);
    qCInfo(lcLocalStore) << "replica open:" << path;
    return {};
}

Result<qint64> LocalStore::logPages(qint64 bytes) const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA page_size"_s) || !q.next())
        return queryError(q);
    return std::max<qint64>(bytes / std::max<qint64>(q.value(0).toLongLong(), 512), 1);
}

Status LocalStore::checkpointLogEvery(qint64 bytes)
{
    const Result<qint64> pages = logPages(bytes);
    if (!pages)
        return pages.error();
    if (QSqlQuery q(m_db); !q.exec(u"PRAGMA wal_autocheckpoint = %1"_s.arg(*pages)))
        return queryError(q);
    return {};
}

Status LocalStore::whenLogHolds(qint64 bytes, std::function<void()> grown)
{
    sqlite3 *connection = sqliteHandle(m_db);
    if (!connection)
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    const Result<qint64> pages = logPages(bytes);
    if (!pages)
        return pages.error();
    m_logWatch = std::make_unique<LogWatch>(LogWatch{*pages, std::move(grown)});
    sqlite3_wal_hook(connection, &LocalStore::logCommitted, m_logWatch.get());
    return {};
}

int LocalStore::logCommitted(void *watch, sqlite3 *, const char *, int pages)
{
    auto *w = static_cast<LogWatch *>(watch);
    if (pages < w->toldAt)
        w->toldAt = 0; // the log started again
    if (pages - w->toldAt >= w->pages) {
        w->toldAt = pages;
        w->grown();
    }
    return SQLITE_OK;
}

Status LocalStore::checkpointLog()
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA wal_checkpoint(PASSIVE)"_s))
        return queryError(q);
    return {};
}

void LocalStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    if (sqlite3 *connection = sqliteHandle(m_db); connection && m_logWatch)
        sqlite3_wal_hook(connection, nullptr, nullptr);
    m_logWatch.reset();
    m_records = RecordRepository();
    m_outbox = OutboxRepository();
    m_syncState = SyncStateRepository();
    m_search = SearchIndex();
    m_drafts = DraftRepository();
    m_readState = ReadStateRepository();
    m_dataUsage = DataUsageRepository();
    m_attachments = AttachmentCache();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

Result<LocalStore::Staged> LocalStore::stage(const Record &record, OutboxKind kind,
                                             const QJsonObject &fields, const QJsonObject &base,
                                             const QString &authorId)
{
    OutboxEntry entry;
    entry.opId = newRecordId();
    entry.authorId = authorId;
    entry.entity = record.entity;
    entry.recordId = record.id;
    entry.kind = kind;
    entry.fields = fields;
    entry.base = base;
    entry.baseRevision = record.revision;
    entry.createdAt = record.updatedAt;

    if (Status s = keepServerCopy(record.entity, record.id); !s)
        return s.error();
    Status written = kind == OutboxKind::Delete ? m_records.remove(record.entity, record.id)
                                                : m_records.upsert(record);
    if (!written)
        return written.error();
    const Result<QString> mergedInto = mergeIntoLatest(record, kind, fields, base, authorId);
    if (!mergedInto)
        return mergedInto.error();
    if (!mergedInto->isEmpty())
        return Staged{*mergedInto, false};
    if (Status s = m_outbox.append(entry); !s)
        return s.error();
    return Staged{entry.opId, true};
}

Result<QString> LocalStore::writeLocal(const Record &record, OutboxKind kind,
                                       const QJsonObject &fields, const QJsonObject &base,
                                       const QString &authorId, const QString &fromDraft)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    if (QUuid::fromString(authorId).isNull())
        return makeError(ErrorCode::Invalid, u"a local change needs its author"_s);
    const DurableCommits durable(m_db); // saved is saved, a power cut after or not
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    const Result<Staged> staged = stage(record, kind, fields, base, authorId);
    if (!staged)
        return staged.error();
    if (!fromDraft.isEmpty()) {
        if (Status s = m_drafts.remove(fromDraft); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT recordsChanged(ChangeSet(record.entity, record.id));
    if (staged->newEntry)
        Q_EMIT outboxChanged();
    return staged->opId;
}

Result<QStringList> LocalStore::createRecords(QList<Record> records, const QString &authorId,
                                              const QString &fromDraft)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    if (QUuid::fromString(authorId).isNull())
        return makeError(ErrorCode::Invalid, u"a local change needs its author"_s);
    ChangeSet changes;
    for (Record &record : records) {
        if (record.id.isEmpty())
            record.id = newRecordId();
        record.revision = 0;
        record.updatedAt = m_clock->nowIso();
        record.updatedBy = authorId;
        if (Status s = validateRecord(record); !s)
            return s.error();
        if (m_records.get(record.entity, record.id).ok())
            return makeError(ErrorCode::Invalid,
                             u"%1 %2 exists already"_s.arg(record.entity, record.id));
        changes.add(record.entity, record.id);
    }
    const DurableCommits durable(m_db);
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    QStringList ops;
    for (const Record &record : std::as_const(records)) {
        const Result<Staged> staged =
            stage(record, OutboxKind::Create, record.fields, {}, authorId);
        if (!staged)
            return staged.error();
        ops << staged->opId;
    }
    if (!fromDraft.isEmpty()) {
        if (Status s = m_drafts.remove(fromDraft); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT recordsChanged(changes);
    Q_EMIT outboxChanged();
    return ops;
}

Result<QString> LocalStore::mergeIntoLatest(const Record &record, OutboxKind kind,
                                            const QJsonObject &fields, const QJsonObject &base,
                                            const QString &authorId)
{
    if (kind != OutboxKind::Patch)
        return QString();
    const Result<std::optional<OutboxEntry>> latest =
        m_outbox.latestForRecord(record.entity, record.id);
    if (!latest)
        return latest.error();
    if (!latest->has_value())
        return QString();
    OutboxEntry entry = **latest;
    if (entry.rejected || !entry.firstSentAt.isEmpty() || entry.authorId != authorId ||
        entry.kind == OutboxKind::Delete) {
        return QString();
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        // The base stays what the server had before the first of the merged
        // edits: that is what the three-way merge must compare against.
        if (entry.kind == OutboxKind::Patch && !entry.fields.contains(it.key()))
            entry.base.insert(it.key(), base.value(it.key()));
        entry.fields.insert(it.key(), it.value());
    }
    // A create keeps when the record was written (the server weighs a late
    // post by it); a patch says when its last edit was made.
    if (entry.kind == OutboxKind::Patch)
        entry.createdAt = record.updatedAt;
    if (Status s = m_outbox.merge(entry); !s)
        return s.error();
    return entry.opId;
}

Result<QString> LocalStore::createRecord(Record record, const QString &authorId,
                                         const QString &fromDraft)
{
    const Result<QStringList> ops = createRecords({std::move(record)}, authorId, fromDraft);
    if (!ops)
        return ops.error();
    return ops->first();
}

Result<QString> LocalStore::updateRecord(QAnyStringView entity, const QString &id,
                                         const QJsonObject &changedFields, const QString &authorId,
                                         const QString &fromDraft)
{
    Result<Record> current = m_records.get(entity, id);
    if (!current)
        return current.error();
    Record updated = current.value();
    QJsonObject base;
    for (auto it = changedFields.begin(); it != changedFields.end(); ++it) {
        base.insert(it.key(), updated.fields.value(it.key()));
        updated.fields.insert(it.key(), it.value());
    }
    updated.updatedAt = m_clock->nowIso();
    updated.updatedBy = authorId;
    if (Status s = validateRecord(updated); !s)
        return s.error();
    return writeLocal(updated, OutboxKind::Patch, changedFields, base, authorId, fromDraft);
}

Result<QString> LocalStore::deleteRecord(QAnyStringView entity, const QString &id,
                                         const QString &authorId)
{
    Result<Record> current = m_records.get(entity, id);
    if (!current)
        return current.error();
    Record gone = current.value();
    gone.updatedAt = m_clock->nowIso();
    return writeLocal(gone, OutboxKind::Delete, {}, {}, authorId);
}

// The first local edit of a record keeps the server's version beside it.
Status LocalStore::keepServerCopy(const QString &entity, const QString &id)
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT 1 FROM server_copy WHERE entity = ? AND record_id = ?"_s,
                        {entity, id});
        !s) {
        return s;
    }
    if (q.next())
        return {};
    const Result<Record> current = m_records.get(entity, id);
    if (!current && current.error().code != ErrorCode::NotFound)
        return current.error();
    return setServerCopy(entity, id, current ? &current.value() : nullptr);
}

Status LocalStore::setServerCopy(const QString &entity, const QString &id, const Record *record)
{
    if (!record) {
        return exec(m_db,
                    u"INSERT INTO server_copy (entity, record_id, present) VALUES (?, ?, 0) "
                    "ON CONFLICT (entity, record_id) DO UPDATE SET present = 0, fields = '{}'"_s,
                    {entity, id});
    }
    return exec(
        m_db,
        u"INSERT INTO server_copy (entity, record_id, present, revision, fields, updated_at, "
        "updated_by) VALUES (?, ?, 1, ?, ?, ?, ?) ON CONFLICT (entity, record_id) DO UPDATE SET "
        "present = 1, revision = excluded.revision, fields = excluded.fields, "
        "updated_at = excluded.updated_at, updated_by = excluded.updated_by"_s,
        {entity, id, record->revision,
         QString::fromUtf8(QJsonDocument(record->fields).toJson(QJsonDocument::Compact)),
         record->updatedAt, record->updatedBy});
}

Status LocalStore::dropServerCopyIfDone(const QString &entity, const QString &id)
{
    return exec(m_db,
                u"DELETE FROM server_copy WHERE entity = ? AND record_id = ? AND NOT EXISTS "
                "(SELECT 1 FROM outbox WHERE entity = ? AND record_id = ?)"_s,
                {entity, id, entity, id});
}

Result<LocalStore::ServerCopy> LocalStore::serverCopy(const QString &entity,
                                                      const QString &id) const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q,
                        u"SELECT present, revision, fields, updated_at, updated_by FROM "
                        "server_copy WHERE entity = ? AND record_id = ?"_s,
                        {entity, id});
        !s) {
        return s.error();
    }
    ServerCopy copy;
    if (!q.next())
        return copy;
    copy.kept = true;
    if (q.value(0).toInt() != 0) {
        copy.record = Record{entity,
                             id,
                             q.value(1).toLongLong(),
                             QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(),
                             q.value(3).toString(),
                             q.value(4).toString()};
    }
    return copy;
}

Status LocalStore::rebase(const QString &entity, const QString &id)
{
    const Result<ServerCopy> copy = serverCopy(entity, id);
    if (!copy)
        return copy.error();
    std::optional<Record> record = copy->record;
    if (!copy->kept) {
        // No copy (a replica from before version 3): the local row is the base.
        const Result<Record> current = m_records.get(entity, id);
        if (current)
            record = current.value();
    }
    const Result<QList<OutboxEntry>> ops = m_outbox.forRecord(entity, id);
    if (!ops)
        return ops.error();
    for (const OutboxEntry &op : *ops) {
        switch (op.kind) {
        case OutboxKind::Delete:
            record.reset();
            break;
        case OutboxKind::Create:
            record = Record{entity, id, 0, op.fields, op.createdAt, op.authorId};
            break;
        case OutboxKind::Patch:
            if (!record)
                break; // edits of a record the server deleted: kept in the outbox
            for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
                record->fields.insert(it.key(), it.value());
            record->updatedAt = op.createdAt;
            record->updatedBy = op.authorId;
            break;
        }
    }
    return record ? m_records.upsert(*record) : m_records.remove(entity, id);
}

Status LocalStore::applyPulled(const QList<Record> &records, const QList<Tombstone> &tombstones,
                               qint64 cursor)
{
    Result<PullPosition> position = m_syncState.pullPosition();
    if (!position)
        return position.error();
    PullPosition next = *position;
    next.after = cursor;
    next.grantedAfter = std::max(next.grantedAfter, cursor);
    return applyPulled(records, tombstones, next);
}

Result<bool> LocalStore::adoptMember(const QString &memberId)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    const Result<QString> owner = m_syncState.value(OwnerKey);
    if (!owner)
        return owner.error();
    if (*owner == memberId)
        return false;
    // A replica that served nobody yet (new, or from before owners were
    // kept) is the first member's.
    if (owner->isEmpty()) {
        if (Status s = m_syncState.setValue(OwnerKey, memberId); !s)
            return s.error();
        return false;
    }
    ChangeSet removed;
    {
        SqlTransaction tx(m_db);
        if (!tx.active())
            return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
        for (const EntitySpec &spec : entitySpecs()) {
            QSqlQuery q(m_db);
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT id FROM %1"_s.arg(spec.name)))
                return makeError(ErrorCode::Query, q.lastError().text());
            while (q.next())
                removed.add(spec.name, q.value(0).toString());
            if (!q.exec(u"DELETE FROM %1"_s.arg(spec.name)))
                return makeError(ErrorCode::Query, q.lastError().text());
        }
        QSqlQuery q(m_db);
        if (!q.exec(u"DELETE FROM thread_seen"_s))
            return makeError(ErrorCode::Query, q.lastError().text());
        if (Status s = m_syncState.setPullPosition({}); !s)
            return s.error();
        if (Status s = m_syncState.setValue(SyncStateRepository::LastSyncKey, {}); !s)
            return s.error();
        if (Status s = m_syncState.setValue(OwnerKey, memberId); !s)
            return s.error();
        if (Status s = m_syncState.setValue(ScopesKey, {}); !s)
            return s.error();
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (removed.isEmpty())
        return false;
    qCInfo(lcLocalStore) << "the replica now serves" << memberId << "; removed"
                         << removed.entities().size() << "kinds of records of the one before";
    Q_EMIT recordsChanged(removed);
    return true;
}

Status LocalStore::applyPulled(const QList<Record> &records, const QList<Tombstone> &tombstones,
                               const PullPosition &next, const QStringList &visibleScopes)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    ChangeSet touched;
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    // One look at the outbox per page, not one per pulled record: most pulled
    // records have no local edit waiting.
    const Result<QSet<QString>> withLocalEdits = m_outbox.recordKeys();
    if (!withLocalEdits)
        return withLocalEdits.error();
    // Records with no local edit are written in runs of one entity, many to
    // a statement.
    QList<const Record *> run;
    const auto writeRun = [&]() {
        Status s = m_records.upsertAll(run, RecordRepository::Checked::Yes);
        run.clear();
        return s;
    };
    for (const Record &record : records) {
        if (!run.isEmpty() && run.first()->entity != record.entity) {
            if (Status s = writeRun(); !s)
                return s;
        }
        if (withLocalEdits->contains(OutboxRepository::recordKey(record.entity, record.id))) {
            if (Status s = writeRun(); !s)
                return s;
            if (Status s = setServerCopy(record.entity, record.id, &record); !s)
                return s;
            if (Status s = rebase(record.entity, record.id); !s)
                return s;
        } else {
            run.append(&record);
        }
        touched.add(record.entity, record.id);
    }
    if (Status s = writeRun(); !s)
        return s;
    for (const Tombstone &t : tombstones) {
        if (withLocalEdits->contains(OutboxRepository::recordKey(t.entity, t.id))) {
            if (Status s = setServerCopy(t.entity, t.id, nullptr); !s)
                return s;
            if (Status s = rebase(t.entity, t.id); !s)
                return s;
        } else if (Status s = m_records.remove(t.entity, t.id); !s) {
            return s;
        }
        touched.add(t.entity, t.id);
    }
    if (!visibleScopes.isEmpty()) {
        if (Status s = keepOnlyScopes(visibleScopes, touched); !s)
            return s;
    }
    if (Status s = m_syncState.setPullPosition(next); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    m_lastApplied = touched;
    if (!touched.isEmpty())
        Q_EMIT recordsChanged(touched);
    return {};
}

Scopes::Lookup LocalStore::cachedScopeLookup(QHash<QString, Result<QString>> &cache) const
{
    return [this, &cache](QLatin1StringView entity, const QString &id) -> Result<QString> {
        const QString key = OutboxRepository::recordKey(QString(entity), id);
        if (const auto it = cache.constFind(key); it != cache.cend())
            return *it;
        const Result<Record> parent = m_records.get(entity, id);
        Result<QString> scope =
            parent ? Scopes::scopeOf(*parent, cachedScopeLookup(cache)) : parent.error();
        cache.insert(key, scope);
        return scope;
    };
}

Status LocalStore::keepOnlyScopes(const QStringList &visible, ChangeSet &removed)
{
    QStringList sorted = visible;
    sorted.sort();
    sorted.removeDuplicates();
    const QString now = sorted.join(u'\n');
    const Result<QString> before = m_syncState.value(ScopesKey);
    if (!before)
        return before.error();
    if (*before == now)
        return {};
    if (Status s = m_syncState.setValue(ScopesKey, now); !s)
        return s;
    if (sorted.contains(u"all"_s))
        return {};
    const QSet<QString> keep(sorted.begin(), sorted.end());
    // Only gained scopes: nothing to remove. A replica that never kept its
    // scopes (new, or from before) is looked at once, whole.
    if (!before->isEmpty()) {
        const QStringList old = before->split(u'\n');
        if (std::all_of(old.begin(), old.end(),
                        [&](const QString &scope) { return keep.contains(scope); }))
            return {};
    }
    // First every record's scope, while the parents are all there; then the
    // removals.
    QHash<QString, Result<QString>> cache;
    const Scopes::Lookup lookup = cachedScopeLookup(cache);
    QList<std::pair<QString, QString>> gone;
    for (const EntitySpec &spec : entitySpecs()) {
        QStringList refs;
        for (const FieldSpec &f : spec.fields) {
            if (f.indexed || f.name == "scope"_L1)
                refs << QString(f.name);
        }
        const Result<QList<Record>> all = m_records.listOutline(spec.name, refs, {}, {}, {});
        if (!all)
            return all.error();
        for (const Record &r : *all) {
            const Result<QString> scope = Scopes::scopeOf(r, lookup);
            if (scope && !keep.contains(*scope))
                gone.append({r.entity, r.id});
        }
    }
    for (const auto &[entity, id] : std::as_const(gone)) {
        if (Status s = m_records.remove(entity, id); !s)
            return s;
        // A refused change discarded later must not bring it back.
        if (Status s = exec(m_db, u"DELETE FROM server_copy WHERE entity = ? AND record_id = ?"_s,
                            {entity, id});
            !s)
            return s;
        removed.add(entity, id);
    }
    if (!gone.isEmpty())
        qCInfo(lcLocalStore) << "removed" << gone.size()
                             << "records of scopes the member no longer sees";
    return {};
}

Result<OutboxEntry> LocalStore::outboxEntry(const QString &opId) const
{
    const Result<QList<OutboxEntry>> found = m_outbox.byOpId(opId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return makeError(ErrorCode::NotFound, u"no local change %1"_s.arg(opId));
    return found->first();
}

void LocalStore::notifyChanged(const ChangeSet &changes)
{
    if (!changes.isEmpty())
        Q_EMIT recordsChanged(changes);
}

Result<QMap<QString, ScopeDigest>> LocalStore::digest() const
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    // Parents' scopes, looked up once each (posts share few threads).
    QHash<QString, Result<QString>> parents;
    const Scopes::Lookup lookup = cachedScopeLookup(parents);
    DigestBuilder builder;
    for (const EntitySpec &spec : entitySpecs()) {
        const Result<QList<Record>> all = m_records.list(spec.name);
        if (!all)
            return all.error();
        for (const Record &r : *all) {
            const Result<QString> scope = Scopes::scopeOf(r, lookup);
            builder.add(scope ? *scope : u"?"_s, r);
        }
    }
    return builder.result();
}

Status LocalStore::acknowledge(const QString &opId, Taken taken)
{
    const Result<OutboxEntry> op = outboxEntry(opId);
    if (!op)
        return op.error().code == ErrorCode::NotFound ? Status() : Status(op.error());
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    if (Status s = m_outbox.remove(opId); !s)
        return s;
    // A new record kept aside never reached the server: it goes (a pull
    // brings nothing that would).
    const bool rebased = taken == Taken::KeptAside && op->kind == OutboxKind::Create;
    if (rebased) {
        if (Status s = rebase(op->entity, op->recordId); !s)
            return s;
    }
    if (Status s = dropServerCopyIfDone(op->entity, op->recordId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (rebased)
        Q_EMIT recordsChanged(ChangeSet(op->entity, op->recordId));
    Q_EMIT outboxChanged();
    return {};
}

Status LocalStore::reject(const QString &opId, const QString &reason, const QString &code)
{
    if (Status s = m_outbox.markRejected(opId, reason, code); !s)
        return s;
    Q_EMIT outboxChanged();
    return {};
}

Status LocalStore::retryOperation(const QString &opId)
{
    if (Status s = m_outbox.markPending(opId); !s)
        return s;
    Q_EMIT outboxChanged();
    return {};
}

Status LocalStore::discardOperation(const QString &opId)
{
    const Result<OutboxEntry> op = outboxEntry(opId);
    if (!op)
        return op.error();
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    if (Status s = m_outbox.remove(opId); !s)
        return s;
    if (Status s = rebase(op->entity, op->recordId); !s)
        return s;
    if (Status s = dropServerCopyIfDone(op->entity, op->recordId); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    Q_EMIT recordsChanged(ChangeSet(op->entity, op->recordId));
    Q_EMIT outboxChanged();
    return {};
}

} // namespace Core

#include "localstore.h"

#include "database.h"
#include "migrations.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QStandardPaths>
#include <QUuid>

#include <atomic>

Q_LOGGING_CATEGORY(lcLocalStore, "leadernet.core.localstore")

namespace Core {

using namespace Qt::StringLiterals;

LocalStore::LocalStore(QObject *parent)
    : QObject(parent)
{}

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
        Result<QSqlDatabase> db = openSqlite(path, name);
        if (!db)
            return db.error();
        m_db = db.value();
    }
    m_connectionName = name;
    if (Status s = ReplicaMigrations::migrate(m_db); !s) {
        close();
        return s;
    }
    m_path = path;
    m_records = RecordRepository(m_db);
    m_outbox = OutboxRepository(m_db);
    m_syncState = SyncStateRepository(m_db);
    m_search = SearchIndex(m_db);
    qCInfo(lcLocalStore) << "replica open:" << path;
    return {};
}

void LocalStore::close()
{
    if (m_connectionName.isEmpty())
        return;
    m_records = RecordRepository();
    m_outbox = OutboxRepository();
    m_syncState = SyncStateRepository();
    m_search = SearchIndex();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    m_path.clear();
}

Result<QString> LocalStore::writeLocal(const Record &record, OutboxKind kind,
                                       const QJsonObject &fields, const QString &authorId)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    if (QUuid::fromString(authorId).isNull())
        return makeError(ErrorCode::Invalid, u"a local change needs its author"_s);

    OutboxEntry entry;
    entry.opId = newRecordId();
    entry.authorId = authorId;
    entry.entity = record.entity;
    entry.recordId = record.id;
    entry.kind = kind;
    entry.fields = fields;
    entry.baseRevision = record.revision;
    entry.createdAt = record.updatedAt;

    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    Status written = kind == OutboxKind::Delete ? m_records.remove(record.entity, record.id)
                                                : m_records.upsert(record);
    if (!written)
        return written.error();
    if (Status s = m_outbox.append(entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    Q_EMIT recordsChanged({record.entity});
    return entry.opId;
}

Result<QString> LocalStore::createRecord(Record record, const QString &authorId)
{
    if (record.id.isEmpty())
        record.id = newRecordId();
    record.revision = 0;
    record.updatedAt = nowUtc();
    record.updatedBy = authorId;
    if (Status s = validateRecord(record); !s)
        return s.error();
    if (m_records.get(record.entity, record.id).ok())
        return makeError(ErrorCode::Invalid,
                         u"%1 %2 exists already"_s.arg(record.entity, record.id));
    return writeLocal(record, OutboxKind::Create, record.fields, authorId);
}

Result<QString> LocalStore::updateRecord(QAnyStringView entity, const QString &id,
                                         const QJsonObject &changedFields, const QString &authorId)
{
    Result<Record> current = m_records.get(entity, id);
    if (!current)
        return current.error();
    Record updated = current.value();
    for (auto it = changedFields.begin(); it != changedFields.end(); ++it)
        updated.fields.insert(it.key(), it.value());
    updated.updatedAt = nowUtc();
    updated.updatedBy = authorId;
    if (Status s = validateRecord(updated); !s)
        return s.error();
    return writeLocal(updated, OutboxKind::Patch, changedFields, authorId);
}

Result<QString> LocalStore::deleteRecord(QAnyStringView entity, const QString &id,
                                         const QString &authorId)
{
    Result<Record> current = m_records.get(entity, id);
    if (!current)
        return current.error();
    Record gone = current.value();
    gone.updatedAt = nowUtc();
    return writeLocal(gone, OutboxKind::Delete, {}, authorId);
}

Status LocalStore::rebasePending(const QString &entity, const QString &id)
{
    const Result<QList<OutboxEntry>> pending = m_outbox.forRecord(entity, id);
    if (!pending)
        return pending.error();
    for (const OutboxEntry &op : *pending) {
        if (op.kind == OutboxKind::Delete) {
            if (Status s = m_records.remove(entity, id); !s)
                return s;
            continue;
        }
        Result<Record> current = m_records.get(entity, id);
        if (!current)
            continue;
        Record r = current.value();
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
            r.fields.insert(it.key(), it.value());
        if (Status s = m_records.upsert(r); !s)
            return s;
    }
    return {};
}

Status LocalStore::applyPulled(const QList<Record> &records, const QList<Tombstone> &tombstones,
                               qint64 cursor)
{
    if (!isOpen())
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not open"_s);
    QSet<QString> touched;
    SqlTransaction tx(m_db);
    if (!tx.active())
        return makeError(ErrorCode::Query, u"cannot begin a transaction"_s);
    // One look at the outbox per page, not one per pulled record: most pulled
    // records have no local edit waiting.
    const Result<QSet<QString>> withLocalEdits = m_outbox.recordKeys();
    if (!withLocalEdits)
        return withLocalEdits.error();
    for (const Record &record : records) {
        if (Status s = m_records.upsert(record); !s)
            return s;
        if (withLocalEdits->contains(OutboxRepository::recordKey(record.entity, record.id))) {
            if (Status s = rebasePending(record.entity, record.id); !s)
                return s;
        }
        touched.insert(record.entity);
    }
    for (const Tombstone &t : tombstones) {
        if (Status s = m_records.remove(t.entity, t.id); !s)
            return s;
        touched.insert(t.entity);
    }
    if (Status s = m_syncState.setCursor(cursor); !s)
        return s;
    if (Status s = tx.commit(); !s)
        return s;
    if (!touched.isEmpty())
        Q_EMIT recordsChanged(QStringList(touched.begin(), touched.end()));
    return {};
}

} // namespace Core

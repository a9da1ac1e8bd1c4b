#include "serverstore.h"

#include "database.h"
#include "entityschema.h"
#include "servermigrations.h"
#include "storewriter.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlQuery>

#include <atomic>

Q_LOGGING_CATEGORY(lcServerStore, "leadernet.server.store")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

std::atomic<quint64> s_instances{0};
std::atomic<quint64> s_connections{0};

QString placeholders(qsizetype count)
{
    QString out;
    for (qsizetype i = 0; i < count; ++i)
        out += i == 0 ? u"?"_s : u", ?"_s;
    return out;
}

// Narrows `sql` (a WHERE clause so far) to records of `scopes`.
void onlyScopes(QString &sql, QVariantList &values, const QStringList &scopes)
{
    sql += u" AND scope IN (%1)"_s.arg(placeholders(scopes.size()));
    for (const QString &scope : scopes)
        values << scope;
}

} // namespace

ServerStore::ServerStore(QString sqlitePath)
    : ServerStore(StoreLocation::sqlite(std::move(sqlitePath)))
{}

ServerStore::ServerStore(StoreLocation location)
    : m_location(std::move(location))
    , m_instance(++s_instances)
{}

ServerStore::~ServerStore()
{
    // Called once the HTTP threads are gone: no connection is in use any more.
    // Statements and handles go before their connections are removed.
    const QMutexLocker lock(&m_connectionsMutex);
    QStringList names;
    for (const std::unique_ptr<Connection> &c : m_connections)
        names << c->name;
    m_connections.clear();
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

QString ServerStore::fileIn(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"server.sqlite"_s);
}

Core::Status ServerStore::open()
{
    const Core::Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    return ServerMigrations::migrate(*db, m_location.dialect);
}

Core::Result<ServerStore::Connection *> ServerStore::threadConnection()
{
    // One connection per (thread, store), owned by the store and remembered
    // per thread (store instances are numbered, never reused).
    thread_local QHash<quint64, Connection *> mine;
    if (Connection *c = mine.value(m_instance)) {
        if (c->statements->connectionLost() && !c->statements->isHeld()) {
            if (Core::Status s = reopen(*c); !s)
                return s.error();
        }
        return c;
    }
    const QString name = u"leadernet-server-%1-%2"_s.arg(m_instance).arg(++s_connections);
    Core::Result<QSqlDatabase> db = Dialect::open(m_location, name);
    if (!db)
        return db.error();
    auto c =
        std::make_unique<Connection>(Connection{name, *db, std::make_unique<StatementCache>(*db)});
    Connection *raw = c.get();
    mine.insert(m_instance, raw);
    const QMutexLocker lock(&m_connectionsMutex);
    m_connections.push_back(std::move(c));
    return raw;
}

Core::Status ServerStore::reopen(Connection &c)
{
    // Nothing else holds the old connection: statements first, then the handle.
    c.statements = std::make_unique<StatementCache>(QSqlDatabase());
    c.statements->setConnectionLost(); // until a new one is open
    c.db = QSqlDatabase();
    QSqlDatabase::removeDatabase(c.name);
    Core::Result<QSqlDatabase> db = Dialect::open(m_location, c.name);
    if (!db) {
        // Tried again at the next call.
        qCWarning(lcServerStore) << "cannot reopen the store:" << db.error().detail;
        return db.error();
    }
    c.db = *db;
    c.statements = std::make_unique<StatementCache>(*db);
    qCInfo(lcServerStore) << "reopened the connection to the store";
    return {};
}

Core::Result<QSqlDatabase> ServerStore::connection()
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    return (*c)->db;
}

Core::Result<StatementCache *> ServerStore::statements()
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    return (*c)->statements.get();
}

Core::Result<std::unique_ptr<StoreWriter>> ServerStore::beginWrite()
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    auto writer = std::make_unique<StoreWriter>((*c)->db, m_location.dialect, *(*c)->statements);
    if (Core::Status s = writer->begin(&m_writers, WriteWait); !s)
        return s.error();
    return writer;
}

Core::Result<std::unique_ptr<StoreWriter>> ServerStore::reader()
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    return std::make_unique<StoreWriter>((*c)->db, m_location.dialect, *(*c)->statements);
}

Core::Status ServerStore::writeAlone(const QString &sql, const QVariantList &values)
{
    const Core::Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    if (!m_writers.lockUntil(std::chrono::steady_clock::now() + WriteWait))
        return StoreWriter::busy();
    const auto unlock = qScopeGuard([this] { m_writers.unlock(); });
    return Core::exec(*db, sql, values);
}

Core::Result<bool> ServerStore::hasMembers()
{
    const Core::Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    QSqlQuery q(*db);
    if (Core::Status s = Core::exec(q, u"SELECT (SELECT count(*) FROM accounts) + (SELECT "
                                       "count(*) FROM records WHERE entity = 'member')"_s);
        !s) {
        return s.error();
    }
    return q.next() && q.value(0).toLongLong() > 0;
}

Core::Result<std::optional<Core::Record>> ServerStore::record(const QString &entity,
                                                              const QString &id)
{
    const Core::Result<std::unique_ptr<StoreWriter>> reader = this->reader();
    if (!reader)
        return reader.error();
    return (*reader)->record(entity, id);
}

Core::Result<QList<Authorization::GrantRow>> ServerStore::grantedTo(const QStringList &grantees)
{
    const Core::Result<StatementCache *> statements = this->statements();
    if (!statements)
        return statements.error();
    QVariantList values;
    for (const QString &g : grantees)
        values << g;
    const Core::Result<CachedQuery> q =
        (*statements)
            ->run(u"SELECT grantee, scope, min(seq) FROM grants WHERE grantee IN (%1) "
                  "GROUP BY grantee, scope"_s.arg(placeholders(grantees.size())),
                  values);
    if (!q)
        return q.error();
    QList<Authorization::GrantRow> rows;
    while ((*q)->next())
        rows << Authorization::GrantRow{(*q)->value(0).toString(), (*q)->value(1).toString(),
                                        (*q)->value(2).toLongLong()};
    return rows;
}

Core::Result<Authorization::Visibility> ServerStore::visibilityOf(const QString &memberId)
{
    const Core::Result<std::optional<Core::Record>> member =
        record(QString(Core::Entity::Member), memberId);
    if (!member)
        return member.error();
    if (!member->has_value())
        return makeError(ErrorCode::Forbidden, u"the account has no member record"_s);
    return Authorization::visibilityOf(
        **member, [this](const QStringList &grantees) { return grantedTo(grantees); });
}

namespace {

Core::Record recordFromRow(const QSqlQuery &q, const QString &fields = {}, bool parseFields = true)
{
    // Columns: entity, id, seq, fields, updated_at, updated_by.
    Core::Record r;
    r.entity = q.value(0).toString();
    r.id = q.value(1).toString();
    r.revision = q.value(2).toLongLong();
    if (parseFields) {
        r.fields =
            QJsonDocument::fromJson((fields.isNull() ? q.value(3).toString() : fields).toUtf8())
                .object();
    }
    r.updatedAt = q.value(4).toString();
    r.updatedBy = q.value(5).toString();
    return r;
}

// Adds the record of the query's row to `page`, its fields parsed or as stored.
void addRecord(Sync::Protocol::PullPage &page, const QSqlQuery &q, const QString &fields,
               ServerStore::Fields form)
{
    const bool parse = form == ServerStore::Fields::Parsed;
    page.records << recordFromRow(q, fields, parse);
    if (form == ServerStore::Fields::Stored)
        page.storedFields << fields.toUtf8();
}

} // namespace

Core::Result<Sync::Protocol::PullPage>
ServerStore::pull(const Authorization::Visibility &visibility, qint64 after, int limit)
{
    return pull(visibility, Core::PullPosition{after, after, 0, 0}, limit, Fields::Parsed);
}

Core::Result<Sync::Protocol::PullPage>
ServerStore::pull(const Authorization::Visibility &visibility, const Core::PullPosition &position,
                  int limit, Fields form)
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    const QSqlDatabase &db = (*c)->db;
    StatementCache &statements = *(*c)->statements;
    // One read transaction: the page and the log's end come from one snapshot.
    if (Core::Status s = Dialect::beginSnapshot(db, m_location.dialect); !s)
        return s.error();
    const auto endSnapshot = qScopeGuard([&db] {
        if (Core::Status s = Dialect::execute(db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerStore) << "cannot end the read transaction:" << s.error().detail;
    });
    const qint64 after = position.after;
    // The fields are the bulk of what a page reads: none at all for a count.
    const QString fieldsColumn = form == Fields::Omitted ? u"''"_s : u"fields"_s;
    Sync::Protocol::PullPage page;
    page.cursor = after;
    qint64 logEnd = after;
    {
        const Core::Result<CachedQuery> q =
            statements.run(u"SELECT coalesce(max(seq), 0) FROM records"_s);
        if (!q)
            return q.error();
        if ((*q)->next())
            logEnd = std::max(after, (*q)->value(0).toLongLong());
    }
    qint64 complete = std::max(position.grantedAfter, after);
    page.grantedAfter = std::min(complete, logEnd);

    // Scopes gained after `complete`: their records up to `after` first (for
    // a member made admin, every record).
    {
        const qint64 through = position.backfillThrough > 0 ? position.backfillThrough : logEnd;
        const qint64 backfillAfter = position.backfillThrough > 0 ? position.backfillAfter : 0;
        QStringList gained;
        for (auto it = visibility.grantedAt.begin(); it != visibility.grantedAt.end(); ++it) {
            if (it.value() > complete && it.value() <= through)
                gained << it.key();
        }
        if (!gained.isEmpty()) {
            const bool all = gained.contains(Authorization::AllScopes);
            QVariantList values{after, backfillAfter};
            QString sql = u"SELECT entity, id, seq, %1, updated_at, updated_by FROM records "
                          "WHERE deleted = 0 AND seq <= ? AND seq > ?"_s.arg(fieldsColumn);
            if (!all)
                onlyScopes(sql, values, gained);
            sql += u" ORDER BY seq LIMIT ?"_s;
            values << limit + 1;
            const Core::Result<CachedQuery> q = statements.run(sql, values);
            if (!q)
                return q.error();
            int rows = 0;
            qint64 last = backfillAfter;
            bool more = false;
            qsizetype bytes = 0;
            while ((*q)->next()) {
                if (++rows > limit || bytes >= Sync::Protocol::MaxPageBytes) {
                    more = true;
                    break;
                }
                const QString fields = (*q)->value(3).toString();
                bytes += fields.size();
                addRecord(page, **q, fields, form);
                last = page.records.constLast().revision;
            }
            if (!page.records.isEmpty()) {
                page.hasMore = true; // the log after `after` comes next in any case
                if (more) {
                    page.backfillAfter = last;
                    page.backfillThrough = through;
                } else {
                    page.grantedAfter = through;
                }
                return page;
            }
            // Nothing older to send (a first sync): straight on with the log.
            complete = through;
        }
    }

    if (after >= logEnd) {
        // Nothing was written after the cursor: the common sync, one query less.
        page.cursor = logEnd;
        page.grantedAfter = std::max(std::min(complete, logEnd), page.cursor);
        return page;
    }
    QString sql = u"SELECT entity, id, seq, %1, updated_at, updated_by, deleted FROM records "
                  "WHERE seq > ?"_s.arg(fieldsColumn);
    QVariantList values{after};
    if (!visibility.everything)
        onlyScopes(sql, values, visibility.scopes);
    sql += u" ORDER BY seq LIMIT ?"_s;
    values << limit + 1;
    {
        const Core::Result<CachedQuery> q = statements.run(sql, values);
        if (!q)
            return q.error();
        int rows = 0;
        qsizetype bytes = 0;
        while ((*q)->next()) {
            if (++rows > limit || bytes >= Sync::Protocol::MaxPageBytes) {
                page.hasMore = true;
                break;
            }
            const QString fields = (*q)->value(3).toString();
            bytes += fields.size();
            const qint64 seq = (*q)->value(2).toLongLong();
            page.cursor = seq;
            if ((*q)->value(6).toInt() != 0) {
                page.tombstones << Core::Tombstone{(*q)->value(0).toString(),
                                                   (*q)->value(1).toString(), seq};
                continue;
            }
            addRecord(page, **q, fields, form);
        }
    }
    if (!page.hasMore)
        page.cursor = logEnd;
    page.grantedAfter = std::max(std::min(complete, logEnd), page.cursor);
    return page;
}

Core::Result<Sync::Protocol::PullEstimate>
ServerStore::estimate(const Authorization::Visibility &visibility,
                      const Core::PullPosition &position)
{
    const Core::Result<Connection *> c = threadConnection();
    if (!c)
        return c.error();
    StatementCache &statements = *(*c)->statements;
    qint64 changes = 0;
    qint64 jsonBytes = 0;
    // `scopes` narrows the query unless it is nullptr (every scope).
    const auto add = [&](QString sql, QVariantList values,
                         const QStringList *scopes) -> Core::Status {
        if (scopes)
            onlyScopes(sql, values, *scopes);
        const Core::Result<CachedQuery> q = statements.run(sql, values);
        if (!q)
            return q.error();
        if ((*q)->next()) {
            changes += (*q)->value(0).toLongLong();
            jsonBytes += (*q)->value(1).toLongLong();
        }
        return {};
    };
    // Gained scopes not yet backfilled: their live records up to `after`.
    const qint64 complete = std::max(position.grantedAfter, position.after);
    QStringList gained;
    for (auto it = visibility.grantedAt.begin(); it != visibility.grantedAt.end(); ++it) {
        if (it.value() > complete)
            gained << it.key();
    }
    if (!gained.isEmpty()) {
        const bool all = gained.contains(Authorization::AllScopes);
        const qint64 from = position.backfillThrough > 0 ? position.backfillAfter : 0;
        if (Core::Status s = add(u"SELECT count(*), coalesce(sum(length(fields)), 0) FROM records "
                                 "WHERE deleted = 0 AND seq <= ? AND seq > ?"_s,
                                 {position.after, from}, all ? nullptr : &gained);
            !s) {
            return s.error();
        }
    }
    if (Core::Status s =
            add(u"SELECT count(*), coalesce(sum(length(fields)), 0) FROM records "
                "WHERE seq > ?"_s,
                {position.after}, visibility.everything ? nullptr : &visibility.scopes);
        !s) {
        return s.error();
    }
    // Each record also carries its entity, id, revision and authorship.
    constexpr qint64 RecordOverhead = 160;
    return Sync::Protocol::PullEstimate{changes, (jsonBytes + changes * RecordOverhead) /
                                                     Sync::Protocol::EstimatedCompressionRatio};
}

Core::Result<Sync::Protocol::DigestResponse>
ServerStore::digest(const Authorization::Visibility &visibility)
{
    const Core::Result<QSqlDatabase> db = connection();
    if (!db)
        return db.error();
    if (Core::Status s = Dialect::beginSnapshot(*db, m_location.dialect); !s)
        return s.error();
    const auto endSnapshot = qScopeGuard([&db] {
        if (Core::Status s = Dialect::execute(*db, u"ROLLBACK"_s); !s)
            qCWarning(lcServerStore) << "cannot end the read transaction:" << s.error().detail;
    });
    Sync::Protocol::DigestResponse out;
    {
        QSqlQuery q(*db);
        if (Core::Status s = Core::exec(q, u"SELECT coalesce(max(seq), 0) FROM records"_s); !s)
            return s.error();
        if (q.next())
            out.cursor = q.value(0).toLongLong();
    }
    QString sql = u"SELECT entity, id, seq, fields, updated_at, updated_by, scope FROM records "
                  "WHERE deleted = 0"_s;
    QVariantList values;
    if (!visibility.everything)
        onlyScopes(sql, values, visibility.scopes);
    QSqlQuery q(*db);
    q.setForwardOnly(true);
    if (Core::Status s = Core::exec(q, sql, values); !s)
        return s.error();
    Core::DigestBuilder builder;
    while (q.next())
        builder.add(q.value(6).toString(), recordFromRow(q));
    out.scopes = builder.result();
    return out;
}

} // namespace Server

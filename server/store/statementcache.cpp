#include "statementcache.h"

#include "database.h"

#include <QLoggingCategory>
#include <QSqlError>

#include <utility>

Q_LOGGING_CATEGORY(lcServerStatements, "leadernet.server.statements")

namespace Server {

using namespace Qt::StringLiterals;

CachedQuery::CachedQuery(CachedQuery &&other) noexcept
    : m_query(std::exchange(other.m_query, nullptr))
    , m_inUse(std::exchange(other.m_inUse, nullptr))
    , m_owned(std::move(other.m_owned))
{}

CachedQuery::~CachedQuery()
{
    if (!m_query)
        return;
    m_query->finish();
    if (m_inUse)
        *m_inUse = false;
}

StatementCache::StatementCache(QSqlDatabase db)
    : m_db(std::move(db))
{}

StatementCache::~StatementCache() = default;

Core::Result<CachedQuery> StatementCache::run(const QString &sql, const QVariantList &values)
{
    const auto bindAndRun = [this, &values](QSqlQuery &q) -> Core::Status {
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return failed(Core::queryError(q));
        return {};
    };
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && it->second.inUse) {
        auto once = std::make_unique<QSqlQuery>(m_db);
        once->setForwardOnly(true);
        if (!once->prepare(sql))
            return failed(Core::queryError(*once));
        if (Core::Status s = bindAndRun(*once); !s)
            return s.error();
        return CachedQuery(std::move(once));
    }
    if (it == m_statements.end()) {
        if (m_statements.size() >= MaxStatements)
            dropIdle();
        auto q = std::make_unique<QSqlQuery>(m_db);
        q->setForwardOnly(true);
        if (!q->prepare(sql))
            return failed(Core::queryError(*q));
        it = m_statements.emplace(sql, Entry{std::move(q), false}).first;
    }
    Entry &entry = it->second;
    if (Core::Status s = bindAndRun(*entry.query); !s) {
        entry.query->finish();
        return s.error();
    }
    entry.inUse = true;
    return CachedQuery(entry.query.get(), &entry.inUse);
}

Core::Error StatementCache::failed(Core::Error error)
{
    if (m_lost)
        return error;
    QSqlQuery probe(m_db);
    // SQLSTATE 25P02: a PostgreSQL transaction that an earlier error aborted,
    // on a connection that is fine.
    if (!probe.exec(u"SELECT 1"_s) && probe.lastError().nativeErrorCode() != u"25P02"_s) {
        m_lost = true;
        qCWarning(lcServerStatements).noquote()
            << u"the connection to the store is lost (%1); a new one will be opened"_s.arg(
                   probe.lastError().text());
    }
    return error;
}

void StatementCache::dropIdle()
{
    for (auto it = m_statements.begin(); it != m_statements.end();) {
        if (it->second.inUse)
            ++it;
        else
            it = m_statements.erase(it);
    }
}

} // namespace Server

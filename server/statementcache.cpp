#include "statementcache.h"

#include "database.h"

#include <utility>

namespace Server {

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
    const auto bindAndRun = [&values](QSqlQuery &q) -> Core::Status {
        for (qsizetype i = 0; i < values.size(); ++i)
            q.bindValue(int(i), values.at(i));
        if (!q.exec())
            return Core::queryError(q);
        return {};
    };
    auto it = m_statements.find(sql);
    if (it != m_statements.end() && it->second.inUse) {
        auto once = std::make_unique<QSqlQuery>(m_db);
        once->setForwardOnly(true);
        if (!once->prepare(sql))
            return Core::queryError(*once);
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
            return Core::queryError(*q);
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

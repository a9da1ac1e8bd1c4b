#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <memory>
#include <unordered_map>

namespace Server {

// A statement run by StatementCache::run(), positioned before its first row.
// When it goes it is finish()ed: a read left half done must not keep SQLite's
// snapshot open on the connection, and the statement is free to run again.
class CachedQuery final
{
public:
    CachedQuery(QSqlQuery *query, bool *inUse)
        : m_query(query)
        , m_inUse(inUse)
    {}
    explicit CachedQuery(std::unique_ptr<QSqlQuery> owned)
        : m_query(owned.get())
        , m_owned(std::move(owned))
    {}
    CachedQuery(CachedQuery &&other) noexcept;
    CachedQuery &operator=(CachedQuery &&) = delete;
    Q_DISABLE_COPY(CachedQuery)
    ~CachedQuery();

    QSqlQuery *operator->() const { return m_query; }
    QSqlQuery &operator*() const { return *m_query; }

private:
    QSqlQuery *m_query = nullptr;
    bool *m_inUse = nullptr;
    std::unique_ptr<QSqlQuery> m_owned; // a one-off: its text was busy already
};

// The prepared statements of one connection, kept while the connection lives:
// a statement is parsed once per connection, not once per request, and on
// PostgreSQL (QPSQL prepares with PREPARE and drops with DEALLOCATE, a round
// trip each) a request costs one round trip per statement instead of three.
// Belongs to the connection's thread, like the connection.
class StatementCache final
{
public:
    explicit StatementCache(QSqlDatabase db);
    ~StatementCache();
    Q_DISABLE_COPY_MOVE(StatementCache)

    // Binds `values` to `sql`'s placeholders in order and runs it. A text
    // whose statement is still being read (a query inside a loop over the same
    // query) runs as a one-off statement instead.
    Core::Result<CachedQuery> run(const QString &sql, const QVariantList &values = {});

    qsizetype size() const { return qsizetype(m_statements.size()); }

    // Whether a failed statement found the connection itself gone (the
    // database restarted, or dropped it): its owner opens a new one, once
    // nobody holds this one (see hold()).
    bool connectionLost() const { return m_lost; }
    void setConnectionLost() { m_lost = true; }
    // A write transaction uses the connection from hold() to release().
    void hold() { ++m_holds; }
    void release() { --m_holds; }
    bool isHeld() const { return m_holds > 0; }

private:
    struct Entry {
        std::unique_ptr<QSqlQuery> query;
        bool inUse = false;
    };
    // Texts differ with the length of IN lists; past this many statements the
    // idle ones go, so a connection's statements stay bounded.
    static constexpr size_t MaxStatements = 256;

    void dropIdle();
    // Returns `error`, noting first whether the connection still answers.
    Core::Error failed(Core::Error error);

    QSqlDatabase m_db;
    bool m_lost = false;
    int m_holds = 0;
    std::unordered_map<QString, Entry> m_statements;
};

} // namespace Server

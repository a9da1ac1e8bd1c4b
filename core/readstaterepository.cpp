#include "readstaterepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Core {

using namespace Qt::StringLiterals;

ReadStateRepository::ReadStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QHash<QString, int>> ReadStateRepository::unreadByThread(const QString &memberId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q,
                        u"SELECT p.thread_id, count(*) FROM post p "
                        "LEFT JOIN thread_seen s ON s.thread_id = p.thread_id "
                        "WHERE coalesce(p.author_id, '') <> ? AND p.revision > 0 "
                        "AND p.updated_at > coalesce(s.seen_through, "
                        "(SELECT value FROM sync_state WHERE key = ?), '') "
                        "GROUP BY p.thread_id"_s,
                        {memberId, DefaultKey});
        !s) {
        return s.error();
    }
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Result<QHash<QString, int>> ReadStateRepository::postsByThread() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q, u"SELECT thread_id, count(*) FROM post GROUP BY thread_id"_s); !s)
        return s.error();
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

Result<QString> ReadStateRepository::seenThrough(const QString &threadId) const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q,
                        u"SELECT coalesce((SELECT seen_through FROM thread_seen WHERE "
                        "thread_id = ?), (SELECT value FROM sync_state WHERE key = ?), '')"_s,
                        {threadId, DefaultKey});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toString() : QString();
}

Status ReadStateRepository::markSeen(const QString &threadId)
{
    return exec(m_db,
                u"INSERT INTO thread_seen (thread_id, seen_through) "
                "SELECT ?, coalesce(max(updated_at), '') FROM post WHERE thread_id = ? "
                "ON CONFLICT (thread_id) DO UPDATE SET seen_through = "
                "max(thread_seen.seen_through, excluded.seen_through)"_s,
                {threadId, threadId});
}

Status ReadStateRepository::setDefaultIfUnset()
{
    return exec(m_db,
                u"INSERT INTO sync_state (key, value) SELECT ?, coalesce(max(updated_at), '') "
                "FROM post WHERE revision > 0 ON CONFLICT (key) DO NOTHING"_s,
                {DefaultKey});
}

} // namespace Core

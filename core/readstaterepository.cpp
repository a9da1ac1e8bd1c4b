#include "readstaterepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace Core {

using namespace Qt::StringLiterals;

ReadStateRepository::ReadStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

namespace {

// " AND p.thread_id IN (?, …)" and its values, or nothing for all threads.
QString threadFilter(const QString &column, const QStringList &threads, QVariantList &values)
{
    if (threads.isEmpty())
        return {};
    for (const QString &t : threads)
        values << t;
    return u" AND %1 IN (%2)"_s.arg(column, QStringList(threads.size(), u"?"_s).join(u','));
}

Result<QHash<QString, int>> counts(QSqlQuery &q)
{
    QHash<QString, int> out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toInt());
    return out;
}

} // namespace

Result<QHash<QString, int>> ReadStateRepository::unreadByThread(const QString &memberId,
                                                                const QStringList &threads) const
{
    // Thread by thread, only the posts after the thread's reading mark, by
    // the (thread_id, updated_at) index: the read posts (nearly all of a
    // large replica) are never visited, nor any post's text.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList values{memberId, DefaultKey};
    const QString only = threadFilter(u"t.id"_s, threads, values);
    if (Status s = exec(q,
                        u"SELECT t.id, (SELECT count(*) FROM post p WHERE p.thread_id = t.id "
                        "AND p.updated_at > coalesce(s.seen_through, d.seen, '') "
                        "AND p.revision > 0 AND coalesce(p.author_id, '') <> ?) "
                        "FROM thread t LEFT JOIN thread_seen s ON s.thread_id = t.id, "
                        "(SELECT (SELECT value FROM sync_state WHERE key = ?) AS seen) d "
                        "WHERE 1 = 1%1"_s.arg(only),
                        values);
        !s) {
        return s.error();
    }
    QHash<QString, int> out;
    while (q.next()) {
        if (const int n = q.value(1).toInt(); n > 0)
            out.insert(q.value(0).toString(), n);
    }
    return out;
}

Result<QHash<QString, int>> ReadStateRepository::postsByThread(const QStringList &threads) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QVariantList values;
    const QString only = threadFilter(u"thread_id"_s, threads, values);
    if (Status s = exec(
            q, u"SELECT thread_id, count(*) FROM post WHERE 1 = 1%1 GROUP BY thread_id"_s.arg(only),
            values);
        !s)
        return s.error();
    return counts(q);
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

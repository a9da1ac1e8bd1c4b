#include "draftrepository.h"

#include "database.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace Core {

using namespace Qt::StringLiterals;

DraftRepository::DraftRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<std::optional<Draft>> DraftRepository::get(const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s =
            exec(q, u"SELECT fields, author_id, updated_at FROM draft WHERE key = ?"_s, {key});
        !s) {
        return s.error();
    }
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(
        Draft{key, QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object(),
              q.value(1).toString(), q.value(2).toString()});
}

Status DraftRepository::put(const Draft &d)
{
    const DurableCommits durable(m_db); // a draft kept is text the person typed
    return exec(m_db,
                u"INSERT INTO draft (key, fields, author_id, updated_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (key) DO UPDATE SET fields = excluded.fields, "
                "author_id = excluded.author_id, updated_at = excluded.updated_at"_s,
                {d.key, QString::fromUtf8(QJsonDocument(d.fields).toJson(QJsonDocument::Compact)),
                 d.authorId, d.updatedAt});
}

Status DraftRepository::remove(const QString &key)
{
    return exec(m_db, u"DELETE FROM draft WHERE key = ?"_s, {key});
}

Result<QStringList> DraftRepository::keys(const QString &prefix) const
{
    QSqlQuery q(m_db);
    // A range on the key (its index), not LIKE: the prefix is taken as it is.
    if (Status s = exec(q, u"SELECT key FROM draft WHERE key >= ? AND key < ? ORDER BY key"_s,
                        {prefix, QString(prefix + QChar(0xFFFF))});
        !s) {
        return s.error();
    }
    QStringList keys;
    while (q.next())
        keys << q.value(0).toString();
    return keys;
}

} // namespace Core

#include "syncstaterepository.h"

#include "database.h"

#include <QSqlQuery>

namespace Core {

using namespace Qt::StringLiterals;

SyncStateRepository::SyncStateRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Result<QString> SyncStateRepository::value(const QString &key) const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT value FROM sync_state WHERE key = ?"_s, {key}); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncStateRepository::setValue(const QString &key, const QString &value)
{
    return exec(m_db,
                u"INSERT INTO sync_state (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                {key, value});
}

Result<qint64> SyncStateRepository::cursor() const
{
    const Result<QString> v = value(CursorKey);
    if (!v)
        return v.error();
    return v->toLongLong();
}

Status SyncStateRepository::setCursor(qint64 cursor)
{
    return setValue(CursorKey, QString::number(cursor));
}

Result<PullPosition> SyncStateRepository::pullPosition() const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q, u"SELECT key, value FROM sync_state WHERE key IN (?, ?, ?, ?)"_s,
                        {CursorKey, GrantedAfterKey, BackfillAfterKey, BackfillThroughKey});
        !s) {
        return s.error();
    }
    PullPosition p;
    while (q.next()) {
        const QString key = q.value(0).toString();
        const qint64 v = q.value(1).toLongLong();
        if (key == CursorKey)
            p.after = v;
        else if (key == GrantedAfterKey)
            p.grantedAfter = v;
        else if (key == BackfillAfterKey)
            p.backfillAfter = v;
        else
            p.backfillThrough = v;
    }
    return p;
}

Status SyncStateRepository::setPullPosition(const PullPosition &p)
{
    const std::pair<const QString &, qint64> values[] = {{CursorKey, p.after},
                                                         {GrantedAfterKey, p.grantedAfter},
                                                         {BackfillAfterKey, p.backfillAfter},
                                                         {BackfillThroughKey, p.backfillThrough}};
    for (const auto &[key, value] : values) {
        if (Status s = setValue(key, QString::number(value)); !s)
            return s;
    }
    return {};
}

} // namespace Core

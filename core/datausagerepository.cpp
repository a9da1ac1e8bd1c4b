#include "datausagerepository.h"

#include "database.h"

#include <QSqlQuery>
#include <QVariantList>

namespace Core {

using namespace Qt::StringLiterals;

DataUsageRepository::DataUsageRepository(QSqlDatabase db)
    : m_db(std::move(db))
{}

Status DataUsageRepository::add(const QDate &day, qint64 sent, qint64 received)
{
    if (sent <= 0 && received <= 0)
        return {};
    QSqlQuery q(m_db);
    return exec(
        q,
        u"INSERT INTO data_usage (day, sent, received) VALUES (?, ?, ?) "
        "ON CONFLICT (day) DO UPDATE SET sent = sent + excluded.sent, "
        "received = received + excluded.received"_s,
        {day.toString(Qt::ISODate), std::max<qint64>(0, sent), std::max<qint64>(0, received)});
}

Result<QList<DataUsageRepository::Day>> DataUsageRepository::days(const QDate &first,
                                                                  const QDate &last) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s = exec(q,
                        u"SELECT day, sent, received FROM data_usage WHERE day BETWEEN ? AND ? "
                        "ORDER BY day"_s,
                        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        !s) {
        return s.error();
    }
    QList<Day> out;
    while (q.next()) {
        out.append(Day{QDate::fromString(q.value(0).toString(), Qt::ISODate),
                       q.value(1).toLongLong(), q.value(2).toLongLong()});
    }
    return out;
}

Result<qint64> DataUsageRepository::total(const QDate &first, const QDate &last) const
{
    QSqlQuery q(m_db);
    if (Status s = exec(q,
                        u"SELECT coalesce(sum(sent + received), 0) FROM data_usage "
                        "WHERE day BETWEEN ? AND ?"_s,
                        {first.toString(Qt::ISODate), last.toString(Qt::ISODate)});
        !s) {
        return s.error();
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

} // namespace Core

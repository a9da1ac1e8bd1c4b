#pragma once

#include "result.h"

#include <QDate>
#include <QList>
#include <QSqlDatabase>

namespace Core {

// The bytes this computer's syncs moved, per day (the local calendar day),
// for the data-usage view and the daily and monthly data budgets. On this
// computer only, never synced.
class DataUsageRepository final
{
public:
    struct Day {
        QDate date;
        qint64 sent = 0;
        qint64 received = 0;
        qint64 total() const { return sent + received; }
    };

    explicit DataUsageRepository(QSqlDatabase db = {});

    Status add(const QDate &day, qint64 sent, qint64 received);
    // The days from `first` to `last` (both included) that moved anything,
    // oldest first.
    Result<QList<Day>> days(const QDate &first, const QDate &last) const;
    // Bytes both ways from `first` to `last`, both included.
    Result<qint64> total(const QDate &first, const QDate &last) const;

private:
    QSqlDatabase m_db;
};

} // namespace Core

#pragma once

#include "datausagerepository.h"

#include <QGroupBox>
#include <QList>

class QLabel;

namespace Sync {
class SyncScheduler;
}

namespace Ui {

// A small bar chart of the data used, one bar a day or a month, with the
// budget as a dashed line. Mirrored for right-to-left languages (the newest
// bar on the left). Focusable; its accessible description reads the figures.
class DataUsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataUsageChart)

public:
    struct Bar {
        QString label; // under the bar ("5", "Dec"), may be empty
        QString name;  // for screen readers ("5 December")
        qint64 bytes = 0;
    };

    explicit DataUsageChart(QWidget *parent = nullptr);

    void setBars(const QList<Bar> &bars, qint64 budget);
    const QList<Bar> &bars() const { return m_bars; }
    qint64 budget() const { return m_budget; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Bar> m_bars;
    qint64 m_budget = 0;
};

// "Data used" on the Sync page: today's and this month's bytes against the
// budgets, and two charts: the last 30 days and the last 6 months. Updates
// as syncs move data (the scheduler counts every byte).
class DataUsageView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DataUsageView)

public:
    explicit DataUsageView(Core::DataUsageRepository *usage, QWidget *parent = nullptr);

    void setScheduler(Sync::SyncScheduler *scheduler);
    void refresh();
    DataUsageChart *daysChart() const { return m_days; }
    DataUsageChart *monthsChart() const { return m_months; }

protected:
    void changeEvent(QEvent *event) override;

private:
    QString againstBudget(qint64 used, qint64 budget) const;

    Core::DataUsageRepository *m_usage;
    Sync::SyncScheduler *m_scheduler = nullptr;
    QLabel *m_today;
    QLabel *m_month;
    QLabel *m_daysHeading;
    DataUsageChart *m_days;
    QLabel *m_monthsHeading;
    DataUsageChart *m_months;
};

} // namespace Ui

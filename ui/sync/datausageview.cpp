#include "datausageview.h"

#include "recordtext.h"
#include "syncscheduler.h"

#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int DaysShown = 30;
constexpr int MonthsShown = 6;

} // namespace

DataUsageChart::DataUsageChart(QWidget *parent)
    : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus); // screen readers reach its description
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void DataUsageChart::setBars(const QList<Bar> &bars, qint64 budget)
{
    m_bars = bars;
    m_budget = budget;
    update();
}

QSize DataUsageChart::sizeHint() const
{
    return {320, fontMetrics().height() * 6};
}

QSize DataUsageChart::minimumSizeHint() const
{
    return {160, fontMetrics().height() * 5};
}

void DataUsageChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QFontMetrics fm = fontMetrics();
    const QRect plot = rect().adjusted(2, 2, -2, -(fm.height() + 4));
    p.fillRect(plot, pal.color(QPalette::Base));
    if (m_bars.isEmpty())
        return;
    qint64 top = m_budget;
    for (const Bar &b : m_bars)
        top = std::max(top, b.bytes);
    top = std::max<qint64>(top, 1);
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const double slot = double(plot.width()) / m_bars.size();
    const double barWidth = std::max(2.0, slot * 0.7);
    // Bar i's slot from the leading edge: oldest first in reading order.
    const auto slotLeft = [&](int i) {
        return rtl ? plot.right() + 1 - slot * (i + 1) : plot.left() + slot * i;
    };
    const QColor over = QColor(0xb0, 0x3a, 0x2e);
    for (int i = 0; i < m_bars.size(); ++i) {
        const Bar &b = m_bars[i];
        const double h = double(b.bytes) / double(top) * (plot.height() - 4);
        const QRectF bar(slotLeft(i) + (slot - barWidth) / 2, plot.bottom() - h, barWidth, h);
        const bool pastBudget = m_budget > 0 && b.bytes > m_budget;
        p.fillRect(bar, pastBudget ? over : pal.color(QPalette::Highlight));
        if (!b.label.isEmpty()) {
            const QRectF labelRect(slotLeft(i) - slot, plot.bottom() + 2, slot * 3, fm.height());
            p.setPen(pal.color(QPalette::Text));
            p.drawText(labelRect, Qt::AlignHCenter | Qt::AlignTop, b.label);
        }
    }
    if (m_budget > 0) {
        const double y = plot.bottom() - double(m_budget) / double(top) * (plot.height() - 4);
        QPen pen(pal.color(QPalette::Text), 1, Qt::DashLine);
        p.setPen(pen);
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
    }
    if (hasFocus()) {
        p.setPen(QPen(pal.color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

DataUsageView::DataUsageView(Core::DataUsageRepository *usage, QWidget *parent)
    : QGroupBox(parent)
    , m_usage(usage)
    , m_today(new QLabel)
    , m_month(new QLabel)
    , m_daysHeading(new QLabel)
    , m_days(new DataUsageChart)
    , m_monthsHeading(new QLabel)
    , m_months(new DataUsageChart)
{
    setObjectName(u"dataUsageView"_s);
    m_today->setObjectName(u"dataUsedToday"_s);
    m_month->setObjectName(u"dataUsedThisMonth"_s);
    m_days->setObjectName(u"dataUsageDays"_s);
    m_months->setObjectName(u"dataUsageMonths"_s);
    m_daysHeading->setBuddy(m_days);
    m_monthsHeading->setBuddy(m_months);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_today);
    layout->addWidget(m_month);
    layout->addWidget(m_daysHeading);
    layout->addWidget(m_days);
    layout->addWidget(m_monthsHeading);
    layout->addWidget(m_months);
    refresh();
}

void DataUsageView::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_scheduler = scheduler;
    if (scheduler) {
        connect(scheduler, &Sync::SyncScheduler::usageChanged, this, &DataUsageView::refresh);
        connect(scheduler, &Sync::SyncScheduler::statusChanged, this, &DataUsageView::refresh);
    }
    refresh();
}

QString DataUsageView::againstBudget(qint64 used, qint64 budget) const
{
    if (budget <= 0)
        return RecordText::dataSize(used);
    //: Data used against the budget: "1.2 MB of 5 MB".
    return tr("%1 of %2").arg(RecordText::dataSize(used), RecordText::dataSize(budget));
}

void DataUsageView::refresh()
{
    setTitle(tr("Data used"));
    m_daysHeading->setText(tr("Per day, last 30 days:"));
    m_monthsHeading->setText(tr("Per month, last 6 months:"));
    const QDate today = QDate::currentDate();
    const QLocale locale;
    qint64 dailyBudget = 0;
    qint64 monthlyBudget = 0;
    if (m_scheduler) {
        dailyBudget = m_scheduler->settings().dailyBudget;
        monthlyBudget = m_scheduler->settings().monthlyBudget;
    }
    const QDate firstMonth = QDate(today.year(), today.month(), 1).addMonths(1 - MonthsShown);
    const QDate first = std::min(today.addDays(1 - DaysShown), firstMonth);
    const Core::Result<QList<Core::DataUsageRepository::Day>> days = m_usage->days(first, today);
    QHash<QDate, qint64> perDay;
    QHash<QDate, qint64> perMonth;
    if (days) {
        for (const Core::DataUsageRepository::Day &d : *days) {
            perDay[d.date] += d.total();
            perMonth[QDate(d.date.year(), d.date.month(), 1)] += d.total();
        }
    }
    const qint64 thisMonth = perMonth.value(QDate(today.year(), today.month(), 1));
    m_today->setText(tr("Today: %1").arg(againstBudget(perDay.value(today), dailyBudget)));
    m_month->setText(tr("This month: %1").arg(againstBudget(thisMonth, monthlyBudget)));

    QList<DataUsageChart::Bar> dayBars;
    QStringList dayWords;
    for (int i = DaysShown - 1; i >= 0; --i) {
        const QDate d = today.addDays(-i);
        const qint64 bytes = perDay.value(d);
        // Every seventh day is labelled, ending with today.
        dayBars.append({i % 7 == 0 ? locale.toString(d.day()) : QString(),
                        locale.toString(d, QLocale::ShortFormat), bytes});
        if (bytes > 0)
            dayWords << tr("%1: %2").arg(locale.toString(d, QLocale::ShortFormat),
                                         RecordText::dataSize(bytes));
    }
    m_days->setBars(dayBars, dailyBudget);
    m_days->setAccessibleName(tr("Data used per day"));
    m_days->setAccessibleDescription(dayWords.isEmpty() ? tr("No data used in the last 30 days.")
                                                        : dayWords.join(u"; "_s));
    QList<DataUsageChart::Bar> monthBars;
    QStringList monthWords;
    for (int i = MonthsShown - 1; i >= 0; --i) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        const qint64 bytes = perMonth.value(m);
        monthBars.append({locale.standaloneMonthName(m.month(), QLocale::ShortFormat),
                          locale.standaloneMonthName(m.month()), bytes});
        monthWords << tr("%1: %2").arg(locale.standaloneMonthName(m.month()),
                                       RecordText::dataSize(bytes));
    }
    m_months->setBars(monthBars, monthlyBudget);
    m_months->setAccessibleName(tr("Data used per month"));
    m_months->setAccessibleDescription(monthWords.join(u"; "_s));
}

void DataUsageView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        refresh();
    QGroupBox::changeEvent(event);
}

} // namespace Ui

#include "timelineview.h"

#include "activitymodel.h"
#include "plandocument.h"
#include "recordtext.h"

#include <QAbstractItemModel>
#include <QLocale>
#include <QPaintEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <utility>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

QColor statusColor(const QString &status)
{
    const QString key = Editing::PlanDocument::canonicalStatus(status);
    if (key == u"in_progress")
        return {0x1e, 0x6f, 0xb0};
    if (key == u"done")
        return {0x2e, 0x7d, 0x32};
    if (key == u"delayed")
        return {0xd9, 0x6c, 0x00};
    if (key == u"dropped")
        return {0xbd, 0xbd, 0xbd};
    return {0x75, 0x75, 0x75}; // not started
}

constexpr qreal Gap = 6;

// The first and last dates of the bars (invalid when none has a date).
std::pair<QDate, QDate> span(const QList<TimelineBar> &bars)
{
    QDate first;
    QDate last;
    for (const TimelineBar &b : bars) {
        for (const QDate &d : {b.start, b.end}) {
            if (!d.isValid())
                continue;
            first = first.isValid() ? std::min(first, d) : d;
            last = last.isValid() ? std::max(last, d) : d;
        }
    }
    return {first, last};
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , m_today(QDate::currentDate())
{
    setObjectName(u"timeline"_s);
    setFocusPolicy(Qt::NoFocus);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void TimelineView::setModel(QAbstractItemModel *activities)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = activities;
    if (m_model) {
        connect(m_model, &QAbstractItemModel::modelReset, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::layoutChanged, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TimelineView::modelChanged);
        connect(m_model, &QAbstractItemModel::dataChanged, this, &TimelineView::modelChanged);
    }
    modelChanged();
}

void TimelineView::setToday(const QDate &today)
{
    m_today = today;
    update();
}

QList<TimelineBar> TimelineView::bars() const
{
    QList<TimelineBar> bars;
    if (!m_model)
        return bars;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        auto cell = [&](int column, int role) {
            return m_model->index(row, column).data(role);
        };
        bars.append({cell(ActivityModel::WhatColumn, Qt::DisplayRole).toString(),
                     cell(ActivityModel::ResponsibleColumn, Qt::EditRole).toString().isEmpty()
                         ? QString()
                         : cell(ActivityModel::ResponsibleColumn, Qt::DisplayRole).toString(),
                     cell(ActivityModel::StartColumn, Qt::EditRole).toDate(),
                     cell(ActivityModel::EndColumn, Qt::EditRole).toDate(),
                     cell(ActivityModel::StatusColumn, Qt::EditRole).toString()});
    }
    return bars;
}

void TimelineView::modelChanged()
{
    const QList<TimelineBar> all = bars();
    const auto [first, last] = span(all);
    const QLocale locale;
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(first.isValid()
                                 ? tr("%n activities from %1 to %2", nullptr, int(all.size()))
                                       .arg(locale.toString(first, QLocale::LongFormat),
                                            locale.toString(last, QLocale::LongFormat))
                                 : tr("No activity has dates yet"));
    updateGeometry();
    update();
}

qreal TimelineView::heightFor(int rows, const QFontMetricsF &metrics)
{
    const qreal line = metrics.height();
    const qreal header = line + Gap * 2;
    const qreal row = line * 2 + Gap;
    const qreal legend = line + Gap * 3;
    return header + std::max(rows, 1) * row + legend;
}

QSize TimelineView::sizeHint() const
{
    const int rows = m_model ? m_model->rowCount() : 0;
    return {720, int(heightFor(rows, QFontMetricsF(font()))) + 2};
}

QSize TimelineView::minimumSizeHint() const
{
    return {320, int(heightFor(1, QFontMetricsF(font())))};
}

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(rect()).adjusted(8, 4, -8, -4), bars(), m_today, layoutDirection());
}

void TimelineView::paint(QPainter &painter, const QRectF &area, const QList<TimelineBar> &bars,
                         const QDate &today, Qt::LayoutDirection direction)
{
    painter.save();
    painter.setLayoutDirection(direction);
    const bool rtl = direction == Qt::RightToLeft;
    // Laid out left to right, then mirrored: x in the picture is mx(x).
    auto mx = [&](qreal x) {
        return rtl ? area.left() + area.right() - x : x;
    };
    auto box = [&](qreal x, qreal y, qreal w, qreal h) {
        return QRectF(mx(rtl ? x + w : x), y, w, h);
    };

    const QFontMetricsF fm(painter.font());
    const qreal line = fm.height();
    const qreal header = line + Gap * 2;
    const qreal rowHeight = line * 2 + Gap;
    const qreal labelWidth = std::min(area.width() * 0.34, fm.averageCharWidth() * 36);
    const qreal x0 = area.left() + labelWidth + Gap * 2;
    const qreal x1 = area.right() - Gap;
    const QPalette palette;
    const QColor text = palette.color(QPalette::Text);
    QColor faint = text;
    faint.setAlphaF(0.55f);
    QColor rule = text;
    rule.setAlphaF(0.15f);

    auto [first, last] = span(bars);
    const QLocale locale;
    if (!first.isValid()) {
        painter.setPen(faint);
        painter.drawText(area, Qt::AlignCenter | Qt::TextWordWrap,
                         bars.isEmpty() ? tr("No activities yet")
                                        : tr("No activity has dates yet"));
        painter.restore();
        return;
    }
    first = QDate(first.year(), first.month(), 1);
    last = QDate(last.year(), last.month(), 1).addMonths(1).addDays(-1);
    const qreal days = first.daysTo(last) + 1;
    auto xOf = [&](const QDate &d) {
        return x0 + first.daysTo(d) / days * (x1 - x0);
    };
    const qreal top = area.top();
    const qreal rowsBottom = top + header + std::max<qsizetype>(bars.size(), 1) * rowHeight;

    // Months along the top, a faint rule at each.
    for (QDate m = first; m <= last; m = m.addMonths(1)) {
        const qreal a = xOf(m);
        const qreal b = xOf(m.addMonths(1));
        painter.setPen(rule);
        painter.drawLine(QPointF(mx(a), top + header - 2), QPointF(mx(a), rowsBottom));
        QString name = locale.monthName(m.month(), QLocale::ShortFormat);
        if (m == first || m.month() == 1)
            name += u' ' + locale.toString(m.year());
        painter.setPen(faint);
        painter.drawText(box(a + 3, top + Gap / 2, b - a - 4, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(name, Qt::ElideRight, b - a - 4));
    }

    for (qsizetype i = 0; i < bars.size(); ++i) {
        const TimelineBar &bar = bars[i];
        const qreal y = top + header + i * rowHeight;
        if (i % 2 == 1) {
            QColor band = text;
            band.setAlphaF(0.04f);
            painter.fillRect(box(area.left(), y, area.width(), rowHeight), band);
        }
        painter.setPen(text);
        painter.drawText(box(area.left() + Gap, y + Gap / 2, labelWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.what, Qt::ElideRight, labelWidth));
        painter.setPen(faint);
        painter.drawText(box(area.left() + Gap, y + Gap / 2 + line, labelWidth, line),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         fm.elidedText(bar.responsible.isEmpty() ? tr("Nobody responsible yet")
                                                                 : bar.responsible,
                                       Qt::ElideRight, labelWidth));
        const QDate start = bar.start.isValid() ? bar.start : bar.end;
        const QDate end = bar.end.isValid() ? bar.end : bar.start;
        if (!start.isValid())
            continue;
        const qreal a = xOf(start);
        const qreal b = std::max(xOf(end.addDays(1)), a + 3);
        const QRectF shape = box(a, y + rowHeight * 0.25, b - a, rowHeight * 0.5);
        QPainterPath path;
        path.addRoundedRect(shape, 3, 3);
        painter.fillPath(path, statusColor(bar.status));
    }

    if (today >= first && today <= last) {
        const qreal x = mx(xOf(today));
        QPen pen(QColor(0xc6, 0x28, 0x28));
        pen.setWidthF(1.5);
        painter.setPen(pen);
        painter.drawLine(QPointF(x, top + header - 2), QPointF(x, rowsBottom));
    }

    // The legend: each status's colour and name, and today's line.
    qreal x = area.left() + Gap;
    const qreal ly = rowsBottom + Gap * 2;
    QStringList keys = Editing::PlanDocument::statuses();
    for (const QString &key : std::as_const(keys)) {
        const QString name = RecordText::activityStatus(key);
        painter.fillRect(box(x, ly + line * 0.2, line * 0.6, line * 0.6), statusColor(key));
        painter.setPen(text);
        const qreal w = fm.horizontalAdvance(name);
        painter.drawText(box(x + line * 0.8, ly, w + 2, line), Qt::AlignLeft | Qt::AlignVCenter,
                         name);
        x += line * 0.8 + w + Gap * 3;
    }
    if (today >= first && today <= last) {
        painter.setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5));
        painter.drawLine(QPointF(mx(x), ly + line / 2), QPointF(mx(x + line * 0.6), ly + line / 2));
        painter.setPen(text);
        const QString label = tr("Today");
        painter.drawText(box(x + line * 0.8, ly, fm.horizontalAdvance(label) + 2, line),
                         Qt::AlignLeft | Qt::AlignVCenter, label);
    }
    painter.restore();
}

} // namespace Ui

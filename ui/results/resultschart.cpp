#include "resultschart.h"

#include "record.h"
#include "results.h"
#include "resultsdocument.h"
#include "resultstext.h"

#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

int monthsBetween(QDate from, QDate to)
{
    return (to.year() - from.year()) * 12 + to.month() - from.month();
}

// Round steps for the value axis: 1, 2 or 5 times a power of ten.
double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

} // namespace

ResultsChart::Series ResultsChart::seriesOf(const Editing::ResultsDocument &document,
                                            const QString &indicatorId)
{
    Series series;
    const QString id = document.indicatorId(indicatorId);
    for (const Core::Record &r : document.indicators()) {
        if (r.id != id)
            continue;
        series.title = r.text(u"indicator");
        series.unit = r.text(u"unit");
        series.baseline = r.text(u"baseline");
        series.target = r.text(u"target");
    }
    series.first = document.firstPeriod();
    series.last = document.lastPeriod();
    for (const Core::Record &v : document.values(id)) {
        const QDate month = Core::Results::periodStart(v.text(u"period"));
        series.values.append({month, v.text(u"actual")});
        series.first = std::min(series.first, month);
        series.last = std::max(series.last, month);
    }
    return series;
}

ResultsChart::ResultsChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"resultsChart"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    describe();
}

void ResultsChart::setSeries(const Series &series)
{
    m_series = series;
    describe();
    update();
}

QSize ResultsChart::sizeHint() const
{
    return {fontMetrics().averageCharWidth() * 60, fontMetrics().height() * 16};
}

QSize ResultsChart::minimumSizeHint() const
{
    return {fontMetrics().averageCharWidth() * 30, fontMetrics().height() * 9};
}

void ResultsChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        describe();
    QWidget::changeEvent(event);
}

void ResultsChart::describe()
{
    setAccessibleName(m_series.title.isEmpty() ? tr("Results chart")
                                               : tr("Results chart: %1").arg(m_series.title));
    setAccessibleDescription(
        tr("The value reached each month, against the baseline (%1) and the target (%2). The "
           "same values are in the table \"Results by month\".")
            .arg(ResultsText::withUnit(m_series.baseline, m_series.unit),
                 ResultsText::withUnit(m_series.target, m_series.unit)));
}

double ResultsChart::Scale::x(int month) const
{
    const double step = plot.width() / std::max(1, months);
    const double offset = step * (month + 0.5);
    return mirrored ? plot.right() - offset : plot.left() + offset;
}

double ResultsChart::Scale::y(double value) const
{
    return plot.bottom() - (value - low) / (high - low) * plot.height();
}

ResultsChart::Scale ResultsChart::scale() const
{
    Scale s;
    s.mirrored = layoutDirection() == Qt::RightToLeft;
    s.months = std::max(1, monthsBetween(m_series.first, m_series.last) + 1);
    QList<double> numbers;
    for (const QString &kept : {m_series.baseline, m_series.target}) {
        if (const auto v = Core::Results::number(kept))
            numbers << *v;
    }
    for (const auto &[month, actual] : m_series.values) {
        if (const auto v = Core::Results::number(actual))
            numbers << *v;
    }
    double low = numbers.isEmpty() ? 0 : *std::min_element(numbers.begin(), numbers.end());
    double high = numbers.isEmpty() ? 1 : *std::max_element(numbers.begin(), numbers.end());
    if (low > 0 && low < high / 2)
        low = 0; // counts and percentages read best from zero
    if (high == low)
        high = low + 1;
    const double step = niceStep(high - low, 4);
    s.low = std::floor(low / step) * step;
    s.high = std::ceil(high / step) * step;

    const QFontMetrics fm = fontMetrics();
    const int labelWidth =
        std::max(fm.horizontalAdvance(ResultsText::number(Core::Results::numberText(s.high))),
                 fm.horizontalAdvance(ResultsText::number(Core::Results::numberText(s.low)))) +
        fm.averageCharWidth() * 2;
    const int pad = fm.averageCharWidth() * 2;
    QRectF plot = QRectF(rect()).adjusted(pad, fm.height() * 3.5, -pad, -fm.height() * 2.5);
    // The value labels stand on the leading side.
    if (s.mirrored)
        plot.setRight(plot.right() - labelWidth);
    else
        plot.setLeft(plot.left() + labelWidth);
    s.plot = plot;
    return s;
}

void ResultsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const Scale s = scale();
    const QFontMetrics fm = fontMetrics();
    const QPalette pal = palette();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15f);

    // The value axis: grid lines and their numbers.
    const double step = niceStep(s.high - s.low, 4);
    for (double v = s.low; v <= s.high + step / 2; v += step) {
        const double y = s.y(v);
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QLineF(s.plot.left(), y, s.plot.right(), y));
        painter.setPen(text);
        const QString label = ResultsText::number(Core::Results::numberText(v));
        const int w = fm.horizontalAdvance(label);
        const double x = s.mirrored ? s.plot.right() + fm.averageCharWidth()
                                    : s.plot.left() - fm.averageCharWidth() - w;
        painter.drawText(QPointF(x, y + fm.ascent() / 2.0), label);
    }
    // The indicator above it all, and its unit over the value axis.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    painter.drawText(QRectF(fm.averageCharWidth() * 2, fm.height() * 0.3,
                            width() - fm.averageCharWidth() * 4, fm.height() * 1.3),
                     Qt::AlignLeading | Qt::AlignVCenter,
                     QFontMetrics(bold).elidedText(m_series.title, Qt::ElideRight,
                                                   width() - fm.averageCharWidth() * 4));
    painter.setFont(font());
    if (!m_series.unit.isEmpty()) {
        const int w = fm.horizontalAdvance(m_series.unit);
        const double x = s.mirrored ? s.plot.right() - w : s.plot.left();
        painter.drawText(QPointF(x, s.plot.top() - fm.height()), m_series.unit);
    }

    // The months, in the reading direction; names thinned to fit.
    const QLocale locale;
    const int every = std::max(1, int(std::ceil(fm.horizontalAdvance(u"MMM 0000"_s) * 1.3 /
                                                std::max(1.0, s.plot.width() / s.months))));
    for (int m = 0; m < s.months; m += every) {
        const QDate month = m_series.first.addMonths(m);
        const QString label = locale.standaloneMonthName(month.month(), QLocale::ShortFormat) +
                              u' ' + locale.toString(month, u"yy"_s);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QPointF(s.x(m) - w / 2.0, s.plot.bottom() + fm.height() * 1.2), label);
    }

    // Baseline and target across, named at their trailing end.
    struct Level {
        QString kept;
        QString name;
        QColor color;
        Qt::PenStyle style;
    };
    const Level levels[] = {
        {m_series.baseline, tr("Baseline"), QColor(0x8a, 0x8a, 0x8a), Qt::DashLine},
        {m_series.target, tr("Target"), QColor(0x2e, 0x7d, 0x32), Qt::DashDotLine}};
    for (const Level &level : levels) {
        const auto v = Core::Results::number(level.kept);
        if (!v)
            continue;
        const double y = s.y(*v);
        painter.setPen(QPen(level.color, 2, level.style));
        painter.drawLine(QLineF(s.plot.left(), y, s.plot.right(), y));
        painter.setPen(level.color);
        const QString label =
            tr("%1: %2").arg(level.name, ResultsText::withUnit(level.kept, m_series.unit));
        const int w = fm.horizontalAdvance(label);
        const double x = s.mirrored ? s.plot.left() : s.plot.right() - w;
        painter.drawText(QPointF(x, y - fm.descent() - 2), label);
    }

    // The values reached: a line through a point per month.
    QPolygonF line;
    QList<QPair<QPointF, QString>> points;
    for (const auto &[month, actual] : m_series.values) {
        const auto v = Core::Results::number(actual);
        if (!v)
            continue;
        const QPointF p(s.x(monthsBetween(m_series.first, month)), s.y(*v));
        line << p;
        points.append({p, ResultsText::number(actual)});
    }
    const QColor actualColor = pal.color(QPalette::Highlight);
    painter.setPen(QPen(actualColor, 2.5));
    if (line.size() > 1)
        painter.drawPolyline(line);
    painter.setBrush(actualColor);
    const double r = std::max(3.0, fm.height() / 4.0);
    for (const auto &[p, label] : points) {
        painter.setPen(QPen(actualColor, 1));
        painter.drawEllipse(p, r, r);
        painter.setPen(text);
        const int w = fm.horizontalAdvance(label);
        painter.drawText(QPointF(p.x() - w / 2.0, p.y() - r - fm.descent() - 2), label);
    }
    if (points.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(s.plot, Qt::AlignCenter | Qt::TextWordWrap, tr("No result entered yet."));
    }
}

} // namespace Ui

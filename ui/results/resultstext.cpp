#include "resultstext.h"

#include "results.h"

#include <QLocale>

namespace Ui {

using namespace Qt::StringLiterals;

QString ResultsText::number(const QString &kept)
{
    const std::optional<double> value = Core::Results::number(kept);
    if (!value)
        return kept;
    const qsizetype point = kept.indexOf(u'.');
    const int decimals = point < 0 ? 0 : int(kept.size() - point - 1);
    return QLocale().toString(*value, 'f', decimals);
}

QString ResultsText::withUnit(const QString &kept, const QString &unit)
{
    if (kept.isEmpty())
        return {};
    if (unit.isEmpty())
        return number(kept);
    return tr("%1 %2", "a number and its unit: 36 %, 12 facilities").arg(number(kept), unit);
}

std::optional<QString> ResultsText::parse(const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (Core::Results::number(text))
        return text;
    bool ok = false;
    const double value = QLocale().toDouble(text, &ok);
    if (!ok)
        return std::nullopt;
    return Core::Results::numberText(value);
}

QString ResultsText::month(QDate period)
{
    const QLocale locale;
    return tr("%1 %2", "a month's name and its year: October 2026")
        .arg(locale.standaloneMonthName(period.month()), locale.toString(period, u"yyyy"_s));
}

std::optional<double> ResultsText::progress(const QString &baseline, const QString &target,
                                            const QString &latest)
{
    const auto b = Core::Results::number(baseline);
    const auto t = Core::Results::number(target);
    const auto l = Core::Results::number(latest);
    if (!b || !t || !l || *t == *b)
        return std::nullopt;
    return (*l - *b) / (*t - *b) * 100.0;
}

} // namespace Ui

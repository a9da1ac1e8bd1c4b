#include "results.h"

#include "entityschema.h"
#include "record.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace Core::Results {

using namespace Qt::StringLiterals;

bool isPeriod(QStringView text)
{
    return periodStart(text).isValid();
}

QString period(QDate date)
{
    return date.toString(u"yyyy-MM"_s);
}

namespace {
bool digits(QStringView text)
{
    return !text.isEmpty() &&
           std::all_of(text.begin(), text.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}
} // namespace

QDate periodStart(QStringView period)
{
    if (period.size() != 7 || period[4] != u'-' || !digits(period.left(4)) ||
        !digits(period.mid(5)))
        return {};
    return QDate(period.left(4).toInt(), period.mid(5).toInt(), 1);
}

std::optional<double> number(QStringView text)
{
    const QStringView unsigned_ = text.startsWith(u'-') ? text.mid(1) : text;
    const qsizetype point = unsigned_.indexOf(u'.');
    if (!digits(unsigned_.left(point)) || (point >= 0 && !digits(unsigned_.mid(point + 1))))
        return std::nullopt;
    bool ok = false;
    const double value = QLocale::c().toDouble(text, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString numberText(double value)
{
    // Shortest form that reads back as the same number, never an exponent.
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (text == u"-0")
        text = u"0"_s;
    return text;
}

Status check(const Record &record)
{
    const auto invalid = [&](const QString &why) {
        return makeError(ErrorCode::Invalid, u"%1 %2: %3"_s.arg(record.entity, record.id, why));
    };
    if (record.entity == Entity::ResultsReport) {
        if (record.text(u"indicator").trimmed().isEmpty())
            return invalid(u"an indicator has a name"_s);
        for (const QString &field : {u"baseline"_s, u"target"_s}) {
            const QString value = record.text(field);
            if (!value.isEmpty() && !number(value))
                return invalid(u"%1 is not a number: '%2'"_s.arg(field, value.left(40)));
        }
    } else if (record.entity == Entity::ResultValue) {
        if (!isPeriod(record.text(u"period")))
            return invalid(u"period is not a month (YYYY-MM)"_s);
        if (!number(record.text(u"actual")))
            return invalid(u"actual is not a number"_s);
    }
    return {};
}

} // namespace Core::Results

#pragma once

#include "result.h"

#include <QDate>
#include <QString>

#include <optional>

namespace Core {
struct Record;
}

// Teams' results (Entity::ResultsReport, an indicator; Entity::ResultValue,
// what it reached in one period): the forms their values take on the wire,
// checked alike by the app and the server.
namespace Core::Results {

// A reporting period is a month, "YYYY-MM".
bool isPeriod(QStringView text);
QString period(QDate date);
// The first day of `period` (invalid when it is not one).
QDate periodStart(QStringView period);

// Numbers are kept as text the way JSON writes them ("57", "12.5", "-3"),
// so that no locale and no binary rounding changes what was entered.
std::optional<double> number(QStringView text);
QString numberText(double value);

// Invalid when a results record's fields are not of these forms: an
// indicator named, its baseline and target numbers or empty; a value's
// period a month and its actual a number. Other records pass.
Status check(const Record &record);

} // namespace Core::Results

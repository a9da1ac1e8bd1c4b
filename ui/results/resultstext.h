#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace Ui {

// Teams' results as people read and type them, in the app's locale: the
// numbers the replica keeps as Core::Results writes them ("12.5"), shown
// and typed as the locale writes them ("12,5"), and reporting periods
// named by month ("October 2026").
class ResultsText
{
    Q_DECLARE_TR_FUNCTIONS(Ui::ResultsText)

public:
    // A kept number in the locale ("" stays ""), with as many decimals as
    // were entered.
    static QString number(const QString &kept);
    // A number with its unit ("36 %", "12 facilities"); "" when no number.
    static QString withUnit(const QString &kept, const QString &unit);
    // What a person typed, as kept; nullopt when it is not a number (the
    // locale's form and the plain "12.5" are both read).
    static std::optional<QString> parse(const QString &typed);
    // The month `period` falls in, as its name and year.
    static QString month(QDate period);
    // How far the latest value has come from the baseline toward the
    // target, in percent (nullopt when the target equals the baseline or
    // a number is missing).
    static std::optional<double> progress(const QString &baseline, const QString &target,
                                          const QString &latest);
};

} // namespace Ui

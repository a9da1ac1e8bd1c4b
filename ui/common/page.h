#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Ui {

// The pages of the main window, in navigation order (Members came last, so
// the Ctrl+1..7 shortcuts of the others stayed as they were).
enum class Page { Home, Courses, Seminars, Plans, Reviews, Results, Sync, Members };
inline constexpr int PageCount = 8;

// The page's name on the command line (--page): home, courses, seminars,
// plans, reviews, results, sync, members.
QString pageName(Page page);
std::optional<Page> pageFromName(QStringView name);

} // namespace Ui

#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace Ui {

// The pages of the main window, in navigation order.
enum class Page { Home, Courses, Seminars, Plans, Reviews, Results, Sync };
inline constexpr int PageCount = 7;

// The page's name on the command line (--page): home, courses, seminars,
// plans, reviews, results, sync.
QString pageName(Page page);
std::optional<Page> pageFromName(QStringView name);

} // namespace Ui

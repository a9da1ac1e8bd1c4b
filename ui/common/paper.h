#pragma once

#include <QString>

class QPdfWriter;

namespace Ui {

// The page every PDF the app saves is laid out on: A4 portrait, 15 mm
// margins, 300 dots an inch, titled `title` and made by LeaderNet Desktop.
void preparePdf(QPdfWriter &writer, const QString &title);

} // namespace Ui

#pragma once

#include <QString>

#include <functional>

class QPagedPaintDevice;
class QPdfWriter;
class QWidget;

namespace Ui {

// The page every PDF the app saves is laid out on: A4 portrait, 15 mm
// margins, 300 dots an inch, titled `title` and made by LeaderNet Desktop.
void preparePdf(QPdfWriter &writer, const QString &title);

// Opens the print dialog (window-modal, over `parent`) for a document
// named `name`; once the person accepts, `draw` paints on the printer.
void printWithDialog(QWidget *parent, const QString &name,
                     std::function<void(QPagedPaintDevice *printer)> draw);

} // namespace Ui

#include "paper.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>

namespace Ui {

using namespace Qt::StringLiterals;

void preparePdf(QPdfWriter &writer, const QString &title)
{
    writer.setTitle(title);
    writer.setCreator(u"LeaderNet Desktop"_s);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
    writer.setResolution(300);
}

void printWithDialog(QWidget *parent, const QString &name,
                     std::function<void(QPagedPaintDevice *printer)> draw)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(name);
    auto *dialog = new QPrintDialog(printer, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::finished, parent,
                     [printer, draw = std::move(draw)](int result) {
                         if (result == QDialog::Accepted)
                             draw(printer);
                         delete printer;
                     });
    dialog->open();
}

} // namespace Ui

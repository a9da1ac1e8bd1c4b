#include "paper.h"

#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>

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

} // namespace Ui

#include "planprinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextDocument>
#include <QTextOption>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

QString paragraphs(const QString &text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

QString PlanPrinter::html(const PlanPrintout &plan)
{
    const QString dir = plan.direction == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    QString html = u"<html><body dir=\"%1\">"_s.arg(dir);
    html += u"<h1>%1</h1>"_s.arg(plan.title.toHtmlEscaped());
    if (!plan.subtitle.isEmpty())
        html += u"<p>%1</p>"_s.arg(plan.subtitle.toHtmlEscaped());
    for (const auto &[heading, text] : plan.sections) {
        html += u"<h3>%1</h3><p>%2</p>"_s.arg(heading.toHtmlEscaped(), paragraphs(text));
    }
    if (!plan.activityRows.isEmpty()) {
        html += u"<h3>%1</h3>"_s.arg(tr("Activities").toHtmlEscaped());
        html += u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\"><tr>"_s;
        for (const QString &h : plan.activityHeadings)
            html += u"<th>%1</th>"_s.arg(h.toHtmlEscaped());
        html += u"</tr>"_s;
        for (const QStringList &row : plan.activityRows) {
            html += u"<tr>"_s;
            for (const QString &cell : row)
                html += u"<td>%1</td>"_s.arg(paragraphs(cell));
            html += u"</tr>"_s;
        }
        html += u"</table>"_s;
    }
    html += u"</body></html>"_s;
    return html;
}

bool PlanPrinter::print(QPagedPaintDevice *device, const PlanPrintout &plan)
{
    QPainter painter;
    if (!painter.begin(device))
        return false;
    painter.setLayoutDirection(plan.direction);
    const QRectF page(0, 0, device->width(), device->height());

    // The text: laid out by QTextDocument at the device's resolution, a
    // page at a time.
    QTextDocument document;
    document.documentLayout()->setPaintDevice(device);
    QFont font = painter.font();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    QTextOption option = document.defaultTextOption();
    option.setTextDirection(plan.direction);
    document.setDefaultTextOption(option);
    document.setHtml(html(plan));
    document.setPageSize(page.size());
    const int textPages = document.pageCount();
    for (int i = 0; i < textPages; ++i) {
        if (i > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page.height() * i);
        document.drawContents(&painter, QRectF(0, page.height() * i, page.width(), page.height()));
        painter.restore();
    }

    // The timeline, BarsPerPage activities a page.
    font.setPointSizeF(9);
    QFont headingFont = font;
    headingFont.setPointSizeF(13);
    headingFont.setBold(true);
    const qsizetype count = plan.bars.size();
    const int timelinePages = count == 0 ? 0 : int((count + BarsPerPage - 1) / BarsPerPage);
    for (int p = 0; p < timelinePages; ++p) {
        device->newPage();
        painter.setFont(headingFont);
        const QString heading =
            timelinePages > 1 ? tr("Timeline (%1 of %2)")
                                    .arg(QString::number(p + 1), QString::number(timelinePages))
                              : tr("Timeline");
        const qreal headingHeight = QFontMetricsF(headingFont, device).height() * 1.6;
        painter.drawText(QRectF(0, 0, page.width(), headingHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, heading);
        painter.setFont(font);
        const QList<TimelineBar> bars = plan.bars.mid(qsizetype(p) * BarsPerPage, BarsPerPage);
        const qreal height =
            std::min(page.height() - headingHeight,
                     TimelineView::heightFor(int(bars.size()), QFontMetricsF(font, device)));
        TimelineView::paint(painter, QRectF(0, headingHeight, page.width(), height), bars,
                            plan.today, plan.direction);
    }
    return painter.end();
}

} // namespace Ui

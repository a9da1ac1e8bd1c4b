#include "readerbrowser.h"

#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QTextCursor>
#include <QTextDocument>

namespace Ui {

ReaderBrowser::ReaderBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenExternalLinks(true);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(12);
    applyFont();
}

void ReaderBrowser::setTextScale(int percent)
{
    percent = qBound(50, percent, 300);
    if (percent == m_scale)
        return;
    m_scale = percent;
    applyFont();
}

int ReaderBrowser::readingWidth() const
{
    return fontMetrics().averageCharWidth() * 75;
}

void ReaderBrowser::applyFont()
{
    QFont f = QApplication::font(this);
    f.setPointSizeF(f.pointSizeF() * m_scale / 100.0);
    setFont(f);
    document()->setDefaultFont(f);
    applyMargins();
}

void ReaderBrowser::applyMargins()
{
    // Equal margins on both sides: the column stays centred in either direction.
    const int spare =
        viewport()->width() + viewportMargins().left() + viewportMargins().right() - readingWidth();
    const int side = std::max(0, spare / 2);
    setViewportMargins(side, 0, side, 0);
}

void ReaderBrowser::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    applyMargins();
}

void ReaderBrowser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LayoutDirectionChange)
        applyMargins();
    QTextBrowser::changeEvent(event);
}

bool ReaderBrowser::findAndShow(const QString &text)
{
    if (text.isEmpty())
        return false;
    const QTextCursor found = document()->find(text);
    if (found.isNull())
        return false;
    setTextCursor(found);
    ensureCursorVisible();
    return true;
}

} // namespace Ui

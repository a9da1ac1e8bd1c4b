#include "searchresultdelegate.h"

#include "rowpainting.h"
#include "searchindex.h"
#include "searchresultmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QTextCursor>
#include <QTextDocument>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 6;

} // namespace

void SearchResultDelegate::layOut(QTextDocument &doc, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    doc.setDocumentMargin(Margin);
    doc.setDefaultFont(option.font);
    QTextOption text = doc.defaultTextOption();
    text.setTextDirection(option.direction);
    text.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(text);
    doc.setTextWidth(std::max(RowPainting::rowWidth(option), 120));
    QTextCursor cursor(&doc);
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    if (index.data(SearchResultModel::HeadingRole).toBool()) {
        cursor.insertText(index.data().toString(), bold);
        return;
    }
    cursor.insertText(index.data(SearchResultModel::TitleRole).toString(), bold);
    cursor.insertBlock();
    // The matched words stand out in a marker's yellow, dark text on it in
    // every theme.
    QTextCharFormat match = bold;
    match.setBackground(QColor(0xff, 0xe0, 0x82));
    match.setForeground(QColor(0x20, 0x20, 0x20));
    const QString marked = index.data(SearchResultModel::MatchesRole).toString();
    bool inMatch = false;
    QString run;
    for (const QChar c : marked) {
        if (c == Core::SearchHit::MatchStart || c == Core::SearchHit::MatchEnd) {
            cursor.insertText(run, inMatch ? match : plain);
            run.clear();
            inMatch = c == Core::SearchHit::MatchStart;
            continue;
        }
        run += c;
    }
    cursor.insertText(run, inMatch ? match : plain);
}

QSize SearchResultDelegate::sizeHint(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QTextDocument doc;
    layOut(doc, opt, index);
    return doc.size().toSize();
}

void SearchResultDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    RowPainting::drawBackground(painter, opt);

    QTextDocument doc;
    layOut(doc, opt, index);
    QAbstractTextDocumentLayout::PaintContext context;
    const bool selected = opt.state & QStyle::State_Selected;
    context.palette = opt.palette;
    context.palette.setColor(
        QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->save();
    painter->translate(opt.rect.topLeft());
    painter->setClipRect(opt.rect.translated(-opt.rect.topLeft()));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

} // namespace Ui

#pragma once

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QStyleOptionViewItem>

namespace Ui::RowPainting {

// What the delegates that paint a row themselves (a post, a search hit)
// share.

// The width a list gives its rows: its viewport's (sizeHint's option has no
// rect yet).
inline int rowWidth(const QStyleOptionViewItem &option)
{
    if (const auto *view = qobject_cast<const QAbstractItemView *>(option.widget))
        return view->viewport()->width();
    return option.rect.width();
}

// The row's background (selection, hover, focus) as the style draws it;
// returns the style, for what the delegate draws next.
inline QStyle *drawBackground(QPainter *painter, QStyleOptionViewItem option)
{
    option.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &option, painter, widget);
    return style;
}

} // namespace Ui::RowPainting

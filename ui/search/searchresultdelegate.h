#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace Ui {

// Paints the rows of a SearchResultModel: a kind's heading in bold, and
// each hit as its title over the matching text with the matched words
// highlighted (wrapped; right to left in Arabic).
class SearchResultDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // The hit laid out at the row's width, ready to draw or measure.
    void layOut(QTextDocument &doc, const QStyleOptionViewItem &option,
                const QModelIndex &index) const;
};

} // namespace Ui

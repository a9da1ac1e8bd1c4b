#pragma once

#include <QStyledItemDelegate>

namespace Ui {

// Paints one post of a ConversationModel in a list: the author, when, what
// it answers, its state (edited, hidden, deleted, waiting to be sent, new),
// then its text, wrapped, indented on the leading side by its reply depth
// (right to left too). The height follows the text at the view's width, so
// the list lays out only the rows it has fetched.
class PostDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PostDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    struct Layout {
        QRect header;
        QRect body;
        int indent = 0;
    };
    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QString bodyText(const QModelIndex &index) const;
    QString aboutText(const QModelIndex &index) const;
};

} // namespace Ui

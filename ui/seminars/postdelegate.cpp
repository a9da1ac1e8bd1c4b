#include "postdelegate.h"

#include "conversationmodel.h"
#include "modelroles.h"
#include "outboxmarks.h"
#include "rowpainting.h"

#include <QPainter>
#include <QTextOption>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 8;
constexpr int IndentStep = 24;
constexpr int MaxIndentLevels = 8;
constexpr int Gap = 4;

QFont headerFont(const QFont &base)
{
    QFont f = base;
    f.setBold(true);
    return f;
}

int textFlags(Qt::LayoutDirection direction)
{
    return Qt::TextWordWrap | int(QStyle::visualAlignment(direction, Qt::AlignLeft)) | Qt::AlignTop;
}

} // namespace

QString PostDelegate::bodyText(const QModelIndex &index) const
{
    if (index.data(ConversationModel::DeletedRole).toBool())
        return tr("This post was deleted by its author.");
    const QString body = index.data(ConversationModel::BodyRole).toString();
    if (body.isEmpty() && index.data(ConversationModel::HiddenRole).toBool())
        return tr("A facilitator hid this post.");
    return body;
}

// "3 May, 10:04, in reply to Ana · edited 3 May, 11:00 · Waiting to be sent"
QString PostDelegate::aboutText(const QModelIndex &index) const
{
    QStringList parts;
    const QString when = index.data(ConversationModel::CreatedRole).toString();
    const QString parentAuthor = index.data(ConversationModel::ParentAuthorRole).toString();
    if (!parentAuthor.isEmpty()) {
        parts << (when.isEmpty() ? tr("in reply to %1").arg(parentAuthor)
                                 : tr("%1, in reply to %2").arg(when, parentAuthor));
    } else if (!when.isEmpty()) {
        parts << when;
    }
    if (const QString status = index.data(ConversationModel::StatusRole).toString();
        !status.isEmpty())
        parts << status;
    const auto mark = OutboxMarks::Mark(index.data(OutboxMarkRole).toInt());
    if (mark != OutboxMarks::Mark::None)
        parts << OutboxMarks::text(mark);
    return parts.join(u" · "_s);
}

PostDelegate::Layout PostDelegate::layout(const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    Layout l;
    const int depth = std::min(index.data(DepthRole).toInt(), MaxIndentLevels);
    l.indent = depth * IndentStep;
    const int width = std::max(RowPainting::rowWidth(option), 200);
    const int textWidth = std::max(width - l.indent - 2 * Margin, 80);
    const QFontMetrics headerMetrics(headerFont(option.font));
    const QFontMetrics metrics(option.font);
    l.header = QRect(Margin + l.indent, Margin, textWidth, headerMetrics.height());
    const QRect body = metrics.boundingRect(QRect(0, 0, textWidth, 1 << 24),
                                            textFlags(Qt::LeftToRight), bodyText(index));
    l.body = QRect(Margin + l.indent, l.header.bottom() + 1 + Gap, textWidth, body.height());
    return l;
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const Layout l = layout(opt, index);
    return {l.header.right() + Margin, l.body.bottom() + 1 + Margin};
}

void PostDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QStyle *style = RowPainting::drawBackground(painter, opt);

    const Layout l = layout(opt, index);
    const Qt::LayoutDirection direction = opt.direction;
    // Rectangles are laid out left to right, then mirrored for Arabic.
    const auto place = [&](QRect r) {
        r.translate(opt.rect.topLeft());
        return QStyle::visualRect(direction, opt.rect, r);
    };
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group =
        opt.state & QStyle::State_Active ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor quiet = selected ? text : opt.palette.color(group, QPalette::PlaceholderText);

    painter->save();
    if (l.indent > 0) {
        // A rule on the leading side joins a reply to the post it answers.
        const QRect rule = place(QRect(l.indent - IndentStep / 2, 0, 2, opt.rect.height()));
        painter->fillRect(rule, opt.palette.color(group, QPalette::Mid));
    }

    // The header: author, then the rest in a quieter colour, then "New".
    QRect header = place(l.header);
    const QFont bold = headerFont(opt.font);
    const QString author = index.data(ConversationModel::AuthorRole).toString();
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics = painter->fontMetrics();
    const int authorWidth = std::min(boldMetrics.horizontalAdvance(author) + 1, header.width());
    const int alignment = int(QStyle::visualAlignment(direction, Qt::AlignLeft)) | Qt::AlignVCenter;
    painter->drawText(header, alignment,
                      boldMetrics.elidedText(author, Qt::ElideRight, authorWidth));
    int used = authorWidth + Margin;

    const auto mark = OutboxMarks::Mark(index.data(OutboxMarkRole).toInt());
    const bool fresh = index.data(ConversationModel::NewRole).toBool();
    //: A post that arrived since the member last read the thread.
    const QString newText = fresh ? tr("New") : QString();
    const int newWidth = fresh ? boldMetrics.horizontalAdvance(newText) + Margin : 0;
    if (mark != OutboxMarks::Mark::None) {
        const int size = boldMetrics.height();
        QRect iconRect(0, 0, size, size);
        QRect slot = l.header.adjusted(used, 0, 0, 0);
        slot.setWidth(size);
        const QRect placed = place(slot);
        iconRect.moveCenter(placed.center());
        OutboxMarks::icon(mark, style).paint(painter, iconRect);
        used += size + Gap;
    }
    painter->setFont(opt.font);
    const QFontMetrics metrics = painter->fontMetrics();
    QRect about = l.header.adjusted(used, 0, 0, 0);
    about.setWidth(std::max(0, about.width() - newWidth));
    painter->setPen(quiet);
    const QString aboutLine = metrics.elidedText(aboutText(index), Qt::ElideRight, about.width());
    painter->drawText(place(about), alignment, aboutLine);
    if (fresh) {
        QRect slot =
            l.header.adjusted(used + metrics.horizontalAdvance(aboutLine) + Margin, 0, 0, 0);
        painter->setFont(bold);
        painter->setPen(selected ? text : opt.palette.color(group, QPalette::Link));
        painter->drawText(place(slot), alignment, newText);
    }

    // The text, or what stands in its place.
    const QString body = bodyText(index);
    const bool standIn = body != index.data(ConversationModel::BodyRole).toString();
    QFont bodyFont = opt.font;
    bodyFont.setItalic(standIn);
    painter->setFont(bodyFont);
    painter->setPen(standIn ? quiet : text);
    // Each paragraph in its own direction: a French post reads left to
    // right in the Arabic window, an Arabic one right to left everywhere.
    QTextOption paragraph(Qt::AlignLeft);
    paragraph.setTextDirection(Qt::LayoutDirectionAuto);
    paragraph.setWrapMode(QTextOption::WordWrap);
    painter->drawText(QRectF(place(l.body)), body, paragraph);
    painter->restore();
}

} // namespace Ui

#include "readerbrowser.h"

#include "attachmentcache.h"
#include "attachmentfetcher.h"
#include "attachmentlist.h"
#include "errortext.h"
#include "recordtext.h"

#include <QApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QImageReader>
#include <QPainter>
#include <QScrollBar>
#include <QStyle>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace Ui {

using namespace Qt::StringLiterals;

ReaderBrowser::ReaderBrowser(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    connect(this, &QTextBrowser::anchorClicked, this, &ReaderBrowser::follow);
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

void ReaderBrowser::follow(const QUrl &link)
{
    if (const QString sha = Core::attachmentHashOf(link); !sha.isEmpty()) {
        Q_EMIT attachmentActivated(sha);
    } else if (link.scheme().isEmpty() && link.hasFragment()) {
        scrollToAnchor(link.fragment());
    } else if (!link.scheme().isEmpty()) {
        QDesktopServices::openUrl(link);
    }
}

void ReaderBrowser::showMarkdown(const QString &markdown)
{
    m_markdown = markdown;
    document()->clear(); // forgets the pictures loaded for the last text
    setMarkdown(markdown);
    // A picture is also a link to itself: its placeholder fetches it, the
    // picture opens in the system's viewer.
    QList<std::pair<int, int>> pictures; // position, length
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (format.isImageFormat() && !format.isAnchor() &&
                !Core::attachmentHashOf(QUrl(format.toImageFormat().name())).isEmpty())
                pictures << std::pair{fragment.position(), fragment.length()};
        }
    }
    for (const auto &[position, length] : pictures) {
        QTextCursor cursor(document());
        cursor.setPosition(position);
        cursor.setPosition(position + length, QTextCursor::KeepAnchor);
        QTextCharFormat link;
        link.setAnchor(true);
        link.setAnchorHref(cursor.charFormat().toImageFormat().name());
        cursor.mergeCharFormat(link);
    }
    document()->setModified(false);
}

void ReaderBrowser::refreshPictures()
{
    const int at = verticalScrollBar()->value();
    showMarkdown(m_markdown);
    verticalScrollBar()->setValue(at);
}

QVariant ReaderBrowser::loadResource(int type, const QUrl &name)
{
    const QString sha = Core::attachmentHashOf(name);
    if (type != QTextDocument::ImageResource || sha.isEmpty())
        return QTextBrowser::loadResource(type, name);
    const auto file = std::find_if(m_attachments.begin(), m_attachments.end(),
                                   [&](const Core::AttachmentRef &f) { return f.sha256 == sha; });
    Core::AttachmentRef ref =
        file != m_attachments.end() ? *file : Core::AttachmentRef{sha, QString(), -1, QString()};
    if (m_files && m_files->cache) {
        // Shown counts as used: the quota keeps the pictures people look at.
        if (const Core::Result<QString> path = m_files->cache->open(sha);
            path && !path->isEmpty()) {
            QImageReader reader(*path);
            QImage image = reader.read();
            if (!image.isNull()) {
                const int widest = readingWidth();
                if (image.width() > widest)
                    image = image.scaledToWidth(widest, Qt::SmoothTransformation);
                return image;
            }
        }
    }
    return placeholder(ref);
}

// A frame with what the picture is, how large, and what to do.
QImage ReaderBrowser::placeholder(const Core::AttachmentRef &file) const
{
    using State = Sync::AttachmentFetcher::State;
    const State state =
        m_files && m_files->fetcher ? m_files->fetcher->state(file.sha256) : State::Absent;
    QStringList lines;
    lines << (file.name.isEmpty() ? tr("A picture") : file.name);
    const QString size = file.size >= 0 ? RecordText::dataSize(file.size) : QString();
    switch (state) {
    case State::Waiting:
    case State::Fetching:
        lines << tr("Fetching the picture (%1)…").arg(size);
        break;
    case State::Failed:
        if (m_files->fetcher->error(file.sha256).code == Core::ErrorCode::NotFound)
            lines << tr("The picture is not on the server yet.");
        else
            lines << tr("The picture could not be fetched: %1")
                         .arg(errorText(m_files->fetcher->error(file.sha256)));
        lines << tr("Press Return or click to try again.");
        break;
    case State::Here:
    case State::Absent:
        lines << (size.isEmpty() ? tr("This picture is not on this computer yet.")
                                 : tr("This picture (%1) is not on this computer yet.").arg(size));
        if (m_files && m_files->fetcher)
            lines << tr("Press Return or click to fetch it.");
        break;
    }
    const QFontMetrics metrics(font());
    const int width = std::min(readingWidth(), metrics.averageCharWidth() * 60);
    const int pad = metrics.height() / 2;
    const int height = pad * 2 + metrics.lineSpacing() * int(lines.size()) + pad;
    const qreal ratio = devicePixelRatioF();
    QImage image(QSize(width, height) * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::AlternateBase));
    QPainter painter(&image);
    painter.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
    painter.drawRect(QRectF(0.5, 0.5, width - 1, height - 1));
    painter.setFont(font());
    painter.setPen(palette().color(QPalette::Text));
    painter.setLayoutDirection(layoutDirection());
    const Qt::Alignment align = QStyle::visualAlignment(layoutDirection(), Qt::AlignLeft);
    QRect line(pad, pad, width - 2 * pad, metrics.lineSpacing());
    for (const QString &text : lines) {
        painter.drawText(line, int(align | Qt::AlignVCenter),
                         metrics.elidedText(text, Qt::ElideMiddle, line.width()));
        line.translate(0, metrics.lineSpacing());
        painter.setPen(palette().color(QPalette::PlaceholderText));
    }
    return image;
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

#pragma once

#include "attachmentref.h"

#include <QTextBrowser>

namespace Ui {

struct FileServices;

// A text browser for reading: Markdown (headings, lists, GitHub tables,
// links, emphasis) at a comfortable line length (at most about 75
// characters, centred, whichever the direction), in the reader's text size
// (a percentage of the application font, View › Larger text).
//
// Pictures a text names as attachment:SHA256 (Core::AttachmentRef) show
// once they are on this computer; before, a placeholder says what the
// picture is and how large, and is a link (Tab to it, Return) that fetches
// it: attachmentActivated(). Links to the web open in the browser.
class ReaderBrowser final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderBrowser)

public:
    explicit ReaderBrowser(QWidget *parent = nullptr);

    void setTextScale(int percent);
    int textScale() const { return m_scale; }
    // The widest a line of text may be, in pixels, at the current size.
    int readingWidth() const;
    // Selects the first occurrence of `text` (case- and accent-blind as
    // QTextDocument finds) and scrolls to it; false when absent.
    bool findAndShow(const QString &text);

    // Where the text's attachments come from (null: pictures show as
    // placeholders), and the files of the text shown next.
    void setFileServices(const FileServices *files) { m_files = files; }
    void setAttachments(const QList<Core::AttachmentRef> &files) { m_attachments = files; }
    // Shows Markdown; its attachment links become links to fetch or open.
    void showMarkdown(const QString &markdown);
    // Shows the same text again, at the same place (a picture arrived).
    void refreshPictures();

Q_SIGNALS:
    // A picture's placeholder or a link to a file was activated.
    void attachmentActivated(const QString &sha256);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyMargins();
    void applyFont();
    void follow(const QUrl &link);
    QImage placeholder(const Core::AttachmentRef &file) const;

    int m_scale = 100;
    const FileServices *m_files = nullptr;
    QList<Core::AttachmentRef> m_attachments;
    QString m_markdown;
};

} // namespace Ui

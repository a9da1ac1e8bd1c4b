#pragma once

#include <QTextBrowser>

namespace Ui {

// A text browser for reading: Markdown (headings, lists, GitHub tables,
// links, emphasis) at a comfortable line length (at most about 75
// characters, centred, whichever the direction), in the reader's text size
// (a percentage of the application font, View › Larger text).
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

protected:
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void applyMargins();
    void applyFont();

    int m_scale = 100;
};

} // namespace Ui

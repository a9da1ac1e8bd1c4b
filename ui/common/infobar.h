#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace Ui {

// A non-modal notice across the top of the window (like a browser's info
// bar): a sentence and a close button. Hidden until showMessage().
// The text is set by the owner, which retranslates it.
class InfoBar final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InfoBar)

public:
    explicit InfoBar(QWidget *parent = nullptr);

    void showMessage(const QString &text);
    QString text() const;

Q_SIGNALS:
    void dismissed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_text;
    QToolButton *m_close;
};

} // namespace Ui

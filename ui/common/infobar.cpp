#include "infobar.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace Ui {

using namespace Qt::StringLiterals;

InfoBar::InfoBar(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(u"infoBar"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette p = palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    setPalette(p);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 6, 6);
    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(16, 16));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    layout->addWidget(icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close);
    connect(m_close, &QToolButton::clicked, this, [this]() {
        hide();
        Q_EMIT dismissed();
    });
    retranslateUi();
    hide();
}

void InfoBar::showMessage(const QString &text)
{
    m_text->setText(text);
    setAccessibleDescription(text);
    show();
}

QString InfoBar::text() const
{
    return isHidden() ? QString() : m_text->text();
}

void InfoBar::retranslateUi()
{
    m_close->setToolTip(tr("Close"));
    m_close->setAccessibleName(tr("Close notice"));
}

void InfoBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

} // namespace Ui

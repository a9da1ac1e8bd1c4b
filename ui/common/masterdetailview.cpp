#include "masterdetailview.h"

#include <QEvent>
#include <QLabel>
#include <QSplitter>
#include <QVBoxLayout>

namespace Ui {

MasterDetailView::MasterDetailView(const QString &splitterName, QWidget *parent)
    : QWidget(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_title(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_splitter->setObjectName(splitterName);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText);
}

QVBoxLayout *MasterDetailView::detailLayout(QWidget *pane)
{
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(16, 12, 16, 12);
    return layout;
}

void MasterDetailView::setPanes(QWidget *master, QWidget *detail, int masterStretch,
                                int detailStretch, const QList<int> &sizes)
{
    m_splitter->addWidget(master);
    m_splitter->addWidget(detail);
    m_splitter->setStretchFactor(0, masterStretch);
    m_splitter->setStretchFactor(1, detailStretch);
    m_splitter->setSizes(sizes);
}

void MasterDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui

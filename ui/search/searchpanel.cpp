#include "searchpanel.h"

#include "modelroles.h"
#include "searchresultdelegate.h"
#include "searchresultmodel.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using namespace Qt::StringLiterals;

SearchPanel::SearchPanel(Core::LocalStore *store, QWidget *parent)
    : QWidget(parent)
    , m_model(new SearchResultModel(store, this))
    , m_field(new QLineEdit(this))
    , m_summary(new QLabel(this))
    , m_results(new QListView(this))
    , m_delay(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_field->setObjectName(u"searchField"_s);
    m_field->setClearButtonEnabled(true);
    m_summary->setObjectName(u"searchSummary"_s);
    m_summary->setWordWrap(true);
    m_results->setObjectName(u"searchResults"_s);
    m_results->setModel(m_model);
    m_results->setItemDelegate(new SearchResultDelegate(m_results));
    m_results->setWordWrap(true);
    m_results->setResizeMode(QListView::Adjust);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_field);
    layout->addWidget(m_summary);
    layout->addWidget(m_results, 1);
    m_summary->hide();
    m_results->hide();

    m_delay->setSingleShot(true);
    m_delay->setInterval(250);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::runSearch);
    connect(m_field, &QLineEdit::textEdited, m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            runSearch();
    });
    connect(m_field, &QLineEdit::returnPressed, this, [this]() {
        if (m_delay->isActive()) {
            m_delay->stop();
            runSearch();
        }
        activate(m_model->firstHit());
    });
    connect(m_results, &QListView::activated, this, &SearchPanel::activate);
    m_field->installEventFilter(this);
    m_results->installEventFilter(this);
    retranslateUi();
}

void SearchPanel::focusSearch()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

void SearchPanel::searchNow(const QString &text)
{
    m_field->setText(text);
    m_delay->stop();
    runSearch();
}

void SearchPanel::runSearch()
{
    m_model->search(m_field->text());
    const bool searching = !m_model->text().isEmpty();
    m_results->setVisible(searching && m_model->hitCount() > 0);
    m_summary->setVisible(searching);
    if (m_model->hitCount() > 0)
        m_results->setCurrentIndex(m_model->firstHit());
    updateSummary();
    Q_EMIT searchingChanged(searching);
}

void SearchPanel::updateSummary()
{
    const int n = m_model->hitCount();
    m_summary->setText(n == 0 ? tr("Nothing found.") : tr("%n result(s)", nullptr, n));
}

void SearchPanel::activate(const QModelIndex &index)
{
    if (!index.isValid() || index.data(SearchResultModel::HeadingRole).toBool())
        return;
    Q_EMIT resultActivated(index.data(EntityRole).toString(), index.data(IdRole).toString());
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape && !m_field->text().isEmpty()) {
            m_field->clear();
            m_field->setFocus();
            return true;
        }
        if (watched == m_field && key->key() == Qt::Key_Down && m_results->isVisible()) {
            m_results->setFocus(Qt::TabFocusReason);
            return true;
        }
        if (watched == m_results && key->key() == Qt::Key_Up &&
            m_results->currentIndex().row() <= m_model->firstHit().row()) {
            m_field->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPanel::retranslateUi()
{
    m_field->setPlaceholderText(tr("Search lessons and posts"));
    m_field->setAccessibleName(tr("Search lessons and posts"));
    m_results->setAccessibleName(tr("Search results"));
    m_model->retranslate();
    updateSummary();
}

void SearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui

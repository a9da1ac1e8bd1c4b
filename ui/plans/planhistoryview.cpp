#include "planhistoryview.h"

#include "errortext.h"
#include "plandocument.h"
#include "planhistorymodel.h"
#include "recordtext.h"
#include "sectionconflictdialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace Ui {

using Editing::PlanHistory;
using namespace Qt::StringLiterals;

PlanHistoryView::PlanHistoryView(Core::LocalStore *store, const Editing::MemberDirectory *members,
                                 QWidget *parent)
    : QWidget(parent)
    , m_model(new PlanHistoryModel(store, members, this))
    , m_empty(new QLabel)
    , m_view(new QTreeView)
    , m_detail(new QTextBrowser)
    , m_restore(new QPushButton)
    , m_message(new QLabel)
{
    m_empty->setObjectName(u"historyEmpty"_s);
    m_empty->setWordWrap(true);
    m_view->setObjectName(u"planHistory"_s);
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(PlanHistoryModel::WhenColumn,
                                           QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(PlanHistoryModel::WhoColumn,
                                           QHeaderView::ResizeToContents);
    m_detail->setObjectName(u"historyDetail"_s);
    m_detail->setOpenLinks(false);
    m_restore->setObjectName(u"restoreChangeButton"_s);
    m_restore->setAutoDefault(false);
    m_message->setObjectName(u"historyMessage"_s);
    m_message->setWordWrap(true);
    styleAsError(m_message);
    m_message->hide();

    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setChildrenCollapsible(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_restore);
    buttons->addWidget(m_message, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);

    // The change chosen stays chosen when a sync or an edit reads the
    // history again; after a restore, the restore itself is.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this]() {
        const int row = selectedRow();
        m_keep = row >= 0 ? m_model->change(row) : PlanHistory::Change();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        m_empty->setVisible(m_model->rowCount() == 0);
        int row = -1;
        for (int r = 0; r < m_model->rowCount() && row < 0 && !m_selectNewest; ++r) {
            const PlanHistory::Change &c = m_model->change(r);
            if (c.recordId == m_keep.recordId && c.field == m_keep.field && c.at == m_keep.at &&
                c.pending == m_keep.pending)
                row = r;
        }
        if (m_selectNewest && m_model->rowCount() > 0)
            row = 0;
        m_selectNewest = false;
        if (row >= 0)
            m_view->setCurrentIndex(m_model->index(row, 0));
        showSelected();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this]() {
        m_message->hide();
        showSelected();
    });
    connect(m_restore, &QPushButton::clicked, this, &PlanHistoryView::restoreSelected);
    retranslateUi();
    showSelected();
}

void PlanHistoryView::setDocument(Editing::PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &Editing::PlanDocument::mayEditChanged, this,
                &PlanHistoryView::updateButton);
    m_message->hide();
    m_model->setPlan(document ? document->planId() : QString());
    m_empty->setVisible(m_model->rowCount() == 0);
    showSelected();
}

void PlanHistoryView::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void PlanHistoryView::focusList()
{
    m_view->setFocus(Qt::ShortcutFocusReason);
    if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
}

int PlanHistoryView::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void PlanHistoryView::updateButton()
{
    const int row = selectedRow();
    m_restore->setEnabled(row >= 0 && m_document && m_document->mayEdit() &&
                          PlanHistory::mayRestore(m_model->change(row)));
}

void PlanHistoryView::showSelected()
{
    updateButton();
    const int row = selectedRow();
    if (row < 0) {
        m_detail->setHtml(
            u"<p>%1</p>"_s.arg(tr("Choose a change to see it whole.").toHtmlEscaped()));
        return;
    }
    const PlanHistory::Change &c = m_model->change(row);
    QString before = c.addsActivity() ? QString() : m_model->valueText(c.field, c.before);
    QString after = c.deletesActivity() ? QString() : m_model->valueText(c.field, c.after);
    QString beforeHtml;
    QString afterHtml;
    if (c.before.isString() && c.after.isString()) {
        // Text: the words that differ are marked.
        std::tie(beforeHtml, afterHtml) = SectionConflictDialog::markDifferences(before, after);
    } else {
        beforeHtml = before.toHtmlEscaped();
        afterHtml = after.toHtmlEscaped();
    }
    const QString when = RecordText::dateTime(c.at);
    const QString byline =
        c.pending ? tr("%1, %2 — not sent yet").arg(m_model->authorName(c.authorId), when)
                  : tr("%1, %2").arg(m_model->authorName(c.authorId), when);
    const QString dir = layoutDirection() == Qt::RightToLeft ? u"rtl"_s : u"ltr"_s;
    const QString cell =
        u"<td width=\"50%\" valign=\"top\" style=\"white-space:pre-wrap\">%1</td>"_s;
    m_detail->setHtml(u"<div dir=\"%1\"><p><b>%2</b><br>%3</p>"
                      "<table width=\"100%\" cellpadding=\"4\" border=\"1\" cellspacing=\"0\">"
                      "<tr><th>%4</th><th>%5</th></tr><tr>%6%7</tr></table></div>"_s.arg(
                          dir, m_model->subject(c).toHtmlEscaped(), byline.toHtmlEscaped(),
                          tr("Before").toHtmlEscaped(), tr("After").toHtmlEscaped(),
                          cell.arg(beforeHtml), cell.arg(afterHtml)));
}

void PlanHistoryView::restoreSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_document)
        return;
    const PlanHistory::Change change = m_model->change(row);
    const Core::Status done = m_document->restore(change);
    if (!done) {
        if (done.error().code == Core::ErrorCode::NotFound)
            showMessage(tr("This activity is no longer in the plan, or is back already."));
        else
            Q_EMIT restoreRefused(done.error());
        return;
    }
    m_message->hide();
    // The restore is the newest change now: it is chosen when it shows.
    m_selectNewest = true;
}

void PlanHistoryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setActive(true);
    m_empty->setVisible(m_model->rowCount() == 0);
}

void PlanHistoryView::hideEvent(QHideEvent *event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void PlanHistoryView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::LayoutDirectionChange)
        showSelected();
    QWidget::changeEvent(event);
}

void PlanHistoryView::retranslateUi()
{
    m_empty->setText(tr("No changes recorded yet. Each change to this plan appears here after "
                        "it is made, with who made it; changes sent by others arrive with the "
                        "next sync."));
    m_view->setAccessibleName(tr("Plan history"));
    m_detail->setAccessibleName(tr("The chosen change"));
    m_restore->setText(tr("Restore earlier value"));
    m_restore->setToolTip(tr("Put back the value from before this change, as a change of your "
                             "own"));
    m_model->retranslate();
    showSelected();
}

} // namespace Ui

#include "reviewsview.h"

#include "csvfile.h"
#include "desksession.h"
#include "editorsession.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "paper.h"
#include "prompter.h"
#include "recordtext.h"
#include "reviewdocument.h"
#include "reviewexport.h"
#include "reviewform.h"
#include "submissionfiltermodel.h"
#include "submissionmodel.h"
#include "submissiontext.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPdfWriter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;
using Editing::ReviewDocument;

using namespace Qt::StringLiterals;

namespace {

// The earliest day a date filter offers; at it, the filter says "Any date".
const QDate NoDateLimit(2000, 1, 1);

} // namespace

ReviewsView::ReviewsView(Core::LocalStore *store, SubmissionModel *model,
                         const MemberDirectory *members, Editing::DeskSession *desk,
                         Prompter *prompter, QWidget *parent)
    : MasterDetailView(u"reviewsSplitter"_s, parent)
    , m_store(store)
    , m_model(model)
    , m_members(members)
    , m_desk(desk)
    , m_prompter(prompter)
    , m_proxy(new SubmissionFilterModel(this))
    , m_table(new QTableView)
    , m_browser(new QTextBrowser)
    , m_form(new ReviewForm(store, desk))
    , m_detailSplitter(new QSplitter(Qt::Vertical))
    , m_count(new QLabel)
    , m_bulkResult(new QLabel)
    , m_programFilter(new QComboBox)
    , m_teamFilter(new QComboBox)
    , m_statusFilter(new QComboBox)
    , m_languageFilter(new QComboBox)
    , m_fromDate(new QDateEdit)
    , m_toDate(new QDateEdit)
    , m_programLabel(new QLabel)
    , m_teamLabel(new QLabel)
    , m_statusLabel(new QLabel)
    , m_languageLabel(new QLabel)
    , m_fromLabel(new QLabel)
    , m_toLabel(new QLabel)
    , m_queueLabel(new QLabel)
    , m_approveSelected(new QPushButton)
    , m_changesSelected(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
{
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(u"submissionTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // The queue: the oldest submission waits longest, so it comes first.
    m_table->sortByColumn(SubmissionModel::SubmittedColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several at once for a bulk decision (Shift or Ctrl with the arrows).
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::TeamColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::SubmittedColumn,
                                                      QHeaderView::ResizeToContents);

    // The filters.
    m_programFilter->setObjectName(u"reviewProgramFilter"_s);
    m_teamFilter->setObjectName(u"reviewTeamFilter"_s);
    m_statusFilter->setObjectName(u"reviewStatusFilter"_s);
    m_languageFilter->setObjectName(u"reviewLanguageFilter"_s);
    m_fromDate->setObjectName(u"reviewFromDate"_s);
    m_toDate->setObjectName(u"reviewToDate"_s);
    for (QDateEdit *date : {m_fromDate, m_toDate}) {
        date->setCalendarPopup(true);
        date->setMinimumDate(NoDateLimit);
        date->setDate(NoDateLimit);
        connect(date, &QDateEdit::dateChanged, this, &ReviewsView::applyFilters);
    }
    for (QComboBox *combo : {m_programFilter, m_teamFilter, m_statusFilter, m_languageFilter}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
        connect(combo, &QComboBox::currentIndexChanged, this, &ReviewsView::applyFilters);
    }
    const std::pair<QLabel *, QWidget *> buddies[] = {
        {m_programLabel, m_programFilter}, {m_teamLabel, m_teamFilter},
        {m_statusLabel, m_statusFilter},   {m_languageLabel, m_languageFilter},
        {m_fromLabel, m_fromDate},         {m_toLabel, m_toDate}};
    for (const auto &[label, field] : buddies)
        label->setBuddy(field);
    auto *filters = new QGridLayout;
    filters->addWidget(m_programLabel, 0, 0);
    filters->addWidget(m_programFilter, 0, 1);
    filters->addWidget(m_teamLabel, 0, 2);
    filters->addWidget(m_teamFilter, 0, 3);
    filters->addWidget(m_statusLabel, 1, 0);
    filters->addWidget(m_statusFilter, 1, 1);
    filters->addWidget(m_languageLabel, 1, 2);
    filters->addWidget(m_languageFilter, 1, 3);
    filters->addWidget(m_fromLabel, 2, 0);
    filters->addWidget(m_fromDate, 2, 1);
    filters->addWidget(m_toLabel, 2, 2);
    filters->addWidget(m_toDate, 2, 3);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);

    m_count->setObjectName(u"reviewCount"_s);
    m_bulkResult->setObjectName(u"reviewBulkResult"_s);
    m_bulkResult->setWordWrap(true);
    m_bulkResult->hide();
    m_approveSelected->setObjectName(u"approveSelectedButton"_s);
    m_changesSelected->setObjectName(u"requestChangesSelectedButton"_s);
    m_exportButton->setObjectName(u"exportReviewsButton"_s);
    m_printButton->setObjectName(u"printReviewButton"_s);
    m_pdfButton->setObjectName(u"saveReviewPdfButton"_s);

    auto *queue = new QWidget;
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(filters);
    auto *countRow = new QHBoxLayout;
    m_queueLabel->setBuddy(m_table);
    countRow->addWidget(m_queueLabel);
    countRow->addStretch(1);
    countRow->addWidget(m_count);
    queueLayout->addLayout(countRow);
    queueLayout->addWidget(m_table, 1);
    auto *bulkRow = new QHBoxLayout;
    bulkRow->addWidget(m_approveSelected);
    bulkRow->addWidget(m_changesSelected);
    bulkRow->addStretch(1);
    bulkRow->addWidget(m_exportButton);
    queueLayout->addLayout(bulkRow);
    queueLayout->addWidget(m_bulkResult);

    auto *detail = new QWidget;
    QVBoxLayout *detailLayout = MasterDetailView::detailLayout(detail);
    m_browser->setObjectName(u"reviewBrowser"_s);
    m_browser->setFrameShape(QFrame::NoFrame);
    m_detailSplitter->setObjectName(u"reviewDetailSplitter"_s);
    m_detailSplitter->setChildrenCollapsible(false);
    m_detailSplitter->addWidget(m_browser);
    m_detailSplitter->addWidget(m_form);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    auto *paperRow = new QHBoxLayout;
    paperRow->addStretch(1);
    paperRow->addWidget(m_printButton);
    paperRow->addWidget(m_pdfButton);
    detailLayout->addWidget(title());
    detailLayout->addWidget(m_detailSplitter, 1);
    detailLayout->addLayout(paperRow);
    setPanes(queue, detail, 2, 3, {500, 740});

    const auto addShortcut = [this](const QKeySequence &keys, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this]() { moveBy(1); });
    addShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this]() { moveBy(-1); });
    addShortcut(QKeySequence(QKeySequence::Print), &ReviewsView::print);
    // Return on a submission starts its review.
    connect(m_table, &QAbstractItemView::activated, m_form, &ReviewForm::focusFirstField);
    // The order Tab goes in: the filters, the queue, then the review.
    QWidget *order[] = {m_programFilter,   m_teamFilter,   m_statusFilter, m_languageFilter,
                        m_fromDate,        m_toDate,       m_table,        m_approveSelected,
                        m_changesSelected, m_exportButton, m_browser,      m_form,
                        m_printButton,     m_pdfButton};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    connect(m_form, &ReviewForm::nextRequested, this, [this]() { moveBy(1); });
    connect(m_form, &ReviewForm::previousRequested, this, [this]() { moveBy(-1); });
    connect(m_form, &ReviewForm::finished, this, &ReviewsView::openNextAfter);
    connect(m_form, &ReviewForm::draftChanged, m_model, &SubmissionModel::refreshDrafts);
    connect(m_approveSelected, &QPushButton::clicked, this,
            [this]() { decideSelected(ReviewDocument::Approved); });
    connect(m_changesSelected, &QPushButton::clicked, this,
            [this]() { decideSelected(ReviewDocument::ChangesRequested); });
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewsView::exportCsv);
    connect(m_printButton, &QPushButton::clicked, this, &ReviewsView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &ReviewsView::savePdf);

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.data(IdRole).toString();
                if (current.isValid())
                    m_selectedRow = current.row();
                showCurrent();
            });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this]() {
        const bool several = selectedIds().size() > 1;
        m_approveSelected->setEnabled(several);
        m_changesSelected->setEnabled(several);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        updateFilters();
        updateCount();
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showSubmission(keep))
            showCurrent();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ReviewsView::updateCount);
    m_approveSelected->setEnabled(false);
    m_changesSelected->setEnabled(false);
    updateFilters();
    retranslateUi();
}

bool ReviewsView::showSubmission(const QString &submissionId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == submissionId) {
            m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                  QItemSelectionModel::Rows);
            m_table->scrollTo(index);
            return true;
        }
    }
    return false;
}

bool ReviewsView::selectFirstSubmission()
{
    return m_proxy->rowCount() > 0 && showSubmission(m_proxy->index(0, 0).data(IdRole).toString());
}

QString ReviewsView::detailText() const
{
    return m_browser->toPlainText();
}

void ReviewsView::moveBy(int step)
{
    const int row = m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1;
    const int next = row + step;
    if (next < 0 || next >= m_proxy->rowCount())
        return;
    const bool inForm = m_form->isAncestorOf(focusWidget());
    showSubmission(m_proxy->index(next, 0).data(IdRole).toString());
    if (inForm)
        m_form->focusFirstField();
}

// After a review is saved: the submission after it in the queue (the one
// now in its place when the filter hides reviewed ones).
void ReviewsView::openNextAfter(const QString &submissionId)
{
    int row = -1;
    for (int r = 0; r < m_proxy->rowCount() && row < 0; ++r) {
        if (m_proxy->index(r, 0).data(IdRole).toString() == submissionId)
            row = r + 1;
    }
    if (row < 0)
        row = m_selectedRow;
    if (row >= 0 && row < m_proxy->rowCount())
        showSubmission(m_proxy->index(row, 0).data(IdRole).toString());
    else
        showSubmission(submissionId);
    m_form->focusFirstField();
}

void ReviewsView::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    m_form->setSubmission(index.isValid() ? index.data(IdRole).toString() : QString());
    m_printButton->setEnabled(index.isValid());
    m_pdfButton->setEnabled(index.isValid());
    if (!index.isValid()) {
        title()->setText(m_proxy->rowCount() > 0 ? tr("Choose a submission")
                                                 : tr("No submissions on this computer yet"));
        m_browser->setPlainText(m_proxy->rowCount() > 0
                                    ? tr("Select a submission to see its review.")
                                    : tr("Submitted action plans appear here after a sync."));
        return;
    }
    const QString team = index.siblingAtColumn(SubmissionModel::TeamColumn).data().toString();
    title()->setText(tr("Submission of %1").arg(team));
    // The page reads in the member's direction, tables included.
    render(m_browser->document(), false);
    m_browser->moveCursor(QTextCursor::Start);
}

void ReviewsView::render(QTextDocument *document, bool forPaper) const
{
    const QModelIndex index = m_table->currentIndex();
    SubmissionText::Input input;
    input.store = m_store;
    input.members = m_members;
    input.submissionId = index.data(IdRole).toString();
    input.direction = layoutDirection();
    input.review = Editing::latestReview(*m_store, input.submissionId);
    const Editing::EditorSession *writing =
        m_form->submissionId() == input.submissionId ? m_form->session() : nullptr;
    if (!forPaper) {
        input.reviewDetails = !writing; // the form shows the author's own review
    } else {
        input.heading =
            tr("Submission of %1")
                .arg(index.siblingAtColumn(SubmissionModel::TeamColumn).data().toString());
        // On paper, the review as it is being written here.
        if (writing) {
            const QJsonObject fields = writing->fields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                input.review.fields.insert(it.key(), it.value());
            if (input.review.id.isEmpty()) {
                input.review.id = u"draft"_s;
                input.review.fields.insert(u"facilitator_id"_s,
                                           m_desk ? m_desk->activeAuthorId() : QString());
            }
        }
    }
    SubmissionText::render(document, input);
}

void ReviewsView::changeEvent(QEvent *event)
{
    MasterDetailView::changeEvent(event);
    if (event->type() == QEvent::LayoutDirectionChange)
        showCurrent();
}

void ReviewsView::updateCount()
{
    int reviewed = 0;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        if (m_proxy->index(row, 0).data(SubmissionModel::QueueStatusRole).toInt() ==
            int(SubmissionModel::QueueStatus::Reviewed))
            ++reviewed;
    }
    //: The review queue: how many of the submissions shown are reviewed.
    m_count->setText(
        tr("%1 of %2 reviewed")
            .arg(QLocale().toString(reviewed), QLocale().toString(m_proxy->rowCount())));
}

// The programs, teams and languages the queue holds.
void ReviewsView::updateFilters()
{
    // By id, what the filter shows for it.
    QHash<QString, QString> programs;
    QHash<QString, QString> teams;
    QHash<QString, QString> languages;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, SubmissionModel::TeamColumn);
        const QString programId = i.data(SubmissionModel::ProgramRole).toString();
        if (!programId.isEmpty() && !programs.contains(programId)) {
            const auto program = m_store->records().get(Core::Entity::Program, programId);
            programs.insert(programId, program ? program->text(u"title") : programId);
        }
        teams.insert(i.data(SubmissionModel::TeamRole).toString(), i.data().toString());
        const QString language = i.data(SubmissionModel::LanguageRole).toString();
        if (!language.isEmpty())
            languages.insert(language, RecordText::languageName(language));
    }
    // Sorted as the member's language sorts; each keeps its choice while it is there.
    const auto fill = [](QComboBox *combo, const QString &all,
                         const QHash<QString, QString> &items) {
        const QSignalBlocker block(combo);
        const QString chosen = combo->currentData().toString();
        QList<std::pair<QString, QString>> sorted; // label, id
        for (auto it = items.begin(); it != items.end(); ++it)
            sorted.append({it.value(), it.key()});
        std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
            return QString::localeAwareCompare(a.first, b.first) < 0;
        });
        combo->clear();
        combo->addItem(all, QString());
        for (const auto &[label, id] : std::as_const(sorted))
            combo->addItem(label, id);
        combo->setCurrentIndex(std::max(0, combo->findData(chosen)));
    };
    fill(m_programFilter, tr("All programs"), programs);
    fill(m_teamFilter, tr("All teams"), teams);
    fill(m_languageFilter, tr("All languages"), languages);
    applyFilters();
}

void ReviewsView::applyFilters()
{
    m_proxy->setProgram(m_programFilter->currentData().toString());
    m_proxy->setTeam(m_teamFilter->currentData().toString());
    const QVariant status = m_statusFilter->currentData();
    m_proxy->setQueueStatus(status.isValid() ? std::optional<int>(status.toInt()) : std::nullopt);
    m_proxy->setLanguage(m_languageFilter->currentData().toString());
    const auto limit = [](const QDateEdit *edit) {
        return edit->date() == NoDateLimit ? QDate() : edit->date();
    };
    m_proxy->setDates(limit(m_fromDate), limit(m_toDate));
    updateCount();
}

QStringList ReviewsView::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << i.data(IdRole).toString();
    return ids;
}

// One decision for several submissions: each review with every required
// score is saved; the others keep the decision in their draft.
void ReviewsView::decideSelected(const QString &decision)
{
    const QStringList ids = selectedIds();
    if (ids.size() < 2 || !m_prompter)
        return;
    const QLocale locale;
    const QString question =
        decision == ReviewDocument::Approved
            ? tr("Approve the %1 selected submissions? Each review that has every required "
                 "score is saved and goes at the next sync; the others keep the decision in "
                 "their draft.")
                  .arg(locale.toString(ids.size()))
            : tr("Ask for changes on the %1 selected submissions? Each review that has every "
                 "required score and a comment is saved and goes at the next sync; the others "
                 "keep the decision in their draft.")
                  .arg(locale.toString(ids.size()));
    m_prompter->confirm(
        this, tr("Decide for several submissions"), question,
        decision == ReviewDocument::Approved ? tr("Approve") : tr("Ask for changes"),
        [this, ids, decision](bool accepted) {
            if (!accepted)
                return;
            // The form lets go of its submission first: one writer a review.
            const QString shown = m_form->submissionId();
            m_form->setSubmission({});
            const ReviewDocument::Decided decided =
                ReviewDocument::decideAll(m_store, m_desk, ids, decision);
            QStringList teams;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex i = m_model->index(row, SubmissionModel::TeamColumn);
                if (decided.incomplete.contains(i.data(IdRole).toString()))
                    teams << i.data().toString();
            }
            const QLocale locale;
            QStringList parts{tr("%n review(s) saved.", nullptr, decided.saved)};
            if (!teams.isEmpty())
                parts << tr("Still to complete: %1.").arg(locale.createSeparatedList(teams));
            if (decided.notYours > 0)
                parts << tr("%n submission(s) not yours to review were left as they were.", nullptr,
                            decided.notYours);
            m_bulkResult->setText(parts.join(u' '));
            m_bulkResult->show();
            m_model->refreshDrafts();
            m_form->setSubmission(shown);
            showCurrent();
        });
}

QList<QStringList> ReviewsView::exportRows() const
{
    // The rows selected when there are several, else every row shown; in
    // the queue's order.
    const QStringList selected = selectedIds();
    QList<ReviewExport::Item> items;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex status = m_proxy->index(row, SubmissionModel::StatusColumn);
        const QString id = status.data(IdRole).toString();
        if (selected.size() < 2 || selected.contains(id))
            items.append({id, status.data().toString()});
    }
    return ReviewExport::rows(*m_store, *m_members, items);
}

void ReviewsView::exportCsv()
{
    saveCsvAs(this, m_prompter, tr("Export reviews"), tr("reviews.csv"),
              [this]() { return exportRows(); });
}

void ReviewsView::print()
{
    if (!m_table->currentIndex().isValid())
        return;
    printWithDialog(this, title()->text(), [this](QPagedPaintDevice *printer) {
        QTextDocument paper;
        render(&paper, true);
        paper.print(printer);
    });
}

void ReviewsView::savePdf()
{
    if (!m_prompter || !m_table->currentIndex().isValid())
        return;
    m_prompter->chooseSaveFile(
        this, tr("Save as PDF"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("review.pdf")),
        tr("PDF files (*.pdf)"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            QPdfWriter writer(path);
            preparePdf(writer, title()->text());
            QTextDocument paper;
            QTextOption option = paper.defaultTextOption();
            option.setTextDirection(layoutDirection());
            paper.setDefaultTextOption(option);
            render(&paper, true);
            paper.print(&writer);
        });
}

void ReviewsView::retranslateUi()
{
    {
        const QSignalBlocker block(m_statusFilter);
        const int chosen = std::max(0, m_statusFilter->currentIndex());
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All submissions"));
        m_statusFilter->addItem(tr("Awaiting review"), int(SubmissionModel::QueueStatus::Awaiting));
        m_statusFilter->addItem(tr("Review being written"),
                                int(SubmissionModel::QueueStatus::Draft));
        m_statusFilter->addItem(tr("Reviewed"), int(SubmissionModel::QueueStatus::Reviewed));
        m_statusFilter->setCurrentIndex(chosen);
    }
    m_programLabel->setText(tr("P&rogram:"));
    m_teamLabel->setText(tr("&Team:"));
    m_statusLabel->setText(tr("St&atus:"));
    m_languageLabel->setText(tr("La&nguage:"));
    m_fromLabel->setText(tr("Sent fro&m:"));
    m_toLabel->setText(tr("to:"));
    m_queueLabel->setText(tr("Su&bmissions"));
    m_programFilter->setAccessibleName(tr("Program"));
    m_teamFilter->setAccessibleName(tr("Team"));
    m_statusFilter->setAccessibleName(tr("Show submissions"));
    m_languageFilter->setAccessibleName(tr("Plan language"));
    m_fromDate->setAccessibleName(tr("Sent from"));
    m_toDate->setAccessibleName(tr("Sent until"));
    for (QDateEdit *date : {m_fromDate, m_toDate})
        date->setSpecialValueText(tr("Any date"));
    m_approveSelected->setText(tr("Approve selected…"));
    m_approveSelected->setToolTip(
        tr("Select several submissions with Shift or Ctrl and the arrow keys first"));
    m_changesSelected->setText(tr("Ask for changes on selected…"));
    m_changesSelected->setToolTip(m_approveSelected->toolTip());
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(
        tr("The scores and decisions of the submissions shown (or selected), for a spreadsheet"));
    m_printButton->setText(tr("Print…"));
    m_printButton->setToolTip(tr("Print the submission and its review (Ctrl+P)"));
    m_pdfButton->setText(tr("Save as PDF…"));
    updateFilters();
    updateCount();
    m_table->setAccessibleName(tr("Submissions"));
    m_browser->setAccessibleName(tr("Submission"));
    showCurrent();
}

} // namespace Ui

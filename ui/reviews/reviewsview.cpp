#include "reviewsview.h"

#include "csv.h"
#include "desksession.h"
#include "editorsession.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "paper.h"
#include "plandocument.h"
#include "prompter.h"
#include "recordtext.h"
#include "reviewdocument.h"
#include "reviewform.h"
#include "submissionfiltermodel.h"
#include "submissionmodel.h"
#include "teamscope.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QPdfWriter>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;
using Editing::ReviewDocument;

using namespace Qt::StringLiterals;

namespace {

// The review's text: plain, bold, and a heading a little larger.
struct TextFormats {
    QTextCharFormat plain;
    QTextCharFormat bold;
    QTextCharFormat heading;
};

TextFormats textFormats(const QFont &font)
{
    TextFormats f;
    f.bold.setFontWeight(QFont::Bold);
    f.heading = f.bold;
    f.heading.setFontPointSize((font.pointSizeF() > 0 ? font.pointSizeF() : 10) * 1.15);
    return f;
}

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
    for (int r = 0; r < m_proxy->rowCount(); ++r) {
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
    QTextOption option = m_browser->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    m_browser->document()->setDefaultTextOption(option);
    render(m_browser->document(), false);
    m_browser->moveCursor(QTextCursor::Start);
}

void ReviewsView::render(QTextDocument *document, bool forPaper) const
{
    document->clear();
    const QString submissionId = m_table->currentIndex().data(IdRole).toString();
    const auto submission = m_store->records().get(Core::Entity::Submission, submissionId);
    const auto reviews = m_store->records().list(Core::Entity::Review, u"submission_id",
                                                 submissionId, u"reviewed_at");
    QTextCursor cursor(document);
    const auto [plain, bold, heading] = textFormats(document->defaultFont());
    const QLocale locale;
    auto paragraph = [&](const QString &text, const QTextCharFormat &format) {
        if (!cursor.atStart())
            cursor.insertBlock();
        cursor.insertText(text, format);
    };
    if (forPaper)
        paragraph(tr("Submission of %1")
                      .arg(m_table->currentIndex()
                               .siblingAtColumn(SubmissionModel::TeamColumn)
                               .data()
                               .toString()),
                  heading);
    if (submission) {
        paragraph(tr("Submitted on %1 by %2")
                      .arg(RecordText::dateTime(submission->text(u"submitted_at")),
                           m_members->displayName(submission->text(u"submitted_by"))),
                  plain);
    }
    const Core::Rubric rubric =
        submission ? Editing::rubricOfTeam(*m_store, submission->text(u"team_id")) : Core::Rubric();
    // What the review says: the one stored; on paper, the one being written here.
    Core::Record review;
    if (reviews && !reviews->isEmpty())
        review = reviews->last(); // the latest review decides
    const bool writing = m_form->isWriting() && m_form->submissionId() == submissionId;
    if (forPaper && writing) {
        if (const Editing::EditorSession *session = m_form->session()) {
            const QJsonObject fields = session->fields();
            for (auto it = fields.begin(); it != fields.end(); ++it)
                review.fields.insert(it.key(), it.value());
            if (review.id.isEmpty()) {
                review.id = u"draft"_s;
                review.fields.insert(u"facilitator_id"_s,
                                     m_desk ? m_desk->activeAuthorId() : QString());
            }
        }
    }
    if (!review.id.isEmpty()) {
        const QString when = review.text(u"reviewed_at");
        const QString who = m_members->displayName(review.text(u"facilitator_id"));
        paragraph(when.isEmpty() ? tr("Review by %1, not saved yet").arg(who)
                                 : tr("Reviewed on %1 by %2").arg(RecordText::dateTime(when), who),
                  plain);
    }
    // On screen the form shows the author's own review.
    if (!review.id.isEmpty() && (forPaper || !writing)) {
        const QString decision = review.text(u"decision");
        if (!decision.isEmpty())
            paragraph(tr("Decision: %1").arg(RecordText::decision(decision)), bold);
        // The criteria as the program's rubric names them, in its order.
        const QList<Core::Rubric::Score> scores = rubric.scoresOf(review.fields.value("scores"_L1));
        // One line a criterion: it reads in the page's direction, and in
        // order to a screen reader.
        if (!scores.isEmpty()) {
            paragraph(tr("Scores"), bold);
            for (const Core::Rubric::Score &score : scores) {
                //: A review's score of a criterion: "Clarity of the challenge: 3 of 4".
                paragraph(
                    tr("%1: %2 of %3")
                        .arg(score.title.isEmpty() ? RecordText::fieldName(score.id) : score.title,
                             locale.toString(score.score), locale.toString(Core::Rubric::MaxScore)),
                    plain);
            }
        }
        const QString comment = review.text(u"comment");
        if (!comment.isEmpty()) {
            paragraph(tr("Comment"), bold);
            paragraph(comment, plain);
        }
    } else if (review.id.isEmpty()) {
        paragraph(tr("Awaiting review"), bold);
    }
    if (submission)
        renderSnapshot(cursor, *submission);
}

// The plan as the team submitted it: what changed since their previous
// submission, its sections, and its activities.
void ReviewsView::renderSnapshot(QTextCursor &cursor, const Core::Record &submission) const
{
    const auto [plain, bold, heading] = textFormats(cursor.document()->defaultFont());
    const QLocale locale;
    const QJsonObject snapshot = submission.fields.value("snapshot"_L1).toObject();
    const QJsonObject plan = snapshot.value("plan"_L1).toObject();
    const QJsonArray activities = snapshot.value("activities"_L1).toArray();
    if (plan.isEmpty() && activities.isEmpty())
        return;
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("The plan as submitted"), heading);

    // What changed since the team's submission before this one.
    const auto all = m_store->records().list(Core::Entity::Submission, u"plan_id",
                                             submission.text(u"plan_id"), u"submitted_at");
    if (all) {
        const Core::Record *previous = nullptr;
        for (const Core::Record &s : *all) {
            if (s.id == submission.id)
                break;
            previous = &s;
        }
        if (previous) {
            const Editing::PlanDocument::Changes c = Editing::PlanDocument::changesBetween(
                previous->fields.value("snapshot"_L1).toObject(), snapshot);
            cursor.insertBlock();
            cursor.insertText(RecordText::planChanges(c.sections, c.added, c.changed, c.removed),
                              plain);
        }
    }
    for (const QString &field : Editing::PlanDocument::sectionFields()) {
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(RecordText::fieldName(field), bold);
        cursor.insertBlock();
        const QString text = plan.value(field).toString();
        cursor.insertText(text.isEmpty() ? RecordText::notSet() : text, plain);
    }
    if (activities.isEmpty())
        return;
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("Activities (%1)").arg(locale.toString(activities.size())), bold);
    QTextTableFormat format;
    format.setCellPadding(3);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setBorder(0.5);
    format.setCellSpacing(0);
    format.setHeaderRowCount(1);
    QTextTable *rows = cursor.insertTable(int(activities.size()) + 1, 4, format);
    // Qt lays a rich text table out left to right whatever the text's
    // direction: in Arabic the columns go in from the right.
    const bool mirrored = layoutDirection() == Qt::RightToLeft;
    const auto cell = [&](int row, int column) {
        return rows->cellAt(row, mirrored ? 3 - column : column).firstCursorPosition();
    };
    const QStringList headers{RecordText::fieldName(u"what"),
                              RecordText::fieldName(u"responsible_id"), tr("Dates"),
                              RecordText::fieldName(u"status")};
    for (int column = 0; column < 4; ++column)
        cell(0, column).insertText(headers.at(column), bold);
    for (int row = 0; row < activities.size(); ++row) {
        const QJsonObject a = activities.at(row).toObject();
        const QStringList cells{a.value("what"_L1).toString(),
                                m_members->displayName(a.value("responsible_id"_L1).toString()),
                                RecordText::dateRange(a.value("starts_on"_L1).toString(),
                                                      a.value("ends_on"_L1).toString()),
                                RecordText::activityStatus(a.value("status"_L1).toString())};
        for (int column = 0; column < 4; ++column)
            cell(row + 1, column).insertText(cells.at(column), plain);
    }
    cursor.movePosition(QTextCursor::End);
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
        if (m_proxy->index(row, 0).data(SubmissionModel::ReviewedRole).toBool())
            ++reviewed;
    }
    //: The review queue: how many of the submissions shown are reviewed.
    m_count->setText(
        tr("%1 of %2 reviewed")
            .arg(QLocale().toString(reviewed), QLocale().toString(m_proxy->rowCount())));
}

// The programs, teams and languages the queue holds, each filter keeping
// its choice while it is still there.
void ReviewsView::updateFilters()
{
    QMap<QString, QString> programs; // title -> id, sorted by title
    QMap<QString, QString> teams;
    QMap<QString, QString> languages;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex i = m_model->index(row, 0);
        const QString programId = i.data(SubmissionModel::ProgramRole).toString();
        if (!programId.isEmpty() && !programs.values().contains(programId)) {
            const auto program = m_store->records().get(Core::Entity::Program, programId);
            programs.insert(program ? program->text(u"title") : programId, programId);
        }
        teams.insert(i.data().toString(), i.data(SubmissionModel::TeamRole).toString());
        const QString language = i.data(SubmissionModel::LanguageRole).toString();
        if (!language.isEmpty())
            languages.insert(RecordText::languageName(language), language);
    }
    const auto fill = [](QComboBox *combo, const QString &all,
                         const QMap<QString, QString> &items) {
        const QSignalBlocker block(combo);
        const QString chosen = combo->currentData().toString();
        combo->clear();
        combo->addItem(all, QString());
        for (auto it = items.begin(); it != items.end(); ++it)
            combo->addItem(it.key(), it.value());
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
            int saved = 0;
            QStringList incomplete;
            int notYours = 0;
            for (const QString &id : ids) {
                ReviewDocument doc(m_store, m_desk, id);
                if (!doc.session()) {
                    ++notYours;
                    continue;
                }
                doc.session()->setValue(u"decision"_s, decision);
                if (doc.finish())
                    ++saved;
                else
                    incomplete << id;
            }
            QStringList teams;
            for (int row = 0; row < m_model->rowCount(); ++row) {
                const QModelIndex i = m_model->index(row, 0);
                if (incomplete.contains(i.data(IdRole).toString()))
                    teams << i.data().toString();
            }
            const QLocale locale;
            QStringList parts{tr("%n review(s) saved.", nullptr, saved)};
            if (!teams.isEmpty())
                parts << tr("Still to complete: %1.").arg(locale.createSeparatedList(teams));
            if (notYours > 0)
                parts << tr("%n submission(s) not yours to review were left as they were.", nullptr,
                            notYours);
            m_bulkResult->setText(parts.join(u' '));
            m_bulkResult->show();
            m_model->refreshDrafts();
            m_form->setSubmission(shown);
            showCurrent();
        });
}

QList<QStringList> ReviewsView::exportRows() const
{
    QStringList ids = selectedIds();
    if (ids.size() < 2) {
        ids.clear();
        for (int row = 0; row < m_proxy->rowCount(); ++row)
            ids << m_proxy->index(row, 0).data(IdRole).toString();
    } else {
        // In the queue's order.
        QStringList ordered;
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QString id = m_proxy->index(row, 0).data(IdRole).toString();
            if (ids.contains(id))
                ordered << id;
        }
        ids = ordered;
    }
    const QLocale locale;
    // The criteria of every rubric involved, in the order first met.
    QStringList criteria;
    QHash<QString, QString> criterionTitles;
    struct Row {
        Core::Record submission;
        Core::Record review;
        QString team;
        QString program;
        QString status;
    };
    QList<Row> rows;
    for (const QString &id : std::as_const(ids)) {
        const auto submission = m_store->records().get(Core::Entity::Submission, id);
        if (!submission)
            continue;
        Row row;
        row.submission = *submission;
        if (const auto reviews =
                m_store->records().list(Core::Entity::Review, u"submission_id", id, u"reviewed_at");
            reviews && !reviews->isEmpty())
            row.review = reviews->last();
        const QString teamId = submission->text(u"team_id");
        if (const auto team = m_store->records().get(Core::Entity::Team, teamId)) {
            row.team = team->text(u"name");
            if (const auto program =
                    m_store->records().get(Core::Entity::Program, team->text(u"program_id")))
                row.program = program->text(u"title");
        }
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex i = m_model->index(r, SubmissionModel::StatusColumn);
            if (i.data(IdRole).toString() == id)
                row.status = i.data().toString();
        }
        for (const Core::Rubric::Criterion &c : Editing::rubricOfTeam(*m_store, teamId).criteria) {
            if (!criteria.contains(c.id)) {
                criteria << c.id;
                criterionTitles.insert(c.id, c.title);
            }
        }
        rows << row;
    }
    QStringList header{tr("Team"),     tr("Program"),  tr("Submitted"),  tr("Status"),
                       tr("Decision"), tr("Reviewer"), tr("Reviewed on")};
    for (const QString &c : std::as_const(criteria))
        header << criterionTitles.value(c);
    header << tr("Mean score") << tr("Comment");
    QList<QStringList> table{header};
    for (const Row &row : std::as_const(rows)) {
        const bool reviewed = !row.review.id.isEmpty();
        const QString decision = row.review.text(u"decision");
        QStringList cells{
            row.team,
            row.program,
            locale.toString(RecordText::parseDateTime(row.submission.text(u"submitted_at")),
                            QLocale::ShortFormat),
            row.status,
            decision.isEmpty() ? QString() : RecordText::decision(decision),
            reviewed ? m_members->displayName(row.review.text(u"facilitator_id")) : QString(),
            reviewed ? locale.toString(RecordText::parseDateTime(row.review.text(u"reviewed_at")),
                                       QLocale::ShortFormat)
                     : QString()};
        const QJsonObject scores = row.review.fields.value("scores"_L1).toObject();
        double sum = 0;
        int scored = 0;
        for (const QString &c : std::as_const(criteria)) {
            const double score = scores.value(c).toDouble(0);
            cells << (score > 0 ? locale.toString(score) : QString());
            if (score > 0) {
                sum += score;
                ++scored;
            }
        }
        cells << (scored > 0 ? locale.toString(sum / scored, 'f', 2) : QString());
        cells << row.review.text(u"comment");
        table << cells;
    }
    return table;
}

void ReviewsView::exportCsv()
{
    if (!m_prompter)
        return;
    m_prompter->chooseSaveFile(
        this, tr("Export reviews"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(tr("reviews.csv")),
        tr("CSV files (*.csv)"), [this](const QString &path) {
            if (path.isEmpty())
                return;
            QSaveFile file(path);
            const QByteArray csv = Core::Csv::document(
                exportRows(), Core::Csv::separatorFor(QLocale().decimalPoint().at(0)));
            if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() ||
                !file.commit()) {
                m_prompter->inform(this, tr("Export reviews"),
                                   tr("The reviews could not be saved as %1.")
                                       .arg(QDir::toNativeSeparators(path)));
            }
        });
}

void ReviewsView::print()
{
    if (!m_table->currentIndex().isValid())
        return;
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(title()->text());
    auto *dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, printer](int result) {
        if (result == QDialog::Accepted) {
            QTextDocument paper;
            render(&paper, true);
            paper.print(printer);
        }
        delete printer;
    });
    dialog->open();
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

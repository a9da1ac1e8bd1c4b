#include "reviewsview.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "plandocument.h"
#include "recordtext.h"
#include "submissionmodel.h"
#include "teamscope.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;

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
    f.heading.setFontPointSize(font.pointSizeF() * 1.15);
    return f;
}

} // namespace

ReviewsView::ReviewsView(Core::LocalStore *store, SubmissionModel *model,
                         const MemberDirectory *members, QWidget *parent)
    : MasterDetailView(u"reviewsSplitter"_s, parent)
    , m_store(store)
    , m_model(model)
    , m_members(members)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView)
    , m_browser(new QTextBrowser)
    , m_count(new QLabel)
    , m_statusFilter(new QComboBox)
{

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(u"submissionTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    // The queue: the oldest submission waits longest, so it comes first.
    m_table->sortByColumn(SubmissionModel::SubmittedColumn, Qt::AscendingOrder);
    // Awaiting review, reviewed, or all.
    m_proxy->setFilterRole(SubmissionModel::ReviewedRole);
    m_proxy->setFilterKeyColumn(SubmissionModel::TeamColumn);
    m_statusFilter->setObjectName(u"reviewStatusFilter"_s);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString reviewed = m_statusFilter->itemData(index).toString();
        m_proxy->setFilterRegularExpression(reviewed.isEmpty() ? QString()
                                                               : u"^%1$"_s.arg(reviewed));
        updateCount();
    });
    m_count->setObjectName(u"reviewCount"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrows move in it
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::TeamColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::StatusColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SubmissionModel::SubmittedColumn,
                                                      QHeaderView::ResizeToContents);

    auto *detail = new QWidget;
    QVBoxLayout *detailLayout = MasterDetailView::detailLayout(detail);
    m_browser->setObjectName(u"reviewBrowser"_s);
    m_browser->setFrameShape(QFrame::NoFrame);
    detailLayout->addWidget(title());
    detailLayout->addWidget(m_browser, 1);

    auto *queue = new QWidget;
    auto *queueLayout = new QVBoxLayout(queue);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_count, 1);
    filterRow->addWidget(m_statusFilter);
    queueLayout->addLayout(filterRow);
    queueLayout->addWidget(m_table, 1);
    setPanes(queue, detail, 2, 3, {500, 740});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.data(IdRole).toString();
                showCurrent();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
        updateCount();
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showSubmission(keep))
            showCurrent();
    });
    retranslateUi();
}

bool ReviewsView::showSubmission(const QString &submissionId)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(IdRole).toString() == submissionId) {
            m_table->setCurrentIndex(index);
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

void ReviewsView::showCurrent()
{
    const QModelIndex index = m_table->currentIndex();
    m_browser->clear();
    // The page reads in the member's direction, tables included.
    QTextOption option = m_browser->document()->defaultTextOption();
    option.setTextDirection(layoutDirection());
    m_browser->document()->setDefaultTextOption(option);
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
    const QString submissionId = index.data(IdRole).toString();
    const auto submission = m_store->records().get(Core::Entity::Submission, submissionId);
    const auto reviews = m_store->records().list(Core::Entity::Review, u"submission_id",
                                                 submissionId, u"reviewed_at");

    QTextCursor cursor(m_browser->document());
    const auto [plain, bold, heading] = textFormats(m_browser->font());
    const QLocale locale;
    auto paragraph = [&](const QString &text, const QTextCharFormat &format) {
        if (!cursor.atStart())
            cursor.insertBlock();
        cursor.insertText(text, format);
    };
    if (submission) {
        paragraph(tr("Submitted on %1 by %2")
                      .arg(RecordText::dateTime(submission->text(u"submitted_at")),
                           m_members->displayName(submission->text(u"submitted_by"))),
                  plain);
    }
    const Core::Rubric rubric =
        submission ? Editing::rubricOfTeam(*m_store, submission->text(u"team_id")) : Core::Rubric();
    if (reviews && !reviews->isEmpty()) {
        const Core::Record review = reviews->last(); // the latest review decides
        paragraph(tr("Reviewed on %1 by %2")
                      .arg(RecordText::dateTime(review.text(u"reviewed_at")),
                           m_members->displayName(review.text(u"facilitator_id"))),
                  plain);
        paragraph(tr("Decision: %1").arg(RecordText::decision(review.text(u"decision"))), bold);
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
    } else {
        paragraph(tr("Awaiting review"), bold);
    }
    if (submission)
        showSnapshot(cursor, *submission);
    m_browser->moveCursor(QTextCursor::Start);
}

// The plan as the team submitted it: what changed since their previous
// submission, its sections, and its activities.
void ReviewsView::showSnapshot(QTextCursor &cursor, const Core::Record &submission)
{
    const auto [plain, bold, heading] = textFormats(m_browser->font());
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
    const int all = m_model->rowCount();
    const int waiting = m_model->pendingCount();
    //: The review queue: how many of the submissions shown are reviewed.
    m_count->setText(
        tr("%1 of %2 reviewed").arg(QLocale().toString(all - waiting), QLocale().toString(all)));
}

void ReviewsView::retranslateUi()
{
    const int chosen = std::max(0, m_statusFilter->currentIndex());
    {
        const QSignalBlocker block(m_statusFilter);
        m_statusFilter->clear();
        m_statusFilter->addItem(tr("All submissions"), QString());
        m_statusFilter->addItem(tr("Awaiting review"), u"false"_s);
        m_statusFilter->addItem(tr("Reviewed"), u"true"_s);
        m_statusFilter->setCurrentIndex(chosen);
    }
    m_statusFilter->setAccessibleName(tr("Show submissions"));
    updateCount();
    m_table->setAccessibleName(tr("Submissions"));
    m_browser->setAccessibleName(tr("Review"));
    showCurrent();
}

} // namespace Ui

#include "reviewsview.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"
#include "submissionmodel.h"

#include <QEvent>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextTable>
#include <QVBoxLayout>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

namespace {

// Rubric scores as (criterion, score) pairs, from {"criterion": score} or
// [{"criterion": …, "score": …}].
QList<std::pair<QString, QString>> scoreRows(const QJsonValue &value)
{
    QList<std::pair<QString, QString>> rows;
    auto text = [](const QJsonValue &v) {
        return v.isDouble() ? QLocale().toString(v.toDouble()) : v.toString();
    };
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            rows.append({it.key(), text(it.value())});
    } else {
        for (const QJsonValue &v : value.toArray()) {
            const QJsonObject o = v.toObject();
            QString name = o.value("criterion"_L1).toString();
            if (name.isEmpty())
                name = o.value("name"_L1).toString();
            rows.append({name, text(o.value("score"_L1))});
        }
    }
    return rows;
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
{

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SortRole);
    m_proxy->setSortLocaleAware(true);
    m_table->setObjectName(u"submissionTable"_s);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SubmissionModel::SubmittedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
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

    setPanes(m_table, detail, 2, 3, {500, 740});

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_selectedId = current.data(IdRole).toString();
                showCurrent();
            });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this]() {
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
    QTextCharFormat plain;
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    if (submission) {
        cursor.insertText(tr("Submitted on %1 by %2")
                              .arg(RecordText::dateTime(submission->text(u"submitted_at")),
                                   m_members->displayName(submission->text(u"submitted_by"))),
                          plain);
        cursor.insertBlock();
    }
    if (!reviews || reviews->isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Awaiting review"), bold);
        return;
    }
    const Core::Record review = reviews->last(); // the latest review decides
    cursor.insertText(tr("Reviewed on %1 by %2")
                          .arg(RecordText::dateTime(review.text(u"reviewed_at")),
                               m_members->displayName(review.text(u"facilitator_id"))),
                      plain);
    cursor.insertBlock();
    cursor.insertBlock();
    cursor.insertText(tr("Decision: %1").arg(RecordText::decision(review.text(u"decision"))), bold);
    const auto scores = scoreRows(review.fields.value("scores"_L1));
    if (!scores.isEmpty()) {
        cursor.insertBlock();
        cursor.insertBlock();
        cursor.insertText(tr("Scores"), bold);
        QTextTableFormat tableFormat;
        tableFormat.setCellPadding(4);
        tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_None);
        QTextTable *table = cursor.insertTable(int(scores.size()), 2, tableFormat);
        for (qsizetype row = 0; row < scores.size(); ++row) {
            QString criterion = scores[row].first;
            criterion.replace(u'_', u' ');
            table->cellAt(int(row), 0).firstCursorPosition().insertText(criterion, plain);
            table->cellAt(int(row), 1).firstCursorPosition().insertText(scores[row].second, bold);
        }
        cursor.movePosition(QTextCursor::End);
    }
    const QString comment = review.text(u"comment");
    if (!comment.isEmpty()) {
        cursor.insertBlock();
        cursor.insertText(tr("Comment"), bold);
        cursor.insertBlock();
        cursor.insertText(comment, plain);
    }
    m_browser->moveCursor(QTextCursor::Start);
}

void ReviewsView::retranslateUi()
{
    m_table->setAccessibleName(tr("Submissions"));
    m_browser->setAccessibleName(tr("Review"));
    showCurrent();
}

} // namespace Ui

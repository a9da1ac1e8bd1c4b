#include "submissionmodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "recordtext.h"
#include "reviewdocument.h"
#include "teamscope.h"

#include <QHash>

#include <algorithm>

namespace Ui {

using Editing::TeamScope;

using namespace Qt::StringLiterals;

SubmissionModel::SubmissionModel(Core::LocalStore *store, const OutboxMarks *marks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_marks(marks)
{
    if (m_marks)
        connect(m_marks, &OutboxMarks::changed, this, &SubmissionModel::updateMarks);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Submission) || e.contains(Core::Entity::Review) ||
            e.contains(Core::Entity::Team))
            reload();
    });
    reload();
}

void SubmissionModel::setMember(const QString &memberId, const QStringList &roles)
{
    if (memberId == m_memberId && roles == m_roles)
        return;
    m_memberId = memberId;
    m_roles = roles;
    reload();
}

void SubmissionModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        const TeamScope scope = TeamScope::forMember(*m_store, m_memberId, m_roles);
        QHash<QString, QString> teamNames;
        QHash<QString, QString> programs; // by team
        if (const auto teams = m_store->records().listOutline(
                Core::Entity::Team, {u"name"_s, u"program_id"_s}, {}, {}, {})) {
            for (const Core::Record &t : *teams) {
                teamNames.insert(t.id, t.text(u"name"));
                programs.insert(t.id, t.text(u"program_id"));
            }
        }
        QHash<QString, QString> languages; // by plan
        if (const auto plans = m_store->records().listOutline(Core::Entity::ActionPlan,
                                                              {u"language"_s}, {}, {}, {})) {
            for (const Core::Record &p : *plans)
                languages.insert(p.id, p.text(u"language"));
        }
        QHash<QString, QString> decisions;
        if (const auto reviews = m_store->records().listOutline(
                Core::Entity::Review, {u"submission_id"_s, u"decision"_s}, {}, {}, {})) {
            for (const Core::Record &r : *reviews)
                decisions.insert(r.text(u"submission_id"), r.text(u"decision"));
        }
        if (const auto submissions = m_store->records().listOutline(
                Core::Entity::Submission,
                {u"team_id"_s, u"plan_id"_s, u"status"_s, u"submitted_at"_s}, {}, {},
                u"submitted_at")) {
            for (auto it = submissions->crbegin(); it != submissions->crend(); ++it) {
                const QString teamId = it->text(u"team_id");
                if (!scope.contains(teamId))
                    continue;
                const auto decision = decisions.constFind(it->id);
                Submission row;
                row.id = it->id;
                row.teamId = teamId;
                row.teamName = teamNames.value(teamId);
                row.programId = programs.value(teamId);
                row.language = languages.value(it->text(u"plan_id"));
                row.status = it->text(u"status");
                row.submittedAt = it->text(u"submitted_at");
                row.reviewed = decision != decisions.cend();
                row.decision = row.reviewed ? *decision : QString();
                m_rows.push_back(row);
            }
        }
    }
    endResetModel();
    updateMarks();
    refreshDrafts();
}

void SubmissionModel::refreshDrafts()
{
    if (m_rows.empty())
        return;
    const QSet<QString> drafted = Editing::ReviewDocument::draftedSubmissions(*m_store);
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const bool d = drafted.contains(m_rows[row].id);
        if (d == m_rows[row].drafted)
            continue;
        m_rows[row].drafted = d;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void SubmissionModel::updateMarks()
{
    if (!m_marks || m_rows.empty())
        return;
    // A submission is marked by its own changes and by those of its review.
    QHash<QString, OutboxMarks::Mark> bySubmission = m_marks->marksOf(Core::Entity::Submission);
    const QHash<QString, OutboxMarks::Mark> reviews = m_marks->marksOf(Core::Entity::Review);
    for (auto it = reviews.cbegin(); it != reviews.cend(); ++it) {
        const auto review = m_store->records().get(Core::Entity::Review, it.key());
        if (!review)
            continue;
        OutboxMarks::Mark &mark = bySubmission[review->text(u"submission_id")];
        mark = std::max(mark, it.value());
    }
    for (size_t row = 0; row < m_rows.size(); ++row) {
        const OutboxMarks::Mark mark = bySubmission.value(m_rows[row].id, OutboxMarks::Mark::None);
        if (mark == m_rows[row].mark)
            continue;
        m_rows[row].mark = mark;
        Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1));
    }
}

void SubmissionModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int SubmissionModel::pendingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Submission &s) { return !s.reviewed; }));
}

QString SubmissionModel::statusText(const Submission &s) const
{
    if (!s.reviewed && s.drafted)
        return tr("Review being written");
    if (s.reviewed)
        return s.decision.isEmpty() ? RecordText::submissionStatus(u"reviewed"_s)
                                    : RecordText::decision(s.decision);
    if (s.status.isEmpty() || s.status == u"submitted")
        return RecordText::submissionStatus(u"submitted"_s);
    return RecordText::submissionStatus(s.status);
}

int SubmissionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SubmissionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SubmissionModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Submission &s = m_rows[index.row()];
    const QString team = s.teamName.isEmpty() ? tr("Unnamed team") : s.teamName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TeamColumn:
            return team;
        case StatusColumn:
            return statusText(s);
        case SubmittedColumn:
            return RecordText::dateTime(s.submittedAt);
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == TeamColumn && s.mark != OutboxMarks::Mark::None)
            return OutboxMarks::icon(s.mark);
        return {};
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return OutboxMarks::describe(
            tr("%1, %2, submitted %3")
                .arg(team, statusText(s), RecordText::dateTime(s.submittedAt)),
            s.mark);
    case OutboxMarkRole:
        return int(s.mark);
    case IdRole:
        return s.id;
    case EntityRole:
        return QString(Core::Entity::Submission);
    case SortRole:
        return index.column() == SubmittedColumn ? s.submittedAt : data(index).toString();
    case ProgramRole:
        return s.programId;
    case TeamRole:
        return s.teamId;
    case LanguageRole:
        return s.language;
    case SubmittedDateRole:
        return RecordText::parseDateTime(s.submittedAt).date();
    case QueueStatusRole:
        return int(s.reviewed  ? QueueStatus::Reviewed
                   : s.drafted ? QueueStatus::Draft
                               : QueueStatus::Awaiting);
    default:
        return {};
    }
}

QVariant SubmissionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case StatusColumn:
        return tr("Status");
    case SubmittedColumn:
        return tr("Submitted");
    default:
        return {};
    }
}

} // namespace Ui

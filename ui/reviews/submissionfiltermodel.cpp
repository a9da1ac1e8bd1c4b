#include "submissionfiltermodel.h"

#include "modelroles.h"
#include "submissionmodel.h"

namespace Ui {

SubmissionFilterModel::SubmissionFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SortRole);
    setSortLocaleAware(true);
}

void SubmissionFilterModel::setProgram(const QString &programId)
{
    m_program = programId;
    invalidateFilter();
}

void SubmissionFilterModel::setTeam(const QString &teamId)
{
    m_team = teamId;
    invalidateFilter();
}

void SubmissionFilterModel::setQueueStatus(std::optional<int> status)
{
    m_status = status;
    invalidateFilter();
}

void SubmissionFilterModel::setLanguage(const QString &language)
{
    m_language = language;
    invalidateFilter();
}

void SubmissionFilterModel::setDates(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool SubmissionFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_program.isEmpty() && i.data(SubmissionModel::ProgramRole).toString() != m_program)
        return false;
    if (!m_team.isEmpty() && i.data(SubmissionModel::TeamRole).toString() != m_team)
        return false;
    if (m_status) {
        // A review being written still awaits review: the row stays while it is written.
        using Status = SubmissionModel::QueueStatus;
        const int status = i.data(SubmissionModel::QueueStatusRole).toInt();
        const bool awaiting = *m_status == int(Status::Awaiting) && status == int(Status::Draft);
        if (status != *m_status && !awaiting)
            return false;
    }
    if (!m_language.isEmpty() && i.data(SubmissionModel::LanguageRole).toString() != m_language)
        return false;
    const QDate day = i.data(SubmissionModel::SubmittedDateRole).toDate();
    if (m_from.isValid() && (!day.isValid() || day < m_from))
        return false;
    if (m_to.isValid() && (!day.isValid() || day > m_to))
        return false;
    return true;
}

} // namespace Ui

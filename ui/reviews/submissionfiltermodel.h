#pragma once

#include <QDate>
#include <QSortFilterProxyModel>
#include <QString>

#include <optional>

namespace Ui {

// The review queue as filtered by the facilitator: by program, team, where
// each submission stands (awaiting review, which includes a review being
// written; a review being written; reviewed), the plan's language and the day it was submitted
// (from, to; both included). An empty or unset filter lets every submission through. Sorts by the
// source's SortRole. Works on a SubmissionModel.
class SubmissionFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionFilterModel)

public:
    explicit SubmissionFilterModel(QObject *parent = nullptr);

    void setProgram(const QString &programId);
    void setTeam(const QString &teamId);
    void setQueueStatus(std::optional<int> status); // SubmissionModel::QueueStatus
    void setLanguage(const QString &language);
    void setDates(const QDate &from, const QDate &to); // invalid: no limit

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_program;
    QString m_team;
    std::optional<int> m_status;
    QString m_language;
    QDate m_from;
    QDate m_to;
};

} // namespace Ui

#pragma once

#include "outboxmarks.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Ui {

// The plan submissions the member works with (see TeamScope): team, status
// (the review's decision once reviewed, else "Awaiting review" or the
// submission's own status) and submission date, newest first. Reloads on
// changes to submissions, reviews or teams. A submission whose record or
// review holds local changes not on the server yet is marked (OutboxMarks,
// optional). The store and marks are not owned.
class SubmissionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionModel)

public:
    enum Column { TeamColumn, StatusColumn, SubmittedColumn, ColumnCount };
    enum Role {
        QueueStatusRole = Qt::UserRole + 100, // QueueStatus, as an int
        ProgramRole,                          // the program's id
        TeamRole,                             // the team's id
        LanguageRole,                         // the plan's language code
        SubmittedDateRole,                    // QDate, in local time
    };
    // Where a submission stands in a facilitator's queue.
    enum class QueueStatus { Awaiting, Draft, Reviewed };

    SubmissionModel(Core::LocalStore *store, const OutboxMarks *marks, QObject *parent = nullptr);

    void setMember(const QString &memberId, const QStringList &roles);
    void reload();
    void retranslate();
    int pendingCount() const; // submissions without a review
    // Reads again which submissions have a review being written here.
    void refreshDrafts();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Submission {
        QString id;
        QString teamId;
        QString teamName;
        QString programId;
        QString language;
        QString status;
        QString submittedAt;
        QString decision; // empty until reviewed
        bool reviewed = false;
        bool drafted = false; // a review is being written on this computer
        OutboxMarks::Mark mark = OutboxMarks::Mark::None;
    };

    QString statusText(const Submission &s) const;
    void updateMarks();

    Core::LocalStore *m_store;
    const OutboxMarks *m_marks;
    QString m_memberId;
    QStringList m_roles;
    std::vector<Submission> m_rows;
};

} // namespace Ui

#pragma once

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
// changes to submissions, reviews or teams. The store is not owned.
class SubmissionModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmissionModel)

public:
    enum Column { TeamColumn, StatusColumn, SubmittedColumn, ColumnCount };
    enum Role {
        ReviewedRole = Qt::UserRole + 100, // bool
    };

    explicit SubmissionModel(Core::LocalStore *store, QObject *parent = nullptr);

    void setMember(const QString &memberId, const QStringList &roles);
    void reload();
    void retranslate();
    int pendingCount() const; // submissions without a review

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Submission {
        QString id;
        QString teamName;
        QString status;
        QString submittedAt;
        QString decision; // empty until reviewed
        bool reviewed = false;
    };

    QString statusText(const Submission &s) const;

    Core::LocalStore *m_store;
    QString m_memberId;
    QStringList m_roles;
    std::vector<Submission> m_rows;
};

} // namespace Ui

#pragma once

#include "outboxmarks.h"

#include <QAbstractListModel>
#include <QStringList>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Ui {

// The action plans the member works with (see TeamScope), one row per plan,
// shown by team name, ordered by program then team. Reloads on changes to
// plans, teams or programs. A plan whose record or activities hold local
// changes not on the server yet is marked (OutboxMarks, optional). The store
// and marks are not owned.
class PlanListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanListModel)

public:
    enum Role {
        TeamNameRole = Qt::UserRole + 100,
        ProgramTitleRole,
    };

    PlanListModel(Core::LocalStore *store, const OutboxMarks *marks, QObject *parent = nullptr);

    void setMember(const QString &memberId, const QStringList &roles);
    void reload();
    void retranslate();
    QModelIndex indexForId(const QString &planId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Plan {
        QString id;
        QString teamName;
        QString programTitle;
        OutboxMarks::Mark mark = OutboxMarks::Mark::None;
    };

    void updateMarks();

    Core::LocalStore *m_store;
    const OutboxMarks *m_marks;
    QString m_memberId;
    QStringList m_roles;
    std::vector<Plan> m_plans;
};

} // namespace Ui

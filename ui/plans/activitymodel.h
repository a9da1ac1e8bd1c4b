#pragma once

#include "outboxmarks.h"

#include <QAbstractTableModel>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The activities of one action plan as a table: what, who is responsible
// (display name), start, end, status and indicator. Sortable by any column
// (dates by their value, not their text). Reloads when activities change
// while a plan is set; follows member name changes. An activity with local
// changes not on the server yet is marked (OutboxMarks, optional).
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityModel)

public:
    enum Column {
        WhatColumn,
        ResponsibleColumn,
        StartColumn,
        EndColumn,
        StatusColumn,
        IndicatorColumn,
        ColumnCount
    };

    ActivityModel(Core::LocalStore *store, const MemberDirectory *members, const OutboxMarks *marks,
                  QObject *parent = nullptr);

    void setPlan(const QString &planId);
    QString planId() const { return m_planId; }
    void reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Activity {
        QString id;
        qint64 position = 0;
        QString what;
        QString responsibleId;
        QString startsOn;
        QString endsOn;
        QString status;
        QString indicator;
        QString resources;
        OutboxMarks::Mark mark = OutboxMarks::Mark::None;
    };

    QVariant sortKey(const Activity &a, int column) const;
    void applySort();
    void updateMarks();

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    const OutboxMarks *m_marks;
    QString m_planId;
    std::vector<Activity> m_rows;
    int m_sortColumn = -1; // -1: the plan's own order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Ui

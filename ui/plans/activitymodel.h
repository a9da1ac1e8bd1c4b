#pragma once

#include "outboxmarks.h"
#include "result.h"

#include <QAbstractTableModel>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
class PlanDocument;
} // namespace Editing

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The activities of one action plan as a table: what, who is responsible
// (display name), start, end, status, indicator and resources. Sortable by
// any column (dates by their value, not their text; column -1 is the plan's
// own order). Follows changes of the activities row by row (a change keeps
// the current cell and any open editor) and member name changes. An
// activity with local changes not on the server yet is marked (OutboxMarks,
// optional).
//
// With a PlanDocument set and its active author in the team, the cells are
// edited in place (the edit role holds the value: a member id, a QDate, a
// status key) and rows move by drag and drop in the plan's order; every
// change goes through the document (one undo step). A change the document
// refuses is reported by editRefused() and leaves the row as it was.
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
        ResourcesColumn,
        ColumnCount
    };

    ActivityModel(Core::LocalStore *store, const MemberDirectory *members, const OutboxMarks *marks,
                  QObject *parent = nullptr);

    void setPlan(const QString &planId);
    // The plan being edited (not owned; nullptr: read only). Sets the plan too.
    void setDocument(Editing::PlanDocument *document);
    Editing::PlanDocument *document() const { return m_document; }
    QString planId() const { return m_planId; }
    // Reads the activities again and updates the rows that changed.
    void reload();
    void retranslate();
    bool isInPlanOrder() const { return m_sortColumn < 0; }
    // The row of an activity (-1: not listed).
    int rowOf(const QString &activityId) const;
    // The activity fields of a column (empty for none).
    static QString fieldOf(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The document refused a change of `field` of the activity (the error,
    // and the field errors when the value was not valid).
    void editRefused(const QString &activityId, const QString &field, const Core::Error &error);

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

        friend bool operator==(const Activity &, const Activity &) = default;
    };

    QVariant sortKey(const Activity &a, int column) const;
    void applySort();
    void applySort(std::vector<Activity> &rows) const;
    void updateMarks();
    std::vector<Activity> read() const;
    bool editable() const;
    bool notInTeam(const Activity &a) const;

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    const OutboxMarks *m_marks;
    Editing::PlanDocument *m_document = nullptr;
    QString m_planId;
    std::vector<Activity> m_rows;
    int m_sortColumn = -1; // -1: the plan's own order
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};

} // namespace Ui

#pragma once

#include "planhistory.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

namespace Core {
class LocalStore;
}
namespace Editing {
class MemberDirectory;
}

namespace Ui {

// One plan's history as a table, newest first (Editing::PlanHistory): when,
// who, what changed, the value before and after. Changes made here and not
// sent yet come first, in italics and said so. Follows the replica while it
// is on screen (setActive()): a sync that brings history, or a change made
// here, shows at once.
class PlanHistoryModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanHistoryModel)

public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, BeforeColumn, AfterColumn, ColumnCount };

    PlanHistoryModel(Core::LocalStore *store, const Editing::MemberDirectory *members,
                     QObject *parent = nullptr);

    void setPlan(const QString &planId);
    // While inactive (the history is not on screen) nothing is read; what
    // changed meanwhile is read once on becoming active.
    void setActive(bool active);
    QString planId() const { return m_planId; }
    const Editing::PlanHistory::Change &change(int row) const { return m_rows.at(row); }

    // What a change is about, in words (a section, an activity's field, an
    // activity added or deleted), and a value as the plan shows it.
    QString subject(const Editing::PlanHistory::Change &change) const;
    QString valueText(const QString &field, const QJsonValue &value) const;
    QString authorName(const QString &memberId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void retranslate();

private:
    void reload();
    void reloadSoon();

    Core::LocalStore *m_store;
    const Editing::MemberDirectory *m_members;
    QString m_planId;
    QList<Editing::PlanHistory::Change> m_rows;
    bool m_reloadQueued = false;
    bool m_active = false;
    bool m_stale = false;
};

} // namespace Ui

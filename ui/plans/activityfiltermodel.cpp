#include "activityfiltermodel.h"

#include "activitymodel.h"

namespace Ui {

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
}

void ActivityFilterModel::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void ActivityFilterModel::setStatus(const QString &statusKey)
{
    if (statusKey == m_status)
        return;
    m_status = statusKey;
    invalidateRowsFilter();
}

void ActivityFilterModel::sort(int column, Qt::SortOrder order)
{
    if (sourceModel())
        sourceModel()->sort(column, order);
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *source = sourceModel();
    if (!m_status.isEmpty() &&
        source->index(sourceRow, ActivityModel::StatusColumn, sourceParent).data(Qt::EditRole) !=
            m_status)
        return false;
    if (m_text.isEmpty())
        return true;
    for (const int column : {ActivityModel::WhatColumn, ActivityModel::ResponsibleColumn,
                             ActivityModel::IndicatorColumn, ActivityModel::ResourcesColumn}) {
        if (source->index(sourceRow, column, sourceParent)
                .data()
                .toString()
                .contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace Ui

#include "activitymodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"

#include <QCollator>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

ActivityModel::ActivityModel(Core::LocalStore *store, const MemberDirectory *members,
                             const OutboxMarks *marks, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_members(members)
    , m_marks(marks)
{
    if (m_marks)
        connect(m_marks, &OutboxMarks::changed, this, &ActivityModel::updateMarks);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (!m_planId.isEmpty() && e.contains(Core::Entity::Activity))
            reload();
    });
    connect(m_members, &MemberDirectory::changed, this, [this]() {
        if (m_sortColumn == ResponsibleColumn) {
            Q_EMIT layoutAboutToBeChanged();
            applySort();
            Q_EMIT layoutChanged();
        }
        retranslate();
    });
}

void ActivityModel::setPlan(const QString &planId)
{
    if (planId == m_planId)
        return;
    m_planId = planId;
    reload();
}

void ActivityModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (!m_planId.isEmpty() && m_store->isOpen()) {
        const auto activities =
            m_store->records().list(Core::Entity::Activity, u"plan_id", m_planId, u"position");
        if (activities) {
            for (const Core::Record &r : *activities) {
                m_rows.push_back({r.id, r.fields.value("position"_L1).toInteger(), r.text(u"what"),
                                  r.text(u"responsible_id"), r.text(u"starts_on"),
                                  r.text(u"ends_on"), r.text(u"status"), r.text(u"indicator"),
                                  r.text(u"resources"),
                                  m_marks ? m_marks->mark(Core::Entity::Activity, r.id)
                                          : OutboxMarks::Mark::None});
            }
        }
        applySort();
    }
    endResetModel();
}

void ActivityModel::updateMarks()
{
    for (size_t row = 0; row < m_rows.size(); ++row) {
        Activity &a = m_rows[row];
        const OutboxMarks::Mark mark = m_marks->mark(Core::Entity::Activity, a.id);
        if (mark == a.mark)
            continue;
        a.mark = mark;
        const QModelIndex changed = index(int(row), WhatColumn);
        Q_EMIT dataChanged(changed, changed);
    }
}

void ActivityModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ActivityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ActivityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Activity &a = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhatColumn:
            return a.what;
        case ResponsibleColumn:
            return m_members->displayName(a.responsibleId);
        case StartColumn:
            return RecordText::date(a.startsOn);
        case EndColumn:
            return RecordText::date(a.endsOn);
        case StatusColumn:
            return RecordText::activityStatus(a.status);
        case IndicatorColumn:
            return a.indicator;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == WhatColumn && a.mark != OutboxMarks::Mark::None)
            return OutboxMarks::icon(a.mark);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == WhatColumn) {
            QString tip =
                a.resources.isEmpty() ? a.what : tr("%1\nResources: %2").arg(a.what, a.resources);
            if (a.mark != OutboxMarks::Mark::None)
                tip += u'\n' + OutboxMarks::text(a.mark);
            return tip;
        }
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        if (index.column() == WhatColumn)
            return OutboxMarks::describe(a.what, a.mark);
        return data(index, Qt::DisplayRole);
    case OutboxMarkRole:
        return int(a.mark);
    case IdRole:
        return a.id;
    case EntityRole:
        return QString(Core::Entity::Activity);
    case SortRole:
        return sortKey(a, index.column());
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhatColumn:
        return tr("Activity");
    case ResponsibleColumn:
        return tr("Responsible");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case StatusColumn:
        return tr("Status");
    case IndicatorColumn:
        return tr("Indicator");
    default:
        return {};
    }
}

QVariant ActivityModel::sortKey(const Activity &a, int column) const
{
    switch (column) {
    case ResponsibleColumn:
        return m_members->displayName(a.responsibleId);
    case StartColumn:
        return a.startsOn;
    case EndColumn:
        return a.endsOn;
    case StatusColumn:
        return RecordText::activityStatus(a.status);
    case IndicatorColumn:
        return a.indicator;
    default:
        return a.what;
    }
}

void ActivityModel::sort(int column, Qt::SortOrder order)
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QStringList ids;
    for (const QModelIndex &i : before)
        ids.append(i.row() < int(m_rows.size()) ? m_rows[i.row()].id : QString());
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    for (qsizetype i = 0; i < before.size(); ++i) {
        for (size_t row = 0; row < m_rows.size(); ++row) {
            if (m_rows[row].id == ids[i]) {
                changePersistentIndex(before[i], index(int(row), before[i].column()));
                break;
            }
        }
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ActivityModel::applySort()
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount) {
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Activity &a, const Activity &b) {
            return a.position < b.position;
        });
        return;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](const Activity &a, const Activity &b) {
        const QString ka = sortKey(a, m_sortColumn).toString();
        const QString kb = sortKey(b, m_sortColumn).toString();
        const int c = collator.compare(ka, kb);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

} // namespace Ui

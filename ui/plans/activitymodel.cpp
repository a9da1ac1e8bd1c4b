#include "activitymodel.h"

#include "entityschema.h"
#include "errortext.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "plandocument.h"
#include "recordtext.h"

#include <QCollator>
#include <QColor>
#include <QDate>
#include <QIODevice>
#include <QJsonValue>
#include <QMimeData>

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
    beginResetModel();
    m_rows = read();
    endResetModel();
}

void ActivityModel::setDocument(Editing::PlanDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // Who may edit, and who is in the team, decide flags and marks.
        connect(m_document, &Editing::PlanDocument::mayEditChanged, this,
                &ActivityModel::retranslate);
        connect(m_document, &QObject::destroyed, this, [this]() { m_document = nullptr; });
    }
    setPlan(document ? document->planId() : QString());
    retranslate();
}

bool ActivityModel::editable() const
{
    return m_document && m_document->mayEdit();
}

std::vector<ActivityModel::Activity> ActivityModel::read() const
{
    std::vector<Activity> rows;
    if (m_planId.isEmpty() || !m_store->isOpen())
        return rows;
    const auto activities =
        m_store->records().list(Core::Entity::Activity, u"plan_id", m_planId, u"position");
    if (!activities)
        return rows;
    for (const Core::Record &r : *activities) {
        rows.push_back(
            {r.id, r.fields.value("position"_L1).toInteger(), r.text(u"what"),
             r.text(u"responsible_id"), r.text(u"starts_on"), r.text(u"ends_on"), r.text(u"status"),
             r.text(u"indicator"), r.text(u"resources"),
             m_marks ? m_marks->mark(Core::Entity::Activity, r.id) : OutboxMarks::Mark::None});
    }
    applySort(rows);
    return rows;
}

void ActivityModel::reload()
{
    std::vector<Activity> next = read();
    // Rows gone leave, new rows come at the end, then the order is laid and
    // changed rows are repainted: the view keeps its current cell.
    QSet<QString> nextIds;
    for (const Activity &a : next)
        nextIds.insert(a.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (nextIds.contains(m_rows[size_t(row)].id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    QHash<QString, size_t> known;
    for (size_t i = 0; i < m_rows.size(); ++i)
        known.insert(m_rows[i].id, i);
    std::vector<Activity> added;
    for (const Activity &a : next) {
        if (!known.contains(a.id))
            added.push_back(a);
    }
    if (!added.empty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size()) - 1);
        m_rows.insert(m_rows.end(), added.begin(), added.end());
        endInsertRows();
    }
    bool sameOrder = true;
    for (size_t i = 0; i < next.size() && sameOrder; ++i)
        sameOrder = m_rows[i].id == next[i].id;
    if (!sameOrder) {
        Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        QHash<QString, int> rowOfId;
        for (size_t i = 0; i < next.size(); ++i)
            rowOfId.insert(next[i].id, int(i));
        const QModelIndexList before = persistentIndexList();
        QList<QModelIndex> after;
        for (const QModelIndex &i : before)
            after.append(index(rowOfId.value(m_rows[size_t(i.row())].id), i.column()));
        m_rows = next;
        changePersistentIndexList(before, after);
        Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
        return;
    }
    for (size_t i = 0; i < next.size(); ++i) {
        if (m_rows[i] == next[i])
            continue;
        m_rows[i] = next[i];
        Q_EMIT dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    }
}

int ActivityModel::rowOf(const QString &activityId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == activityId)
            return int(i);
    }
    return -1;
}

QString ActivityModel::fieldOf(int column)
{
    switch (column) {
    case WhatColumn:
        return u"what"_s;
    case ResponsibleColumn:
        return u"responsible_id"_s;
    case StartColumn:
        return u"starts_on"_s;
    case EndColumn:
        return u"ends_on"_s;
    case StatusColumn:
        return u"status"_s;
    case IndicatorColumn:
        return u"indicator"_s;
    case ResourcesColumn:
        return u"resources"_s;
    default:
        return {};
    }
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
        case ResourcesColumn:
            return a.resources;
        }
        return {};
    case Qt::EditRole:
        switch (index.column()) {
        case ResponsibleColumn:
            return a.responsibleId;
        case StartColumn:
            return QDate::fromString(a.startsOn.left(10), Qt::ISODate);
        case EndColumn:
            return QDate::fromString(a.endsOn.left(10), Qt::ISODate);
        case StatusColumn:
            return Editing::PlanDocument::canonicalStatus(a.status);
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ForegroundRole:
        if (index.column() == ResponsibleColumn && notInTeam(a))
            return errorColor();
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
        if (index.column() == ResponsibleColumn && notInTeam(a))
            return tr("%1 is no longer in the team: choose who is responsible now.")
                .arg(m_members->displayName(a.responsibleId));
        return data(index, Qt::DisplayRole);
    case Qt::AccessibleTextRole:
        if (index.column() == WhatColumn)
            return OutboxMarks::describe(a.what, a.mark);
        if (index.column() == ResponsibleColumn && notInTeam(a))
            return tr("%1, no longer in the team").arg(m_members->displayName(a.responsibleId));
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
    case ResourcesColumn:
        return tr("Resources");
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
    case ResourcesColumn:
        return a.resources;
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
    applySort(m_rows);
}

void ActivityModel::applySort(std::vector<Activity> &rows) const
{
    if (m_sortColumn < 0 || m_sortColumn >= ColumnCount) {
        std::stable_sort(rows.begin(), rows.end(), [](const Activity &a, const Activity &b) {
            return a.position < b.position;
        });
        return;
    }
    QCollator collator;
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&](const Activity &a, const Activity &b) {
        const QString ka = sortKey(a, m_sortColumn).toString();
        const QString kb = sortKey(b, m_sortColumn).toString();
        const int c = collator.compare(ka, kb);
        return m_sortOrder == Qt::AscendingOrder ? c < 0 : c > 0;
    });
}

bool ActivityModel::notInTeam(const Activity &a) const
{
    return m_document && !a.responsibleId.isEmpty() &&
           !m_document->teamMembers().contains(a.responsibleId);
}

Qt::ItemFlags ActivityModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!editable())
        return f;
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled;
    f |= Qt::ItemIsEditable;
    if (isInPlanOrder())
        f |= Qt::ItemIsDragEnabled;
    return f;
}

bool ActivityModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_document ||
        index.row() >= int(m_rows.size()))
        return false;
    const QString field = fieldOf(index.column());
    if (field.isEmpty())
        return false;
    QJsonValue stored;
    if (value.metaType().id() == QMetaType::QDate) {
        const QDate date = value.toDate();
        stored = date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QString());
    } else {
        stored = value.toString();
    }
    if (index.column() == WhatColumn)
        stored = stored.toString().trimmed();
    const QString id = m_rows[size_t(index.row())].id;
    const Core::Status s = m_document->setActivityField(id, field, stored);
    if (!s) {
        Q_EMIT editRefused(id, field, s.error());
        return false;
    }
    return true;
}

Qt::DropActions ActivityModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

namespace {
constexpr QLatin1StringView ActivityMime{"application/x-leadernet-activity"};
}

QStringList ActivityModel::mimeTypes() const
{
    return {ActivityMime};
}

QMimeData *ActivityModel::mimeData(const QModelIndexList &indexes) const
{
    QStringList ids;
    for (const QModelIndex &i : indexes) {
        if (i.isValid() && i.row() < int(m_rows.size()) &&
            !ids.contains(m_rows[size_t(i.row())].id))
            ids.append(m_rows[size_t(i.row())].id);
    }
    if (ids.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(ActivityMime, ids.first().toUtf8());
    return data;
}

bool ActivityModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &) const
{
    return action == Qt::MoveAction && editable() && isInPlanOrder() && data &&
           data->hasFormat(ActivityMime);
}

bool ActivityModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                 const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QString id = QString::fromUtf8(data->data(ActivityMime));
    const int from = rowOf(id);
    if (from < 0)
        return false;
    // Dropped on a row: there; between rows: before `row`; below all: last.
    int to = parent.isValid() ? parent.row() : (row < 0 ? int(m_rows.size()) : row);
    if (!parent.isValid() && to > from)
        --to;
    const Core::Status s = m_document->moveActivity(id, to);
    if (!s) {
        Q_EMIT editRefused(id, u"position"_s, s.error());
        return false;
    }
    // The rows move with the change itself (removeRows() is not offered, so
    // the view takes nothing away after the drop).
    return true;
}

} // namespace Ui

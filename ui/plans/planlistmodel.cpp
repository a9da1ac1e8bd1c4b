#include "planlistmodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "teamscope.h"

#include <QCollator>
#include <QHash>

#include <algorithm>

namespace Ui {

using Editing::TeamScope;

using namespace Qt::StringLiterals;

PlanListModel::PlanListModel(Core::LocalStore *store, const OutboxMarks *marks, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_marks(marks)
{
    if (m_marks)
        connect(m_marks, &OutboxMarks::changed, this, &PlanListModel::updateMarks);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::ActionPlan) || e.contains(Core::Entity::Team) ||
            e.contains(Core::Entity::Program))
            reload();
    });
    reload();
}

void PlanListModel::setMember(const QString &memberId, const QStringList &roles)
{
    if (memberId == m_memberId && roles == m_roles)
        return;
    m_memberId = memberId;
    m_roles = roles;
    reload();
}

void PlanListModel::reload()
{
    beginResetModel();
    m_plans.clear();
    if (m_store->isOpen()) {
        const TeamScope scope = TeamScope::forMember(*m_store, m_memberId, m_roles);
        QHash<QString, QString> teamNames;
        QHash<QString, QString> programTitles;
        if (const auto teams =
                m_store->records().listOutline(Core::Entity::Team, {u"name"_s}, {}, {}, {})) {
            for (const Core::Record &t : *teams)
                teamNames.insert(t.id, t.text(u"name"));
        }
        if (const auto programs =
                m_store->records().listOutline(Core::Entity::Program, {u"title"_s}, {}, {}, {})) {
            for (const Core::Record &p : *programs)
                programTitles.insert(p.id, p.text(u"title"));
        }
        if (const auto plans = m_store->records().listOutline(
                Core::Entity::ActionPlan, {u"team_id"_s, u"program_id"_s}, {}, {}, {})) {
            for (const Core::Record &p : *plans) {
                const QString teamId = p.text(u"team_id");
                if (scope.contains(teamId))
                    m_plans.push_back({p.id, teamNames.value(teamId),
                                       programTitles.value(p.text(u"program_id"))});
            }
        }
        QCollator collator;
        collator.setNumericMode(true);
        std::stable_sort(m_plans.begin(), m_plans.end(), [&collator](const Plan &a, const Plan &b) {
            if (const int c = collator.compare(a.programTitle, b.programTitle))
                return c < 0;
            return collator.compare(a.teamName, b.teamName) < 0;
        });
    }
    endResetModel();
    updateMarks();
}

void PlanListModel::updateMarks()
{
    if (!m_marks || m_plans.empty())
        return;
    // A plan is marked by its own changes and by those of its activities.
    QHash<QString, OutboxMarks::Mark> byPlan = m_marks->marksOf(Core::Entity::ActionPlan);
    const QHash<QString, OutboxMarks::Mark> activities = m_marks->marksOf(Core::Entity::Activity);
    for (auto it = activities.cbegin(); it != activities.cend(); ++it) {
        const auto activity = m_store->records().get(Core::Entity::Activity, it.key());
        if (!activity)
            continue; // deleted here: its plan is not known any more
        OutboxMarks::Mark &mark = byPlan[activity->text(u"plan_id")];
        mark = std::max(mark, it.value());
    }
    for (size_t row = 0; row < m_plans.size(); ++row) {
        const OutboxMarks::Mark mark = byPlan.value(m_plans[row].id, OutboxMarks::Mark::None);
        if (mark == m_plans[row].mark)
            continue;
        m_plans[row].mark = mark;
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
}

void PlanListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    if (!m_plans.empty())
        Q_EMIT dataChanged(index(0), index(int(m_plans.size()) - 1));
}

QModelIndex PlanListModel::indexForId(const QString &planId) const
{
    for (size_t i = 0; i < m_plans.size(); ++i) {
        if (m_plans[i].id == planId)
            return index(int(i));
    }
    return {};
}

int PlanListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plans.size());
}

QVariant PlanListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_plans.size()))
        return {};
    const Plan &p = m_plans[index.row()];
    const QString team = p.teamName.isEmpty() ? tr("Unnamed team") : p.teamName;
    switch (role) {
    case Qt::DisplayRole:
    case TeamNameRole:
        return team;
    case Qt::DecorationRole:
        return p.mark == OutboxMarks::Mark::None ? QVariant() : OutboxMarks::icon(p.mark);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return OutboxMarks::describe(p.programTitle.isEmpty()
                                         ? tr("Action plan of %1").arg(team)
                                         : tr("Action plan of %1, %2").arg(team, p.programTitle),
                                     p.mark);
    case OutboxMarkRole:
        return int(p.mark);
    case ProgramTitleRole:
        return p.programTitle;
    case IdRole:
        return p.id;
    case EntityRole:
        return QString(Core::Entity::ActionPlan);
    default:
        return {};
    }
}

QVariant PlanListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Team");
    return {};
}

} // namespace Ui

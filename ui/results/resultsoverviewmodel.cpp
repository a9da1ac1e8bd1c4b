#include "resultsoverviewmodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "results.h"
#include "resultsdocument.h"
#include "resultstext.h"

#include <QLocale>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

ResultsOverviewModel::ResultsOverviewModel(Core::LocalStore *store, QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this,
            &ResultsOverviewModel::onRecordsChanged);
}

void ResultsOverviewModel::setTeams(const QStringList &teamIds)
{
    m_teamIds = teamIds;
    reload();
}

void ResultsOverviewModel::setLive(bool live)
{
    m_live = live;
    if (live && m_stale)
        reload();
}

void ResultsOverviewModel::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (!changes.contains(Entity::ResultsReport) && !changes.contains(Entity::ResultValue) &&
        !changes.contains(Entity::Team))
        return;
    if (m_live)
        reload();
    else
        m_stale = true;
}

void ResultsOverviewModel::reload()
{
    m_stale = false;
    beginResetModel();
    m_rows.clear();
    QSet<QDate> months;
    for (const QString &teamId : std::as_const(m_teamIds)) {
        const auto team = m_store->records().get(Entity::Team, teamId);
        const auto reports =
            m_store->records().list(Entity::ResultsReport, u"team_id", teamId, u"position");
        if (!team || !reports)
            continue;
        for (const Core::Record &r : *reports) {
            Row row{teamId,
                    team->text(u"name"),
                    r.id,
                    r.text(u"indicator"),
                    r.text(u"unit"),
                    r.text(u"baseline"),
                    r.text(u"target"),
                    {},
                    {}};
            const auto values = m_store->records().list(Entity::ResultValue, u"report_id", r.id);
            // Oldest first, so the last one read is the latest.
            for (const Core::Record &v :
                 Editing::ResultsDocument::onePerPeriod(values ? *values : QList<Core::Record>())) {
                const QDate month = Core::Results::periodStart(v.text(u"period"));
                if (!month.isValid())
                    continue;
                row.values.insert(month, v.text(u"actual"));
                months.insert(month);
                row.latest = v.text(u"actual");
            }
            m_rows.append(row);
        }
    }
    m_months = QList<QDate>(months.begin(), months.end());
    std::sort(m_months.begin(), m_months.end());
    endResetModel();
}

int ResultsOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : latestColumn() + 2;
}

QString ResultsOverviewModel::text(const Row &row, int column) const
{
    switch (column) {
    case TeamColumn:
        return row.teamName;
    case IndicatorColumn:
        return row.indicator;
    case UnitColumn:
        return row.unit;
    case BaselineColumn:
        return ResultsText::number(row.baseline);
    case TargetColumn:
        return ResultsText::number(row.target);
    default:
        break;
    }
    if (column == latestColumn())
        return ResultsText::number(row.latest);
    if (column == latestColumn() + 1) {
        const auto progress = ResultsText::progress(row.baseline, row.target, row.latest);
        //: How far an indicator has come from its baseline toward its target.
        return progress ? tr("%1 %").arg(QLocale().toString(*progress, 'f', 0)) : QString();
    }
    const QDate month = m_months.value(column - TargetColumn - 1);
    return ResultsText::number(row.values.value(month));
}

QVariant ResultsOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == IndicatorColumn ? row.indicator : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() >= BaselineColumn
                   ? QVariant(int(Qt::AlignTrailing | Qt::AlignVCenter))
                   : QVariant();
    case TeamIdRole:
        return row.teamId;
    case IndicatorIdRole:
        return row.indicatorId;
    default:
        return {};
    }
}

QVariant ResultsOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TeamColumn:
        return tr("Team");
    case IndicatorColumn:
        return tr("Indicator");
    case UnitColumn:
        return tr("Unit");
    case BaselineColumn:
        return tr("Baseline");
    case TargetColumn:
        return tr("Target");
    default:
        break;
    }
    if (section == latestColumn())
        return tr("Latest");
    if (section == latestColumn() + 1)
        return tr("Progress to target");
    return ResultsText::month(m_months.value(section - TargetColumn - 1));
}

QList<QStringList> ResultsOverviewModel::tableRows() const
{
    QList<QStringList> rows;
    QStringList header;
    for (int c = 0; c < columnCount(); ++c)
        header << headerData(c, Qt::Horizontal).toString();
    rows << header;
    for (const Row &row : m_rows) {
        QStringList cells;
        for (int c = 0; c < columnCount(); ++c)
            cells << text(row, c);
        rows << cells;
    }
    return rows;
}

} // namespace Ui

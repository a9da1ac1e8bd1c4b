#pragma once

#include "changeset.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

namespace Core {
class LocalStore;
}

namespace Ui {

// Teams' results side by side, a row per indicator: the team, the
// indicator, its unit, baseline and target, the value of each month any of
// the teams reported (oldest first), the latest value, and how far it has
// come from the baseline toward the target. What a facilitator compares
// across their teams, and what they export as CSV. Kept current as
// records arrive. The store is not owned.
class ResultsOverviewModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsOverviewModel)

public:
    enum Column { TeamColumn, IndicatorColumn, UnitColumn, BaselineColumn, TargetColumn };
    enum Role { TeamIdRole = Qt::UserRole + 100, IndicatorIdRole };

    explicit ResultsOverviewModel(Core::LocalStore *store, QObject *parent = nullptr);

    // The teams shown, in this order.
    void setTeams(const QStringList &teamIds);
    QStringList teams() const { return m_teamIds; }
    // While not live (its page is not shown) records arriving only mark it
    // to be read again when it is.
    void setLive(bool live);
    QList<QDate> months() const { return m_months; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The table as shown, headers first (numbers and months in the app's
    // locale): the rows of a CSV export.
    QList<QStringList> tableRows() const;

private:
    struct Row {
        QString teamId;
        QString teamName;
        QString indicatorId;
        QString indicator;
        QString unit;
        QString baseline;
        QString target;
        QHash<QDate, QString> values;
        QString latest;
    };
    void reload();
    void onRecordsChanged(const Core::ChangeSet &changes);
    QString text(const Row &row, int column) const;
    int latestColumn() const { return TargetColumn + 1 + int(m_months.size()); }

    Core::LocalStore *m_store;
    QStringList m_teamIds;
    QList<Row> m_rows;
    QList<QDate> m_months;
    bool m_live = false;
    bool m_stale = false;
};

} // namespace Ui

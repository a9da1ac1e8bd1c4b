#pragma once

#include <QSortFilterProxyModel>

namespace Ui {

// Narrows an ActivityModel to the activities whose text (what, who,
// indicator, resources) contains the filter text, ignoring case, and to one
// status (a status key; empty: all). Sorting is the activity model's own
// (sort() passes it on), so the plan's order and the collation stay as the
// model has them.
class ActivityFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityFilterModel)

public:
    explicit ActivityFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setStatus(const QString &statusKey);
    bool isFiltering() const { return !m_text.isEmpty() || !m_status.isEmpty(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    QString m_status;
};

} // namespace Ui

#pragma once

#include "outboxrepository.h"

#include <QAbstractTableModel>

namespace Core {
class LocalStore;
}

namespace Ui {

class MemberDirectory;

// Local changes the server refused (outbox().rejected()): when, what kind of
// record, who made the change and the server's reason. Reloaded on demand
// (reload()) by the Sync view after a sync or a local change.
class RejectedOpsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedOpsModel)

public:
    enum Column { WhenColumn, RecordColumn, AuthorColumn, ReasonColumn, ColumnCount };

    RejectedOpsModel(Core::LocalStore *store, const MemberDirectory *members,
                     QObject *parent = nullptr);

    void reload();
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString changeText(const Core::OutboxEntry &entry) const;

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    QList<Core::OutboxEntry> m_rows;
};

} // namespace Ui

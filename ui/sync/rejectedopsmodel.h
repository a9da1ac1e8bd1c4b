#pragma once

#include "outboxrepository.h"

#include <QAbstractTableModel>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// Local changes the server refused (outbox().rejected()): when, what change
// to which record (its kind in words and its title), who made the change and
// the server's reason in the member's language. The operation id is in OperationRole. Reloaded on
// demand (reload()) by the Sync view after a sync or a local change.
class RejectedOpsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RejectedOpsModel)

public:
    enum Column { WhenColumn, RecordColumn, AuthorColumn, ReasonColumn, ColumnCount };
    enum Role {
        OperationRole = Qt::UserRole + 100, // the outbox operation id (QString)
        RecordRole,                         // "Activity “Train storekeepers”"
        TextRole,                           // what the change says (its texts), to copy and keep
    };

    RejectedOpsModel(Core::LocalStore *store, const MemberDirectory *members,
                     QObject *parent = nullptr);

    void reload();
    void retranslate();
    int rowForOperation(const QString &opId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString recordText(const Core::OutboxEntry &entry) const;
    QString changeText(const Core::OutboxEntry &entry) const;

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    QList<Core::OutboxEntry> m_rows;
};

} // namespace Ui

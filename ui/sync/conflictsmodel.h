#pragma once

#include "protocol.h"

#include "rubric.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QStringList>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The open conflicts of the replica (conflict records with status "open"),
// newest first: when, which record (its kind in words and its title), what
// clashed (the fields, or a deletion against an edit), the version that was
// kept and the one that was not, each with who made it and when. Long values
// are shortened in the table; the full texts are in CurrentTextRole and
// OtherTextRole. Reloads when conflict records change (and when the records
// they name change, for their titles); follows member name changes.
class ConflictsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictsModel)

public:
    enum Column {
        WhenColumn,
        RecordColumn,
        ConflictColumn,
        CurrentColumn,
        CurrentByColumn,
        OtherColumn,
        OtherByColumn,
        ColumnCount
    };
    enum Role {
        KindRole = Qt::UserRole + 100, // "field", "delete_edit" or "edit_delete"
        CurrentTextRole,               // the kept version in full, several lines
        OtherTextRole,                 // the version that was not kept, in full
        CurrentByRole,                 // "Amina Diallo, 12/05/2024 10:00"
        OtherByRole,
        RecordRole, // the record's label, "Activity “Train storekeepers”"
    };

    ConflictsModel(Core::LocalStore *store, const MemberDirectory *members,
                   QObject *parent = nullptr);

    void reload();
    void retranslate();
    int rowForId(const QString &conflictId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Conflict {
        QString id;
        QString createdAt;
        QString entity; // of the record in conflict
        QString recordId;
        Sync::Protocol::ConflictKind kind = Sync::Protocol::ConflictKind::Field;
        QStringList fields;
        QJsonObject kept;
        QJsonObject lost;
        QJsonObject current; // the record as this replica has it now ({} when deleted)
        QString keptBy;
        QString keptAt;
        QString lostBy;
        QString lostAt;
        Core::Rubric rubric; // a review's: names its scores
    };

    QString recordText(const Conflict &c) const;
    QString conflictText(const Conflict &c) const;
    QString shortText(const Conflict &c, bool current) const;
    QString fullText(const Conflict &c, bool current) const;
    QString byText(const QString &memberId, const QString &when) const;
    QString valueText(const Conflict &c, const QString &field, const QJsonValue &value) const;
    QString fieldsText(const Conflict &c, const QJsonObject &fields,
                       const QStringList &first) const;

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    std::vector<Conflict> m_rows;
};

} // namespace Ui

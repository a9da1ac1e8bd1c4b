#include "rejectedopsmodel.h"

#include "entityschema.h"
#include "errortext.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "protocol.h"
#include "recordtext.h"
#include "uilogging.h"

namespace Ui {

using namespace Qt::StringLiterals;

using Editing::MemberDirectory;

RejectedOpsModel::RejectedOpsModel(Core::LocalStore *store, const MemberDirectory *members,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_members(members)
{
    connect(m_members, &MemberDirectory::changed, this, &RejectedOpsModel::retranslate);
    reload();
}

void RejectedOpsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        const auto rejected = m_store->outbox().rejected();
        if (rejected)
            m_rows = *rejected;
        else
            qCWarning(lcUi) << "cannot read rejected changes:" << rejected.error().detail;
    }
    endResetModel();
}

void RejectedOpsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RejectedOpsModel::rowForOperation(const QString &opId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).opId == opId)
            return int(i);
    }
    return -1;
}

QString RejectedOpsModel::recordText(const Core::OutboxEntry &entry) const
{
    // The record as it is here (with the change), else what the change holds.
    QString title;
    if (m_store->isOpen()) {
        if (const auto record = m_store->records().get(entry.entity, entry.recordId))
            title = RecordText::title(entry.entity, record->fields);
    }
    if (title.isEmpty())
        title = RecordText::title(entry.entity, entry.fields);
    return RecordText::recordLabel(entry.entity, title);
}

QString RejectedOpsModel::changeText(const Core::OutboxEntry &entry) const
{
    const QString record = recordText(entry);
    switch (entry.kind) {
    case Core::OutboxKind::Create:
        //: %1 is a record: Activity “Train storekeepers”.
        return tr("New %1").arg(record);
    case Core::OutboxKind::Patch:
        //: %1 is a record: Activity “Train storekeepers”.
        return tr("Change to %1").arg(record);
    case Core::OutboxKind::Delete:
        //: %1 is a record: Activity “Train storekeepers”.
        return tr("Deletion of %1").arg(record);
    }
    return record;
}

int RejectedOpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RejectedOpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RejectedOpsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Core::OutboxEntry &e = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        // The reason in words, and the server's own sentence on hovering.
        if (index.column() == ReasonColumn && role == Qt::ToolTipRole)
            return e.error;
        switch (index.column()) {
        case WhenColumn:
            return RecordText::dateTime(e.createdAt);
        case RecordColumn:
            return changeText(e);
        case AuthorColumn:
            return m_members->displayName(e.authorId);
        case ReasonColumn:
            // In the member's language, from the refusal's code (refusals
            // kept before codes were: the server's sentence).
            return e.errorCode.isEmpty()
                       ? e.error
                       : refusalText(Core::makeError(
                                         Sync::Protocol::refusalCodeFromName(e.errorCode), e.error),
                                     e.entity);
        }
        return {};
    case OperationRole:
        return e.opId;
    case TextRole: {
        // The words of the change (a post's text, a plan's sections).
        QStringList words;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
            const Core::EntitySpec *spec = Core::entitySpec(e.entity);
            const Core::FieldSpec *field = spec ? spec->field(it.key()) : nullptr;
            if (field && field->type == Core::FieldType::Text && !field->indexed &&
                !it.key().endsWith(u"_at"_s) && !it.value().toString().isEmpty())
                words << it.value().toString();
        }
        return words.join(u"\n\n"_s);
    }
    case RecordRole:
        return recordText(e);
    case IdRole:
        return e.recordId;
    case EntityRole:
        return e.entity;
    case SortRole:
        return e.position;
    default:
        return {};
    }
}

QVariant RejectedOpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("Made");
    case RecordColumn:
        return tr("Change");
    case AuthorColumn:
        return tr("By");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

} // namespace Ui

#include "conflictresolver.h"

#include "editinglogging.h"
#include "entityschema.h"
#include "localstore.h"
#include "protocol.h"

#include <QJsonObject>

namespace Editing {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

ConflictResolver::ConflictResolver(Core::LocalStore &store)
    : m_store(store)
{}

Core::Status ConflictResolver::resolve(const QString &conflictId, Choice choice,
                                       const QString &memberId)
{
    const Core::Result<Core::Record> conflict =
        m_store.records().get(Core::Entity::Conflict, conflictId);
    if (!conflict)
        return conflict.error();
    if (conflict->text(u"status") != u"open")
        return Core::makeError(ErrorCode::Invalid, u"the conflict is resolved already"_s);
    if (choice == Choice::UseOther) {
        if (Core::Status s = useOther(conflict->text(u"kind"), conflict->text(u"record_entity"),
                                      conflict->text(u"record_id"),
                                      conflict->fields.value("lost"_L1).toObject(), memberId);
            !s) {
            return s;
        }
    }
    return markResolved(conflictId, memberId);
}

Core::Status ConflictResolver::useOther(const QString &kind, const QString &entity,
                                        const QString &recordId, const QJsonObject &lost,
                                        const QString &memberId)
{
    using Sync::Protocol::ConflictKind;
    const std::optional<ConflictKind> known = Sync::Protocol::conflictKindFromName(kind);
    if (!known)
        return Core::makeError(ErrorCode::Invalid, u"unknown conflict kind '%1'"_s.arg(kind));
    if (*known == ConflictKind::DeleteEdit) {
        const Core::Result<QString> op = m_store.deleteRecord(entity, recordId, memberId);
        // Deleted here already: the deletion is what was asked for.
        if (!op && op.error().code != ErrorCode::NotFound)
            return op.error();
        return {};
    }
    if (lost.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"the conflict keeps no other version"_s);
    if (*known == ConflictKind::EditDelete) {
        // The server takes a create of a deleted id as a restore. Someone may
        // have restored it here already: then the values are laid on top.
        if (m_store.records().get(entity, recordId)) {
            const Core::Result<QString> op = m_store.updateRecord(entity, recordId, lost, memberId);
            return op ? Core::Status() : Core::Status(op.error());
        }
        Core::Record restored;
        restored.entity = entity;
        restored.id = recordId;
        restored.fields = lost;
        const Core::Result<QString> op = m_store.createRecord(restored, memberId);
        return op ? Core::Status() : Core::Status(op.error());
    }
    const Core::Result<QString> op = m_store.updateRecord(entity, recordId, lost, memberId);
    return op ? Core::Status() : Core::Status(op.error());
}

Core::Status ConflictResolver::markResolved(const QString &conflictId, const QString &memberId)
{
    const Core::Result<QString> op =
        m_store.updateRecord(Core::Entity::Conflict, conflictId,
                             {{u"status"_s, u"resolved"_s},
                              {u"resolved_by"_s, memberId},
                              {u"resolved_at"_s, m_store.clock()->nowIso()}},
                             memberId);
    if (!op) {
        qCWarning(lcEditing) << "cannot mark conflict" << conflictId
                             << "resolved:" << op.error().detail;
        return op.error();
    }
    return {};
}

} // namespace Editing

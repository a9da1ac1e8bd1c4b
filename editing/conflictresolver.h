#pragma once

#include "result.h"

#include <QLatin1StringView>
#include <QString>

class QJsonObject;

namespace Core {
class LocalStore;
}

namespace Editing {

// Carries out a person's decision on a conflict record (Core::Entity::Conflict,
// written by the server when two changes could not be merged) as local
// changes by `memberId`, which the next sync sends:
//
//   kind          KeepCurrent           UseOther
//   field         keep the merged value patch the record with the lost values
//   delete_edit   keep the record       delete it after all
//   edit_delete   leave it deleted      restore it, as the lost edit had it
//
// Either way the conflict is then marked resolved in the member's name.
// Thread: the thread that owns the store (not owned).
class ConflictResolver final
{
public:
    enum class Choice { KeepCurrent, UseOther };

    explicit ConflictResolver(Core::LocalStore &store);

    Core::Status resolve(const QString &conflictId, Choice choice, const QString &memberId);
    Core::Status markResolved(const QString &conflictId, const QString &memberId);

private:
    Core::Status useOther(const QString &kind, const QString &entity, const QString &recordId,
                          const QJsonObject &lost, const QString &memberId);

    Core::LocalStore &m_store;
};

} // namespace Editing

#include "teamscope.h"

#include "entityschema.h"
#include "localstore.h"
#include "recordtext.h"

namespace Ui {

using namespace Qt::StringLiterals;

TeamScope TeamScope::forMember(const Core::LocalStore &store, const QString &memberId,
                               const QStringList &roles)
{
    TeamScope scope;
    if (memberId.isEmpty() || roles.contains(u"admin"_s) || !store.isOpen())
        return scope;
    scope.all = false;
    QSet<QString> facilitatedPrograms;
    if (const auto programs = store.records().list(Core::Entity::Program)) {
        for (const Core::Record &p : *programs) {
            if (RecordText::memberIds(p.fields.value("facilitators"_L1)).contains(memberId))
                facilitatedPrograms.insert(p.id);
        }
    }
    if (const auto teams = store.records().list(Core::Entity::Team)) {
        for (const Core::Record &t : *teams) {
            if (RecordText::memberIds(t.fields.value("members"_L1)).contains(memberId) ||
                t.text(u"coach_id") == memberId ||
                facilitatedPrograms.contains(t.text(u"program_id"))) {
                scope.teamIds.insert(t.id);
            }
        }
    }
    return scope;
}

} // namespace Ui

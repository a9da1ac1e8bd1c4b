#include "teamscope.h"

#include "entityschema.h"
#include "localstore.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Editing {

using namespace Qt::StringLiterals;

QStringList memberIds(const QJsonValue &value)
{
    QStringList ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &v : array) {
        if (v.isString()) {
            ids.append(v.toString());
        } else if (v.isObject()) {
            const QJsonObject o = v.toObject();
            const QString id = o.value("member_id"_L1).toString(o.value("id"_L1).toString());
            if (!id.isEmpty())
                ids.append(id);
        }
    }
    return ids;
}

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
            if (memberIds(p.fields.value("facilitators"_L1)).contains(memberId))
                facilitatedPrograms.insert(p.id);
        }
    }
    if (const auto teams = store.records().list(Core::Entity::Team)) {
        for (const Core::Record &t : *teams) {
            if (memberIds(t.fields.value("members"_L1)).contains(memberId) ||
                t.text(u"coach_id") == memberId ||
                facilitatedPrograms.contains(t.text(u"program_id"))) {
                scope.teamIds.insert(t.id);
            }
        }
    }
    return scope;
}

Core::Rubric rubricOfTeam(const Core::LocalStore &store, const QString &teamId)
{
    const auto team = store.records().get(Core::Entity::Team, teamId);
    if (!team)
        return {};
    const auto program = store.records().get(Core::Entity::Program, team->text(u"program_id"));
    return program ? Core::Rubric::fromJson(program->fields.value("rubric"_L1).toObject())
                   : Core::Rubric();
}

} // namespace Editing

#include "authorization.h"

#include "entityschema.h"

#include <QJsonArray>
#include <QSet>

namespace Server::Authorization {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

QString memberScope(const QString &memberId)
{
    return u"member:"_s + memberId;
}

QString seminarScope(const QString &seminarId)
{
    return u"seminar:"_s + seminarId;
}

QString teamScope(const QString &teamId)
{
    return u"team:"_s + teamId;
}

QString programScope(const QString &programId)
{
    return u"program:"_s + programId;
}

namespace {

Core::Result<QString> requireRef(const Core::Record &record, QLatin1StringView field)
{
    const QString value = record.fields.value(field).toString();
    if (value.isEmpty()) {
        return makeError(ErrorCode::Invalid,
                         u"%1 %2 needs %3"_s.arg(record.entity, record.id, field));
    }
    return value;
}

Core::Result<QString> inherit(const Core::Record &record, QLatin1StringView field,
                              QLatin1StringView parentEntity, const ScopeLookup &parentScope)
{
    const Core::Result<QString> parent = requireRef(record, field);
    if (!parent)
        return parent.error();
    Core::Result<QString> scope = parentScope(parentEntity, *parent);
    if (!scope && scope.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::Invalid,
                         u"%1 %2: no %3 %4"_s.arg(record.entity, record.id, parentEntity, *parent));
    }
    return scope;
}

QStringList idList(const QJsonValue &value)
{
    QStringList ids;
    for (const QJsonValue &v : value.toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            ids << v.toString();
    }
    return ids;
}

} // namespace

Core::Result<QString> scopeOf(const Core::Record &record, const ScopeLookup &parentScope)
{
    const QString &e = record.entity;
    if (e == Entity::Member || e == Entity::Course || e == Entity::Module || e == Entity::Lesson ||
        e == Entity::Seminar || e == Entity::Program) {
        return QString(PublicScope);
    }
    if (e == Entity::Enrollment || e == Entity::LessonProgress) {
        const auto member = requireRef(record, "member_id"_L1);
        return member ? Core::Result<QString>(memberScope(*member)) : member.error();
    }
    if (e == Entity::SeminarParticipant || e == Entity::Thread) {
        const auto seminar = requireRef(record, "seminar_id"_L1);
        return seminar ? Core::Result<QString>(seminarScope(*seminar)) : seminar.error();
    }
    if (e == Entity::Team)
        return teamScope(record.id);
    if (e == Entity::ActionPlan || e == Entity::Submission || e == Entity::ResultsReport) {
        const auto team = requireRef(record, "team_id"_L1);
        return team ? Core::Result<QString>(teamScope(*team)) : team.error();
    }
    if (e == Entity::Post)
        return inherit(record, "thread_id"_L1, Entity::Thread, parentScope);
    if (e == Entity::Activity)
        return inherit(record, "plan_id"_L1, Entity::ActionPlan, parentScope);
    if (e == Entity::Review)
        return inherit(record, "submission_id"_L1, Entity::Submission, parentScope);
    return makeError(ErrorCode::Invalid, u"no scope rule for entity '%1'"_s.arg(e));
}

QList<Grant> grantsOf(const Core::Record &record)
{
    QList<Grant> grants;
    const QString &e = record.entity;
    if (e == Entity::SeminarParticipant) {
        const QString member = record.text(u"member_id");
        const QString seminar = record.text(u"seminar_id");
        if (!member.isEmpty() && !seminar.isEmpty())
            grants << Grant{memberScope(member), seminarScope(seminar)};
    } else if (e == Entity::Seminar) {
        for (const QString &id : idList(record.fields.value("facilitators"_L1)))
            grants << Grant{memberScope(id), seminarScope(record.id)};
    } else if (e == Entity::Team) {
        QStringList members = idList(record.fields.value("members"_L1));
        const QString coach = record.text(u"coach_id");
        if (!coach.isEmpty())
            members << coach;
        for (const QString &id : members)
            grants << Grant{memberScope(id), teamScope(record.id)};
        const QString program = record.text(u"program_id");
        if (!program.isEmpty())
            grants << Grant{programScope(program), teamScope(record.id)};
    } else if (e == Entity::Program) {
        for (const QString &id : idList(record.fields.value("facilitators"_L1)))
            grants << Grant{memberScope(id), programScope(record.id)};
    }
    // A list may name someone twice; the store keeps each grant once.
    QList<Grant> unique;
    for (const Grant &g : grants) {
        if (!unique.contains(g))
            unique << g;
    }
    return unique;
}

bool isAdmin(const Core::Record &member)
{
    return idList(member.fields.value("roles"_L1)).contains(u"admin"_s);
}

Core::Result<Visibility> visibilityOf(const Core::Record &member, const GrantLookup &grantsFor)
{
    Visibility visibility;
    if (isAdmin(member)) {
        visibility.everything = true;
        return visibility;
    }
    QSet<QString> seen{QString(PublicScope), memberScope(member.id)};
    QStringList frontier{memberScope(member.id)};
    // Grants chain at most member -> program -> team; the bound guards against
    // a cycle that bad data could make.
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); ++depth) {
        const Core::Result<QStringList> granted = grantsFor(frontier);
        if (!granted)
            return granted.error();
        frontier.clear();
        for (const QString &scope : *granted) {
            if (!seen.contains(scope)) {
                seen.insert(scope);
                frontier << scope;
            }
        }
    }
    visibility.scopes = QStringList(seen.begin(), seen.end());
    visibility.scopes.sort();
    return visibility;
}

} // namespace Server::Authorization

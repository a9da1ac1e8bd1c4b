#include "scopes.h"

#include "entityschema.h"

namespace Core::Scopes {

using namespace Qt::StringLiterals;

QString member(const QString &memberId)
{
    return u"member:"_s + memberId;
}

QString seminar(const QString &seminarId)
{
    return u"seminar:"_s + seminarId;
}

QString team(const QString &teamId)
{
    return u"team:"_s + teamId;
}

QString program(const QString &programId)
{
    return u"program:"_s + programId;
}

namespace {

Result<QString> requireRef(const Record &record, QLatin1StringView field)
{
    const QString value = record.fields.value(field).toString();
    if (value.isEmpty())
        return makeError(ErrorCode::Invalid,
                         u"%1 %2 needs %3"_s.arg(record.entity, record.id, field));
    return value;
}

Result<QString> inherit(const Record &record, QLatin1StringView field,
                        QLatin1StringView parentEntity, const Lookup &parentScope)
{
    const Result<QString> parent = requireRef(record, field);
    if (!parent)
        return parent.error();
    Result<QString> scope = parentScope(parentEntity, *parent);
    // The parent is not there: never stored, or removed meanwhile (a reply
    // to a thread deleted while the reply waited to be sent).
    if (!scope && scope.error().code == ErrorCode::NotFound) {
        return makeError(ErrorCode::NotFound,
                         u"%1 %2: no %3 %4"_s.arg(record.entity, record.id, parentEntity, *parent));
    }
    return scope;
}

Result<QString> prefixed(const Record &record, QLatin1StringView field,
                         QString (*make)(const QString &))
{
    const Result<QString> ref = requireRef(record, field);
    return ref ? Result<QString>(make(*ref)) : ref.error();
}

} // namespace

Result<QString> scopeOf(const Record &record, const Lookup &parentScope)
{
    const QString &e = record.entity;
    if (e == Entity::Member || e == Entity::Course || e == Entity::Module || e == Entity::Lesson ||
        e == Entity::Seminar || e == Entity::Program) {
        return QString(Public);
    }
    if (e == Entity::Enrollment || e == Entity::LessonProgress)
        return prefixed(record, "member_id"_L1, &member);
    if (e == Entity::SeminarParticipant || e == Entity::Thread)
        return prefixed(record, "seminar_id"_L1, &seminar);
    if (e == Entity::Team)
        return team(record.id);
    if (e == Entity::ActionPlan || e == Entity::Submission || e == Entity::ResultsReport)
        return prefixed(record, "team_id"_L1, &team);
    if (e == Entity::Post)
        return inherit(record, "thread_id"_L1, Entity::Thread, parentScope);
    if (e == Entity::Activity || e == Entity::PlanChange)
        return inherit(record, "plan_id"_L1, Entity::ActionPlan, parentScope);
    if (e == Entity::Review)
        return inherit(record, "submission_id"_L1, Entity::Submission, parentScope);
    if (e == Entity::ResultValue)
        return inherit(record, "report_id"_L1, Entity::ResultsReport, parentScope);
    if (e == Entity::Conflict)
        return requireRef(record, "scope"_L1);
    return makeError(ErrorCode::Invalid, u"no scope rule for entity '%1'"_s.arg(e));
}

} // namespace Core::Scopes

#include "authorization.h"

#include "seminarwindow.h"

#include "entityschema.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace Server::Authorization {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

QString memberScope(const QString &memberId)
{
    return Core::Scopes::member(memberId);
}

QString seminarScope(const QString &seminarId)
{
    return Core::Scopes::seminar(seminarId);
}

QString teamScope(const QString &teamId)
{
    return Core::Scopes::team(teamId);
}

QString programScope(const QString &programId)
{
    return Core::Scopes::program(programId);
}

namespace {

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
    } else if (e == Entity::Member && isAdmin(record)) {
        grants << Grant{memberScope(record.id), QString(AllScopes)};
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
        // Since when: admins made before grants recorded it have none, and
        // have seen everything all along.
        const Core::Result<QList<GrantRow>> granted = grantsFor({memberScope(member.id)});
        if (!granted)
            return granted.error();
        for (const GrantRow &g : *granted) {
            if (g.scope == AllScopes)
                visibility.grantedAt.insert(g.scope, g.seq);
        }
        return visibility;
    }
    QHash<QString, qint64> &since = visibility.grantedAt;
    since.insert(QString(PublicScope), 0);
    since.insert(memberScope(member.id), 0);
    QStringList frontier{memberScope(member.id)};
    // Grants chain at most member -> program -> team; the bound guards against
    // a cycle that bad data could make.
    for (int depth = 0; depth < 4 && !frontier.isEmpty(); ++depth) {
        const Core::Result<QList<GrantRow>> granted = grantsFor(frontier);
        if (!granted)
            return granted.error();
        QStringList next;
        for (const GrantRow &g : *granted) {
            const qint64 seq = std::max(g.seq, since.value(g.grantee));
            const auto it = since.constFind(g.scope);
            if (it != since.cend() && *it <= seq)
                continue;
            since.insert(g.scope, seq);
            if (!next.contains(g.scope))
                next << g.scope;
        }
        frontier = next;
    }
    visibility.scopes = since.keys();
    visibility.scopes.sort();
    return visibility;
}

namespace {

using Core::Record;
namespace Entity = Core::Entity;

Core::Error forbidden(const QString &why)
{
    return makeError(ErrorCode::Forbidden, why);
}

QString field(const std::optional<Record> &r, QLatin1StringView name)
{
    return r ? r->fields.value(name).toString() : QString();
}

// Both versions of the record (those that exist) name `actor` in `name`.
bool namesActor(const std::optional<Record> &before, const std::optional<Record> &after,
                QLatin1StringView name, const QString &actor)
{
    return (!before || field(before, name) == actor) && (!after || field(after, name) == actor);
}

QString teamOfScope(const QString &scope)
{
    const QString prefix = teamScope(QString());
    return scope.startsWith(prefix) ? scope.mid(prefix.size()) : QString();
}

bool inTeam(const Record &team, const QString &actor)
{
    return idList(team.fields.value("members"_L1)).contains(actor) ||
           team.text(u"coach_id") == actor;
}

// The team of a team-scoped record, and whether the actor is in it or
// facilitates its program.
struct TeamRole {
    bool member = false;
    bool facilitator = false;
};

Core::Result<TeamRole> teamRole(const QString &scope, const QString &actor,
                                const RecordLookup &lookup)
{
    TeamRole role;
    const QString teamId = teamOfScope(scope);
    if (teamId.isEmpty())
        return role;
    const auto team = lookup(Entity::Team, teamId);
    if (!team)
        return team.error();
    if (!team->has_value())
        return role;
    role.member = inTeam(**team, actor);
    const QString programId = (*team)->text(u"program_id");
    if (!programId.isEmpty()) {
        const auto program = lookup(Entity::Program, programId);
        if (!program)
            return program.error();
        role.facilitator = program->has_value() &&
                           idList((*program)->fields.value("facilitators"_L1)).contains(actor);
    }
    return role;
}

// The fields whose values differ between the two versions.
QStringList changedFields(const std::optional<Record> &before, const std::optional<Record> &after)
{
    QStringList changed;
    if (!before || !after)
        return changed;
    QStringList names = before->fields.keys() + after->fields.keys();
    names.removeDuplicates();
    for (const QString &name : names) {
        if (before->fields.value(name) != after->fields.value(name))
            changed << name;
    }
    return changed;
}

// Whether `actor` facilitates the seminar a thread or post is in.
Core::Result<bool> facilitatesSeminarOf(const Record &record, const QString &actor,
                                        const RecordLookup &lookup)
{
    const auto seminar = SeminarWindow::seminarOf(record, lookup);
    if (!seminar)
        return seminar.error();
    return seminar->has_value() &&
           idList((*seminar)->fields.value("facilitators"_L1)).contains(actor);
}

// The fields a record keeps from its creation, whoever patches it (but an
// admin): what it belongs to, who made it, when, and what was sent.
const QStringList &fixedFields(const QString &entity)
{
    static const QHash<QString, QStringList> fixed{
        {Entity::Member, {u"username"_s, u"roles"_s, u"joined"_s}},
        {Entity::Enrollment, {u"course_id"_s, u"member_id"_s, u"enrolled_at"_s}},
        {Entity::LessonProgress, {u"lesson_id"_s, u"member_id"_s}},
        {Entity::SeminarParticipant, {u"seminar_id"_s, u"member_id"_s, u"joined_at"_s}},
        {Entity::Thread, {u"seminar_id"_s, u"author_id"_s, u"created_at"_s}},
        {Entity::Post, {u"thread_id"_s, u"parent_id"_s, u"author_id"_s, u"created_at"_s}},
        {Entity::ActionPlan, {u"team_id"_s, u"program_id"_s}},
        {Entity::Activity, {u"plan_id"_s}},
        {Entity::Submission,
         {u"team_id"_s, u"plan_id"_s, u"kind"_s, u"submitted_at"_s, u"submitted_by"_s,
          u"snapshot"_s}},
        {Entity::Review, {u"submission_id"_s, u"facilitator_id"_s}},
        {Entity::ResultsReport, {u"team_id"_s}},
        {Entity::ResultValue, {u"report_id"_s}},
    };
    static const QStringList none;
    const auto it = fixed.constFind(entity);
    return it == fixed.constEnd() ? none : *it;
}

// What a submission's team may set its status to: sent, or taken back. The
// rest ("approved", "changes_requested", ...) is its facilitators' decision.
bool teamMaySetSubmissionStatus(const QString &status)
{
    return status == u"submitted" || status == u"withdrawn";
}

} // namespace

namespace {
const QStringList &moderationFields()
{
    static const QStringList fields{u"pinned"_s, u"closed_at"_s, u"closed_by"_s, u"hidden_at"_s,
                                    u"hidden_by"_s};
    return fields;
}
} // namespace

bool isModerationField(const QString &name)
{
    return moderationFields().contains(name);
}

QStringList moderationChanges(const std::optional<Core::Record> &before,
                              const std::optional<Core::Record> &after)
{
    QStringList changed;
    for (const QString &name : moderationFields()) {
        const QJsonValue was =
            before ? before->fields.value(name) : QJsonValue(QJsonValue::Undefined);
        const QJsonValue is = after ? after->fields.value(name) : QJsonValue(QJsonValue::Undefined);
        // Unset, null, "" and 0 all mean "not pinned, open, shown".
        const auto set = [](const QJsonValue &v) {
            return !(v.isUndefined() || v.isNull() || v == QJsonValue(u""_s) || v == QJsonValue(0));
        };
        if (set(was) != set(is) || (set(is) && was != is))
            changed << name;
    }
    return changed;
}

Core::Status mayWrite(const Record &actor, const Visibility &visibility, WriteKind kind,
                      const std::optional<Record> &before, const std::optional<Record> &after,
                      const QString &scope, const RecordLookup &lookup)
{
    if (isAdmin(actor))
        return {};
    const Record &target = after ? *after : *before;
    const QString &e = target.entity;
    // Joining a seminar: any member may take part in one that has not closed
    // (its scope opens to them with the participation).
    if (e == Entity::SeminarParticipant && kind == WriteKind::Create &&
        field(after, "member_id"_L1) == actor.id && !visibility.sees(scope)) {
        const auto seminar = lookup(Entity::Seminar, field(after, "seminar_id"_L1));
        if (!seminar)
            return seminar.error();
        if (!seminar->has_value())
            return makeError(ErrorCode::NotFound, u"there is no such seminar"_s);
        const QDateTime closes = SeminarWindow::closesAt(**seminar);
        if (closes.isValid() && QDateTime::currentDateTimeUtc() >= closes)
            return Core::makeError(Core::ErrorCode::Closed, u"the seminar has closed"_s);
        return {};
    }
    if (!visibility.sees(scope))
        return forbidden(u"this %1 is outside what you may see"_s.arg(e));
    const QString &me = actor.id;
    if (kind == WriteKind::Patch) {
        const QStringList &fixed = fixedFields(e);
        for (const QString &name : changedFields(before, after)) {
            if (fixed.contains(name)) {
                return forbidden(
                    u"%1.%2 is set when the %1 is made; only an admin changes it"_s.arg(e, name));
            }
        }
    }

    if (e == Entity::Member) {
        if (kind != WriteKind::Patch || target.id != me)
            return forbidden(u"members may only edit their own profile"_s);
        return {};
    }
    if (e == Entity::Enrollment || e == Entity::LessonProgress || e == Entity::SeminarParticipant) {
        if (!namesActor(before, after, "member_id"_L1, me))
            return forbidden(u"a %1 can only be made for yourself"_s.arg(e));
        return {};
    }
    if (e == Entity::Thread || e == Entity::Post) {
        const QStringList moderated = moderationChanges(before, after);
        if (!moderated.isEmpty()) {
            const Core::Result<bool> facilitates = facilitatesSeminarOf(target, me, lookup);
            if (!facilitates)
                return facilitates.error();
            if (!*facilitates)
                return forbidden(u"only the seminar's facilitators may pin, close or hide"_s);
            for (const QLatin1StringView by : {"closed_by"_L1, "hidden_by"_L1}) {
                const QString named = field(after, by);
                if (!named.isEmpty() && named != me)
                    return forbidden(u"a thread is closed, or a post hidden, in your own name"_s);
            }
            // Moderating someone else's thread or post changes nothing else.
            if (kind == WriteKind::Patch && changedFields(before, after).size() == moderated.size())
                return {};
        }
        // Facilitators may remove a whole thread (its posts go with it).
        if (e == Entity::Thread && kind == WriteKind::Delete) {
            const Core::Result<bool> facilitates = facilitatesSeminarOf(target, me, lookup);
            if (!facilitates)
                return facilitates.error();
            if (*facilitates)
                return {};
        }
        if (!namesActor(before, after, "author_id"_L1, me))
            return forbidden(u"a %1 can only be written, edited or deleted by its author"_s.arg(e));
        return {};
    }
    if (e == Entity::ActionPlan || e == Entity::Activity || e == Entity::ResultsReport ||
        e == Entity::ResultValue || e == Entity::Submission || e == Entity::Review) {
        const Core::Result<TeamRole> role = teamRole(scope, me, lookup);
        if (!role)
            return role.error();
        if (e == Entity::Submission) {
            if (kind == WriteKind::Delete)
                return forbidden(u"a submission cannot be withdrawn once sent"_s);
            if (kind == WriteKind::Create &&
                !(role->member && field(after, "submitted_by"_L1) == me))
                return forbidden(u"a submission is sent by a team member, as themself"_s);
            if (kind == WriteKind::Patch && !role->member && !role->facilitator)
                return forbidden(u"only the team and its facilitators may change a submission"_s);
            // Its status: the team sends or withdraws; the facilitators decide.
            const bool statusSet = kind == WriteKind::Create
                                       ? !field(after, "status"_L1).isEmpty()
                                       : changedFields(before, after).contains(u"status"_s);
            if (statusSet && !role->facilitator &&
                !teamMaySetSubmissionStatus(field(after, "status"_L1)))
                return forbidden(u"only the program's facilitators decide a submission's status"_s);
            return {};
        }
        if (e == Entity::Review) {
            if (!role->facilitator || !namesActor(before, after, "facilitator_id"_L1, me))
                return forbidden(
                    u"reviews are written by the program's facilitators, as themselves"_s);
            return {};
        }
        if (!role->member)
            return forbidden(u"only the team's members may change its %1"_s.arg(e));
        return {};
    }
    if (e == Entity::Conflict) {
        if (kind != WriteKind::Patch)
            return forbidden(u"conflicts are made by the server"_s);
        static const QStringList resolution{u"status"_s, u"resolved_by"_s, u"resolved_at"_s};
        for (const QString &name : changedFields(before, after)) {
            if (!resolution.contains(name))
                return forbidden(u"a conflict can only be marked resolved"_s);
        }
        // Resolved in one's own name, always; open again with no name.
        const bool resolved = field(after, "status"_L1) == u"resolved";
        if (resolved ? field(after, "resolved_by"_L1) != me
                     : !field(after, "resolved_by"_L1).isEmpty())
            return forbidden(u"a conflict is resolved in your own name"_s);
        return {};
    }
    return forbidden(u"only an admin may change a %1"_s.arg(e));
}

} // namespace Server::Authorization

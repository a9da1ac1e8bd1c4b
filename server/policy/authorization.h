#pragma once

#include "record.h"
#include "result.h"
#include "scopes.h"

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace Server {

// Decides who may see what, in one place. Every stored record carries a
// scope string computed when it is written ("public", "member:<id>",
// "seminar:<id>", "team:<id>"); records that open scopes to members
// (participations, seminars, teams, programs) yield grants. A member sees the
// records whose scope is in the closure of their grants; admins see all.
// Pure functions: the store supplies lookups and persists the results.
namespace Authorization {

inline constexpr QLatin1StringView PublicScope = Core::Scopes::Public;

// Granted to an admin (from their member record): every scope, including
// those that do not exist yet. Its seq tells a pull when the member became an
// admin, so that everything older is backfilled.
inline constexpr QLatin1StringView AllScopes("all");

QString memberScope(const QString &memberId);   // "member:<id>"
QString seminarScope(const QString &seminarId); // "seminar:<id>"
QString teamScope(const QString &teamId);       // "team:<id>"
QString programScope(const QString &programId); // "program:<id>": opens its teams

// The scope a record is stored under: one rule for server and client.
using ScopeLookup = Core::Scopes::Lookup;
using Core::Scopes::scopeOf;

// "`grantee` may see `scope`". A grantee is a member scope or a scope that
// opens others (a program opens its teams to its facilitators).
struct Grant {
    QString grantee;
    QString scope;

    friend bool operator==(const Grant &, const Grant &) = default;
};

// The grants a (live) record gives; a deleted record gives none.
QList<Grant> grantsOf(const Core::Record &record);

// What a member may see.
struct Visibility {
    bool everything = false;          // admins
    QStringList scopes;               // sorted, without duplicates
    QHash<QString, qint64> grantedAt; // scope -> the seq from which the member may see it

    bool sees(const QString &scope) const { return everything || scopes.contains(scope); }
};

bool isAdmin(const Core::Record &member);

// A stored grant: `grantee` may see `scope` since change `seq`.
struct GrantRow {
    QString grantee;
    QString scope;
    qint64 seq = 0;
};

// The grants made to any of `grantees`.
using GrantLookup = std::function<Core::Result<QList<GrantRow>>(const QStringList &grantees)>;

// The closure of the member's grants, starting from "public" and "member:<id>".
// Visibility::grantedAt says from which seq each scope is open to the member:
// along a chain of grants, the latest grant; over several chains, the earliest.
Core::Result<Visibility> visibilityOf(const Core::Record &member, const GrantLookup &grantsFor);

// What a pushed operation does to a record.
enum class WriteKind { Create, Patch, Delete };

// A live record of the store, for the rules that look at parents (a plan's
// team, a team's program).
using RecordLookup = std::function<Core::Result<std::optional<Core::Record>>(
    QLatin1StringView entity, const QString &id)>;

// May `actor` (a member record) make this write? `before` is the stored
// record (for Patch and Delete), `after` the record as it would be stored
// (Create and Patch), `scope` the scope it is stored under. Forbidden with a
// sentence saying why when not. The rules, for everyone but admins:
// - the scope must be one the actor may see;
// - a patch leaves the fields fixed at creation alone: what a record belongs
//   to (a plan's team, a post's thread), who made it and when (author_id,
//   created_at, submitted_by), and a submission's snapshot;
// - members edit only their own profile (not its roles, user name or joining
//   date);
// - enrollments, lesson progress and seminar participation: only one's own;
// - threads and posts: written, edited and deleted by their author only;
//   pinned and closed (threads) or hidden (posts) only by the seminar's
//   facilitators, in their own name, who may do that to anyone's and may
//   delete any thread of the seminar;
// - plans, activities and results reports: by the team's members and coach;
// - submissions: made by a team member as themself; their status set by the
//   team to "submitted" or "withdrawn" only, to anything by the program's
//   facilitators;
// - reviews: by a facilitator of the team's program, as themself;
// - conflicts: only marked resolved, in one's own name, by someone who may
//   see them;
// - courses, lessons, seminars, programs and teams: admins only.
Core::Status mayWrite(const Core::Record &actor, const Visibility &visibility, WriteKind kind,
                      const std::optional<Core::Record> &before,
                      const std::optional<Core::Record> &after, const QString &scope,
                      const RecordLookup &lookup);

bool isModerationField(const QString &name);
// The moderation fields (a thread's pinned, closed_at, closed_by; a post's
// hidden_at, hidden_by) whose meaning differs between the two versions.
QStringList moderationChanges(const std::optional<Core::Record> &before,
                              const std::optional<Core::Record> &after);

} // namespace Authorization
} // namespace Server

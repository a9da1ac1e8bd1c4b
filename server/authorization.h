#pragma once

#include "record.h"
#include "result.h"

#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Server {

// Decides who may see what, in one place. Every stored record carries a
// scope string computed when it is written ("public", "member:<id>",
// "seminar:<id>", "team:<id>"); records that open scopes to members
// (participations, seminars, teams, programs) yield grants. A member sees the
// records whose scope is in the closure of their grants; admins see all.
// Pure functions: the store supplies lookups and persists the results.
namespace Authorization {

inline constexpr QLatin1StringView PublicScope{"public"};

QString memberScope(const QString &memberId);   // "member:<id>"
QString seminarScope(const QString &seminarId); // "seminar:<id>"
QString teamScope(const QString &teamId);       // "team:<id>"
QString programScope(const QString &programId); // "program:<id>": opens its teams

// The scope of a stored record of `entity` with `id`, or NotFound.
using ScopeLookup =
    std::function<Core::Result<QString>(QLatin1StringView entity, const QString &id)>;

// The scope `record` is stored under. Posts, activities and reviews inherit the
// scope of their thread, plan and submission, found through `parentScope`.
Core::Result<QString> scopeOf(const Core::Record &record, const ScopeLookup &parentScope);

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
    bool everything = false; // admins
    QStringList scopes;      // sorted, without duplicates
};

bool isAdmin(const Core::Record &member);

// The scopes granted to any of `grantees`.
using GrantLookup = std::function<Core::Result<QStringList>(const QStringList &grantees)>;

// The closure of the member's grants, starting from "public" and "member:<id>".
Core::Result<Visibility> visibilityOf(const Core::Record &member, const GrantLookup &grantsFor);

} // namespace Authorization
} // namespace Server

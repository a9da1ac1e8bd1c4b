#pragma once

#include "record.h"
#include "result.h"

#include <QLatin1StringView>
#include <QString>

#include <functional>

namespace Core {

// Every record belongs to one scope, the unit of visibility: "public",
// "member:<id>", "seminar:<id>", "team:<id>". The server decides who may see
// a scope (server/policy/authorization.h); the client computes the same scopes from
// its replica to compare digests with the server (core/digest.h).
namespace Scopes {

inline constexpr QLatin1StringView Public{"public"};

QString member(const QString &memberId);   // "member:<id>"
QString seminar(const QString &seminarId); // "seminar:<id>"
QString team(const QString &teamId);       // "team:<id>"
QString program(const QString &programId); // "program:<id>": opens its teams

// The scope of a stored record of `entity` with `id`, or NotFound.
using Lookup = std::function<Result<QString>(QLatin1StringView entity, const QString &id)>;

// The scope `record` belongs to. Posts, activities and reviews inherit the
// scope of their thread, plan and submission, found through `parentScope`;
// a conflict carries the scope of the record it is about in its `scope` field.
Result<QString> scopeOf(const Record &record, const Lookup &parentScope);

} // namespace Scopes
} // namespace Core

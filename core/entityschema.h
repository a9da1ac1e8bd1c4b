#pragma once

#include <QAnyStringView>
#include <QLatin1StringView>
#include <QList>
#include <QString>

namespace Core {

enum class FieldType {
    Text,    // UTF-8 text; dates and times as ISO 8601 text
    Integer, // 64-bit integer
    Real,
    Json, // a JSON array or object, stored as compact text
};

struct FieldSpec {
    QLatin1StringView name;
    FieldType type = FieldType::Text;
    bool indexed = false; // a reference other queries filter on
    int maxLength = 0;    // text: the most characters (0: MaxTextLength)
    int sinceVersion = 0; // the replica schema version that added it (0: with its table)
};

// One kind of record: its table in the replica and its fields. The schema is
// written once here and used by the replica's migrations, the repositories,
// the wire codecs and the server's validation.
struct EntitySpec {
    QLatin1StringView name; // also the table name
    QList<FieldSpec> fields;
    int sinceVersion = 1; // the replica schema version that added its table

    const FieldSpec *field(QStringView fieldName) const;
};

// Every entity of DESIGN.md "Data", in dependency order (parents first).
const QList<EntitySpec> &entitySpecs();
const EntitySpec *entitySpec(QAnyStringView name);

namespace Entity {
inline constexpr QLatin1StringView Member{"member"};
inline constexpr QLatin1StringView Course{"course"};
inline constexpr QLatin1StringView Module{"module"};
inline constexpr QLatin1StringView Lesson{"lesson"};
inline constexpr QLatin1StringView Enrollment{"enrollment"};
inline constexpr QLatin1StringView LessonProgress{"lesson_progress"};
inline constexpr QLatin1StringView Seminar{"seminar"};
inline constexpr QLatin1StringView SeminarParticipant{"seminar_participant"};
inline constexpr QLatin1StringView Thread{"thread"};
inline constexpr QLatin1StringView Post{"post"};
inline constexpr QLatin1StringView Program{"program"};
inline constexpr QLatin1StringView Team{"team"};
inline constexpr QLatin1StringView ActionPlan{"action_plan"};
inline constexpr QLatin1StringView Activity{"activity"};
inline constexpr QLatin1StringView Submission{"submission"};
inline constexpr QLatin1StringView Review{"review"};
inline constexpr QLatin1StringView ResultsReport{"results_report"};
inline constexpr QLatin1StringView ResultValue{"result_value"};
// Written by the server when two edits could not be merged: the value that was
// kept, the one that lost, who made each and when. People resolve it.
inline constexpr QLatin1StringView Conflict{"conflict"};
// Written by the server for each change it applies to an action plan or one
// of its activities: who made it, when, and each field's value before and
// after ({"field": {"old": …, "new": …}}). A plan's history, kept offline.
inline constexpr QLatin1StringView PlanChange{"plan_change"};
} // namespace Entity

} // namespace Core

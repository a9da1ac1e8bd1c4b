#include "entityschema.h"

#include "record.h"

namespace Core {

using namespace Qt::StringLiterals;

namespace {

constexpr FieldSpec text(const char *name, bool indexed = false)
{
    return {QLatin1StringView(name), FieldType::Text, indexed, 0};
}
// Text people write in one sitting, with a limit of its own (the app states
// it before sending; the server holds it for every client).
constexpr FieldSpec limited(const char *name, int maxLength)
{
    return {QLatin1StringView(name), FieldType::Text, false, maxLength};
}
constexpr FieldSpec integer(const char *name)
{
    return {QLatin1StringView(name), FieldType::Integer, false, 0};
}
constexpr FieldSpec json(const char *name)
{
    return {QLatin1StringView(name), FieldType::Json, false, 0};
}
constexpr FieldSpec ref(const char *name)
{
    return text(name, true);
}
// A field added to an existing table by replica schema `version`.
constexpr FieldSpec since(int version, FieldSpec field)
{
    field.sinceVersion = version;
    return field;
}

QList<EntitySpec> buildSpecs()
{
    return {
        {Entity::Member,
         {text("username"), limited("display_name", MaxDisplayNameLength),
          limited("country", MaxCountryLength), limited("organisation", MaxOrganisationLength),
          limited("position", MaxPositionLength), json("languages"), json("roles"),
          limited("bio", MaxBioLength), text("joined")}},
        {Entity::Course, {text("title"), text("language"), text("summary")}},
        {Entity::Module, {ref("course_id"), integer("position"), text("title")}},
        // attachments (here, on posts and on plans): the files the record
        // names, as Core::AttachmentRef lists; a Markdown body shows an image
        // among them as ![text](attachment:SHA256).
        {Entity::Lesson,
         {ref("module_id"), integer("position"), text("title"), text("body"),
          since(10, json("attachments"))}},
        {Entity::Enrollment, {ref("course_id"), ref("member_id"), text("enrolled_at")}},
        {Entity::LessonProgress, {ref("lesson_id"), ref("member_id"), text("completed_at")}},
        {Entity::Seminar,
         {text("title"), text("language"), text("starts_on"), text("ends_on"), text("description"),
          json("facilitators")}},
        {Entity::SeminarParticipant, {ref("seminar_id"), ref("member_id"), text("joined_at")}},
        // A facilitator pins a thread (pinned 1: listed first) or closes it
        // to new posts (closed_at, closed_by; empty: open).
        {Entity::Thread,
         {ref("seminar_id"), limited("title", MaxThreadTitleLength), ref("author_id"),
          text("created_at"), since(5, integer("pinned")), since(5, text("closed_at")),
          since(5, text("closed_by"))}},
        // Its author edits a post (edited_at; history holds the earlier
        // versions, oldest first, as {"body", "until"}) or deletes it
        // (deleted_at, the text and its history emptied, the replies kept);
        // a facilitator hides it (hidden_at, hidden_by; empty: shown).
        {Entity::Post,
         {ref("thread_id"), ref("parent_id"), ref("author_id"), limited("body", MaxPostLength),
          text("created_at"), since(5, text("edited_at")), since(5, json("history")),
          since(5, text("deleted_at")), since(5, text("hidden_at")), since(5, text("hidden_by")),
          since(10, json("attachments"))}},
        // rubric: what its facilitators score submissions against (Core::Rubric).
        {Entity::Program,
         {text("title"), text("kind"), text("cohort"), text("language"), text("starts_on"),
          text("ends_on"), json("facilitators"), since(6, json("rubric"))}},
        {Entity::Team,
         {ref("program_id"), text("name"), text("organisation"), text("country"), json("members"),
          ref("coach_id")}},
        {Entity::ActionPlan,
         {ref("team_id"), ref("program_id"), text("language"), text("challenge"), text("vision"),
          text("measurable_result"), text("current_situation"), text("root_causes"),
          text("priority_actions"), since(10, json("attachments"))}},
        {Entity::Activity,
         {ref("plan_id"), integer("position"), text("what"), ref("responsible_id"),
          text("starts_on"), text("ends_on"), text("resources"), text("indicator"),
          text("status")}},
        {Entity::Submission,
         {ref("team_id"), ref("plan_id"), text("kind"), text("status"), text("submitted_at"),
          ref("submitted_by"), json("snapshot")}},
        {Entity::Review,
         {ref("submission_id"), ref("facilitator_id"), json("scores"), text("comment"),
          text("decision"), text("reviewed_at")}},
        // An indicator a team reports its results on: its name, unit, and the
        // baseline and target (numbers written as JSON writes them, "" when
        // not set); source: where it came from ("plan": the plan's measurable
        // result, "activity:<id>": an activity's indicator, "": added).
        {Entity::ResultsReport,
         {ref("team_id"), text("indicator"), text("baseline"), text("target"),
          since(7, text("unit")), since(7, text("source")), since(7, integer("position"))}},
        // The value an indicator reached in one reporting period (a month,
        // "YYYY-MM"), with a note; one per indicator and period (a second one
        // is kept by the server as a conflict on the first).
        {Entity::ResultValue, {ref("report_id"), text("period"), text("actual"), text("note")}, 7},
        {Entity::Conflict,
         {text("record_entity"), ref("record_id"), text("field"), text("kind"), text("scope"),
          json("kept"), text("kept_by"), text("kept_at"), json("lost"), text("lost_by"),
          text("lost_at"), text("status"), text("resolved_by"), text("resolved_at")},
         3},
        // kind: create, patch or delete of the record; changes: {"old", "new"}
        // by field (old absent for a create, new absent for a delete).
        {Entity::PlanChange,
         {ref("plan_id"), text("record_entity"), ref("record_id"), text("kind"), json("changes"),
          ref("author_id"), text("changed_at"), text("op_id")},
         6},
    };
}

} // namespace

const FieldSpec *EntitySpec::field(QStringView fieldName) const
{
    for (const FieldSpec &f : fields) {
        if (f.name == fieldName)
            return &f;
    }
    return nullptr;
}

const QList<EntitySpec> &entitySpecs()
{
    static const QList<EntitySpec> specs = buildSpecs();
    return specs;
}

const EntitySpec *entitySpec(QAnyStringView name)
{
    for (const EntitySpec &spec : entitySpecs()) {
        if (QAnyStringView::compare(spec.name, name) == 0)
            return &spec;
    }
    return nullptr;
}

} // namespace Core

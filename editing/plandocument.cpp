#include "plandocument.h"

#include "clock.h"
#include "conflictresolver.h"
#include "desksession.h"
#include "editinglogging.h"
#include "editorsession.h"
#include "entityschema.h"
#include "localstore.h"
#include "protocol.h"
#include "teamscope.h"

#include <QJsonArray>
#include <QUndoStack>

#include <algorithm>

namespace Editing {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

Editing::FieldErrors sectionRules(const QJsonObject &fields)
{
    FieldErrors errors;
    for (const QString &f : PlanDocument::sectionFields())
        Rules::maxLength(errors, fields, f, Core::MaxTextLength);
    return errors;
}

// The fields of a record an activity step keeps (what undo puts back).
QJsonObject editable(const QJsonObject &fields)
{
    QJsonObject kept;
    for (const QString &f : PlanDocument::activityFields())
        if (fields.contains(f))
            kept.insert(f, fields.value(f));
    kept.insert(u"position"_s, fields.value("position"_L1));
    kept.insert(u"plan_id"_s, fields.value("plan_id"_L1));
    return kept;
}

} // namespace

const QStringList &PlanDocument::sectionFields()
{
    static const QStringList fields{u"challenge"_s,         u"vision"_s,
                                    u"measurable_result"_s, u"current_situation"_s,
                                    u"root_causes"_s,       u"priority_actions"_s};
    return fields;
}

const QStringList &PlanDocument::activityFields()
{
    static const QStringList fields{u"what"_s,    u"responsible_id"_s, u"starts_on"_s,
                                    u"ends_on"_s, u"resources"_s,      u"indicator"_s,
                                    u"status"_s};
    return fields;
}

const QStringList &PlanDocument::statuses()
{
    static const QStringList keys{u"not_started"_s, u"in_progress"_s, u"done"_s, u"delayed"_s,
                                  u"dropped"_s};
    return keys;
}

QString PlanDocument::canonicalStatus(const QString &status)
{
    if (status == u"planned" || status.isEmpty())
        return u"not_started"_s;
    if (status == u"ongoing")
        return u"in_progress"_s;
    if (status == u"completed")
        return u"done"_s;
    if (status == u"blocked")
        return u"delayed"_s;
    if (status == u"cancelled")
        return u"dropped"_s;
    return status;
}

PlanDocument::PlanDocument(Core::LocalStore *store, DeskSession *desk, const QString &planId,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_planId(planId)
    , m_sections(new EditorSession(store, desk, QString(Core::Entity::ActionPlan), planId, this))
    , m_steps(store, desk)
{
    m_sections->setValidator(sectionRules);
    readTeam();
    connect(m_store, &Core::LocalStore::recordsChanged, this, &PlanDocument::onRecordsChanged);
    connect(m_desk, &DeskSession::activeAuthorChanged, this, [this]() { readTeam(); });
}

PlanDocument::~PlanDocument() = default;

bool PlanDocument::isValid() const
{
    return m_sections->isValid();
}

QUndoStack *PlanDocument::undoStack() const
{
    return m_sections->undoStack();
}

bool PlanDocument::mayEdit() const
{
    return m_mayEdit;
}

void PlanDocument::readTeam()
{
    const auto plan = m_store->records().get(Core::Entity::ActionPlan, m_planId);
    m_teamId = plan ? plan->text(u"team_id") : QString();
    const auto team = m_store->records().get(Core::Entity::Team, m_teamId);
    m_teamMembers = team ? memberIds(team->fields.value("members"_L1)) : QStringList();
    const bool may = plan && !m_desk->activeAuthorId().isEmpty() &&
                     m_teamMembers.contains(m_desk->activeAuthorId());
    if (may != m_mayEdit) {
        m_mayEdit = may;
        Q_EMIT mayEditChanged(may);
    }
}

void PlanDocument::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (changes.contains(Core::Entity::Team) ||
        changes.contains(Core::Entity::ActionPlan, m_planId))
        readTeam();
    if (changes.contains(Core::Entity::Activity))
        Q_EMIT activitiesChanged();
    if (changes.contains(Core::Entity::Submission) || changes.contains(Core::Entity::Review))
        Q_EMIT submissionChanged();
    if (changes.contains(Core::Entity::Conflict))
        Q_EMIT conflictsChanged();
}

QList<Core::Record> PlanDocument::activities() const
{
    const auto list =
        m_store->records().list(Core::Entity::Activity, u"plan_id", m_planId, u"position");
    if (!list) {
        qCWarning(lcEditing) << "cannot read the activities of" << m_planId;
        return {};
    }
    return *list;
}

Core::Result<Core::Record> PlanDocument::activity(const QString &id) const
{
    const Core::Result<Core::Record> r =
        m_store->records().get(Core::Entity::Activity, activityId(id));
    if (r && r->text(u"plan_id") != m_planId)
        return Core::makeError(ErrorCode::NotFound, u"not an activity of this plan"_s);
    return r;
}

FieldErrors PlanDocument::activityErrors(const QJsonObject &fields) const
{
    FieldErrors errors;
    Rules::required(errors, fields, u"what"_s);
    for (const QString &f : {u"what"_s, u"resources"_s, u"indicator"_s})
        Rules::maxLength(errors, fields, f, Core::MaxTextLength);
    Rules::dateOrder(errors, fields, u"starts_on"_s, u"ends_on"_s);
    const QString responsible = fields.value("responsible_id"_L1).toString();
    if (!responsible.isEmpty() && !m_teamMembers.contains(responsible))
        errors.insert(u"responsible_id"_s, {FieldError::Code::NotInTeam, 0, {}});
    return errors;
}

Core::Status PlanDocument::checkMayWrite() const
{
    if (m_desk->activeAuthorId().isEmpty())
        return Core::makeError(ErrorCode::Unauthorized, u"nobody is signed in"_s);
    if (!m_mayEdit)
        return Core::makeError(ErrorCode::Forbidden, u"only the team's members change its plan"_s);
    return {};
}

Core::Status PlanDocument::push(const QString &text, QList<RecordSteps::Step> steps)
{
    return m_steps.push(undoStack(), text, std::move(steps));
}

Core::Result<QString> PlanDocument::addActivity(const QJsonObject &fields)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s.error();
    return insertActivity(Core::newRecordId(), fields, tr("Add activity"));
}

Core::Result<QString> PlanDocument::insertActivity(const QString &key, const QJsonObject &fields,
                                                   const QString &text)
{
    QJsonObject after = fields;
    after.insert(u"plan_id"_s, m_planId);
    after.insert(u"position"_s, RecordSteps::nextPosition(activities()));
    if (!after.contains("status"_L1))
        after.insert(u"status"_s, u"not_started"_s);
    m_lastErrors = activityErrors(after);
    if (!m_lastErrors.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"the activity has fields in error"_s);
    if (Core::Status s = push(text, {{QString(Core::Entity::Activity), key, {}, editable(after)}});
        !s)
        return s.error();
    return activityId(key);
}

Core::Status PlanDocument::setActivityField(const QString &id, const QString &field,
                                            const QJsonValue &value)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    if (!activityFields().contains(field))
        return Core::makeError(ErrorCode::Invalid, u"'%1' is not edited here"_s.arg(field));
    const Core::Result<Core::Record> current = activity(id);
    if (!current)
        return current.error();
    if (current->fields.value(field) == value)
        return {};
    QJsonObject after = current->fields;
    after.insert(field, value);
    // Only the field changed here is checked: an error elsewhere (a
    // responsible person who left the team) does not block other edits.
    const FieldErrors errors = activityErrors(after);
    const FieldErrors before = activityErrors(current->fields);
    for (auto it = errors.begin(); it != errors.end(); ++it) {
        const bool causedHere =
            it.key() == field || (it->code == FieldError::Code::DateOrder &&
                                  (field == u"starts_on" || field == u"ends_on"));
        if (causedHere && before.value(it.key()) != *it)
            m_lastErrors.insert(it.key(), *it);
    }
    if (!m_lastErrors.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"the value is not valid"_s);
    return push(tr("Change activity"), {{QString(Core::Entity::Activity), id,
                                         editable(current->fields), editable(after)}});
}

Core::Status PlanDocument::deleteActivity(const QString &id)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const Core::Result<Core::Record> current = activity(id);
    if (!current)
        return current.error();
    return push(tr("Delete activity"),
                {{QString(Core::Entity::Activity), id, editable(current->fields), {}}});
}

Core::Status PlanDocument::restore(const PlanHistory::Change &change)
{
    m_lastErrors.clear();
    if (!PlanHistory::mayRestore(change))
        return Core::makeError(ErrorCode::Invalid, u"this change cannot be put back"_s);
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    // An empty value was "nothing": the field is emptied again.
    const QJsonValue earlier = change.before.isUndefined() ? QJsonValue(QString()) : change.before;
    if (!change.isActivity()) {
        m_sections->setValue(change.field, earlier);
        return m_sections->save();
    }
    if (change.addsActivity())
        return deleteActivity(change.recordId);
    if (change.deletesActivity()) {
        if (activity(change.recordId))
            return Core::makeError(ErrorCode::NotFound, u"the activity is back already"_s);
        QJsonObject fields;
        const QJsonObject was = change.before.toObject();
        for (const QString &f : activityFields()) {
            if (was.contains(f))
                fields.insert(f, was.value(f));
        }
        // Deleted on the server: it comes back as itself (the server brings
        // a deleted record back), so its history goes on. A deletion not sent
        // yet is undone by a new activity.
        const Core::Result<QString> added = insertActivity(
            change.pending ? Core::newRecordId() : change.recordId, fields, tr("Restore activity"));
        if (!added)
            return added.error();
        if (*added != change.recordId)
            m_steps.follow(change.recordId, *added);
        return {};
    }
    return setActivityField(change.recordId, change.field, earlier);
}

Core::Status PlanDocument::moveActivity(const QString &id, int index)
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const auto steps = RecordSteps::reorder(QString(Core::Entity::Activity), activities(),
                                            activityId(id), index, editable);
    if (!steps)
        return steps.error();
    if (steps->isEmpty())
        return {};
    return push(tr("Move activity"), *steps);
}

PlanDocument::Submission PlanDocument::submission() const
{
    Submission out;
    const auto all =
        m_store->records().list(Core::Entity::Submission, u"plan_id", m_planId, u"submitted_at");
    if (!all || all->isEmpty())
        return out;
    out.record = all->last();
    if (all->size() > 1)
        out.previous = all->at(all->size() - 2);
    const auto reviews = m_store->records().list(Core::Entity::Review, u"submission_id",
                                                 out.record.id, u"reviewed_at");
    if (reviews && !reviews->isEmpty())
        out.review = reviews->last();
    return out;
}

PlanDocument::Changes PlanDocument::changesBetween(const QJsonObject &before,
                                                   const QJsonObject &after)
{
    Changes c;
    const QJsonObject a = before.value("plan"_L1).toObject();
    const QJsonObject b = after.value("plan"_L1).toObject();
    for (const QString &f : sectionFields()) {
        if (a.value(f).toString().trimmed() != b.value(f).toString().trimmed())
            c.sections.append(f);
    }
    // Activities are matched by what they are called, then by position.
    auto key = [](const QJsonObject &o) {
        return o.value("what"_L1).toString().trimmed();
    };
    QHash<QString, QJsonObject> old;
    for (const QJsonValue &v : before.value("activities"_L1).toArray())
        old.insert(key(v.toObject()), v.toObject());
    QSet<QString> seen;
    for (const QJsonValue &v : after.value("activities"_L1).toArray()) {
        const QJsonObject o = v.toObject();
        const auto it = old.constFind(key(o));
        if (it == old.cend()) {
            ++c.added;
            continue;
        }
        seen.insert(key(o));
        for (const QString &f : activityFields()) {
            if (it->value(f) != o.value(f)) {
                ++c.changed;
                break;
            }
        }
    }
    c.removed = int(old.size() - seen.size());
    return c;
}

bool PlanDocument::maySubmit() const
{
    if (!m_mayEdit)
        return false;
    const Submission s = submission();
    if (!s.exists())
        return true;
    const QString state = s.reviewed() ? s.review.text(u"decision") : s.record.text(u"status");
    return state == u"changes_requested" || state == u"revision_requested" || state == u"draft";
}

FieldErrors PlanDocument::submitErrors() const
{
    FieldErrors errors;
    for (const QString &f : sectionFields())
        Rules::required(errors, m_sections->fields(), f);
    return errors;
}

QJsonObject PlanDocument::snapshot() const
{
    QJsonObject plan;
    for (const QString &f : sectionFields())
        plan.insert(f, m_sections->value(f).toString());
    QJsonArray activities;
    for (const Core::Record &a : this->activities()) {
        QJsonObject o;
        for (const QString &f : activityFields())
            o.insert(f, a.fields.value(f));
        o.insert(u"position"_s, a.fields.value("position"_L1));
        activities.append(o);
    }
    return {{u"plan"_s, plan}, {u"activities"_s, activities}};
}

Core::Result<QString> PlanDocument::submit()
{
    m_lastErrors.clear();
    if (Core::Status s = checkMayWrite(); !s)
        return s.error();
    if (!maySubmit())
        return Core::makeError(ErrorCode::Forbidden, u"the plan waits for its review"_s);
    m_lastErrors = submitErrors();
    if (!m_lastErrors.isEmpty())
        return Core::makeError(ErrorCode::Invalid, u"sections are empty"_s);
    if (Core::Status s = m_sections->save(); !s)
        return s.error();
    Core::Record record;
    record.entity = Core::Entity::Submission;
    record.id = Core::newRecordId();
    record.fields = {{u"team_id"_s, m_teamId},
                     {u"plan_id"_s, m_planId},
                     {u"kind"_s, u"action_plan"_s},
                     {u"status"_s, u"submitted"_s},
                     {u"submitted_at"_s, m_store->clock()->nowIso()},
                     {u"submitted_by"_s, m_desk->activeAuthorId()},
                     {u"snapshot"_s, snapshot()}};
    const Core::Result<QString> op = m_store->createRecord(record, m_desk->activeAuthorId());
    if (!op)
        return op.error();
    return record.id;
}

QHash<QString, Core::Record> PlanDocument::sectionConflicts() const
{
    QHash<QString, Core::Record> out;
    const auto all = m_store->records().list(Core::Entity::Conflict, u"record_id", m_planId);
    if (!all)
        return out;
    for (const Core::Record &c : *all) {
        if (c.text(u"status") != u"open" || c.text(u"record_entity") != Core::Entity::ActionPlan ||
            Sync::Protocol::conflictKindFromName(c.text(u"kind")) !=
                Sync::Protocol::ConflictKind::Field)
            continue;
        QString field = c.text(u"field");
        if (field.isEmpty() && !c.fields.value("kept"_L1).toObject().isEmpty())
            field = c.fields.value("kept"_L1).toObject().keys().constFirst();
        if (sectionFields().contains(field))
            out.insert(field, c);
    }
    return out;
}

QList<Core::OutboxEntry> PlanDocument::refusedChanges() const
{
    QList<Core::OutboxEntry> out;
    const auto refused = m_store->outbox().rejected();
    if (!refused) {
        qCWarning(lcEditing) << "cannot read the refused changes of" << m_planId;
        return out;
    }
    for (const Core::OutboxEntry &e : *refused) {
        const Core::Result<QString> plan = PlanHistory::planOf(*m_store, e);
        if (plan && *plan == m_planId)
            out << e;
    }
    return out;
}

Core::Status PlanDocument::settleConflict(const QString &field, Settle how, const QString &merged)
{
    if (Core::Status s = checkMayWrite(); !s)
        return s;
    const Core::Record conflict = sectionConflicts().value(field);
    if (conflict.id.isEmpty())
        return Core::makeError(ErrorCode::NotFound, u"no open conflict on this section"_s);
    // What is typed in the other sections is saved first, in its author's name.
    if (Core::Status s = m_sections->save(); !s)
        return s;
    ConflictResolver resolver(*m_store);
    const QString author = m_desk->activeAuthorId();
    switch (how) {
    case Settle::KeepServer:
        return resolver.resolve(conflict.id, ConflictResolver::Choice::KeepCurrent, author);
    case Settle::TakeOther:
        return resolver.resolve(conflict.id, ConflictResolver::Choice::UseOther, author);
    case Settle::Merged: {
        const Core::Result<QString> op =
            m_store->updateRecord(Core::Entity::ActionPlan, m_planId, {{field, merged}}, author);
        if (!op)
            return op.error();
        return resolver.markResolved(conflict.id, author);
    }
    }
    return {};
}

} // namespace Editing

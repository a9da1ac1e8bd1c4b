#include "planhistory.h"

#include "entityschema.h"
#include "localstore.h"
#include "planchange.h"
#include "plandocument.h"

#include <QJsonObject>

#include <algorithm>

namespace Editing {

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {

// One operation's entries from its changes (Core::planChanges()): a field
// each, or the whole activity when one is added or deleted.
void expand(const PlanHistory::Change &op, const QJsonObject &changes,
            QList<PlanHistory::Change> &out)
{
    if (op.isActivity() && op.kind != u"patch") {
        const QString side = op.kind == u"create" ? u"new"_s : u"old"_s;
        QJsonObject whole;
        for (auto it = changes.begin(); it != changes.end(); ++it)
            whole.insert(it.key(), it.value().toObject().value(side));
        PlanHistory::Change entry = op;
        (op.kind == u"create" ? entry.after : entry.before) = whole;
        out << entry;
        return;
    }
    QStringList names = changes.keys();
    // Sections in the order the plan is read, then the rest.
    const QStringList &order =
        op.isActivity() ? PlanDocument::activityFields() : PlanDocument::sectionFields();
    std::stable_sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        const auto rank = [&](const QString &n) {
            const qsizetype i = order.indexOf(n);
            return i < 0 ? order.size() : i;
        };
        return rank(a) < rank(b);
    });
    for (const QString &name : std::as_const(names)) {
        const QJsonObject change = changes.value(name).toObject();
        PlanHistory::Change entry = op;
        entry.field = name;
        entry.before = change.value("old"_L1); // undefined when it was empty
        entry.after = change.value("new"_L1);
        out << entry;
    }
}

// An activity's name as a change has it: the new one, else the old one.
QString whatOf(const QJsonObject &changes)
{
    const QJsonObject what = changes.value("what"_L1).toObject();
    const QString now = what.value("new"_L1).toString();
    return now.isEmpty() ? what.value("old"_L1).toString() : now;
}

} // namespace

bool PlanHistory::Change::isActivity() const
{
    return recordEntity == Entity::Activity;
}

bool PlanHistory::mayRestore(const Change &change)
{
    if (change.isActivity()) {
        if (change.field.isEmpty())
            return true;
        return PlanDocument::activityFields().contains(change.field);
    }
    return PlanDocument::sectionFields().contains(change.field);
}

Core::Result<QString> PlanHistory::planOf(const Core::LocalStore &store,
                                          const Core::OutboxEntry &entry)
{
    if (entry.entity == Entity::ActionPlan)
        return entry.recordId;
    if (entry.entity != Entity::Activity)
        return QString();
    QString plan = entry.fields.value(u"plan_id"_s).toString();
    if (!plan.isEmpty())
        return plan;
    // A change of an activity names its plan when it creates it; else the
    // activity does, as the server has it or as it is here.
    const auto copy = store.serverCopy(entry.entity, entry.recordId);
    if (!copy)
        return copy.error();
    if (copy->record)
        return copy->record->text(u"plan_id");
    const auto now = store.records().get(entry.entity, entry.recordId);
    return now ? now->text(u"plan_id") : QString();
}

Core::Result<QList<PlanHistory::Change>> PlanHistory::read(const Core::LocalStore &store,
                                                           const QString &planId)
{
    QList<Change> out;
    // Activities by id, as they are now, to name them.
    QHash<QString, QString> names;
    const auto activities = store.records().list(Entity::Activity, u"plan_id", planId);
    if (!activities)
        return activities.error();
    for (const Core::Record &a : *activities)
        names.insert(a.id, a.text(u"what"));

    // Waiting to be sent: the outbox entries of the plan and its activities.
    const auto pending = store.outbox().pending();
    if (!pending)
        return pending.error();
    QList<Change> waiting;
    for (const Core::OutboxEntry &e : *pending) {
        const Core::Result<QString> plan = planOf(store, e);
        if (!plan)
            return plan.error();
        if (*plan != planId)
            continue;
        QJsonObject before = e.base;
        if (e.kind == Core::OutboxKind::Delete) {
            // What was deleted: the server's version, kept beside the change.
            const auto copy = store.serverCopy(e.entity, e.recordId);
            if (!copy)
                return copy.error();
            if (copy->record)
                before = copy->record->fields;
        }
        Change op;
        op.recordEntity = e.entity;
        op.recordId = e.recordId;
        op.kind = e.kind == Core::OutboxKind::Create   ? u"create"_s
                  : e.kind == Core::OutboxKind::Delete ? u"delete"_s
                                                       : u"patch"_s;
        op.authorId = e.authorId;
        op.at = e.createdAt;
        op.pending = true;
        const QJsonObject changes = Core::planChanges(before, e.fields);
        op.activityName = whatOf(changes);
        if (op.activityName.isEmpty())
            op.activityName = names.value(e.recordId);
        expand(op, changes, waiting);
    }
    std::stable_sort(waiting.begin(), waiting.end(),
                     [](const Change &a, const Change &b) { return a.at > b.at; });
    out << waiting;

    // Recorded by the server.
    const auto recorded = store.records().list(Entity::PlanChange, u"plan_id", planId);
    if (!recorded)
        return recorded.error();
    QList<Change> kept;
    for (const Core::Record &r : *recorded) {
        Change op;
        op.recordEntity = r.text(u"record_entity");
        op.recordId = r.text(u"record_id");
        op.kind = r.text(u"kind");
        op.authorId = r.text(u"author_id");
        op.at = r.text(u"changed_at");
        const QJsonObject changes = r.fields.value(u"changes"_s).toObject();
        op.activityName = whatOf(changes);
        if (op.activityName.isEmpty())
            op.activityName = names.value(op.recordId);
        expand(op, changes, kept);
    }
    std::stable_sort(kept.begin(), kept.end(),
                     [](const Change &a, const Change &b) { return a.at > b.at; });
    out << kept;
    // An activity deleted since is named by what any entry knew of it.
    for (const Change &c : std::as_const(out)) {
        if (!c.activityName.isEmpty())
            names.insert(c.recordId, c.activityName);
    }
    for (Change &c : out) {
        if (c.isActivity() && c.activityName.isEmpty())
            c.activityName = names.value(c.recordId);
    }
    return out;
}

} // namespace Editing

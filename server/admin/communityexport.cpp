#include "communityexport.h"

#include "authorization.h"
#include "entityschema.h"
#include "serverstore.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>

#include <algorithm>

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

namespace {

// schema field -> generator key, the inverse of the importer's renames.
const QHash<QString, QHash<QString, QString>> &keys()
{
    static const QHash<QString, QHash<QString, QString>> k{
        {u"member"_s, {{u"display_name"_s, u"name"_s}, {u"position"_s, u"role"_s}}},
        {u"seminar"_s, {{u"starts_on"_s, u"start"_s}, {u"ends_on"_s, u"end"_s}}},
        {u"thread"_s, {{u"author_id"_s, u"author"_s}, {u"created_at"_s, u"created"_s}}},
        {u"post"_s, {{u"author_id"_s, u"author"_s}, {u"created_at"_s, u"created"_s}}},
        {u"team"_s, {{u"coach_id"_s, u"coach"_s}}},
        {u"submission"_s, {{u"submitted_at"_s, u"submitted"_s}}},
        {u"review"_s,
         {{u"facilitator_id"_s, u"facilitator"_s},
          {u"scores"_s, u"rubric"_s},
          {u"reviewed_at"_s, u"created"_s}}},
        {u"activity"_s,
         {{u"what"_s, u"activity"_s},
          {u"responsible_id"_s, u"responsible"_s},
          {u"starts_on"_s, u"start"_s},
          {u"ends_on"_s, u"end"_s}}},
        {u"module"_s, {{u"position"_s, u"order"_s}}},
        {u"lesson"_s, {{u"position"_s, u"order"_s}}},
    };
    return k;
}

// The document of `r` with generator keys; `parentField` is left out (nesting says it).
QJsonObject docOf(const Core::Record &r, QLatin1StringView parentField = {})
{
    const QHash<QString, QString> renamed = keys().value(r.entity);
    QJsonObject doc{
        {u"id"_s, r.id}, {u"updated_at"_s, r.updatedAt}, {u"updated_by"_s, r.updatedBy}};
    for (auto it = r.fields.begin(); it != r.fields.end(); ++it) {
        if (it.key() != parentField)
            doc.insert(renamed.value(it.key(), it.key()), *it);
    }
    return doc;
}

QJsonArray lines(const QJsonValue &text)
{
    return QJsonArray::fromStringList(text.toString().split(u'\n'));
}

bool byPosition(const Core::Record &a, const Core::Record &b)
{
    return a.fields.value("position"_L1).toInteger() < b.fields.value("position"_L1).toInteger();
}

} // namespace

CommunityExporter::CommunityExporter(ServerStore &store)
    : m_store(store)
{}

Core::Result<int> CommunityExporter::exportTo(const QString &path)
{
    Authorization::Visibility all;
    all.everything = true;
    QHash<QString, QList<Core::Record>> byEntity;
    for (qint64 after = 0;;) {
        const Core::Result<Sync::Protocol::PullPage> page = m_store.pull(all, after, 5000);
        if (!page)
            return page.error();
        for (const Core::Record &r : page->records)
            byEntity[r.entity] << r;
        after = page->cursor;
        if (!page->hasMore)
            break;
    }
    QHash<QString, QList<Core::Record>> children; // parent id -> modules, lessons, activities
    QHash<QString, QString> programTitles;
    for (const auto entity : {Entity::Module, Entity::Lesson, Entity::Activity}) {
        const QLatin1StringView parent = entity == Entity::Module   ? "course_id"_L1
                                         : entity == Entity::Lesson ? "module_id"_L1
                                                                    : "plan_id"_L1;
        for (const Core::Record &r : byEntity.value(QString(entity)))
            children[r.fields.value(parent).toString()] << r;
    }
    for (QList<Core::Record> &list : children)
        std::stable_sort(list.begin(), list.end(), byPosition);
    for (const Core::Record &r : byEntity.value(QString(Entity::Program)))
        programTitles.insert(r.id, r.text(u"title"));

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Invalid,
                         u"cannot write %1: %2"_s.arg(path, file.errorString()));
    int written = 0;
    auto emitDoc = [&](const QString &type, QJsonObject doc) {
        doc.insert(u"type"_s, type);
        file.write(QJsonDocument(doc).toJson(QJsonDocument::Compact));
        file.write("\n");
        ++written;
    };
    QSet<QString> nested; // ids written inside their parent
    for (const Core::EntitySpec &spec : Core::entitySpecs()) {
        const QString entity(spec.name);
        for (const Core::Record &r : byEntity.value(entity)) {
            if (nested.contains(r.id))
                continue;
            QJsonObject doc = docOf(r);
            if (entity == Entity::Course) {
                QJsonArray modules;
                for (const Core::Record &m : children.value(r.id)) {
                    QJsonObject module = docOf(m, "course_id"_L1);
                    QJsonArray lessons;
                    for (const Core::Record &l : children.value(m.id)) {
                        lessons.append(docOf(l, "module_id"_L1));
                        nested.insert(l.id);
                    }
                    module.insert(u"lessons"_s, lessons);
                    modules.append(module);
                    nested.insert(m.id);
                }
                doc.insert(u"modules"_s, modules);
                doc.insert(u"published"_s, r.updatedAt);
            } else if (entity == Entity::Post) {
                if (!doc.contains("parent_id"_L1))
                    doc.insert(u"parent_id"_s, QJsonValue::Null);
            } else if (entity == Entity::Team) {
                if (programTitles.contains(r.text(u"program_id")))
                    doc.insert(u"program"_s, programTitles.value(r.text(u"program_id")));
            } else if (entity == Entity::ActionPlan) {
                for (const auto key : {"root_causes"_L1, "priority_actions"_L1}) {
                    if (doc.contains(key))
                        doc.insert(key, lines(doc.value(key)));
                }
                QJsonArray activities;
                for (const Core::Record &a : children.value(r.id)) {
                    activities.append(docOf(a, "plan_id"_L1));
                    nested.insert(a.id);
                }
                doc.insert(u"activities"_s, activities);
                doc.insert(u"updated"_s, r.updatedAt);
            } else if (entity == Entity::Submission) {
                const QJsonObject snapshot = doc.value("snapshot"_L1).toObject();
                const QStringList names = snapshot.keys();
                const bool flat = std::all_of(names.cbegin(), names.cend(), [](const QString &k) {
                    return k == u"attachment_name" || k == u"word_count";
                });
                if (!snapshot.isEmpty() && flat) {
                    doc.remove("snapshot"_L1);
                    for (auto it = snapshot.begin(); it != snapshot.end(); ++it)
                        doc.insert(it.key(), *it);
                }
            }
            emitDoc(entity, doc);
        }
    }
    if (!file.commit())
        return makeError(ErrorCode::Invalid,
                         u"cannot write %1: %2"_s.arg(path, file.errorString()));
    return written;
}

} // namespace Server

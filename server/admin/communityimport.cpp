// How a community in NDJSON becomes records (core/entityschema.cpp).
//
// Lines. Each line is a JSON object: a document (`type`, `id`, fields), or a
// change `{"op": "create"|"update", "doc": {...}}` from `gen_dataset.py
// --mutate`; the format is detected per line. An update carries the whole new
// version and must name a record that exists (in the store or earlier in the
// file). `type` is a generator type below or any schema entity; a schema
// entity's line carries the record's fields under their schema names ("raw"
// lines: what the exporter writes for programs, participants, enrollments...).
// Every line may also carry `updated_at` and `updated_by` (the exporter writes
// them so that a round trip keeps them).
//
// Fields. A generator key is renamed as listed; any other key must be a
// schema field of the target entity (so the exporter can carry fields the
// generator does not have); unknown keys are refused, like Core::validateRecord
// refuses them. null means "not set". Values are not converted, so a value of
// the wrong type fails validation and names the line.
//   member:      name -> display_name, role (a job) -> position; country,
//                organisation, languages, bio, joined as they are. roles, when
//                absent, are ["member"], plus "facilitator" for members the
//                file names as a seminar facilitator or a team coach. username,
//                when absent, is made from the name (ASCII letters and digits,
//                "first.last", else "member.<id prefix>", made unique).
//   course:      title, language, summary; published -> updated_at. modules[]
//                -> module records (course_id, position <- order, title),
//                their lessons[] -> lesson records (module_id, position <-
//                order, title, body); lesson duration_min is dropped (no field).
//   seminar:     start -> starts_on, end -> ends_on; title, language,
//                description, facilitators (member ids) as they are.
//   thread:      author -> author_id, created -> created_at (and updated_at).
//   post:        author -> author_id, created -> created_at (and updated_at);
//                thread_id, body, parent_id as they are.
//   team:        program (a name) -> a program record (title = the name, id
//                derived from the name) and program_id; coach -> coach_id;
//                name, members as they are.
//   action_plan: root_causes and priority_actions (lists) -> text, one item
//                per line; updated -> updated_at; program_id from the team.
//                activities[] -> activity records (plan_id, position = index,
//                what <- activity, responsible_id <- responsible, starts_on <-
//                start, ends_on <- end, resources, status); the generator's
//                short activity `id` is not a UUID and is dropped. Activities a
//                new version no longer has are deleted.
//   submission:  submitted -> submitted_at (and updated_at); attachment_name
//                and word_count -> snapshot {attachment_name, word_count};
//                plan_id is the team's plan when the file has one.
//   review:      facilitator -> facilitator_id, rubric -> scores, created ->
//                reviewed_at (and updated_at); comment as it is.
// Derived records. Seminar participants: the file has no list, so every
// author of a thread or post in a seminar becomes a participant (joined_at =
// their first thread or post there). Programs: one per team program name.
// Both get ids derived from what they join (UUID v5), so importing again or
// applying a changes file updates them instead of adding copies; a derived
// record already in the store is left as it is.
// Nested records without a UUID `id` get ids derived from their parent and
// position. updated_by is the author where the type has one (thread, post,
// review, a member's own profile), else empty.
// Accounts. The generator has no passwords: each imported member without an
// account gets an inactive account with no password; an admin sets one later.
#include "communityimport.h"

#include "accountstore.h"
#include "entityschema.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerImport, "leadernet.server.import")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

int ImportSummary::total() const
{
    int n = 0;
    for (int c : written)
        n += c;
    return n;
}

namespace {

QString derivedId(const QString &name)
{
    static const QUuid space(u"8f0d5c1e-4b7a-4f57-9a43-6a1c2f0e9b11"_s);
    return QUuid::createUuidV5(space, name).toString(QUuid::WithoutBraces);
}

bool isUuid(const QJsonValue &v)
{
    return v.isString() && !QUuid::fromString(v.toString()).isNull();
}

struct Pending {
    Core::Record record;
    int line = 0;
    bool update = false;        // an "update" change: the record must exist
    bool derived = false;       // made by the importer: skipped when already stored
    bool implicitRoles = false; // a member whose roles the file does not give
};

// generator key -> schema field, per type; keys not listed keep their name.
const QHash<QString, QHash<QString, QString>> &renames()
{
    static const QHash<QString, QHash<QString, QString>> r{
        {u"member"_s, {{u"name"_s, u"display_name"_s}, {u"role"_s, u"position"_s}}},
        {u"seminar"_s, {{u"start"_s, u"starts_on"_s}, {u"end"_s, u"ends_on"_s}}},
        {u"thread"_s, {{u"author"_s, u"author_id"_s}, {u"created"_s, u"created_at"_s}}},
        {u"post"_s, {{u"author"_s, u"author_id"_s}, {u"created"_s, u"created_at"_s}}},
        {u"team"_s, {{u"coach"_s, u"coach_id"_s}}},
        {u"submission"_s, {{u"submitted"_s, u"submitted_at"_s}}},
        {u"review"_s,
         {{u"facilitator"_s, u"facilitator_id"_s},
          {u"rubric"_s, u"scores"_s},
          {u"created"_s, u"reviewed_at"_s}}},
        {u"activity"_s,
         {{u"activity"_s, u"what"_s},
          {u"responsible"_s, u"responsible_id"_s},
          {u"start"_s, u"starts_on"_s},
          {u"end"_s, u"ends_on"_s}}},
        {u"module"_s, {{u"order"_s, u"position"_s}}},
        {u"lesson"_s, {{u"order"_s, u"position"_s}}},
    };
    return r;
}

// The key whose value is also the record's updated_at, and the author key.
const QHash<QString, std::pair<QString, QString>> &stamps()
{
    static const QHash<QString, std::pair<QString, QString>> s{
        {u"member"_s, {u"joined"_s, u"id"_s}},           {u"course"_s, {u"published"_s, {}}},
        {u"thread"_s, {u"created"_s, u"author"_s}},      {u"post"_s, {u"created"_s, u"author"_s}},
        {u"action_plan"_s, {u"updated"_s, {}}},          {u"submission"_s, {u"submitted"_s, {}}},
        {u"review"_s, {u"created"_s, u"facilitator"_s}},
    };
    return s;
}

const QSet<QString> &generatorTypes()
{
    static const QSet<QString> t{u"member"_s,      u"course"_s,     u"seminar"_s,
                                 u"thread"_s,      u"post"_s,       u"team"_s,
                                 u"action_plan"_s, u"submission"_s, u"review"_s};
    return t;
}

// Keys handled by hand, per type: they never become fields directly.
const QSet<QString> &specialKeys(const QString &type)
{
    static const QHash<QString, QSet<QString>> k{
        {u"course"_s, {u"modules"_s, u"published"_s}},
        {u"team"_s, {u"program"_s}},
        {u"action_plan"_s,
         {u"activities"_s, u"updated"_s, u"root_causes"_s, u"priority_actions"_s}},
        {u"submission"_s, {u"attachment_name"_s, u"word_count"_s}},
        {u"lesson"_s, {u"duration_min"_s}},
    };
    static const QSet<QString> none;
    const auto it = k.constFind(type);
    return it == k.cend() ? none : *it;
}

QString username(const QString &name, const QString &id, QSet<QString> &taken)
{
    static const QRegularExpression notAllowed(u"[^a-z0-9]+"_s);
    QStringList parts;
    for (const QString &word :
         name.normalized(QString::NormalizationForm_KD).toLower().split(u' ', Qt::SkipEmptyParts)) {
        const QString ascii = QString(word).remove(notAllowed);
        if (!ascii.isEmpty())
            parts << ascii;
    }
    QString base = parts.join(u'.').left(26);
    if (base.size() < 2)
        base = u"member."_s + id.left(8);
    QString candidate = base;
    for (int n = 2; taken.contains(candidate); ++n)
        candidate = base + u'.' + QString::number(n);
    taken.insert(candidate);
    return candidate;
}

// Turns lines into records, collecting errors with their line numbers.
class Reader final
{
public:
    Reader(QString fileName, QStringList &errors, int &errorCount)
        : m_fileName(std::move(fileName))
        , m_errors(errors)
        , m_errorCount(errorCount)
    {}

    QList<Pending> records;
    QSet<QString> facilitators; // named as facilitator or coach in the file
    int lines = 0;

    int errorCount() const { return m_errorCount; }

    void fail(int line, const QString &reason)
    {
        if (++m_errorCount <= CommunityImporter::MaxReportedErrors)
            m_errors << u"%1:%2: %3"_s.arg(m_fileName).arg(line).arg(reason);
    }

    void readLine(const QByteArray &bytes, int line)
    {
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return fail(line, u"not JSON: %1"_s.arg(error.errorString()));
        if (!json.isObject())
            return fail(line, u"not a JSON object"_s);
        QJsonObject doc = json.object();
        bool update = false;
        if (doc.contains("op"_L1)) {
            const QString op = doc.value("op"_L1).toString();
            if (op != u"create" && op != u"update")
                return fail(line, u"unknown op '%1' (create or update)"_s.arg(op));
            if (!doc.value("doc"_L1).isObject())
                return fail(line, u"a change needs a \"doc\" object"_s);
            update = op == u"update";
            doc = doc.value("doc"_L1).toObject();
        }
        ++lines;
        const QString type = doc.value("type"_L1).toString();
        if (type.isEmpty())
            return fail(line, u"no \"type\""_s);
        if (!generatorTypes().contains(type) && !Core::entitySpec(type))
            return fail(line, u"unknown type '%1'"_s.arg(type));
        const QJsonValue id = doc.value("id"_L1);
        if (!isUuid(id))
            return fail(line, u"id '%1' is not a UUID"_s.arg(id.isString() ? id.toString()
                                                                           : u"(not text)"_s));
        Pending top = map(type, doc, line);
        top.update = update;
        QList<Pending> children = nested(type, doc, top.record, line);
        if (type == u"seminar") {
            for (const QJsonValue &f : doc.value("facilitators"_L1).toArray())
                facilitators.insert(f.toString());
        } else if (type == u"team") {
            facilitators.insert(top.record.text(u"coach_id"));
        }
        const qsizetype before = records.size();
        records << top << children;
        for (qsizetype i = before; i < records.size(); ++i) {
            if (Core::Status s = Core::validateRecord(records.at(i).record); !s)
                fail(line, s.error().detail);
        }
    }

private:
    // The record of one document (or nested object) of generator `type`.
    Pending map(const QString &type, const QJsonObject &doc, int line)
    {
        Pending p;
        p.line = line;
        Core::Record &r = p.record;
        r.entity = type;
        r.id = doc.value("id"_L1).toString();
        const auto stamp = stamps().value(type);
        r.updatedAt = doc.value("updated_at"_L1).toString(doc.value(stamp.first).toString());
        r.updatedBy = doc.value("updated_by"_L1).toString(doc.value(stamp.second).toString());
        const QHash<QString, QString> renamed = renames().value(type);
        const QSet<QString> &special = specialKeys(type);
        for (auto it = doc.begin(); it != doc.end(); ++it) {
            const QString &key = it.key();
            if (key == u"type" || key == u"id" || key == u"updated_at" || key == u"updated_by" ||
                special.contains(key) || it->isNull()) {
                continue;
            }
            r.fields.insert(renamed.value(key, key), *it);
        }
        if (type == u"action_plan") {
            for (const QString &key : {u"root_causes"_s, u"priority_actions"_s}) {
                const QJsonValue v = doc.value(key);
                if (v.isArray()) {
                    QStringList lines;
                    for (const QJsonValue &item : v.toArray()) {
                        if (!item.isString())
                            fail(line, u"%1 must be a list of text"_s.arg(key));
                        lines << item.toString();
                    }
                    r.fields.insert(key, lines.join(u'\n'));
                } else if (!v.isUndefined() && !v.isNull()) {
                    r.fields.insert(key, v); // text as it is; validation checks it
                }
            }
        } else if (type == u"team" && !r.fields.contains("program_id"_L1)) {
            const QJsonValue program = doc.value("program"_L1);
            if (program.isString() && !program.toString().isEmpty()) {
                Pending prog;
                prog.line = line;
                prog.derived = true;
                prog.record.entity = QString(Entity::Program);
                prog.record.id = derivedId(u"program:"_s + program.toString());
                prog.record.fields.insert(u"title"_s, program);
                records << prog;
                r.fields.insert(u"program_id"_s, prog.record.id);
            } else if (!program.isUndefined() && !program.isNull()) {
                fail(line, u"team.program must be text"_s);
            }
        } else if (type == u"submission" && !r.fields.contains("snapshot"_L1)) {
            QJsonObject snapshot;
            for (const auto key : {"attachment_name"_L1, "word_count"_L1}) {
                if (doc.contains(key))
                    snapshot.insert(key, doc.value(key));
            }
            if (!snapshot.isEmpty())
                r.fields.insert(u"snapshot"_s, snapshot);
        }
        if (type == u"member" && !r.fields.contains("roles"_L1)) {
            r.fields.insert(u"roles"_s, QJsonArray{u"member"_s});
            p.implicitRoles = true;
        }
        return p;
    }

    // A nested object of `childType` under `parent`, at `position` (1-based).
    Pending child(const QString &childType, const QJsonValue &value, const Core::Record &parent,
                  QLatin1StringView parentField, int position, int line)
    {
        QJsonObject o = value.toObject();
        if (!value.isObject())
            fail(line, u"a %1 must be an object"_s.arg(childType));
        // Nested records share their parent's stamp unless they carry one.
        if (!o.contains("updated_at"_L1))
            o.insert(u"updated_at"_s, parent.updatedAt);
        if (!o.contains("updated_by"_L1))
            o.insert(u"updated_by"_s, parent.updatedBy);
        if (!isUuid(o.value("id"_L1))) {
            const int order = o.value("order"_L1).toInt(position);
            o.insert(u"id"_s, derivedId(u"%1:%2:%3"_s.arg(childType, parent.id).arg(order)));
        }
        Pending p = map(childType, o, line);
        p.record.fields.insert(parentField, parent.id);
        if (!p.record.fields.contains("position"_L1))
            p.record.fields.insert(u"position"_s, position);
        return p;
    }

    QJsonArray listOf(const QJsonObject &doc, QLatin1StringView key, int line)
    {
        const QJsonValue v = doc.value(key);
        if (!v.isUndefined() && !v.isNull() && !v.isArray())
            fail(line, u"%1 must be a list"_s.arg(key));
        return v.toArray();
    }

    QList<Pending> nested(const QString &type, const QJsonObject &doc, const Core::Record &parent,
                          int line)
    {
        QList<Pending> out;
        if (type == u"course") {
            int m = 0;
            for (const QJsonValue &mv : listOf(doc, "modules"_L1, line)) {
                QJsonObject module = mv.toObject();
                const QJsonArray lessons = listOf(module, "lessons"_L1, line);
                module.remove("lessons"_L1);
                const Pending mod = child(u"module"_s, module, parent, "course_id"_L1, ++m, line);
                out << mod;
                int l = 0;
                for (const QJsonValue &lv : lessons)
                    out << child(u"lesson"_s, lv, mod.record, "module_id"_L1, ++l, line);
            }
        } else if (type == u"action_plan") {
            int a = 0;
            for (const QJsonValue &av : listOf(doc, "activities"_L1, line))
                out << child(u"activity"_s, av, parent, "plan_id"_L1, ++a, line);
        }
        return out;
    }

    QString m_fileName;
    QStringList &m_errors;
    int &m_errorCount;
};

int entityOrder(const QString &entity)
{
    const QList<Core::EntitySpec> &specs = Core::entitySpecs();
    for (qsizetype i = 0; i < specs.size(); ++i) {
        if (specs.at(i).name == entity)
            return int(i);
    }
    return int(specs.size());
}

QString keyOf(const Core::Record &r)
{
    return r.entity + u'/' + r.id;
}

// Fills in what needs the whole file or the store (roles, user names,
// participants, program and plan references), then writes everything in one
// transaction, parents first.
Core::Result<ImportSummary> writeAll(ServerStore &store, Reader &reader)
{
    QList<Pending> &records = reader.records;
    QHash<QString, QString> teamProgram, planOfTeam, threadSeminar;
    QHash<QString, int> activitiesOfPlan;
    QSet<QString> explicitKeys;
    for (const Pending &p : std::as_const(records)) {
        const Core::Record &r = p.record;
        if (!p.derived)
            explicitKeys.insert(keyOf(r));
        if (r.entity == Entity::Team)
            teamProgram.insert(r.id, r.text(u"program_id"));
        else if (r.entity == Entity::ActionPlan && !planOfTeam.contains(r.text(u"team_id")))
            planOfTeam.insert(r.text(u"team_id"), r.id);
        else if (r.entity == Entity::Thread)
            threadSeminar.insert(r.id, r.text(u"seminar_id"));
        else if (r.entity == Entity::Activity)
            ++activitiesOfPlan[r.text(u"plan_id")];
    }

    Core::Result<std::unique_ptr<StoreWriter>> begun = store.beginWrite();
    if (!begun)
        return begun.error();
    StoreWriter &writer = **begun;
    QString failure; // a store error that ends the import
    auto storedField = [&](QLatin1StringView entity, const QString &id, QStringView field) {
        const auto r = writer.record(QString(entity), id);
        if (!r) {
            failure = r.error().detail;
            return QString();
        }
        return r->has_value() ? (*r)->text(field) : QString();
    };

    const Core::Result<QHash<QString, QString>> accounts = AccountStore(writer).accountUsernames();
    if (!accounts)
        return accounts.error();
    QSet<QString> taken(accounts->cbegin(), accounts->cend());
    for (const Pending &p : std::as_const(records)) {
        const QString name = p.record.text(u"username");
        if (p.record.entity == Entity::Member && !name.isEmpty() &&
            accounts->value(p.record.id, name) == name)
            taken.insert(name);
    }
    QMap<QPair<QString, QString>, std::pair<QString, int>> participants; // first post, line
    for (Pending &p : records) {
        Core::Record &r = p.record;
        if (r.entity == Entity::Member) {
            if (p.implicitRoles && reader.facilitators.contains(r.id))
                r.fields.insert(u"roles"_s, QJsonArray{u"member"_s, u"facilitator"_s});
            if (!r.fields.contains("username"_L1)) {
                const QString existing = accounts->value(r.id);
                r.fields.insert(u"username"_s, existing.isEmpty()
                                                   ? username(r.text(u"display_name"), r.id, taken)
                                                   : existing);
            }
        } else if (r.entity == Entity::ActionPlan && !r.fields.contains("program_id"_L1)) {
            const QString team = r.text(u"team_id");
            const QString program = teamProgram.contains(team)
                                        ? teamProgram.value(team)
                                        : storedField(Entity::Team, team, u"program_id");
            if (!program.isEmpty())
                r.fields.insert(u"program_id"_s, program);
        } else if (r.entity == Entity::Submission && !r.fields.contains("plan_id"_L1)) {
            if (const QString plan = planOfTeam.value(r.text(u"team_id")); !plan.isEmpty())
                r.fields.insert(u"plan_id"_s, plan);
        } else if (r.entity == Entity::Thread || r.entity == Entity::Post) {
            QString seminar = r.text(u"seminar_id");
            if (r.entity == Entity::Post) {
                const QString thread = r.text(u"thread_id");
                seminar = threadSeminar.contains(thread)
                              ? threadSeminar.value(thread)
                              : storedField(Entity::Thread, thread, u"seminar_id");
                threadSeminar.insert(thread, seminar);
            }
            const QString author = r.text(u"author_id");
            const QString created = r.text(u"created_at");
            if (seminar.isEmpty() || author.isEmpty())
                continue;
            auto it = participants.find({seminar, author});
            if (it == participants.end())
                participants.insert({seminar, author}, {created, p.line});
            else if (created < it->first)
                it->first = created;
        }
    }
    if (!failure.isEmpty())
        return makeError(ErrorCode::Query, failure);
    for (auto it = participants.cbegin(); it != participants.cend(); ++it) {
        Pending p;
        p.line = it->second;
        p.derived = true;
        p.record.entity = QString(Entity::SeminarParticipant);
        p.record.id =
            derivedId(u"seminar_participant:%1:%2"_s.arg(it.key().first, it.key().second));
        p.record.fields = {{u"seminar_id"_s, it.key().first},
                           {u"member_id"_s, it.key().second},
                           {u"joined_at"_s, it->first}};
        p.record.updatedAt = it->first;
        p.record.updatedBy = it.key().second;
        records << p;
    }
    std::stable_sort(records.begin(), records.end(), [](const Pending &a, const Pending &b) {
        return entityOrder(a.record.entity) < entityOrder(b.record.entity);
    });

    ImportSummary summary;
    summary.lines = reader.lines;
    QSet<QString> derivedSeen;
    for (Pending &p : records) {
        Core::Record &r = p.record;
        if (r.updatedBy.isNull())
            r.updatedBy = u""_s; // the column is NOT NULL; a null QString binds as NULL
        if (p.derived) {
            const QString key = keyOf(r);
            if (explicitKeys.contains(key) || derivedSeen.contains(key))
                continue;
            derivedSeen.insert(key);
        }
        const auto stored = writer.record(r.entity, r.id);
        if (!stored)
            return stored.error();
        if (p.derived && stored->has_value())
            continue;
        if (p.update && !stored->has_value()) {
            reader.fail(p.line, u"update of %1 %2, which does not exist"_s.arg(r.entity, r.id));
            continue;
        }
        // The same file imported again: a record already stored just so keeps
        // its seq, so that no client downloads it again.
        const bool unchanged = stored->has_value() && (*stored)->fields == r.fields &&
                               (*stored)->updatedBy == r.updatedBy &&
                               (r.updatedAt.isEmpty() || (*stored)->updatedAt == r.updatedAt);
        if (unchanged) {
            ++summary.unchanged;
        } else if (const Core::Result<qint64> seq = writer.putRecord(r); !seq) {
            // A bad record, or one whose parent is missing: that line fails.
            if (seq.error().code != ErrorCode::Invalid && seq.error().code != ErrorCode::NotFound)
                return seq.error();
            reader.fail(p.line, seq.error().detail);
            continue;
        } else {
            ++summary.written[r.entity];
        }
        if (r.entity == Entity::Member && !accounts->contains(r.id)) {
            if (Core::Status s =
                    AccountStore(writer).createAccount(r.id, r.text(u"username"), u""_s, false);
                !s) {
                reader.fail(p.line, u"account %1: %2"_s.arg(r.text(u"username"), s.error().detail));
                continue;
            }
            ++summary.accountsCreated;
        }
        if (r.entity == Entity::ActionPlan && !unchanged) {
            // A new version with fewer activities: remove the ones it dropped.
            for (int pos = activitiesOfPlan.value(r.id) + 1;; ++pos) {
                const QString id = derivedId(u"activity:%1:%2"_s.arg(r.id).arg(pos));
                const Core::Result<qint64> gone =
                    writer.deleteRecord(QString(Entity::Activity), id, r.updatedBy);
                if (!gone && gone.error().code == ErrorCode::NotFound)
                    break;
                if (!gone)
                    return gone.error();
            }
        }
    }
    if (reader.errorCount() > 0) {
        return makeError(ErrorCode::Invalid,
                         u"%1 invalid line(s); nothing imported"_s.arg(reader.errorCount()));
    }
    if (Core::Status s = writer.commit(); !s)
        return s.error();
    qCInfo(lcServerImport) << "imported" << summary.lines << "lines as" << summary.total()
                           << "records";
    return summary;
}

} // namespace

CommunityImporter::CommunityImporter(ServerStore &store)
    : m_store(store)
{}

Core::Result<ImportSummary> CommunityImporter::importFile(const QString &path)
{
    m_errors.clear();
    m_errorCount = 0;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         u"cannot read %1: %2"_s.arg(path, file.errorString()));
    Reader reader(path, m_errors, m_errorCount);
    for (int line = 1; !file.atEnd(); ++line) {
        const QByteArray bytes = file.readLine().trimmed();
        if (!bytes.isEmpty())
            reader.readLine(bytes, line);
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Invalid, u"cannot read %1: %2"_s.arg(path, file.errorString()));
    if (m_errorCount > 0)
        return makeError(ErrorCode::Invalid,
                         u"%1 invalid line(s); nothing imported"_s.arg(m_errorCount));
    return writeAll(m_store, reader);
}

} // namespace Server

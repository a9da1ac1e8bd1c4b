#include "demoseeder.h"

#include "accountstore.h"
#include "attachmentstore.h"
#include "authservice.h"
#include "entityschema.h"
#include "passwords.h"
#include "results.h"
#include "rubric.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTime>

Q_LOGGING_CATEGORY(lcServerSeed, "leadernet.server.seed")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

namespace {

// Text of a content value: strings as they are, numbers printed, lists as lines.
QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    if (value.isArray()) {
        QStringList lines;
        for (const QJsonValue &v : value.toArray())
            lines << textOf(v);
        return lines.join(u'\n');
    }
    return {};
}

// Builds the records of the demo community, parents first.
class CommunityBuilder final
{
public:
    CommunityBuilder(QDate today, DemoFileReader readFile)
        : m_today(today)
        , m_readFile(std::move(readFile))
    {}

    Core::Result<DemoCommunity> build(const QJsonObject &content)
    {
        if (!content.value("members"_L1).isArray() ||
            content.value("members"_L1).toArray().isEmpty())
            return makeError(ErrorCode::Invalid, u"content has no members"_s);
        if (Core::Status s = addMembers(content.value("members"_L1).toArray()); !s)
            return s.error();
        for (const QJsonValue &v : content.value("courses"_L1).toArray()) {
            if (Core::Status s = addCourse(v.toObject()); !s)
                return s.error();
        }
        for (const QJsonValue &v : content.value("seminars"_L1).toArray()) {
            if (Core::Status s = addSeminar(v.toObject()); !s)
                return s.error();
        }
        for (const QJsonValue &v : content.value("programs"_L1).toArray()) {
            if (Core::Status s = addProgram(v.toObject()); !s)
                return s.error();
        }
        return m_community;
    }

private:
    QString day(qint64 offset) const { return m_today.addDays(offset).toString(Qt::ISODate); }

    QString timestamp(qint64 dayOffset, int minutes) const
    {
        const QDateTime t(m_today.addDays(dayOffset), QTime(9, 0), Qt::UTC);
        return t.addSecs(qint64(minutes) * 60).toString(Qt::ISODateWithMs);
    }

    Core::Result<QString> memberId(const QJsonValue &username, const QString &where) const
    {
        const auto it = m_ids.constFind(username.toString());
        if (it == m_ids.cend()) {
            return makeError(ErrorCode::Invalid,
                             u"%1: unknown member '%2'"_s.arg(where, username.toString()));
        }
        return *it;
    }

    Core::Result<QJsonArray> memberIds(const QJsonValue &usernames, const QString &where) const
    {
        QJsonArray ids;
        for (const QJsonValue &u : usernames.toArray()) {
            const Core::Result<QString> id = memberId(u, where);
            if (!id)
                return id.error();
            if (!ids.contains(*id))
                ids.append(*id);
        }
        return ids;
    }

    QString add(QLatin1StringView entity, QJsonObject fields, QString updatedBy = {},
                QString updatedAt = {})
    {
        Core::Record r;
        r.entity = QString(entity);
        r.id = Core::newRecordId();
        r.fields = std::move(fields);
        r.updatedBy = updatedBy.isEmpty() ? m_editor : updatedBy;
        r.updatedAt = updatedAt.isEmpty() ? Core::nowUtc() : updatedAt;
        m_community.records << r;
        return r.id;
    }

    Core::Status addMembers(const QJsonArray &members)
    {
        int index = 0;
        for (const QJsonValue &v : members) {
            const QJsonObject m = v.toObject();
            const QString username = m.value("username"_L1).toString();
            if (!AuthService::isValidUsername(username)) {
                return makeError(
                    ErrorCode::Invalid,
                    u"members[%1]: user name '%2' is not [a-z0-9._-]{2,32}"_s.arg(index).arg(
                        username));
            }
            if (m_ids.contains(username))
                return makeError(ErrorCode::Invalid, u"member '%1' appears twice"_s.arg(username));
            QJsonArray roles = m.value("roles"_L1).toArray();
            if (roles.isEmpty())
                roles.append(u"member"_s);
            const QString displayName = m.value("display_name"_L1).toString(username);
            Core::Record r;
            r.entity = QString(Entity::Member);
            r.id = Core::newRecordId();
            r.updatedAt = Core::nowUtc();
            r.fields = {{u"username"_s, username},
                        {u"display_name"_s, displayName},
                        {u"country"_s, textOf(m.value("country"_L1))},
                        {u"organisation"_s, textOf(m.value("organisation"_L1))},
                        {u"position"_s, textOf(m.value("position"_L1))},
                        {u"languages"_s, m.value("languages"_L1).toArray()},
                        {u"roles"_s, roles},
                        {u"bio"_s, textOf(m.value("bio"_L1))},
                        {u"joined"_s, day(-30 - 7 * index)}};
            m_ids.insert(username, r.id);
            m_community.records << r;
            QStringList roleNames;
            for (const QJsonValue &role : std::as_const(roles))
                roleNames << role.toString();
            m_community.accounts << DemoAccount{r.id, username, displayName, roleNames};
            if (roleNames.contains(u"admin"_s) && m_editor.isEmpty())
                m_editor = r.id;
            ++index;
        }
        if (m_editor.isEmpty())
            m_editor = m_community.accounts.constFirst().memberId;
        for (Core::Record &r : m_community.records)
            r.updatedBy = r.id; // a member wrote their own profile
        return {};
    }

    Core::Status addCourse(const QJsonObject &c)
    {
        const QString where = u"course '%1'"_s.arg(c.value("title"_L1).toString());
        const QString courseId =
            add(Entity::Course, {{u"title"_s, textOf(c.value("title"_L1))},
                                 {u"language"_s, textOf(c.value("language"_L1))},
                                 {u"summary"_s, textOf(c.value("summary"_L1))}});
        int modulePosition = 0;
        for (const QJsonValue &mv : c.value("modules"_L1).toArray()) {
            const QJsonObject m = mv.toObject();
            const QString moduleId =
                add(Entity::Module, {{u"course_id"_s, courseId},
                                     {u"position"_s, ++modulePosition},
                                     {u"title"_s, textOf(m.value("title"_L1))}});
            int lessonPosition = 0;
            for (const QJsonValue &lv : m.value("lessons"_L1).toArray()) {
                const QJsonObject l = lv.toObject();
                QJsonObject fields{{u"module_id"_s, moduleId},
                                   {u"position"_s, ++lessonPosition},
                                   {u"title"_s, textOf(l.value("title"_L1))},
                                   {u"body"_s, textOf(l.value("body"_L1))}};
                if (Core::Status s = addFiles(l.value("files"_L1).toArray(), fields, where); !s)
                    return s;
                add(Entity::Lesson, fields);
            }
        }
        int n = 0;
        for (const QJsonValue &u : c.value("enrolled"_L1).toArray()) {
            const Core::Result<QString> member = memberId(u, where);
            if (!member)
                return member.error();
            add(Entity::Enrollment,
                {{u"course_id"_s, courseId},
                 {u"member_id"_s, *member},
                 {u"enrolled_at"_s, timestamp(-20 + n++ % 10, 0)}},
                *member);
        }
        return {};
    }

    Core::Status addSeminar(const QJsonObject &s)
    {
        const QString where = u"seminar '%1'"_s.arg(s.value("title"_L1).toString());
        const int start = s.value("start_offset_days"_L1).toInt();
        const int duration = std::max(1, s.value("duration_days"_L1).toInt(3));
        const Core::Result<QJsonArray> facilitators = memberIds(s.value("facilitators"_L1), where);
        if (!facilitators)
            return facilitators.error();
        const QString seminarId =
            add(Entity::Seminar, {{u"title"_s, textOf(s.value("title"_L1))},
                                  {u"language"_s, textOf(s.value("language"_L1))},
                                  {u"starts_on"_s, day(start)},
                                  {u"ends_on"_s, day(start + duration - 1)},
                                  {u"description"_s, textOf(s.value("description"_L1))},
                                  {u"facilitators"_s, *facilitators}});
        const Core::Result<QJsonArray> participants = memberIds(s.value("participants"_L1), where);
        if (!participants)
            return participants.error();
        // Threads of an upcoming seminar were opened before it starts.
        const int opened = std::min(start, 0);
        for (const QJsonValue &p : *participants) {
            add(Entity::SeminarParticipant,
                {{u"seminar_id"_s, seminarId},
                 {u"member_id"_s, p},
                 {u"joined_at"_s, timestamp(opened - 3, 0)}},
                p.toString());
        }
        int minute = 0;
        for (const QJsonValue &tv : s.value("threads"_L1).toArray()) {
            const QJsonObject t = tv.toObject();
            const Core::Result<QString> author = memberId(t.value("author"_L1), where);
            if (!author)
                return author.error();
            const QString created = timestamp(opened, minute += 30);
            const QString threadId = add(Entity::Thread,
                                         {{u"seminar_id"_s, seminarId},
                                          {u"title"_s, textOf(t.value("title"_L1))},
                                          {u"author_id"_s, *author},
                                          {u"created_at"_s, created}},
                                         *author, created);
            for (const QJsonValue &pv : t.value("posts"_L1).toArray()) {
                const QJsonObject p = pv.toObject();
                const Core::Result<QString> postId = addPost(p, threadId, {}, where, minute += 7);
                if (!postId)
                    return postId.error();
                for (const QJsonValue &rv : p.value("replies"_L1).toArray()) {
                    const Core::Result<QString> replyId =
                        addPost(rv.toObject(), threadId, *postId, where, minute += 5);
                    if (!replyId)
                        return replyId.error();
                }
            }
        }
        return {};
    }

    Core::Result<QString> addPost(const QJsonObject &p, const QString &threadId,
                                  const QString &parentId, const QString &where, int minute)
    {
        const Core::Result<QString> author = memberId(p.value("author"_L1), where);
        if (!author)
            return author.error();
        const QString created = timestamp(0, minute);
        QJsonObject fields{{u"thread_id"_s, threadId},
                           {u"author_id"_s, *author},
                           {u"body"_s, textOf(p.value("body"_L1))},
                           {u"created_at"_s, created}};
        if (!parentId.isEmpty())
            fields.insert(u"parent_id"_s, parentId);
        return add(Entity::Post, fields, *author, created);
    }

    Core::Status addProgram(const QJsonObject &p)
    {
        const QString where = u"program '%1'"_s.arg(p.value("title"_L1).toString());
        const int start = p.value("start_offset_days"_L1).toInt();
        const int weeks = std::max(1, p.value("duration_weeks"_L1).toInt(12));
        const Core::Result<QJsonArray> facilitators = memberIds(p.value("facilitators"_L1), where);
        if (!facilitators)
            return facilitators.error();
        const QString language = textOf(p.value("language"_L1));
        QJsonObject fields{{u"title"_s, textOf(p.value("title"_L1))},
                           {u"kind"_s, textOf(p.value("kind"_L1))},
                           {u"cohort"_s, textOf(p.value("cohort"_L1))},
                           {u"language"_s, language},
                           {u"starts_on"_s, day(start)},
                           {u"ends_on"_s, day(start + 7 * weeks)},
                           {u"facilitators"_s, *facilitators}};
        // Its review rubric, checked as `leadernet-server set-rubric` checks one.
        if (p.contains("rubric"_L1)) {
            const Core::Rubric rubric = Core::Rubric::fromJson(p.value("rubric"_L1).toObject());
            if (Core::Status s = rubric.check(); !s)
                return Core::makeError(Core::ErrorCode::Invalid,
                                       u"%1: %2"_s.arg(where, s.error().detail));
            fields.insert(u"rubric"_s, rubric.toJson());
        }
        const QString programId = add(Entity::Program, fields);
        for (const QJsonValue &tv : p.value("teams"_L1).toArray()) {
            if (Core::Status s = addTeam(tv.toObject(), programId, language, start); !s)
                return s;
        }
        return {};
    }

    Core::Status addTeam(const QJsonObject &t, const QString &programId, const QString &language,
                         int programStart)
    {
        const QString where = u"team '%1'"_s.arg(t.value("name"_L1).toString());
        const Core::Result<QJsonArray> members = memberIds(t.value("members"_L1), where);
        if (!members)
            return members.error();
        QJsonObject team{{u"program_id"_s, programId},
                         {u"name"_s, textOf(t.value("name"_L1))},
                         {u"organisation"_s, textOf(t.value("organisation"_L1))},
                         {u"country"_s, textOf(t.value("country"_L1))},
                         {u"members"_s, *members}};
        QString coach;
        if (t.value("coach"_L1).isString()) {
            const Core::Result<QString> id = memberId(t.value("coach"_L1), where);
            if (!id)
                return id.error();
            coach = *id;
            team.insert(u"coach_id"_s, coach);
        }
        const QString teamId = add(Entity::Team, team);
        const QString author = !coach.isEmpty()     ? coach
                               : members->isEmpty() ? m_editor
                                                    : members->first().toString();

        const QJsonObject plan = t.value("plan"_L1).toObject();
        QJsonObject planFields{{u"team_id"_s, teamId},
                               {u"program_id"_s, programId},
                               {u"language"_s, plan.value("language"_L1).toString(language)}};
        for (const char *field : {"challenge", "vision", "measurable_result", "current_situation",
                                  "root_causes", "priority_actions"}) {
            planFields.insert(QLatin1StringView(field),
                              textOf(plan.value(QLatin1StringView(field))));
        }
        const QString planId = add(Entity::ActionPlan, planFields, author);
        QJsonArray activities;
        QStringList activityIds;
        int position = 0;
        for (const QJsonValue &av : plan.value("activities"_L1).toArray()) {
            const QJsonObject a = av.toObject();
            QJsonObject fields{{u"plan_id"_s, planId},
                               {u"position"_s, ++position},
                               {u"what"_s, textOf(a.value("what"_L1))},
                               {u"resources"_s, textOf(a.value("resources"_L1))},
                               {u"indicator"_s, textOf(a.value("indicator"_L1))},
                               {u"status"_s, a.value("status"_L1).toString(u"planned"_s)}};
            const int start = a.value("start_offset_days"_L1).toInt();
            fields.insert(u"starts_on"_s, day(start));
            fields.insert(u"ends_on"_s,
                          day(start + std::max(1, a.value("duration_days"_L1).toInt(7)) - 1));
            if (a.value("responsible"_L1).isString()) {
                const Core::Result<QString> id = memberId(a.value("responsible"_L1), where);
                if (!id)
                    return id.error();
                fields.insert(u"responsible_id"_s, *id);
            }
            activityIds << add(Entity::Activity, fields, author);
            activities.append(fields);
        }

        const QJsonObject snapshot{{u"plan"_s, planFields}, {u"activities"_s, activities}};
        for (const QJsonValue &sv : t.value("submissions"_L1).toArray()) {
            const QJsonObject s = sv.toObject();
            const int submitted = s.value("submitted_offset_days"_L1).toInt();
            const QString submissionId = add(Entity::Submission,
                                             {{u"team_id"_s, teamId},
                                              {u"plan_id"_s, planId},
                                              {u"kind"_s, textOf(s.value("kind"_L1))},
                                              {u"status"_s, textOf(s.value("status"_L1))},
                                              {u"submitted_at"_s, timestamp(submitted, 0)},
                                              {u"submitted_by"_s, author},
                                              {u"snapshot"_s, snapshot}},
                                             author);
            const QJsonObject review = s.value("review"_L1).toObject();
            if (review.isEmpty())
                continue;
            const Core::Result<QString> facilitator =
                memberId(review.value("facilitator"_L1), where);
            if (!facilitator)
                return facilitator.error();
            add(Entity::Review,
                {{u"submission_id"_s, submissionId},
                 {u"facilitator_id"_s, *facilitator},
                 {u"scores"_s, review.value("scores"_L1).toObject()},
                 {u"comment"_s, textOf(review.value("comment"_L1))},
                 {u"decision"_s, textOf(review.value("decision"_L1))},
                 {u"reviewed_at"_s, timestamp(std::min(submitted + 2, 0), 60)}},
                *facilitator);
        }
        return addResults(t.value("results"_L1).toArray(), teamId, activityIds, author,
                          m_today.addDays(programStart), where);
    }

    // The team's indicators ("plan": its measurable result, "activity": the
    // index of the activity whose indicator it is) and the values reached
    // in the program's first months ("month": 0 is the month it started).
    Core::Status addResults(const QJsonArray &results, const QString &teamId,
                            const QStringList &activityIds, const QString &author, QDate started,
                            const QString &where)
    {
        int position = 0;
        for (const QJsonValue &rv : results) {
            const QJsonObject r = rv.toObject();
            QString source;
            if (r.value("plan"_L1).toBool())
                source = u"plan"_s;
            else if (r.contains("activity"_L1))
                source = u"activity:"_s + activityIds.value(r.value("activity"_L1).toInt());
            const QString reportId =
                add(Entity::ResultsReport,
                    {{u"team_id"_s, teamId},
                     {u"indicator"_s, textOf(r.value("indicator"_L1))},
                     {u"unit"_s, textOf(r.value("unit"_L1))},
                     {u"baseline"_s, Core::Results::numberText(r.value("baseline"_L1).toDouble())},
                     {u"target"_s, Core::Results::numberText(r.value("target"_L1).toDouble())},
                     {u"source"_s, source},
                     {u"position"_s, ++position}},
                    author);
            for (const QJsonValue &vv : r.value("values"_L1).toArray()) {
                const QJsonObject v = vv.toObject();
                const QDate month = started.addMonths(v.value("month"_L1).toInt());
                if (month > m_today)
                    return makeError(ErrorCode::Invalid,
                                     u"%1: a result of a month to come"_s.arg(where));
                // Entered a few days after the month ended.
                const QDate entered = std::min(month.addMonths(1).addDays(4), m_today);
                QString by = author;
                if (v.contains("by"_L1)) {
                    const Core::Result<QString> id = memberId(v.value("by"_L1), where);
                    if (!id)
                        return id.error();
                    by = *id;
                }
                add(Entity::ResultValue,
                    {{u"report_id"_s, reportId},
                     {u"period"_s, Core::Results::period(month)},
                     {u"actual"_s, Core::Results::numberText(v.value("actual"_L1).toDouble())},
                     {u"note"_s, textOf(v.value("note"_L1))}},
                    by, timestamp(m_today.daysTo(entered), 0));
            }
        }
        return {};
    }

    // A lesson's files: kept once each, listed in its attachments, and its
    // body's links to them pointed at them.
    Core::Status addFiles(const QJsonArray &names, QJsonObject &lesson, const QString &where)
    {
        QList<Core::AttachmentRef> refs;
        QString body = lesson.value("body"_L1).toString();
        for (const QJsonValue &v : names) {
            const QString name = v.toString();
            const std::optional<QByteArray> bytes =
                m_readFile ? m_readFile(name) : std::optional<QByteArray>();
            if (!bytes)
                return makeError(ErrorCode::Invalid, u"%1: no file '%2'"_s.arg(where, name));
            const Core::AttachmentRef ref{
                QString::fromLatin1(
                    QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex()),
                name, bytes->size(), Core::mediaTypeOfFile(name)};
            if (std::none_of(m_community.files.cbegin(), m_community.files.cend(),
                             [&](const DemoFile &f) { return f.ref.sha256 == ref.sha256; }))
                m_community.files << DemoFile{ref, *bytes};
            refs << ref;
            body.replace(u"]("_s + name + u')', u"]("_s + Core::attachmentUrl(ref.sha256) + u')');
        }
        if (!refs.isEmpty()) {
            lesson.insert(u"body"_s, body);
            lesson.insert(QString(Core::AttachmentsField), Core::attachmentsJson(refs));
        }
        return {};
    }

    QDate m_today;
    DemoFileReader m_readFile;
    QHash<QString, QString> m_ids; // username -> member id
    QString m_editor;              // who wrote records that have no author
    DemoCommunity m_community;
};

} // namespace

Core::Result<DemoCommunity> buildDemoCommunity(const QByteArray &contentJson, QDate today,
                                               const DemoFileReader &readFile)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(contentJson, &error);
    if (error.error != QJsonParseError::NoError) {
        return makeError(ErrorCode::Invalid,
                         u"the content is not JSON: %1 at offset %2"_s.arg(error.errorString())
                             .arg(error.offset));
    }
    if (!doc.isObject())
        return makeError(ErrorCode::Invalid, u"the content must be a JSON object"_s);
    return CommunityBuilder(today, readFile).build(doc.object());
}

DemoSeeder::DemoSeeder(ServerStore &store)
    : m_store(store)
{}

Core::Result<QList<DemoAccount>> DemoSeeder::seed(const QByteArray &contentJson,
                                                  const QString &password, QDate today,
                                                  const DemoFileReader &readFile)
{
    const Core::Result<bool> hasMembers = m_store.hasMembers();
    if (!hasMembers)
        return hasMembers.error();
    if (*hasMembers) {
        return makeError(ErrorCode::Invalid,
                         u"the store already has members; seed-demo fills an empty store only"_s);
    }
    const Core::Result<DemoCommunity> community = buildDemoCommunity(contentJson, today, readFile);
    if (!community)
        return community.error();
    // The files first, each in a write of its own: a lesson never names a
    // file the store lacks.
    AttachmentStore attachments(m_store);
    for (const DemoFile &file : community->files) {
        const Core::Result<UploadOutcome> kept = attachments.put(
            {file.ref.sha256, u"seed-demo"_s, file.ref.mediaType, 0, file.ref.size, file.bytes});
        if (!kept)
            return kept.error();
    }

    // Hash before the write transaction so that it stays short. Each account
    // gets its own salt although the demo password is shared.
    QList<QString> hashes;
    for (qsizetype i = 0; i < community->accounts.size(); ++i) {
        const Core::Result<QString> hash = Passwords::hash(password);
        if (!hash)
            return hash.error();
        hashes << *hash;
    }

    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    for (const Core::Record &record : community->records) {
        if (const Core::Result<qint64> seq = (*writer)->putRecord(record); !seq) {
            return makeError(seq.error().code,
                             u"%1 %2: %3"_s.arg(record.entity, record.id, seq.error().detail));
        }
    }
    for (qsizetype i = 0; i < community->accounts.size(); ++i) {
        const DemoAccount &a = community->accounts.at(i);
        if (Core::Status s =
                AccountStore(**writer).createAccount(a.memberId, a.username, hashes.at(i));
            !s)
            return s.error();
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerSeed) << "seeded" << community->records.size() << "records and"
                         << community->accounts.size() << "accounts";
    return community->accounts;
}

} // namespace Server

#include "admincommands.h"

#include "accountservice.h"
#include "accountstore.h"
#include "attachmentref.h"
#include "attachmentstore.h"
#include "entityschema.h"
#include "serverstore.h"
#include "storewriter.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerAdmin, "leadernet.server.admin")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
namespace Entity = Core::Entity;

namespace {

constexpr qsizetype MaxTitleLength = 300;

Core::Error invalid(const QString &detail)
{
    return makeError(ErrorCode::Invalid, detail);
}

struct ResolvedMember {
    AdminCommands::Member member;
    Core::Record record;
    std::optional<Account> account;
};

// A member by user name or member id: the account first, then a member
// record without one.
Core::Result<ResolvedMember> resolveMember(StoreWriter &writer, const QString &nameOrId)
{
    const QString key = nameOrId.trimmed();
    const Core::Result<std::optional<Account>> account = AccountStore(writer).account(key);
    if (!account)
        return account.error();
    const QString id = account->has_value() ? (*account)->memberId : key;
    const Core::Result<std::optional<Core::Record>> record =
        account->has_value() ? AccountStore(writer).memberOrPending(id)
                             : writer.record(QString(Entity::Member), id);
    if (!record)
        return record.error();
    if (!record->has_value()) {
        return makeError(ErrorCode::NotFound,
                         account->has_value()
                             ? u"the account '%1' has no member record"_s.arg(key)
                             : u"no member '%1' (give a user name or a member id)"_s.arg(key));
    }
    ResolvedMember out;
    out.record = **record;
    out.account = *account;
    out.member.id = id;
    out.member.username =
        account->has_value() ? (*account)->username : out.record.text(u"username");
    out.member.displayName = out.record.text(u"display_name");
    return out;
}

QStringList roleNames(const Core::Record &member)
{
    QStringList roles;
    for (const QJsonValue &v : member.fields.value("roles"_L1).toArray())
        roles << v.toString();
    return roles;
}

// Facilitators of a seminar or program: members with the role.
Core::Result<QJsonArray> resolveFacilitators(StoreWriter &writer, const QStringList &names)
{
    QJsonArray ids;
    for (const QString &name : names) {
        const Core::Result<ResolvedMember> m = resolveMember(writer, name);
        if (!m)
            return m.error();
        QStringList roles = roleNames(m->record);
        if (!roles.contains(u"facilitator"_s) && !roles.contains(u"admin"_s)) {
            roles << u"facilitator"_s;
            return invalid(u"%1 is not a facilitator (give the role first: leadernet-server "
                           "set-role %2 --role %3)"_s.arg(m->member.label(), name.trimmed(),
                                                          roles.join(u" --role "_s)));
        }
        if (!ids.contains(m->member.id))
            ids.append(m->member.id);
    }
    return ids;
}

// A live record by id, or by the text of `field` (exact, then ignoring case).
Core::Result<Core::Record> findRecord(StoreWriter &writer, QLatin1StringView entity,
                                      QLatin1StringView field, const QString &idOrText)
{
    const QString key = idOrText.trimmed();
    const Core::Result<std::optional<Core::Record>> byId = writer.record(QString(entity), key);
    if (!byId)
        return byId.error();
    if (byId->has_value())
        return **byId;
    const Core::Result<QList<Core::Record>> all = writer.liveRecords(QString(entity));
    if (!all)
        return all.error();
    for (const Qt::CaseSensitivity cs : {Qt::CaseSensitive, Qt::CaseInsensitive}) {
        QList<Core::Record> found;
        for (const Core::Record &r : *all) {
            if (r.fields.value(field).toString().compare(key, cs) == 0)
                found << r;
        }
        if (found.size() == 1)
            return found.constFirst();
        if (found.size() > 1) {
            QStringList ids;
            for (const Core::Record &r : std::as_const(found))
                ids << r.id;
            return invalid(u"%1 %2s have the %3 '%4' (%5): give the id"_s.arg(found.size())
                               .arg(entity, field, key, ids.join(u", "_s)));
        }
    }
    return makeError(ErrorCode::NotFound,
                     u"no %1 with the id or %2 '%3'"_s.arg(entity, field, key));
}

// The uploader of the files add-course keeps. Not empty like a record's
// updated_by: AttachmentStore keeps its files' chunks under the empty
// upload member, and clears a file's uploader's chunks when it already has
// the file. Member ids are UUIDs, so this is nobody's.
const QString CourseImporter = u"add-course"_s;

// Keeps the files `course` links to in `store`, each once (however many
// lessons link to it): path -> its reference.
Core::Result<QHash<QString, Core::AttachmentRef>> keepFiles(ServerStore &store,
                                                            const CourseFolder::Course &course)
{
    AttachmentStore attachments(store);
    QHash<QString, Core::AttachmentRef> kept;
    for (const CourseFolder::Module &module : course.modules) {
        for (const CourseFolder::Lesson &lesson : module.lessons) {
            for (const CourseFolder::File &file : lesson.files) {
                if (kept.contains(file.path))
                    continue;
                QFile in(file.path);
                if (!in.open(QIODevice::ReadOnly))
                    return invalid(u"cannot read %1: %2"_s.arg(file.path, in.errorString()));
                const QByteArray bytes = in.readAll();
                if (in.error() != QFileDevice::NoError || bytes.size() != file.size) {
                    return invalid(
                        u"cannot read %1 (did it change while being read?)"_s.arg(file.path));
                }
                const QString sha256 = QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
                const Core::Result<UploadOutcome> put = attachments.put(
                    UploadPiece{sha256, CourseImporter, file.mediaType, 0, bytes.size(), bytes});
                if (!put)
                    return makeError(put.error().code,
                                     u"%1: %2"_s.arg(file.path, put.error().detail));
                if (put->kind != UploadOutcome::Kind::Completed &&
                    put->kind != UploadOutcome::Kind::AlreadyKept) {
                    return makeError(ErrorCode::Query,
                                     u"%1: the store did not keep the file"_s.arg(file.path));
                }
                kept.insert(file.path,
                            Core::AttachmentRef{sha256, file.name, file.size, file.mediaType});
            }
        }
    }
    return kept;
}

Core::Record newRecord(QLatin1StringView entity, QJsonObject fields)
{
    Core::Record r;
    r.entity = QString(entity);
    r.id = Core::newRecordId();
    r.fields = std::move(fields);
    r.updatedBy = u""_s; // the admin command line is no member
    return r;
}

} // namespace

QString AdminCommands::Member::label() const
{
    const QString name = username.isEmpty() ? id : username;
    return displayName.isEmpty() ? name : u"%1 (%2)"_s.arg(name, displayName);
}

AdminCommands::AdminCommands(ServerStore &store)
    : m_store(store)
{}

Core::Status AdminCommands::checkRoles(const QStringList &roles)
{
    if (roles.isEmpty())
        return invalid(u"give at least one --role (member, facilitator or admin)"_s);
    for (const QString &r : roles) {
        if (r != u"member" && r != u"facilitator" && r != u"admin")
            return invalid(u"unknown role '%1' (member, facilitator or admin)"_s.arg(r));
    }
    return {};
}

Core::Status AdminCommands::checkLanguage(const QString &language, const QString &option)
{
    static const QRegularExpression code(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"_s);
    if (!code.match(language).hasMatch()) {
        return invalid(u"%1 wants a language code such as en, fr, es, pt, ar or ru, not '%2'"_s.arg(
            option, language));
    }
    return {};
}

Core::Status AdminCommands::checkTitle(const QString &title, const QString &option)
{
    if (title.trimmed().isEmpty())
        return invalid(u"%1 is empty"_s.arg(option));
    if (title.trimmed().size() > MaxTitleLength)
        return invalid(u"%1 is longer than %2 characters"_s.arg(option).arg(MaxTitleLength));
    return {};
}

Core::Status AdminCommands::checkKind(const QString &kind)
{
    static const QRegularExpression pattern(u"^[a-z][a-z0-9_]{1,39}$"_s);
    if (!pattern.match(kind).hasMatch()) {
        return invalid(u"--kind wants a word of a-z, 0-9 and _, such as leadership_development, "
                       "not '%1'"_s.arg(kind));
    }
    return {};
}

Core::Status AdminCommands::checkDates(const QString &starts, const QString &ends)
{
    const QDate from = QDate::fromString(starts, Qt::ISODate);
    const QDate to = QDate::fromString(ends, Qt::ISODate);
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!from.isValid() || !shape.match(starts).hasMatch())
        return invalid(u"--starts wants a date as YYYY-MM-DD, not '%1'"_s.arg(starts));
    if (!to.isValid() || !shape.match(ends).hasMatch())
        return invalid(u"--ends wants a date as YYYY-MM-DD, not '%1'"_s.arg(ends));
    if (to < from)
        return invalid(u"--ends (%1) is before --starts (%2)"_s.arg(ends, starts));
    return {};
}

Core::Result<AdminCommands::Member> AdminCommands::setRoles(const QString &nameOrId,
                                                            const QStringList &roles)
{
    if (Core::Status s = checkRoles(roles); !s)
        return s.error();
    QStringList unique = roles;
    unique.removeDuplicates();
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<ResolvedMember> m = resolveMember(**writer, nameOrId);
    if (!m)
        return m.error();
    Core::Record record = m->record;
    record.fields.insert(u"roles"_s, QJsonArray::fromStringList(unique));
    if (record.fields != m->record.fields) {
        record.updatedAt.clear();
        record.updatedBy = u""_s;
        if (const Core::Result<qint64> seq = (*writer)->putRecord(record); !seq)
            return seq.error();
        if (Core::Status s = (*writer)->commit(); !s)
            return s.error();
        qCInfo(lcServerAdmin) << "roles of" << m->member.id << "set to" << unique;
    }
    return m->member;
}

Core::Result<QString> AdminCommands::setRubric(const QString &program, const Core::Rubric &rubric)
{
    if (Core::Status s = rubric.check(); !s)
        return s.error();
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<Core::Record> found =
        findRecord(**writer, Entity::Program, "title"_L1, program);
    if (!found)
        return found.error();
    Core::Record record = *found;
    record.fields.insert(u"rubric"_s, rubric.toJson());
    record.updatedAt = Core::nowUtc();
    if (const Core::Result<qint64> seq = (*writer)->putRecord(record); !seq)
        return seq.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << "rubric of" << record.text(u"title") << "set";
    return record.text(u"title");
}

Core::Result<AdminCommands::Activation> AdminCommands::activate(const QString &nameOrId)
{
    return setActive(nameOrId, true);
}

Core::Result<AdminCommands::Activation> AdminCommands::disable(const QString &nameOrId)
{
    return setActive(nameOrId, false);
}

Core::Result<AdminCommands::Activation> AdminCommands::setActive(const QString &nameOrId,
                                                                 bool active)
{
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<ResolvedMember> m = resolveMember(**writer, nameOrId);
    if (!m)
        return m.error();
    if (!m->account) {
        return makeError(ErrorCode::NotFound, (active ? u"%1 has no account to activate"_s
                                                      : u"%1 has no account to disable"_s)
                                                  .arg(m->member.label()));
    }
    Activation out{m->member, m->account->active, !m->account->passwordHash.isEmpty()};
    if (Core::Status s = active ? AccountStore(**writer).activateAccount(m->member.id)
                                : AccountStore(**writer).disableAccount(m->member.id);
        !s)
        return s.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << (active ? "activated" : "disabled") << m->member.username;
    return out;
}

Core::Result<QList<AdminCommands::IssuedToken>> AdminCommands::issueActivationTokens()
{
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<QList<AccountStore::PendingAccount>> pending =
        AccountStore(**writer).pendingAccounts();
    if (!pending)
        return pending.error();
    QList<IssuedToken> out;
    for (const AccountStore::PendingAccount &p : *pending) {
        const Core::Result<std::optional<Core::Record>> record =
            AccountStore(**writer).memberOrPending(p.account.memberId);
        if (!record)
            return record.error();
        const Core::Result<AccountService::IssuedToken> token = AccountService::issueToken(
            **writer, p.account.memberId, AccountService::Purpose::Activation);
        if (!token)
            return token.error();
        Member member{p.account.memberId, p.account.username,
                      record->has_value() ? (*record)->text(u"display_name") : QString()};
        out << IssuedToken{member, token->token, token->expiresAt, p.registeredAt, false};
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    return out;
}

Core::Result<AdminCommands::IssuedToken> AdminCommands::issueResetToken(const QString &nameOrId)
{
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<ResolvedMember> m = resolveMember(**writer, nameOrId);
    if (!m)
        return m.error();
    if (!m->account)
        return makeError(ErrorCode::NotFound, u"%1 has no account"_s.arg(m->member.label()));
    const QString purpose = AccountService::purposeName(AccountService::Purpose::Reset);
    const Core::Result<QString> asked =
        AccountStore(**writer).latestAccountToken(m->member.id, purpose);
    if (!asked)
        return asked.error();
    const Core::Result<AccountService::IssuedToken> token =
        AccountService::issueToken(**writer, m->member.id, AccountService::Purpose::Reset);
    if (!token)
        return token.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    return IssuedToken{m->member, token->token, token->expiresAt, *asked, m->account->active};
}

Core::Result<QString> AdminCommands::addCourse(const CourseFolder::Course &course)
{
    if (Core::Status s = checkTitle(course.title, u"the course title"_s); !s)
        return s.error();
    if (Core::Status s = checkLanguage(course.language, u"language:"_s); !s)
        return s.error();
    // Each file is kept in a write transaction of its own, so before the
    // records': a file nobody links to yet does no harm, but a lesson must
    // not link to a file the server lacks.
    const Core::Result<QHash<QString, Core::AttachmentRef>> files = keepFiles(m_store, course);
    if (!files)
        return files.error();
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Record c = newRecord(Entity::Course, {{u"title"_s, course.title},
                                                      {u"language"_s, course.language},
                                                      {u"summary"_s, course.summary}});
    if (const Core::Result<qint64> seq = (*writer)->putRecord(c); !seq)
        return seq.error();
    int modulePosition = 0;
    for (const CourseFolder::Module &module : course.modules) {
        const Core::Record m = newRecord(Entity::Module, {{u"course_id"_s, c.id},
                                                          {u"position"_s, ++modulePosition},
                                                          {u"title"_s, module.title}});
        if (const Core::Result<qint64> seq = (*writer)->putRecord(m); !seq)
            return makeError(seq.error().code, u"%1: %2"_s.arg(module.folder, seq.error().detail));
        int lessonPosition = 0;
        for (const CourseFolder::Lesson &lesson : module.lessons) {
            QJsonObject fields{{u"module_id"_s, m.id},
                               {u"position"_s, ++lessonPosition},
                               {u"title"_s, lesson.title},
                               {u"body"_s, lesson.body}};
            if (!lesson.files.isEmpty()) {
                QStringList targets;
                QList<Core::AttachmentRef> refs;
                for (const CourseFolder::File &file : lesson.files) {
                    const Core::AttachmentRef ref = files->value(file.path);
                    targets << Core::attachmentUrl(ref.sha256);
                    // Two files with the same bytes are one attachment.
                    if (std::none_of(refs.cbegin(), refs.cend(), [&](const Core::AttachmentRef &r) {
                            return r.sha256 == ref.sha256;
                        }))
                        refs << ref;
                }
                fields.insert(u"body"_s, CourseFolder::relinkedBody(lesson, targets));
                fields.insert(QString(Core::AttachmentsField), Core::attachmentsJson(refs));
            }
            const Core::Record l = newRecord(Entity::Lesson, std::move(fields));
            if (const Core::Result<qint64> seq = (*writer)->putRecord(l); !seq) {
                return makeError(seq.error().code,
                                 u"%1: %2"_s.arg(lesson.file, seq.error().detail));
            }
        }
    }
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << "added course" << c.id << "with" << files->size() << "files";
    return c.id;
}

Core::Result<QString> AdminCommands::addSeminar(const Seminar &seminar)
{
    if (Core::Status s = checkTitle(seminar.title, u"--title"_s); !s)
        return s.error();
    if (Core::Status s = checkLanguage(seminar.language, u"--language"_s); !s)
        return s.error();
    if (Core::Status s = checkDates(seminar.startsOn, seminar.endsOn); !s)
        return s.error();
    if (seminar.description.size() > Core::MaxTextLength) {
        return invalid(u"--description is longer than %1 characters"_s.arg(Core::MaxTextLength));
    }
    return addFacilitated(Entity::Seminar,
                          {{u"title"_s, seminar.title.trimmed()},
                           {u"language"_s, seminar.language},
                           {u"starts_on"_s, seminar.startsOn},
                           {u"ends_on"_s, seminar.endsOn},
                           {u"description"_s, seminar.description}},
                          seminar.facilitators);
}

Core::Result<QString> AdminCommands::addProgram(const Program &program)
{
    if (Core::Status s = checkTitle(program.title, u"--title"_s); !s)
        return s.error();
    if (Core::Status s = checkKind(program.kind); !s)
        return s.error();
    if (Core::Status s = checkTitle(program.cohort, u"--cohort"_s); !s)
        return s.error();
    if (Core::Status s = checkLanguage(program.language, u"--language"_s); !s)
        return s.error();
    if (Core::Status s = checkDates(program.startsOn, program.endsOn); !s)
        return s.error();
    return addFacilitated(Entity::Program,
                          {{u"title"_s, program.title.trimmed()},
                           {u"kind"_s, program.kind},
                           {u"cohort"_s, program.cohort.trimmed()},
                           {u"language"_s, program.language},
                           {u"starts_on"_s, program.startsOn},
                           {u"ends_on"_s, program.endsOn}},
                          program.facilitators);
}

Core::Result<QString> AdminCommands::addFacilitated(QLatin1StringView entity, QJsonObject fields,
                                                    const QStringList &facilitatorNames)
{
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<QJsonArray> facilitators = resolveFacilitators(**writer, facilitatorNames);
    if (!facilitators)
        return facilitators.error();
    fields.insert(u"facilitators"_s, *facilitators);
    const Core::Record r = newRecord(entity, std::move(fields));
    if (const Core::Result<qint64> seq = (*writer)->putRecord(r); !seq)
        return seq.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << "added" << entity << r.id;
    return r.id;
}

Core::Result<AdminCommands::TeamCreated> AdminCommands::addTeam(const Team &team)
{
    if (Core::Status s = checkTitle(team.name, u"--name"_s); !s)
        return s.error();
    if (team.organisation.size() > MaxTitleLength || team.country.size() > MaxTitleLength) {
        return invalid(
            u"--organisation and --country take at most %1 characters"_s.arg(MaxTitleLength));
    }
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<Core::Record> program =
        findRecord(**writer, Entity::Program, "title"_L1, team.program);
    if (!program)
        return program.error();
    const QString name = team.name.trimmed();
    const Core::Result<QList<Core::Record>> teams = (*writer)->liveRecords(QString(Entity::Team));
    if (!teams)
        return teams.error();
    for (const Core::Record &t : *teams) {
        if (t.text(u"program_id") == program->id &&
            t.text(u"name").compare(name, Qt::CaseInsensitive) == 0) {
            return invalid(u"the program '%1' already has a team '%2' (%3)"_s.arg(
                program->text(u"title"), t.text(u"name"), t.id));
        }
    }
    QJsonObject fields{{u"program_id"_s, program->id},
                       {u"name"_s, name},
                       {u"organisation"_s, team.organisation.trimmed()},
                       {u"country"_s, team.country.trimmed()},
                       {u"members"_s, QJsonArray()}};
    if (!team.coach.trimmed().isEmpty()) {
        const Core::Result<ResolvedMember> coach = resolveMember(**writer, team.coach);
        if (!coach)
            return coach.error();
        fields.insert(u"coach_id"_s, coach->member.id);
    }
    const Core::Record t = newRecord(Entity::Team, fields);
    if (const Core::Result<qint64> seq = (*writer)->putRecord(t); !seq)
        return seq.error();
    // One action plan per team and program, empty until the team writes it.
    QJsonObject plan{{u"team_id"_s, t.id},
                     {u"program_id"_s, program->id},
                     {u"language"_s, program->text(u"language")}};
    for (const char *field : {"challenge", "vision", "measurable_result", "current_situation",
                              "root_causes", "priority_actions"}) {
        plan.insert(QLatin1StringView(field), u""_s);
    }
    const Core::Record p = newRecord(Entity::ActionPlan, plan);
    if (const Core::Result<qint64> seq = (*writer)->putRecord(p); !seq)
        return seq.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << "added team" << t.id;
    return TeamCreated{t.id, p.id, program->text(u"title")};
}

Core::Result<AdminCommands::TeamChange> AdminCommands::addToTeam(const QString &team,
                                                                 const QStringList &members)
{
    if (members.isEmpty())
        return invalid(u"name at least one member to add"_s);
    Core::Result<std::unique_ptr<StoreWriter>> writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    const Core::Result<Core::Record> found = findRecord(**writer, Entity::Team, "name"_L1, team);
    if (!found)
        return found.error();
    Core::Record record = *found;
    QJsonArray list = record.fields.value("members"_L1).toArray();
    TeamChange change;
    change.teamId = record.id;
    change.teamName = record.text(u"name");
    for (const QString &name : members) {
        const Core::Result<ResolvedMember> m = resolveMember(**writer, name);
        if (!m)
            return m.error();
        if (list.contains(m->member.id)) {
            bool listed = false;
            for (const Member &a : std::as_const(change.added))
                listed = listed || a.id == m->member.id;
            if (!listed)
                change.already << m->member;
            continue;
        }
        list.append(m->member.id);
        change.added << m->member;
    }
    change.size = list.size();
    if (change.added.isEmpty())
        return change;
    record.fields.insert(u"members"_s, list);
    record.updatedAt.clear();
    record.updatedBy = u""_s;
    // The new grants get this write's seq: the members' next pull backfills
    // the team's older records.
    if (const Core::Result<qint64> seq = (*writer)->putRecord(record); !seq)
        return seq.error();
    if (Core::Status s = (*writer)->commit(); !s)
        return s.error();
    qCInfo(lcServerAdmin) << "added" << change.added.size() << "members to team" << record.id;
    return change;
}

} // namespace Server

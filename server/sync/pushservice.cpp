#include "pushservice.h"

#include "seminarwindow.h"

#include "attachmentref.h"
#include "authorization.h"
#include "entityschema.h"
#include "planchange.h"
#include "results.h"
#include "serverstore.h"
#include "storewriter.h"
#include "textmerge.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QUuid>

#include <algorithm>

Q_LOGGING_CATEGORY(lcServerPush, "leadernet.server.push")

namespace Server {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;
using Core::Record;
namespace Protocol = Sync::Protocol;
namespace Entity = Core::Entity;
using Authorization::WriteKind;

namespace {

using Protocol::ConflictKind;
using Protocol::PushKind;
using Protocol::PushStatus;

// Errors that refuse one operation; anything else fails the whole push.
bool refusesOperation(ErrorCode code)
{
    return code == ErrorCode::Invalid || code == ErrorCode::Forbidden ||
           code == ErrorCode::NotFound || code == ErrorCode::Closed;
}

// Records of which a parent has one (per key, when there is one): a
// second one is kept as a conflict on the first.
struct UniqueChild {
    QLatin1StringView parent;
    QLatin1StringView key;
};
const UniqueChild *uniqueChild(const QString &entity)
{
    static const UniqueChild review{"submission_id"_L1, {}};
    static const UniqueChild value{"report_id"_L1, "period"_L1};
    if (entity == Entity::Review)
        return &review;
    if (entity == Entity::ResultValue)
        return &value;
    return nullptr;
}

bool isUuid(const QString &text)
{
    return !QUuid::fromString(text).isNull() && text.size() == 36;
}

// A patch's fields on the stored record: what the record becomes, and the
// pushed values that clash with someone else's change since the patch's
// base and did not merge (kept aside in a conflict).
struct PatchOutcome {
    QJsonObject fields;
    QStringList lostFields;
    QJsonObject kept;
    QJsonObject lost;
    bool mergedText = false;
};

PatchOutcome patchFields(const Protocol::PushOperation &op, const Record &current,
                         TextMerger &merger)
{
    PatchOutcome out{current.fields, {}, {}, {}, false};
    const bool concurrent = op.baseRevision != current.revision;
    for (auto it = op.fields.begin(); it != op.fields.end(); ++it) {
        const QJsonValue mine = it.value();
        const QJsonValue theirs = current.fields.value(it.key());
        const QJsonValue base = op.base.contains(it.key()) ? op.base.value(it.key())
                                : concurrent               ? QJsonValue(QJsonValue::Undefined)
                                                           : theirs;
        if (!concurrent || theirs == base || (base.isUndefined() && theirs.isUndefined())) {
            out.fields.insert(it.key(), mine);
            continue;
        }
        if (theirs == mine)
            continue;
        // Two edits of a record's files keep every file either added.
        if (it.key() == Core::AttachmentsField) {
            out.fields.insert(it.key(), Core::mergeAttachments(base, mine, theirs));
            out.mergedText = true;
            continue;
        }
        // Two edits of a text merge three-way.
        const Core::FieldSpec *spec = Core::entitySpec(op.entity)->field(it.key());
        if (spec && spec->type == Core::FieldType::Text && base.isString() && theirs.isString() &&
            mine.isString()) {
            if (const auto text =
                    merger.merge(base.toString(), mine.toString(), theirs.toString())) {
                out.fields.insert(it.key(), *text);
                out.mergedText = true;
                continue;
            }
        }
        out.lostFields << it.key();
        out.kept.insert(it.key(), theirs);
        out.lost.insert(it.key(), mine);
    }
    return out;
}

// The text merges the push's stale patches need, worked out before its write
// transaction begins (they may take a while), so that the store's write lock
// is held only to apply them: the patches are played on the records as
// stored, in order. A record someone changes in between is merged again
// inside, within what is left of the budget.
Core::Status premerge(ServerStore &store, const Protocol::PushRequest &request, TextMerger &merger)
{
    const auto reader = store.reader();
    if (!reader)
        return reader.error();
    QHash<QString, std::optional<Record>> played; // "entity/id" -> as the push leaves it
    for (const Protocol::PushOperation &op : request.operations) {
        if (op.kind != PushKind::Patch || !Core::entitySpec(op.entity) || !isUuid(op.id))
            continue;
        const QString key = op.entity + u'/' + op.id;
        auto record = played.find(key);
        if (record == played.end()) {
            const auto stored = (*reader)->stored(op.entity, op.id);
            if (!stored)
                return stored.error();
            std::optional<Record> live;
            if (stored->has_value() && !(*stored)->deleted)
                live = (*stored)->record;
            record = played.insert(key, live);
        }
        if (!record->has_value())
            continue;
        PatchOutcome outcome = patchFields(op, **record, merger);
        if (outcome.fields != (*record)->fields) {
            (*record)->fields = std::move(outcome.fields);
            (*record)->revision = -1; // a new one, unknown yet
        }
    }
    return {};
}

// One push: the member, what they may see, and the open write transaction.
class Batch
{
public:
    Batch(ServerStore &store, StoreWriter &writer, TextMerger &merger, Record actor, QString sentAt)
        : m_store(store)
        , m_writer(writer)
        , m_merger(merger)
        , m_actor(std::move(actor))
        , m_sentAt(std::move(sentAt))
    {}

    Core::Status refreshVisibility()
    {
        Core::Result<Authorization::Visibility> v = m_store.visibilityOf(m_actor.id);
        if (!v)
            return v.error();
        m_visibility = std::move(v).value();
        return {};
    }

    Core::Result<AppliedOp> apply(const Protocol::PushOperation &op)
    {
        if (op.authorId != m_actor.id) {
            return makeError(ErrorCode::Forbidden,
                             u"an operation is sent with its author's own sign-in"_s);
        }
        if (!Core::entitySpec(op.entity))
            return makeError(ErrorCode::Invalid, u"unknown entity '%1'"_s.arg(op.entity));
        if (!isUuid(op.id))
            return makeError(ErrorCode::Invalid, u"the record id must be a UUID"_s);
        const auto stored = m_writer.stored(op.entity, op.id);
        if (!stored)
            return stored.error();
        switch (op.kind) {
        case PushKind::Create:
            return create(op, *stored);
        case PushKind::Patch:
            return patch(op, *stored);
        case PushKind::Delete:
            return remove(op, *stored);
        }
        return makeError(ErrorCode::Invalid, u"unknown operation kind"_s);
    }

private:
    Authorization::RecordLookup lookup()
    {
        return [this](QLatin1StringView entity, const QString &id) {
            return m_writer.record(QString(entity), id);
        };
    }

    // Threads and posts go into a seminar only while it is open, or when
    // they were written while it was (see SeminarWindow).
    Core::Status inSeminarWindow(const Record &record, const Protocol::PushOperation &op)
    {
        const auto seminar = SeminarWindow::seminarOf(record, lookup());
        if (!seminar)
            return seminar.error();
        if (!seminar->has_value())
            return {};
        const SeminarWindow::ClientTimes times{op.createdAt, op.firstSentAt, m_sentAt};
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (Core::Status s = SeminarWindow::mayWrite(**seminar, times, now); !s)
            return s;
        if (record.entity == Core::Entity::Post && op.kind == PushKind::Create) {
            const auto thread =
                m_writer.record(QString(Core::Entity::Thread), record.text(u"thread_id"));
            if (!thread)
                return thread.error();
            if (thread->has_value())
                return SeminarWindow::mayPostIn(**thread, times, now);
        }
        return {};
    }

    // Records kept in a member's own scope that name what they are about:
    // made offline for a course, lesson or seminar removed meanwhile, they
    // are refused as not found (the member is told), never stored dangling.
    Core::Status parentsExist(const Record &record)
    {
        static const struct {
            QLatin1StringView entity;
            QLatin1StringView field;
            QLatin1StringView parent;
        } refs[] = {{Entity::Enrollment, "course_id"_L1, Entity::Course},
                    {Entity::LessonProgress, "lesson_id"_L1, Entity::Lesson},
                    {Entity::SeminarParticipant, "seminar_id"_L1, Entity::Seminar}};
        for (const auto &ref : refs) {
            if (record.entity != ref.entity)
                continue;
            const auto parent =
                m_writer.record(QString(ref.parent), record.fields.value(ref.field).toString());
            if (!parent)
                return parent.error();
            if (!parent->has_value())
                return makeError(ErrorCode::NotFound, u"the %1 was removed"_s.arg(ref.parent));
        }
        return {};
    }

    // A review is of the submission the team sent last, while it waits for
    // one: a submission superseded by a newer one of the same plan, or
    // withdrawn, takes no review (Closed); one removed, NotFound.
    Core::Status submissionOpen(const Record &review)
    {
        const auto submission =
            m_writer.record(QString(Entity::Submission), review.text(u"submission_id"));
        if (!submission)
            return submission.error();
        if (!submission->has_value())
            return makeError(ErrorCode::NotFound, u"the submission was removed"_s);
        const Record &s = **submission;
        if (s.text(u"status") == u"withdrawn")
            return makeError(ErrorCode::Closed, u"the team withdrew this submission"_s);
        const Core::Result<QString> scope = m_writer.scopeFor(s);
        if (!scope)
            return scope.error();
        const auto siblings = m_writer.children(QString(Entity::Submission), *scope, u"plan_id"_s,
                                                s.text(u"plan_id"));
        if (!siblings)
            return siblings.error();
        for (const Record &sibling : *siblings) {
            if (sibling.id != s.id && sibling.text(u"submitted_at") > s.text(u"submitted_at"))
                return makeError(ErrorCode::Closed,
                                 u"the team has sent a newer version of this plan"_s);
        }
        return {};
    }

    Core::Status authorize(WriteKind kind, const std::optional<Record> &before,
                           const std::optional<Record> &after, const QString &scope)
    {
        return Authorization::mayWrite(m_actor, m_visibility, kind, before, after, scope,
                                       [this](QLatin1StringView entity, const QString &id) {
                                           return m_writer.record(QString(entity), id);
                                       });
    }

    Core::Result<AppliedOp> create(const Protocol::PushOperation &op,
                                   const std::optional<StoredRecord> &stored)
    {
        if (stored && !stored->deleted)
            return makeError(ErrorCode::Invalid, u"%1 %2 exists already"_s.arg(op.entity, op.id));
        // Creating a record that was deleted brings it back (a conflict's "restore").
        Record record{op.entity, op.id, 0, op.fields, Core::nowUtc(), m_actor.id};
        if (Core::Status s = Core::validateRecord(record); !s)
            return s.error();
        const Core::Result<QString> scope = m_writer.scopeFor(record);
        if (!scope)
            return scope.error();
        if (Core::Status s = authorize(WriteKind::Create, {}, record, *scope); !s)
            return s.error();
        // A deleted record comes back only through those who could see it:
        // nobody takes over another team's id.
        if (stored && !m_visibility.sees(stored->scope))
            return makeError(ErrorCode::Forbidden,
                             u"this id belongs to a record outside what you may see"_s);
        if (Core::Status s = parentsExist(record); !s)
            return s.error();
        if (Core::Status s = inSeminarWindow(record, op); !s)
            return s.error();
        if (record.entity == Entity::Review) {
            if (Core::Status s = submissionOpen(record); !s)
                return s.error();
        }
        if (Core::Status s = Core::Results::check(record); !s)
            return s.error();
        if (Core::Status s = Core::checkProfile(record); !s)
            return s.error();
        // Two facilitators reviewed one submission apart, or two members
        // entered one period's value of an indicator: the first record
        // stays, the second is kept beside it to decide on.
        if (const UniqueChild *unique = uniqueChild(record.entity)) {
            const auto others =
                m_writer.children(QString(record.entity), *scope, QString(unique->parent),
                                  record.fields.value(unique->parent).toString());
            if (!others)
                return others.error();
            for (const Record &kept : *others) {
                if (kept.id == op.id ||
                    (!unique->key.isEmpty() &&
                     kept.fields.value(unique->key) != record.fields.value(unique->key)))
                    continue;
                // As two edits of one record: settled on the Sync page like any.
                QStringList fields;
                QJsonObject keptValues;
                QJsonObject lostValues;
                for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
                    if (kept.fields.value(it.key()) == it.value())
                        continue;
                    fields << it.key();
                    keptValues.insert(it.key(), kept.fields.value(it.key()));
                    lostValues.insert(it.key(), it.value());
                }
                return conflict(op, *scope, ConflictKind::Field, fields, kept, keptValues,
                                lostValues, kept.revision, kept.id);
            }
        }
        const Core::Result<qint64> seq = m_writer.putRecord(record, *scope);
        if (!seq)
            return seq.error();
        if (Core::Status s = keepHistory(op, QJsonObject(), record.fields); !s)
            return s.error();
        return AppliedOp{PushStatus::Applied, *seq};
    }

    Core::Result<AppliedOp> patch(const Protocol::PushOperation &op,
                                  const std::optional<StoredRecord> &stored)
    {
        if (!stored)
            return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(op.entity, op.id));
        const Record &current = stored->record;
        Record wanted = current;
        for (auto it = op.fields.begin(); it != op.fields.end(); ++it)
            wanted.fields.insert(it.key(), it.value());
        if (Core::Status s = Core::validateRecord(wanted); !s)
            return s.error();
        if (Core::Status s = Core::Results::check(wanted); !s)
            return s.error();
        if (Core::Status s = Core::checkProfile(wanted); !s)
            return s.error();
        if (Core::Status s = authorize(WriteKind::Patch, current, wanted, stored->scope); !s)
            return s.error();
        // Facilitators moderate (hide a post, close a thread) after the close too.
        const QStringList changing = op.fields.keys();
        if (!std::all_of(changing.begin(), changing.end(), Authorization::isModerationField)) {
            if (Core::Status s = inSeminarWindow(wanted, op); !s)
                return s.error();
        }
        QString wantedScope;
        if (!stored->deleted) {
            // Moving a record (a plan to another team) needs rights on both sides.
            const Core::Result<QString> newScope = m_writer.scopeFor(wanted);
            if (!newScope)
                return newScope.error();
            wantedScope = *newScope;
            if (wantedScope != stored->scope) {
                if (Core::Status s = authorize(WriteKind::Patch, current, wanted, wantedScope); !s)
                    return s.error();
            }
        }
        if (stored->deleted) {
            // The edit arrived after someone deleted the record: keep it, whole.
            Record lostVersion = wanted;
            return conflict(op, stored->scope, ConflictKind::EditDelete, op.fields.keys(), current,
                            QJsonObject(), lostVersion.fields, current.revision);
        }

        PatchOutcome outcome = patchFields(op, current, m_merger);
        Record merged = current;
        merged.fields = std::move(outcome.fields);
        qint64 revision = current.revision;
        if (merged.fields != current.fields) {
            merged.updatedAt = Core::nowUtc();
            merged.updatedBy = m_actor.id;
            // As checked above, unless a merge or a clash made it differ.
            const Core::Result<qint64> seq = merged.fields == wanted.fields
                                                 ? m_writer.putRecord(merged, wantedScope)
                                                 : m_writer.putRecord(merged);
            if (!seq)
                return seq.error();
            revision = *seq;
            if (Core::Status s = keepHistory(op, current.fields, merged.fields); !s)
                return s.error();
        }
        if (!outcome.lostFields.isEmpty())
            return conflict(op, stored->scope, ConflictKind::Field, outcome.lostFields, current,
                            outcome.kept, outcome.lost, revision);
        return AppliedOp{outcome.mergedText ? PushStatus::Merged : PushStatus::Applied, revision};
    }

    Core::Result<AppliedOp> remove(const Protocol::PushOperation &op,
                                   const std::optional<StoredRecord> &stored)
    {
        // Deleted already (on another computer): the same outcome, for those
        // who could see the record; to anyone else it is unknown.
        if (!stored || (stored->deleted && !m_visibility.sees(stored->scope)))
            return makeError(ErrorCode::NotFound, u"no %1 %2"_s.arg(op.entity, op.id));
        if (stored->deleted)
            return AppliedOp{PushStatus::Applied, stored->record.revision};
        const Record &current = stored->record;
        if (Core::Status s = authorize(WriteKind::Delete, current, {}, stored->scope); !s)
            return s.error();
        // Someone else changed the record after the deleter last saw it: the
        // record stays, and the deletion is kept as a conflict to decide on.
        if (op.baseRevision != current.revision && current.updatedBy != m_actor.id) {
            return conflict(op, stored->scope, ConflictKind::DeleteEdit, {}, current,
                            current.fields, QJsonObject(), current.revision);
        }
        // A thread goes with its posts, an indicator with its values (every
        // replica drops them too).
        static const struct {
            QLatin1StringView entity;
            QLatin1StringView child;
            QLatin1StringView field;
        } owned[] = {{Entity::Thread, Entity::Post, "thread_id"_L1},
                     {Entity::ResultsReport, Entity::ResultValue, "report_id"_L1}};
        for (const auto &o : owned) {
            if (op.entity != o.entity)
                continue;
            const auto children =
                m_writer.childIds(QString(o.child), stored->scope, QString(o.field), op.id);
            if (!children)
                return children.error();
            for (const QString &child : *children) {
                if (const auto gone = m_writer.deleteRecord(QString(o.child), child, m_actor.id);
                    !gone)
                    return gone.error();
            }
        }
        const Core::Result<qint64> seq = m_writer.deleteRecord(op.entity, op.id, m_actor.id);
        if (!seq)
            return seq.error();
        if (Core::Status s = keepHistory(op, current.fields, QJsonObject()); !s)
            return s.error();
        return AppliedOp{PushStatus::Applied, *seq};
    }

    // A plan's history: what this operation changed in the plan or one of
    // its activities, by whom and when (the time it was made on the client,
    // offline perhaps; the server's when that is missing or ahead of it).
    // What is kept of it: Core::planChanges().
    Core::Status keepHistory(const Protocol::PushOperation &op, const QJsonObject &before,
                             const QJsonObject &after)
    {
        const bool isPlan = op.entity == Entity::ActionPlan;
        if (!isPlan && op.entity != Entity::Activity)
            return {};
        const QJsonObject changes = Core::planChanges(before, after);
        if (changes.isEmpty())
            return {};
        const QString planId =
            isPlan ? op.id : (after.isEmpty() ? before : after).value(u"plan_id"_s).toString();
        const QDateTime made = QDateTime::fromString(op.createdAt, Qt::ISODateWithMs);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Record entry;
        entry.entity = Entity::PlanChange;
        entry.id = Core::newRecordId();
        entry.updatedBy = m_actor.id;
        entry.fields = QJsonObject{
            {u"plan_id"_s, planId},
            {u"record_entity"_s, op.entity},
            {u"record_id"_s, op.id},
            {u"kind"_s, Protocol::pushKindName(op.kind)},
            {u"changes"_s, changes},
            {u"author_id"_s, m_actor.id},
            {u"changed_at"_s, made.isValid() && made <= now
                                  ? made.toUTC().toString(Qt::ISODateWithMs)
                                  : Core::nowUtc()},
            {u"op_id"_s, op.opId},
        };
        const Core::Result<qint64> seq = m_writer.putRecord(entry);
        return seq ? Core::Status() : Core::Status(seq.error());
    }

    Core::Result<AppliedOp> conflict(const Protocol::PushOperation &op, const QString &scope,
                                     ConflictKind kind, const QStringList &fields,
                                     const Record &current, const QJsonObject &kept,
                                     const QJsonObject &lost, qint64 revision,
                                     const QString &recordId = {})
    {
        // A profile is public, but the conflicts of its edits are its
        // member's own: nobody else's replica gets them.
        const QString conflictScope =
            op.entity == Entity::Member ? Authorization::memberScope(op.id) : scope;
        Record c;
        c.entity = Entity::Conflict;
        c.id = Core::newRecordId();
        c.updatedBy = m_actor.id;
        c.fields = QJsonObject{
            {u"record_entity"_s, op.entity},
            {u"record_id"_s, recordId.isEmpty() ? op.id : recordId},
            {u"field"_s, fields.join(u", "_s)},
            {u"kind"_s, Protocol::conflictKindName(kind)},
            {u"scope"_s, conflictScope},
            {u"kept"_s, kept},
            {u"kept_by"_s, current.updatedBy},
            {u"kept_at"_s, current.updatedAt},
            {u"lost"_s, lost},
            {u"lost_by"_s, m_actor.id},
            {u"lost_at"_s, op.createdAt.isEmpty() ? Core::nowUtc() : op.createdAt},
            {u"status"_s, u"open"_s},
        };
        const Core::Result<qint64> seq = m_writer.putRecord(c);
        if (!seq)
            return seq.error();
        qCInfo(lcServerPush) << "conflict" << Protocol::conflictKindName(kind) << "on" << op.entity
                             << op.id;
        return AppliedOp{PushStatus::Conflict, revision};
    }

    ServerStore &m_store;
    StoreWriter &m_writer;
    TextMerger &m_merger;
    Record m_actor;
    QString m_sentAt; // the client's clock when it sent the push
    Authorization::Visibility m_visibility;
};

bool opensScopes(const QString &entity)
{
    return entity == Entity::SeminarParticipant || entity == Entity::Seminar ||
           entity == Entity::Team || entity == Entity::Program;
}

} // namespace

PushService::PushService(ServerStore &store, qint64 dailyQuota)
    : m_store(store)
    , m_dailyQuota(dailyQuota)
{}

Core::Error PushService::quotaExceeded(qint64 used) const
{
    constexpr double MiB = 1024.0 * 1024.0;
    return makeError(
        ErrorCode::QuotaExceeded,
        u"each member may store %1 MiB a day through sync, and this push would "
        "take you past it (%2 MiB stored today); your changes wait on your "
        "computer and are taken after 00:00 UTC"_s.arg(double(m_dailyQuota) / MiB, 0, 'f', 1)
            .arg(double(used) / MiB, 0, 'f', 1));
}

Core::Result<Protocol::PushResponse> PushService::push(const QString &memberId,
                                                       const Protocol::PushRequest &request)
{
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    // A member past the quota costs no merging; whether this push passes it
    // is known once it is applied (below).
    if (m_dailyQuota > 0) {
        const auto reader = m_store.reader();
        if (!reader)
            return reader.error();
        const Core::Result<qint64> used = (*reader)->usage(memberId, today);
        if (!used)
            return used.error();
        if (*used >= m_dailyQuota)
            return quotaExceeded(*used);
    }
    TextMerger merger;
    if (Core::Status s = premerge(m_store, request, merger); !s)
        return s.error();
    auto writer = m_store.beginWrite();
    if (!writer)
        return writer.error();
    StoreWriter &w = **writer;
    const auto actor = w.record(QString(Entity::Member), memberId);
    if (!actor)
        return actor.error();
    if (!actor->has_value())
        return makeError(ErrorCode::Forbidden, u"the account has no member record"_s);
    Batch batch(m_store, w, merger, **actor, request.sentAt);
    if (Core::Status s = batch.refreshVisibility(); !s)
        return s.error();

    Protocol::PushResponse response;
    for (const Protocol::PushOperation &op : request.operations) {
        Protocol::PushResult result;
        result.opId = op.opId;
        if (!isUuid(op.opId)) {
            result.status = PushStatus::Rejected;
            result.code = u"invalid"_s;
            result.message = u"the op id must be a UUID"_s;
            response.results << result;
            continue;
        }
        const auto done = w.appliedOp(op.opId);
        if (!done)
            return done.error();
        if (done->has_value() && (*done)->memberId != memberId) {
            // Another member's op: its outcome is theirs to know.
            result.status = PushStatus::Rejected;
            result.code = u"invalid"_s;
            result.message = u"the op id is taken; each operation needs a new UUID"_s;
            response.results << result;
            continue;
        }
        if (done->has_value()) {
            // A replay: the same answer as the first time, nothing applied again.
            result.status = (*done)->outcome.status;
            result.revision = (*done)->outcome.revision;
            response.results << result;
            continue;
        }
        if (Core::Status s = w.savepoint(); !s)
            return s.error();
        const Core::Result<AppliedOp> outcome = batch.apply(op);
        if (!outcome) {
            if (!refusesOperation(outcome.error().code))
                return outcome.error();
            if (Core::Status s = w.rollbackToSavepoint(); !s)
                return s.error();
            result.status = PushStatus::Rejected;
            result.code = Protocol::refusalCodeName(outcome.error().code);
            result.message = outcome.error().detail;
            response.results << result;
            continue;
        }
        if (Core::Status s = w.recordAppliedOp(op.opId, memberId,
                                               Record{op.entity, op.id, 0, {}, {}, {}}, *outcome);
            !s) {
            return s.error();
        }
        if (Core::Status s = w.releaseSavepoint(); !s)
            return s.error();
        result.status = outcome->status;
        result.revision = outcome->revision;
        response.results << result;
        if (opensScopes(op.entity)) {
            if (Core::Status s = batch.refreshVisibility(); !s)
                return s.error();
        }
    }
    if (w.bytesWritten() > 0) {
        const Core::Result<qint64> total = w.addUsage(memberId, today, w.bytesWritten());
        if (!total)
            return total.error();
        const qint64 before = *total - w.bytesWritten();
        if (m_dailyQuota > 0 && before > 0 && *total > m_dailyQuota)
            return quotaExceeded(before); // rolled back: nothing of it is kept
    }
    if (Core::Status s = w.commit(); !s)
        return s.error();
    return response;
}

} // namespace Server

#include "reviewdocument.h"

#include "desksession.h"
#include "editinglogging.h"
#include "editorsession.h"
#include "entityschema.h"
#include "localstore.h"
#include "teamscope.h"

#include <QJsonObject>

#include <cmath>

namespace Editing {

using Core::ErrorCode;

using namespace Qt::StringLiterals;

namespace {

const QString ReviewDraftPrefix = u"review:"_s;
constexpr qsizetype MaxCommentLength = 20000;

} // namespace

Core::Record latestReview(const Core::LocalStore &store, const QString &submissionId)
{
    const auto reviews =
        store.records().list(Core::Entity::Review, u"submission_id", submissionId, u"reviewed_at");
    return reviews && !reviews->isEmpty() ? reviews->last() : Core::Record();
}

QString ReviewDocument::draftKey(const QString &submissionId)
{
    return ReviewDraftPrefix + submissionId;
}

QSet<QString> ReviewDocument::draftedSubmissions(const Core::LocalStore &store)
{
    QSet<QString> ids;
    const Core::Result<QStringList> keys = store.drafts().keys(ReviewDraftPrefix);
    if (!keys) {
        qCWarning(lcEditing) << "cannot read the review drafts:" << keys.error().detail;
        return ids;
    }
    for (const QString &key : *keys)
        ids.insert(key.mid(ReviewDraftPrefix.size()));
    return ids;
}

QString ReviewDocument::scoreKey(const QString &criterionId)
{
    return u"scores/"_s + criterionId;
}

Validator ReviewDocument::validator(const Core::Rubric &rubric)
{
    return [rubric](const QJsonObject &fields) {
        FieldErrors errors;
        const QJsonObject scores = fields.value("scores"_L1).toObject();
        for (const Core::Rubric::Criterion &c : rubric.criteria) {
            const QJsonValue v = scores.value(c.id);
            FieldError error;
            if (v.isUndefined() || v.isNull()) {
                if (c.required)
                    error.code = FieldError::Code::Required;
            } else if (const double n = v.toDouble(-1); !v.isDouble() || n != std::floor(n) ||
                                                        n < Core::Rubric::MinScore ||
                                                        n > Core::Rubric::MaxScore) {
                error.code = FieldError::Code::OutOfRange;
            }
            if (!error.isError())
                continue;
            errors.insert(scoreKey(c.id), error);
            // The scores as one field: a review keeps them only when all are right.
            if (!errors.contains(u"scores"_s))
                errors.insert(u"scores"_s, error);
        }
        FieldError required;
        required.code = FieldError::Code::Required;
        const QString decision = fields.value("decision"_L1).toString();
        if (decision != Approved && decision != ChangesRequested)
            errors.insert(u"decision"_s, required);
        // Asking for changes says which.
        if (decision == ChangesRequested &&
            fields.value("comment"_L1).toString().trimmed().isEmpty()) {
            errors.insert(u"comment"_s, required);
            errors.insert(u"decision"_s, required);
        }
        Rules::maxLength(errors, fields, u"comment"_s, MaxCommentLength);
        return errors;
    };
}

ReviewDocument::ReviewDocument(Core::LocalStore *store, DeskSession *desk,
                               const QString &submissionId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_submissionId(submissionId)
{
    const Core::Result<Core::Record> submission =
        m_store->records().get(Core::Entity::Submission, submissionId);
    if (!submission)
        return; // Missing
    m_submission = *submission;
    m_rubric = rubricOfTeam(*m_store, m_submission.text(u"team_id"));
    m_review = latestReview(*m_store, submissionId);

    const QString me = m_desk ? m_desk->activeAuthorId() : QString();
    bool facilitates = false;
    if (const auto team =
            m_store->records().get(Core::Entity::Team, m_submission.text(u"team_id"))) {
        if (const auto program =
                m_store->records().get(Core::Entity::Program, team->text(u"program_id")))
            facilitates =
                !me.isEmpty() && memberIds(program->fields.value("facilitators"_L1)).contains(me);
    }
    bool superseded = m_submission.text(u"status") == u"withdrawn";
    if (const auto all = m_store->records().listOutline(
            Core::Entity::Submission, {u"plan_id"_s, u"submitted_at"_s}, u"plan_id",
            m_submission.text(u"plan_id"), {})) {
        for (const Core::Record &s : *all) {
            if (s.id != m_submission.id &&
                s.text(u"submitted_at") > m_submission.text(u"submitted_at"))
                superseded = true;
        }
    }
    const bool mine = !m_review.id.isEmpty() && m_review.text(u"facilitator_id") == me;
    if (!facilitates)
        m_access = Access::NotFacilitator;
    else if (!m_review.id.isEmpty() && !mine)
        m_access = Access::Reviewed;
    else if (superseded && !mine)
        m_access = Access::Superseded;
    else
        m_access = Access::Write;
    if (m_access != Access::Write)
        return;

    m_session =
        mine ? new EditorSession(m_store, m_desk, QString(Core::Entity::Review), m_review.id, this)
             : new EditorSession(m_store, m_desk, QString(Core::Entity::Review),
                                 draftKey(submissionId),
                                 QJsonObject{{u"submission_id"_s, submissionId}}, this);
    m_session->setValidator(validator(m_rubric));
}

ReviewDocument::~ReviewDocument()
{
    if (m_session && m_session->hasUnsavedChanges())
        (void)m_session->save();
}

int ReviewDocument::score(const QString &criterionId) const
{
    const QJsonObject scores =
        (m_session ? m_session->value(u"scores"_s) : m_review.fields.value("scores"_L1)).toObject();
    return scores.value(criterionId).toInt(0);
}

Core::Status ReviewDocument::setScore(const QString &criterionId, int score)
{
    if (!m_session)
        return Core::makeError(ErrorCode::Forbidden, u"this review cannot be written here"_s);
    if (!m_rubric.criterion(criterionId))
        return Core::makeError(ErrorCode::Invalid, u"no criterion %1"_s.arg(criterionId));
    if (score != 0 && (score < Core::Rubric::MinScore || score > Core::Rubric::MaxScore))
        return Core::makeError(ErrorCode::Invalid, u"a score is from 1 to 4"_s);
    QJsonObject scores = m_session->value(u"scores"_s).toObject();
    if (score == 0)
        scores.remove(criterionId);
    else
        scores.insert(criterionId, score);
    m_session->setValue(u"scores"_s, scores);
    return {};
}

FieldErrors ReviewDocument::errors() const
{
    return m_session ? m_session->errors() : FieldErrors();
}

Core::Status ReviewDocument::finish()
{
    if (!m_session)
        return Core::makeError(ErrorCode::Forbidden, u"this review cannot be written here"_s);
    if (!m_session->errors().isEmpty()) {
        (void)m_session->save(); // kept as it is: nothing typed is lost
        return Core::makeError(ErrorCode::Invalid, u"the review is not complete"_s);
    }
    if (m_session->mode() == EditorSession::Mode::NewRecord) {
        const Core::Result<QString> id =
            m_session->commit({{u"facilitator_id"_s, m_desk->activeAuthorId()},
                               {u"reviewed_at"_s, m_store->clock()->nowIso()}});
        if (!id)
            return id.error();
        if (const auto review = m_store->records().get(Core::Entity::Review, *id))
            m_review = *review;
        return {};
    }
    return m_session->save();
}

ReviewDocument::Decided ReviewDocument::decideAll(Core::LocalStore *store, DeskSession *desk,
                                                  const QStringList &submissionIds,
                                                  const QString &decision)
{
    Decided decided;
    for (const QString &id : submissionIds) {
        ReviewDocument doc(store, desk, id);
        if (!doc.session()) {
            ++decided.notYours;
            continue;
        }
        doc.session()->setValue(u"decision"_s, decision);
        if (doc.finish())
            ++decided.saved;
        else
            decided.incomplete << id;
    }
    return decided;
}

} // namespace Editing

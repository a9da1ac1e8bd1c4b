#pragma once

#include "fielderror.h"
#include "record.h"
#include "result.h"
#include "rubric.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Core {
class LocalStore;
}

namespace Editing {

class DeskSession;
class EditorSession;

// The review that decides a submission: the latest one kept (empty id when
// it has none).
Core::Record latestReview(const Core::LocalStore &store, const QString &submissionId);

// The review of one submitted plan as its facilitator writes it at this
// desk: a score from 1 to 4 for each criterion of the program's rubric, a
// comment and the decision. Until it is finished the review is a draft in
// the replica, kept as it is typed (EditorSession), so a facilitator can
// leave a half-written review and come back to it; finish() writes the
// review record with its outbox entry in one transaction. A review already
// written by the active author stays editable the same way (its changes are
// saved as they are typed, as patches).
//
// Rules (validator()): every required criterion is scored, each score is a
// whole number from 1 to 4, a decision is chosen, and asking for changes
// needs a comment saying which.
//
// Thread: the thread that owns the store; store and desk are not owned.
class ReviewDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewDocument)

public:
    // What the active author may do with this submission's review.
    enum class Access {
        Write,          // a facilitator of the program: write or edit their review
        Reviewed,       // reviewed by someone else: read it
        NotFacilitator, // only the program's facilitators review
        Superseded,     // the team sent a newer version: review that one
        Missing,        // the submission is not in the replica
    };

    static inline const QString Approved = QStringLiteral("approved");
    static inline const QString ChangesRequested = QStringLiteral("changes_requested");

    // The key of a submission's review draft, and the submissions that
    // have one.
    static QString draftKey(const QString &submissionId);
    static QSet<QString> draftedSubmissions(const Core::LocalStore &store);
    // The key of a criterion's score in errors(): "scores/<criterion>".
    static QString scoreKey(const QString &criterionId);
    static Validator validator(const Core::Rubric &rubric);

    ReviewDocument(Core::LocalStore *store, DeskSession *desk, const QString &submissionId,
                   QObject *parent = nullptr);
    // Keeps what was typed (a draft, or the review's changes).
    ~ReviewDocument() override;

    QString submissionId() const { return m_submissionId; }
    Access access() const { return m_access; }
    const Core::Record &submission() const { return m_submission; }
    const Core::Rubric &rubric() const { return m_rubric; }
    // The review stored for the submission (the latest; empty id: none).
    const Core::Record &review() const { return m_review; }
    // The fields being written; null unless access() is Write.
    EditorSession *session() const { return m_session; }

    // The score of a criterion (0: not scored).
    int score(const QString &criterionId) const;
    // Sets (1 to 4) or clears (0) a criterion's score, one undo step;
    // Invalid for any other number or a criterion the rubric does not have.
    Core::Status setScore(const QString &criterionId, int score);

    // Writes the review: creates it from the draft (the draft goes in the
    // same transaction) or saves the changes of the author's review.
    // Invalid when a rule is broken (errors() says which fields: nothing is
    // lost, it stays a draft), Forbidden unless access() is Write.
    Core::Status finish();
    FieldErrors errors() const;

    // One decision for several submissions, each by the active author:
    // every review that then has all it needs is written; the others keep
    // the decision in their draft.
    struct Decided {
        int saved = 0;
        QStringList incomplete; // submission ids whose review still needs something
        int notYours = 0;       // submissions the author may not review
    };
    static Decided decideAll(Core::LocalStore *store, DeskSession *desk,
                             const QStringList &submissionIds, const QString &decision);

private:
    Core::LocalStore *m_store;
    DeskSession *m_desk;
    QString m_submissionId;
    Core::Record m_submission;
    Core::Record m_review;
    Core::Rubric m_rubric;
    Access m_access = Access::Missing;
    EditorSession *m_session = nullptr;
};

} // namespace Editing

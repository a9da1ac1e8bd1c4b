#pragma once

#include "changeset.h"
#include "fielderror.h"
#include "planhistory.h"
#include "record.h"
#include "recordsteps.h"
#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace Core {
class LocalStore;
struct OutboxEntry;
} // namespace Core

namespace Editing {

class DeskSession;
class EditorSession;

// A team's action plan being edited at this desk: its sections (one
// EditorSession: draft, autosave as people type, validation) and its
// activities, which stay separate records so two people editing two
// activities never conflict. One undo stack covers the whole plan: typing in
// the sections, and adding, changing, deleting and moving activities, each
// written at once (one transaction with its outbox entry) under the desk's
// active author. Undoing is itself a change by whoever is the author then.
//
// Only the plan's team members change it (the server's rule); mayEdit() says
// whether the active author is one. An activity deleted and brought back by
// undo is a new record: activityId() follows it.
//
// Thread: the thread that owns the store; store and desk are not owned.
// Emits activitiesChanged() when the plan's activities changed (here or by a
// sync) and mayEditChanged() when the active author or the team changed.
class PlanDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanDocument)

public:
    // The sections, in the order a plan is read.
    static const QStringList &sectionFields();
    // The activity fields people edit, and the statuses the app writes.
    static const QStringList &activityFields();
    static const QStringList &statuses();
    // A status as the app writes it: older names (planned, completed,
    // cancelled …) map to the current ones; unknown ones stay.
    static QString canonicalStatus(const QString &status);

    PlanDocument(Core::LocalStore *store, DeskSession *desk, const QString &planId,
                 QObject *parent = nullptr);
    ~PlanDocument() override;

    QString planId() const { return m_planId; }
    QString teamId() const { return m_teamId; }
    bool isValid() const;
    EditorSession *sections() const { return m_sections; }
    QUndoStack *undoStack() const;

    // The team's member ids (from the team record).
    QStringList teamMembers() const { return m_teamMembers; }
    bool mayEdit() const;

    // The plan's activities in the plan's order (by position).
    QList<Core::Record> activities() const;
    // Where the activity first known as `id` is now (itself unless a delete
    // was undone).
    QString activityId(const QString &id) const { return m_steps.id(id); }

    // What is wrong with an activity's fields: what is required, the end not
    // before the start, and the responsible person (when set) is in the team.
    FieldErrors activityErrors(const QJsonObject &fields) const;

    // Each one undo step. They fail with Unauthorized when nobody is signed
    // in, Forbidden when the author is not in the team, Invalid when the
    // result would be in error (activityErrors(), lastErrors()), NotFound
    // for an activity that is gone.
    Core::Result<QString> addActivity(const QJsonObject &fields);
    Core::Status setActivityField(const QString &id, const QString &field, const QJsonValue &value);
    Core::Status deleteActivity(const QString &id);
    // Moves the activity to `index` in the plan's order; the others keep
    // their order.
    Core::Status moveActivity(const QString &id, int index);
    // Puts back what the plan had before `change` (see PlanHistory), as a
    // change by the active author, one undo step: a section's or an
    // activity's earlier value, an added activity removed, a deleted one
    // added again (at the end; as itself once its deletion was sent). Fails as the edits above
    // do, and with NotFound when the activity is gone (or, for a deleted
    // one, back already).
    Core::Status restore(const PlanHistory::Change &change);
    // The field errors of the last refused change.
    const FieldErrors &lastErrors() const { return m_lastErrors; }

    // Where the plan stands with its facilitators: its latest submission
    // (none: a draft), the review of it when there is one, and the one
    // before it (to say what changed since).
    struct Submission {
        Core::Record record;   // empty id: never submitted
        Core::Record review;   // empty id: not reviewed yet
        Core::Record previous; // the submission before (empty id: none)
        bool exists() const { return !record.id.isEmpty(); }
        bool reviewed() const { return !review.id.isEmpty(); }
    };
    Submission submission() const;
    // What changed between two snapshots ({"plan", "activities"}).
    struct Changes {
        QStringList sections; // section fields whose text changed
        int added = 0;
        int removed = 0;
        int changed = 0;
    };
    static Changes changesBetween(const QJsonObject &before, const QJsonObject &after);
    // True when the team may send the plan now: never sent, or the
    // facilitators asked for changes.
    bool maySubmit() const;
    // The sections a submission needs and are empty (Required errors).
    FieldErrors submitErrors() const;
    // Saves what is typed and sends the plan as it is now for review: a
    // submission record (a snapshot of the sections and activities) by the
    // active author. Fails with Invalid (submitErrors(), kept in
    // lastErrors()), Forbidden (not the team, or not the time to submit).
    Core::Result<QString> submit();
    QJsonObject snapshot() const;

    // This computer's changes of the plan and its activities that the
    // server refused (they wait on the Sync page to be sent again or
    // discarded), oldest first.
    QList<Core::OutboxEntry> refusedChanges() const;

    // The open conflicts the server kept on the plan's sections (two people
    // changed one section apart), by section field.
    QHash<QString, Core::Record> sectionConflicts() const;
    // Settles the conflict on `field` by the active author: keep the
    // version the server kept, take the other one, or write `merged` (the
    // section then holds it, saved at once). The conflict is marked
    // resolved either way, and every replica follows after its sync.
    enum class Settle { KeepServer, TakeOther, Merged };
    Core::Status settleConflict(const QString &field, Settle how, const QString &merged = {});

Q_SIGNALS:
    void activitiesChanged();
    // A submission or review of the plan arrived or changed.
    void submissionChanged();
    // A conflict on the plan was kept or settled.
    void conflictsChanged();
    void mayEditChanged(bool mayEdit);

private:
    Core::Status checkMayWrite() const;
    // Adds an activity as undo step `text`, first created with id `key`.
    Core::Result<QString> insertActivity(const QString &key, const QJsonObject &fields,
                                         const QString &text);
    Core::Status push(const QString &text, QList<RecordSteps::Step> steps);
    Core::Result<Core::Record> activity(const QString &id) const;
    void readTeam();
    void onRecordsChanged(const Core::ChangeSet &changes);

    Core::LocalStore *m_store;
    DeskSession *m_desk;
    QString m_planId;
    QString m_teamId;
    QStringList m_teamMembers;
    EditorSession *m_sections;
    RecordSteps m_steps;
    FieldErrors m_lastErrors;
    bool m_mayEdit = false;
};

} // namespace Editing

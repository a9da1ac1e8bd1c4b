#pragma once

#include "changeset.h"
#include "fielderror.h"
#include "record.h"
#include "recordsteps.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QUndoStack;

namespace Core {
class LocalStore;
}

namespace Editing {

class DeskSession;

// A team's results being reported at this desk (LeaderNet's monitoring and
// evaluation results form): the indicators the team reports on (from its
// plan's measurable result, an activity's indicator, or added), each with
// its unit, baseline and target, and the value it reached in each reporting
// period (a month). Indicators and values are records of their own, so two
// people reporting two months never conflict. Each change is one undo
// step, written at once under the desk's active author.
//
// Only the team's members report (the server's rule); mayEdit() says
// whether the active author is one. Numbers are given as Core::Results
// writes them ("12.5"); the view reads them in the person's locale.
//
// Thread: the thread that owns the store; store and desk are not owned.
class ResultsDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultsDocument)

public:
    // The fields of an indicator people edit, in the form's order.
    static const QStringList &indicatorFields();

    ResultsDocument(Core::LocalStore *store, DeskSession *desk, const QString &teamId,
                    QObject *parent = nullptr);
    ~ResultsDocument() override;

    QString teamId() const { return m_teamId; }
    QUndoStack *undoStack() const { return m_undo; }
    bool mayEdit() const { return m_mayEdit; }

    // The team's indicators in the form's order (by position), and the
    // values of one, oldest period first.
    QList<Core::Record> indicators() const;
    QList<Core::Record> values(const QString &indicatorId) const;
    // `values` (of one indicator) one per period, oldest first: the latest
    // when two arrived (the other waits as a conflict on the Sync page).
    static QList<Core::Record> onePerPeriod(QList<Core::Record> values);
    // Where the indicator first known as `id` is now (itself unless a
    // delete was undone).
    QString indicatorId(const QString &id) const { return m_steps.id(id); }

    // What the team promised in its plan and is not reported on yet: the
    // measurable result ("plan") and each activity's indicator
    // ("activity:<id>"), with their text.
    struct Suggestion {
        QString source;
        QString text;
    };
    QList<Suggestion> suggestions() const;

    // The months results are reported for: from the month the team's
    // program starts to a year after it ends, and never a month to come.
    QDate firstPeriod() const;
    QDate lastPeriod() const;

    // Each one undo step. They fail with Unauthorized when nobody is signed
    // in, Forbidden when the author is not in the team, Invalid when a field
    // is in error (lastErrors(): Required, TooLong, NotANumber; a period
    // OutOfRange), NotFound for an indicator that is gone.
    Core::Result<QString> addIndicator(const QJsonObject &fields);
    Core::Status setIndicatorField(const QString &id, const QString &field, const QString &value);
    // Deletes the indicator with its values.
    Core::Status deleteIndicator(const QString &id);
    // Moves the indicator one place up (-1) or down (+1).
    Core::Status moveIndicator(const QString &id, int by);
    // The value reached in the month of `period` (a new one, or a
    // correction of the one kept), and its note.
    Core::Status setValue(const QString &indicatorId, QDate period, const QString &actual,
                          const QString &note);
    Core::Status removeValue(const QString &indicatorId, QDate period);
    const FieldErrors &lastErrors() const { return m_lastErrors; }

    // What is typed for an indicator and not written yet (a month's value
    // not recorded, a field in error), kept in the replica as it is typed so
    // that leaving the indicator, closing the app or a power cut loses
    // nothing: field → text. A recorded value, or a field written, leaves
    // the draft; an empty text too.
    QJsonObject draft(const QString &indicatorId) const;
    void keepDraft(const QString &indicatorId, const QString &field, const QString &text);

Q_SIGNALS:
    // Indicators or values changed (here, or by a sync).
    void changed();
    void mayEditChanged(bool mayEdit);

private:
    Core::Status checkMayWrite() const;
    Core::Result<Core::Record> indicator(const QString &id) const;
    QString draftKey(const QString &indicatorId) const;
    void dropDraft(const QString &indicatorId, const QStringList &fields);
    FieldErrors indicatorErrors(const QJsonObject &fields) const;
    void readTeam();
    void onRecordsChanged(const Core::ChangeSet &changes);

    Core::LocalStore *m_store;
    DeskSession *m_desk;
    QString m_teamId;
    QString m_programId;
    QStringList m_teamMembers;
    QUndoStack *m_undo;
    RecordSteps m_steps;
    FieldErrors m_lastErrors;
    bool m_mayEdit = false;
};

} // namespace Editing

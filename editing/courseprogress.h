#pragma once

#include "changeset.h"
#include "result.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QUndoStack;

namespace Core {
class LocalStore;
}

namespace Editing {

class DeskSession;

// A member's learning: the courses they are enrolled in and the lessons they
// completed, read from the replica and changed as local records (enrollment,
// lesson_progress) under the desk's active author, so they sync and show on
// the member's other computers. Every change is an undoable step.
//
// Whose progress: the active author's (at a shared desk, each person has
// their own). Thread: the thread that owns the store; store and desk not
// owned. Emits changed() when the enrollments or completions it reports
// change (here or by a sync).
class CourseProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseProgress)

public:
    CourseProgress(Core::LocalStore *store, DeskSession *desk, QObject *parent = nullptr);

    QString memberId() const { return m_memberId; }
    bool isEnrolled(const QString &courseId) const { return m_enrollments.contains(courseId); }
    bool isCompleted(const QString &lessonId) const { return m_completed.contains(lessonId); }
    const QSet<QString> &completedLessons() const;
    QSet<QString> enrolledCourses() const;
    // When each lesson was completed (ISO text), for "continue where you left off".
    QString completedAt(const QString &lessonId) const { return m_completed.value(lessonId); }

    // Local changes by the active author; each one undo step. Fail with
    // Unauthorized when nobody is signed in.
    Core::Status enroll(const QString &courseId);
    Core::Status leave(const QString &courseId);
    Core::Status setCompleted(const QString &lessonId, bool completed);

    QUndoStack *undoStack() const { return m_undo; }

Q_SIGNALS:
    void changed();

private:
    friend class ProgressCommand;

    Core::Status push(int kind, const QString &id, bool on);
    void reload();
    void onRecordsChanged(const Core::ChangeSet &changes);
    // Writes (or removes) the member's record for `id` without undo: the
    // commands call this.
    Core::Status write(int kind, const QString &id, bool on);

    Core::LocalStore *m_store;
    DeskSession *m_desk;
    QUndoStack *m_undo;
    QString m_memberId;
    QHash<QString, QString> m_enrollments; // course id → enrollment record id
    QHash<QString, QString> m_completed;   // lesson id → completed_at
    QHash<QString, QString> m_progressIds; // lesson id → lesson_progress record id
    mutable QSet<QString> m_completedSet;
    mutable bool m_completedSetStale = true;
    Core::Status m_lastStatus; // of the last step done or undone
};

} // namespace Editing

#include "courseprogress.h"

#include "desksession.h"
#include "editinglogging.h"
#include "entityschema.h"
#include "localstore.h"

#include <QUndoCommand>
#include <QUndoStack>

namespace Editing {

using namespace Qt::StringLiterals;

// One enrollment or completion, done and undone.
class ProgressCommand final : public QUndoCommand
{
public:
    enum class Kind { Enrollment, Completion };
    ProgressCommand(CourseProgress *progress, Kind kind, const QString &id, bool on)
        : m_progress(progress)
        , m_kind(kind)
        , m_id(id)
        , m_on(on)
    {}

    void redo() override
    {
        m_progress->m_lastStatus = write(m_on);
        // A step that could not be done never enters the stack.
        setObsolete(!m_progress->m_lastStatus.ok());
    }
    void undo() override { m_progress->m_lastStatus = write(!m_on); }

private:
    Core::Status write(bool on) { return m_progress->write(int(m_kind), m_id, on); }

    CourseProgress *m_progress;
    Kind m_kind;
    QString m_id;
    bool m_on;
};

CourseProgress::CourseProgress(Core::LocalStore *store, DeskSession *desk, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_desk(desk)
    , m_undo(new QUndoStack(this))
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, &CourseProgress::onRecordsChanged);
    connect(m_desk, &DeskSession::activeAuthorChanged, this, [this]() {
        m_undo->clear(); // another person's progress: their steps are not ours to undo
        reload();
    });
    reload();
}

const QSet<QString> &CourseProgress::completedLessons() const
{
    if (m_completedSetStale) {
        m_completedSet = QSet<QString>(m_completed.keyBegin(), m_completed.keyEnd());
        m_completedSetStale = false;
    }
    return m_completedSet;
}

QSet<QString> CourseProgress::enrolledCourses() const
{
    return QSet<QString>(m_enrollments.keyBegin(), m_enrollments.keyEnd());
}

void CourseProgress::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (changes.contains(Core::Entity::Enrollment) ||
        changes.contains(Core::Entity::LessonProgress))
        reload();
}

void CourseProgress::reload()
{
    m_memberId = m_desk->activeAuthorId();
    QHash<QString, QString> enrollments;
    QHash<QString, QString> completed;
    QHash<QString, QString> progressIds;
    if (m_store->isOpen() && !m_memberId.isEmpty()) {
        if (const auto rows =
                m_store->records().list(Core::Entity::Enrollment, u"member_id", m_memberId)) {
            for (const Core::Record &e : *rows)
                enrollments.insert(e.text(u"course_id"), e.id);
        }
        if (const auto rows =
                m_store->records().list(Core::Entity::LessonProgress, u"member_id", m_memberId)) {
            for (const Core::Record &p : *rows) {
                completed.insert(p.text(u"lesson_id"), p.text(u"completed_at"));
                progressIds.insert(p.text(u"lesson_id"), p.id);
            }
        }
    }
    if (enrollments == m_enrollments && completed == m_completed)
        return;
    m_enrollments = enrollments;
    m_completed = completed;
    m_progressIds = progressIds;
    m_completedSetStale = true;
    Q_EMIT changed();
}

Core::Status CourseProgress::push(int kind, const QString &id, bool on)
{
    if (m_desk->activeAuthorId().isEmpty())
        return Core::makeError(Core::ErrorCode::Unauthorized, u"nobody is signed in"_s);
    m_undo->push(new ProgressCommand(this, ProgressCommand::Kind(kind), id, on));
    return m_lastStatus;
}

Core::Status CourseProgress::enroll(const QString &courseId)
{
    if (isEnrolled(courseId))
        return {};
    return push(int(ProgressCommand::Kind::Enrollment), courseId, true);
}

Core::Status CourseProgress::leave(const QString &courseId)
{
    if (!isEnrolled(courseId))
        return {};
    return push(int(ProgressCommand::Kind::Enrollment), courseId, false);
}

Core::Status CourseProgress::setCompleted(const QString &lessonId, bool completed)
{
    if (isCompleted(lessonId) == completed)
        return {};
    return push(int(ProgressCommand::Kind::Completion), lessonId, completed);
}

Core::Status CourseProgress::write(int kind, const QString &id, bool on)
{
    const QString author = m_desk->activeAuthorId();
    if (author.isEmpty())
        return Core::makeError(Core::ErrorCode::Unauthorized, u"nobody is signed in"_s);
    // The member's record for `id`: an enrollment in a course, or the
    // completion of a lesson.
    const bool enrollment = ProgressCommand::Kind(kind) == ProgressCommand::Kind::Enrollment;
    const QLatin1StringView entity =
        enrollment ? Core::Entity::Enrollment : Core::Entity::LessonProgress;
    const QString existing = enrollment ? m_enrollments.value(id) : m_progressIds.value(id);
    if (on == !existing.isEmpty())
        return {};
    Core::Result<QString> op = QString();
    if (on) {
        Core::Record r;
        r.entity = entity;
        r.fields = {
            {enrollment ? u"course_id"_s : u"lesson_id"_s, id},
            {u"member_id"_s, author},
            {enrollment ? u"enrolled_at"_s : u"completed_at"_s, m_store->clock()->nowIso()}};
        op = m_store->createRecord(r, author);
    } else {
        op = m_store->deleteRecord(entity, existing, author);
    }
    if (!op) {
        qCWarning(lcEditing) << entity << "not changed:" << op.error().detail;
        return op.error();
    }
    return {};
}

} // namespace Editing

#pragma once

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace Core {
class ChangeSet;
class LocalStore;
} // namespace Core
namespace Editing {
class CourseProgress;
} // namespace Editing

namespace Ui {

// The course catalogue of the replica as a tree: course → module → lesson,
// in the authors' order, with the member's learning from CourseProgress:
// courses they are enrolled in are marked (bold, EnrolledRole), completed
// lessons checked (CompletedRole, a check mark), and each course and module
// says how many of its lessons are done (DoneRole of TotalRole). Lesson
// bodies are not held here: read them by IdRole.
//
// Reloads on changes to courses, modules or lessons; a change of
// enrollments or completions updates only the rows it touches. The store
// and the progress are not owned.
class CourseModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CourseModel)

public:
    enum class Kind { Course, Module, Lesson };
    enum Role {
        KindRole = Qt::UserRole + 100, // Kind as int
        EnrolledRole,                  // bool, courses only
        LanguageRole,                  // language code, courses only
        CompletedRole,                 // bool: a lesson done; a course or module all done
        DoneRole,                      // int: lessons done (courses and modules)
        TotalRole,                     // int: lessons in all (courses and modules)
    };

    CourseModel(Core::LocalStore *store, Editing::CourseProgress *progress,
                QObject *parent = nullptr);

    void reload();
    void retranslate();

    QModelIndex indexForId(const QString &id) const;
    QModelIndex firstLesson() const;
    int enrolledCount() const { return int(m_enrolled.size()); }
    // The lessons of `course` in reading order.
    QList<QModelIndex> lessons(const QModelIndex &course) const;
    // The lesson before or after `lesson` in its course (invalid at the ends).
    QModelIndex siblingLesson(const QModelIndex &lesson, int step) const;
    // Where the member left off in `course`: the first lesson not done after
    // the one they completed last, else the first not done (invalid when
    // every lesson is done).
    QModelIndex continueLesson(const QModelIndex &course) const;
    // The course the member worked in last (their latest completion), else
    // the first they are enrolled in; invalid when none.
    QModelIndex currentCourse() const;
    QModelIndex courseOf(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Node {
        Kind kind = Kind::Course;
        QString id;
        QString title;
        QString language;
        int parent = -1; // index in m_nodes, -1 for a course
        int row = 0;     // row under the parent
        std::vector<int> children;
        int done = 0;  // lessons done (course, module) or 1 (a lesson done)
        int total = 0; // lessons (course, module)
    };

    void onRecordsChanged(const Core::ChangeSet &entities);
    void onProgressChanged();
    void countProgress();
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOfNode(int nodeIndex) const;

    Core::LocalStore *m_store;
    Editing::CourseProgress *m_progress;
    std::vector<Node> m_nodes;
    std::vector<int> m_courses; // top-level node indexes
    QSet<QString> m_enrolled;   // course ids
};

} // namespace Ui

#pragma once

#include <QAbstractItemModel>
#include <QSet>

#include <vector>

namespace Core {
class ChangeSet;
class LocalStore;
} // namespace Core

namespace Ui {

// The course catalogue of the replica as a tree: course → module → lesson,
// in the authors' order. Courses the member is enrolled in are marked (bold,
// EnrolledRole). Lesson bodies are not held here: read them by IdRole.
//
// Reloads on changes to courses, modules or lessons; a change of
// enrollments only updates the marks. The store is not owned.
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
    };

    explicit CourseModel(Core::LocalStore *store, QObject *parent = nullptr);

    void setMemberId(const QString &memberId);
    void reload();
    void retranslate();

    QModelIndex indexForId(const QString &id) const;
    QModelIndex firstLesson() const;
    int enrolledCount() const { return int(m_enrolled.size()); }

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
    };

    void onRecordsChanged(const Core::ChangeSet &entities);
    void reloadEnrollments();
    const Node *node(const QModelIndex &index) const;
    QModelIndex indexOfNode(int nodeIndex) const;

    Core::LocalStore *m_store;
    QString m_memberId;
    std::vector<Node> m_nodes;
    std::vector<int> m_courses; // top-level node indexes
    QSet<QString> m_enrolled;   // course ids
};

} // namespace Ui

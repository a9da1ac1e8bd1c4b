#include "coursemodel.h"

#include "courseprogress.h"

#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "uilogging.h"

#include <QCollator>
#include <QFont>
#include <QHash>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;

CourseModel::CourseModel(Core::LocalStore *store, Editing::CourseProgress *progress,
                         QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_progress(progress)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, &CourseModel::onRecordsChanged);
    connect(m_progress, &Editing::CourseProgress::changed, this, &CourseModel::onProgressChanged);
    reload();
}

void CourseModel::onRecordsChanged(const Core::ChangeSet &entities)
{
    if (entities.contains(Core::Entity::Course) || entities.contains(Core::Entity::Module) ||
        entities.contains(Core::Entity::Lesson)) {
        reload();
    }
}

void CourseModel::countProgress()
{
    const QSet<QString> &completed = m_progress->completedLessons();
    for (Node &n : m_nodes) {
        n.done = 0;
        n.total = 0;
    }
    // Children come after their parents: count from the back.
    for (size_t i = m_nodes.size(); i-- > 0;) {
        Node &n = m_nodes[i];
        if (n.kind == Kind::Lesson) {
            n.done = completed.contains(n.id) ? 1 : 0;
            n.total = 1;
        }
        if (n.parent >= 0) {
            m_nodes[n.parent].done += n.done;
            m_nodes[n.parent].total += n.total;
        }
    }
}

void CourseModel::onProgressChanged()
{
    std::vector<int> before;
    before.reserve(m_nodes.size());
    for (const Node &n : m_nodes)
        before.push_back(n.done);
    const QSet<QString> enrolledBefore = m_enrolled;
    m_enrolled = m_progress->enrolledCourses();
    countProgress();
    // Only the rows whose marks or counts moved.
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        const Node &n = m_nodes[i];
        const bool enrollmentMoved =
            n.kind == Kind::Course && enrolledBefore.contains(n.id) != m_enrolled.contains(n.id);
        if (before[i] != n.done || enrollmentMoved) {
            const QModelIndex index = indexOfNode(int(i));
            Q_EMIT dataChanged(index, index);
        }
    }
}

void CourseModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_courses.clear();
    if (m_store->isOpen()) {
        const auto courses = m_store->records().listOutline(
            Core::Entity::Course, {u"title"_s, u"language"_s}, {}, {}, {});
        const auto modules = m_store->records().listOutline(
            Core::Entity::Module, {u"course_id"_s, u"position"_s, u"title"_s}, {}, {}, u"position");
        const auto lessons = m_store->records().listOutline(
            Core::Entity::Lesson, {u"module_id"_s, u"position"_s, u"title"_s}, {}, {}, u"position");
        if (!courses || !modules || !lessons) {
            qCWarning(lcUi) << "cannot read the courses";
        } else {
            QList<Core::Record> sortedCourses = *courses;
            QCollator collator;
            collator.setNumericMode(true);
            std::stable_sort(sortedCourses.begin(), sortedCourses.end(),
                             [&collator](const Core::Record &a, const Core::Record &b) {
                                 return collator.compare(a.text(u"title"), b.text(u"title")) < 0;
                             });
            QHash<QString, int> byId;
            for (const Core::Record &c : sortedCourses) {
                Node n{Kind::Course,          c.id, c.text(u"title"), c.text(u"language"), -1,
                       int(m_courses.size()), {}};
                byId.insert(c.id, int(m_nodes.size()));
                m_courses.push_back(int(m_nodes.size()));
                m_nodes.push_back(std::move(n));
            }
            auto addChildren = [this, &byId](const QList<Core::Record> &records, Kind kind,
                                             QStringView parentField) {
                for (const Core::Record &r : records) {
                    const int parent = byId.value(r.text(parentField), -1);
                    if (parent < 0)
                        continue; // its parent is not in this replica
                    const int self = int(m_nodes.size());
                    Node n{kind, r.id,   r.text(u"title"),
                           {},   parent, int(m_nodes[parent].children.size()),
                           {}};
                    m_nodes[parent].children.push_back(self);
                    byId.insert(r.id, self);
                    m_nodes.push_back(std::move(n));
                }
            };
            addChildren(*modules, Kind::Module, u"course_id");
            addChildren(*lessons, Kind::Lesson, u"module_id");
        }
    }
    m_enrolled = m_progress->enrolledCourses();
    countProgress();
    endResetModel();
}

void CourseModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, 0);
    if (!m_courses.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_courses.size()) - 1, 0));
}

const CourseModel::Node *CourseModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= m_nodes.size())
        return nullptr;
    return &m_nodes[index.internalId()];
}

QModelIndex CourseModel::indexOfNode(int nodeIndex) const
{
    if (nodeIndex < 0 || nodeIndex >= int(m_nodes.size()))
        return {};
    return createIndex(m_nodes[nodeIndex].row, 0, quintptr(nodeIndex));
}

QModelIndex CourseModel::indexForId(const QString &id) const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].id == id)
            return indexOfNode(int(i));
    }
    return {};
}

QModelIndex CourseModel::firstLesson() const
{
    for (size_t i = 0; i < m_nodes.size(); ++i) {
        if (m_nodes[i].kind == Kind::Lesson)
            return indexOfNode(int(i));
    }
    return {};
}

QList<QModelIndex> CourseModel::lessons(const QModelIndex &course) const
{
    QList<QModelIndex> out;
    const Node *c = node(course);
    if (!c || c->kind != Kind::Course)
        return out;
    for (int module : c->children) {
        for (int lesson : m_nodes[module].children)
            out << indexOfNode(lesson);
    }
    return out;
}

QModelIndex CourseModel::courseOf(const QModelIndex &index) const
{
    QModelIndex i = index;
    while (i.isValid() && i.parent().isValid())
        i = i.parent();
    return i;
}

QModelIndex CourseModel::siblingLesson(const QModelIndex &lesson, int step) const
{
    const QList<QModelIndex> all = lessons(courseOf(lesson));
    const qsizetype at = all.indexOf(lesson);
    if (at < 0 || at + step < 0 || at + step >= all.size())
        return {};
    return all.at(at + step);
}

QModelIndex CourseModel::continueLesson(const QModelIndex &course) const
{
    const QList<QModelIndex> all = lessons(course);
    qsizetype latest = -1;
    QString latestAt;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const QString at = m_progress->completedAt(node(all[i])->id);
        if (!at.isEmpty() && at >= latestAt) {
            latestAt = at;
            latest = i;
        }
    }
    for (qsizetype i = latest + 1; i < all.size(); ++i) {
        if (!m_progress->isCompleted(node(all[i])->id))
            return all[i];
    }
    for (const QModelIndex &lesson : all) {
        if (!m_progress->isCompleted(node(lesson)->id))
            return lesson;
    }
    return {};
}

QModelIndex CourseModel::currentCourse() const
{
    QModelIndex best;
    QString bestAt;
    for (int c : m_courses) {
        const QModelIndex course = indexOfNode(c);
        if (!m_enrolled.contains(m_nodes[c].id))
            continue;
        if (!best.isValid())
            best = course;
        for (const QModelIndex &lesson : lessons(course)) {
            const QString at = m_progress->completedAt(node(lesson)->id);
            if (!at.isEmpty() && at > bestAt) {
                bestAt = at;
                best = course;
            }
        }
    }
    return best;
}

QModelIndex CourseModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < int(m_courses.size()) ? createIndex(row, 0, quintptr(m_courses[row]))
                                           : QModelIndex();
    const Node *p = node(parent);
    if (!p || row >= int(p->children.size()))
        return {};
    return createIndex(row, 0, quintptr(p->children[row]));
}

QModelIndex CourseModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n ? indexOfNode(n->parent) : QModelIndex();
}

int CourseModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_courses.size());
    if (parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int CourseModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant CourseModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const bool enrolled = n->kind == Kind::Course && m_enrolled.contains(n->id);
    const QString title = n->title.isEmpty() ? tr("Untitled") : n->title;
    const bool completed = n->total > 0 && n->done == n->total;
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QString text = title;
        if (n->kind == Kind::Lesson)
            return completed ? tr("%1, done").arg(title) : title;
        if (enrolled)
            text = tr("%1, enrolled").arg(text);
        if (n->total > 0)
            text = tr("%1, %2 of %n lesson(s) done", nullptr, n->total).arg(text).arg(n->done);
        return text;
    }
    case Qt::CheckStateRole:
        // Shown, not toggled here: "Mark as done" in the lesson changes it.
        if (n->kind == Kind::Lesson)
            return completed ? Qt::Checked : Qt::Unchecked;
        return {};
    case CompletedRole:
        return completed;
    case DoneRole:
        return n->done;
    case TotalRole:
        return n->total;
    case Qt::FontRole:
        if (enrolled) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return n->id;
    case EntityRole:
        switch (n->kind) {
        case Kind::Course:
            return QString(Core::Entity::Course);
        case Kind::Module:
            return QString(Core::Entity::Module);
        case Kind::Lesson:
            return QString(Core::Entity::Lesson);
        }
        return {};
    case KindRole:
        return int(n->kind);
    case EnrolledRole:
        return enrolled;
    case LanguageRole:
        return n->language;
    default:
        return {};
    }
}

QVariant CourseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section == 0 && role == Qt::DisplayRole)
        return tr("Courses");
    return {};
}

} // namespace Ui

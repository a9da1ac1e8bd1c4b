#include "coursemodel.h"

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

CourseModel::CourseModel(Core::LocalStore *store, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, &CourseModel::onRecordsChanged);
    reload();
}

void CourseModel::setMemberId(const QString &memberId)
{
    if (m_memberId == memberId)
        return;
    m_memberId = memberId;
    reloadEnrollments();
}

void CourseModel::onRecordsChanged(const Core::ChangeSet &entities)
{
    if (entities.contains(Core::Entity::Course) || entities.contains(Core::Entity::Module) ||
        entities.contains(Core::Entity::Lesson)) {
        reload();
    } else if (entities.contains(Core::Entity::Enrollment)) {
        reloadEnrollments();
    }
}

void CourseModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_courses.clear();
    if (m_store->isOpen()) {
        const auto courses = m_store->records().list(Core::Entity::Course);
        const auto modules = m_store->records().list(Core::Entity::Module, {}, {}, u"position");
        const auto lessons = m_store->records().list(Core::Entity::Lesson, {}, {}, u"position");
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
    endResetModel();
    reloadEnrollments();
}

void CourseModel::reloadEnrollments()
{
    QSet<QString> enrolled;
    if (m_store->isOpen() && !m_memberId.isEmpty()) {
        const auto rows =
            m_store->records().list(Core::Entity::Enrollment, u"member_id", m_memberId);
        if (rows) {
            for (const Core::Record &e : *rows)
                enrolled.insert(e.text(u"course_id"));
        }
    }
    if (enrolled == m_enrolled)
        return;
    m_enrolled = enrolled;
    if (!m_courses.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_courses.size()) - 1, 0));
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
    switch (role) {
    case Qt::DisplayRole:
        return title;
    case Qt::ToolTipRole:
        if (n->kind != Kind::Course)
            return title;
        return enrolled ? tr("%1\nYou are enrolled in this course.").arg(title) : title;
    case Qt::AccessibleTextRole:
        return enrolled ? tr("%1, enrolled").arg(title) : title;
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

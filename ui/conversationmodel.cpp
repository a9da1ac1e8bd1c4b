#include "conversationmodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"

#include <QHash>
#include <QSet>

#include <functional>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

ConversationModel::ConversationModel(Core::LocalStore *store, const MemberDirectory *members,
                                     const OutboxMarks *marks, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_members(members)
    , m_marks(marks)
{
    if (m_marks)
        connect(m_marks, &OutboxMarks::changed, this, &ConversationModel::updateMarks);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (!m_threadId.isEmpty() && e.contains(Core::Entity::Post))
            reload();
    });
    connect(m_members, &MemberDirectory::changed, this, &ConversationModel::retranslate);
}

void ConversationModel::setThread(const QString &threadId)
{
    if (threadId == m_threadId)
        return;
    m_threadId = threadId;
    reload();
}

void ConversationModel::setNewSince(const QString &seenThrough, const QString &readerId)
{
    m_seenThrough = seenThrough;
    m_readerId = readerId;
    if (!m_posts.empty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1));
}

void ConversationModel::reload()
{
    beginResetModel();
    m_posts.clear();
    if (!m_threadId.isEmpty() && m_store->isOpen()) {
        const auto posts =
            m_store->records().list(Core::Entity::Post, u"thread_id", m_threadId, u"created_at");
        if (posts) {
            QSet<QString> ids;
            for (const Core::Record &p : *posts)
                ids.insert(p.id);
            QHash<QString, QList<const Core::Record *>> replies;
            for (const Core::Record &p : *posts) {
                // A reply whose parent is not here is shown at the top level.
                const QString parentId = p.text(u"parent_id");
                replies[ids.contains(parentId) ? parentId : QString()].append(&p);
            }
            std::function<void(const QString &, int)> walk = [&](const QString &parentId,
                                                                 int depth) {
                for (const Core::Record *p : replies.value(parentId)) {
                    m_posts.push_back({p->id, depth > 0 ? parentId : QString(),
                                       p->text(u"author_id"), p->text(u"body"),
                                       p->text(u"created_at"), p->updatedAt, depth,
                                       m_marks ? m_marks->mark(Core::Entity::Post, p->id)
                                               : OutboxMarks::Mark::None});
                    if (p->id != parentId)
                        walk(p->id, depth + 1);
                }
            };
            walk({}, 0);
        }
    }
    endResetModel();
}

void ConversationModel::updateMarks()
{
    for (size_t row = 0; row < m_posts.size(); ++row) {
        Post &p = m_posts[row];
        const OutboxMarks::Mark mark = m_marks->mark(Core::Entity::Post, p.id);
        if (mark == p.mark)
            continue;
        p.mark = mark;
        Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
}

void ConversationModel::retranslate()
{
    if (!m_posts.empty())
        Q_EMIT dataChanged(index(0), index(int(m_posts.size()) - 1));
}

int ConversationModel::rowForId(const QString &postId) const
{
    for (size_t i = 0; i < m_posts.size(); ++i) {
        if (m_posts[i].id == postId)
            return int(i);
    }
    return -1;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_posts.size()))
        return {};
    const Post &p = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return p.body;
    case Qt::AccessibleTextRole:
        return OutboxMarks::describe(
            tr("%1 wrote on %2: %3")
                .arg(m_members->displayName(p.authorId), RecordText::dateTime(p.createdAt), p.body),
            p.mark);
    case OutboxMarkRole:
        return int(p.mark);
    case AuthorRole:
        return m_members->displayName(p.authorId);
    case CreatedRole:
        return RecordText::dateTime(p.createdAt);
    case ParentAuthorRole: {
        if (p.parentId.isEmpty())
            return QString();
        const int parentRow = rowForId(p.parentId);
        return parentRow < 0 ? QString() : m_members->displayName(m_posts[parentRow].authorId);
    }
    case DepthRole:
        return p.depth;
    case NewRole:
        return !m_seenThrough.isNull() && p.authorId != m_readerId && !p.updatedAt.isEmpty() &&
               p.updatedAt > m_seenThrough && p.mark == OutboxMarks::Mark::None;
    case IdRole:
        return p.id;
    case EntityRole:
        return QString(Core::Entity::Post);
    case SortRole:
        return p.createdAt;
    default:
        return {};
    }
}

} // namespace Ui

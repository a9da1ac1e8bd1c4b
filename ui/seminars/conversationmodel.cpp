#include "conversationmodel.h"

#include "attachmentref.h"
#include "changeset.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"

#include <QJsonObject>
#include <QSet>

#include <algorithm>
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
    connect(m_store, &Core::LocalStore::recordsChanged, this, &ConversationModel::onRecordsChanged);
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
    retranslate();
}

void ConversationModel::setShowsHidden(bool shows)
{
    if (shows == m_showsHidden)
        return;
    m_showsHidden = shows;
    retranslate();
}

std::vector<ConversationModel::Post> ConversationModel::readOutline() const
{
    std::vector<Post> out;
    if (m_threadId.isEmpty() || !m_store->isOpen())
        return out;
    // The outline only: the texts come with fetchMore().
    const auto posts =
        m_store->records().listOutline(Core::Entity::Post,
                                       {u"parent_id"_s, u"author_id"_s, u"created_at"_s,
                                        u"edited_at"_s, u"deleted_at"_s, u"hidden_at"_s},
                                       u"thread_id", m_threadId, u"created_at");
    if (!posts)
        return out;
    QSet<QString> ids;
    for (const Core::Record &p : *posts)
        ids.insert(p.id);
    QHash<QString, QList<const Core::Record *>> replies;
    for (const Core::Record &p : *posts) {
        // A reply whose parent is not here is shown at the top level.
        const QString parentId = p.text(u"parent_id");
        replies[ids.contains(parentId) && parentId != p.id ? parentId : QString()].append(&p);
    }
    out.reserve(posts->size());
    // Depth first without recursion: a long chain of replies is no risk.
    struct Frame {
        const QList<const Core::Record *> *children;
        qsizetype next;
        int depth;
    };
    const QList<const Core::Record *> roots = replies.value(QString());
    std::vector<Frame> stack{{&roots, 0, 0}};
    while (!stack.empty()) {
        Frame &top = stack.back();
        if (top.next >= top.children->size()) {
            stack.pop_back();
            continue;
        }
        const Core::Record *p = (*top.children)[top.next++];
        const int depth = top.depth;
        out.push_back(
            {p->id, depth > 0 ? p->text(u"parent_id") : QString(), p->text(u"author_id"),
             p->text(u"created_at"), p->updatedAt, p->text(u"edited_at"),
             !p->text(u"deleted_at").isEmpty(), !p->text(u"hidden_at").isEmpty(), depth,
             m_marks ? m_marks->mark(Core::Entity::Post, p->id) : OutboxMarks::Mark::None});
        const auto it = replies.constFind(p->id);
        if (it != replies.cend())
            stack.push_back({&*it, 0, depth + 1});
    }
    return out;
}

void ConversationModel::reload()
{
    beginResetModel();
    m_posts = readOutline();
    m_rowOfId.clear();
    for (size_t row = 0; row < m_posts.size(); ++row)
        m_rowOfId.insert(m_posts[row].id, int(row));
    m_texts.clear();
    m_fetched = 0;
    loadTexts(0, std::min<int>(BatchSize, int(m_posts.size())));
    m_fetched = std::min<int>(BatchSize, int(m_posts.size()));
    endResetModel();
}

ConversationModel::Text ConversationModel::textOf(const Core::Record &post)
{
    return {post.text(u"body"), post.fields.value("history"_L1).toArray(),
            post.fields.value(Core::AttachmentsField).toArray()};
}

void ConversationModel::loadTexts(int from, int to)
{
    QStringList ids;
    for (int row = from; row < to; ++row)
        ids << m_posts[row].id;
    if (ids.isEmpty())
        return;
    const auto records = m_store->records().getMany(Core::Entity::Post, ids);
    if (!records)
        return;
    for (const Core::Record &r : *records)
        m_texts.insert(r.id, textOf(r));
}

bool ConversationModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_fetched < int(m_posts.size());
}

void ConversationModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const int to = std::min<int>(m_fetched + BatchSize, int(m_posts.size()));
    loadTexts(m_fetched, to);
    beginInsertRows({}, m_fetched, to - 1);
    m_fetched = to;
    endInsertRows();
}

void ConversationModel::fetchUpTo(int row)
{
    if (row < m_fetched)
        return;
    const int to = std::min<int>(int(m_posts.size()), (row / BatchSize + 1) * BatchSize);
    loadTexts(m_fetched, to);
    beginInsertRows({}, m_fetched, to - 1);
    m_fetched = to;
    endInsertRows();
}

void ConversationModel::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (m_threadId.isEmpty() || !changes.contains(Core::Entity::Post))
        return;
    const QSet<QString> changed = changes.ids(Core::Entity::Post);
    std::vector<Post> now = readOutline();
    // The same posts in the same order (edits, marks): update those rows.
    const bool sameOrder = now.size() == m_posts.size() &&
                           std::equal(now.begin(), now.end(), m_posts.begin(),
                                      [](const Post &a, const Post &b) { return a.id == b.id; });
    if (sameOrder) {
        QList<int> rows;
        for (const QString &id : changed) {
            const auto it = m_rowOfId.constFind(id);
            if (it != m_rowOfId.cend())
                rows << *it;
        }
        std::sort(rows.begin(), rows.end());
        QStringList reread;
        for (int row : rows) {
            m_posts[row] = now[row];
            if (row < m_fetched)
                reread << m_posts[row].id;
        }
        if (!reread.isEmpty()) {
            const auto records = m_store->records().getMany(Core::Entity::Post, reread);
            if (records) {
                for (const Core::Record &r : *records)
                    m_texts.insert(r.id, textOf(r));
            }
        }
        for (int row : rows) {
            if (row < m_fetched)
                Q_EMIT dataChanged(index(row), index(row));
        }
        return;
    }
    // Posts were added (the common case: a reply, a pull): each goes in at
    // its place, the rest keep their rows. Anything else reads the thread again.
    QSet<QString> before;
    for (const Post &p : m_posts)
        before.insert(p.id);
    size_t old = 0;
    std::vector<int> insertedAt;
    for (size_t row = 0; row < now.size(); ++row) {
        if (old < m_posts.size() && now[row].id == m_posts[old].id) {
            ++old;
        } else if (!before.contains(now[row].id)) {
            insertedAt.push_back(int(row));
        } else {
            break;
        }
    }
    if (old != m_posts.size()) {
        const int fetched = m_fetched;
        reload();
        fetchUpTo(fetched - 1);
        return;
    }
    for (int row : insertedAt) {
        const bool shown = row <= m_fetched;
        if (shown)
            beginInsertRows({}, row, row);
        m_posts.insert(m_posts.begin() + row, now[row]);
        if (shown) {
            ++m_fetched;
            loadTexts(row, row + 1);
        }
        for (size_t r = size_t(row); r < m_posts.size(); ++r)
            m_rowOfId.insert(m_posts[r].id, int(r));
        if (shown)
            endInsertRows();
    }
}

void ConversationModel::updateMarks()
{
    for (size_t row = 0; row < m_posts.size(); ++row) {
        Post &p = m_posts[row];
        const OutboxMarks::Mark mark = m_marks->mark(Core::Entity::Post, p.id);
        if (mark == p.mark)
            continue;
        p.mark = mark;
        if (int(row) < m_fetched)
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
    }
}

void ConversationModel::retranslate()
{
    if (m_fetched > 0)
        Q_EMIT dataChanged(index(0), index(m_fetched - 1));
}

int ConversationModel::rowForId(const QString &postId)
{
    const auto it = m_rowOfId.constFind(postId);
    if (it == m_rowOfId.cend())
        return -1;
    fetchUpTo(*it);
    return *it;
}

int ConversationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_fetched;
}

bool ConversationModel::bodyShown(const Post &post) const
{
    return !post.deleted && (!post.hidden || m_showsHidden || post.authorId == m_readerId);
}

QString ConversationModel::status(const Post &post) const
{
    if (post.deleted)
        return tr("Deleted by its author");
    QStringList words;
    if (post.hidden)
        words << tr("Hidden by a facilitator");
    if (!post.editedAt.isEmpty())
        //: A post changed by its author after it was written: "edited 3 May, 10:04".
        words << tr("edited %1").arg(RecordText::dateTime(post.editedAt));
    if (const qsizetype files = bodyShown(post) ? m_texts.value(post.id).files.size() : 0)
        words << tr("%n file(s) attached", nullptr, int(files));
    return words.join(u" · "_s);
}

QVariant ConversationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_fetched)
        return {};
    const Post &p = m_posts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case BodyRole:
        return bodyShown(p) ? m_texts.value(p.id).body : QString();
    case Qt::AccessibleTextRole: {
        const QString body = bodyShown(p) ? m_texts.value(p.id).body : QString();
        const QString author = m_members->displayName(p.authorId);
        const QString parentAuthor = data(index, ParentAuthorRole).toString();
        QString text =
            parentAuthor.isEmpty()
                ? tr("%1 wrote on %2: %3").arg(author, RecordText::dateTime(p.createdAt), body)
                : tr("%1 wrote on %2, in reply to %3: %4")
                      .arg(author, RecordText::dateTime(p.createdAt), parentAuthor, body);
        if (const QString state = status(p); !state.isEmpty())
            text += u" ("_s + state + u')';
        if (data(index, NewRole).toBool())
            //: A post that arrived since the member last read the thread.
            text += u' ' + tr("New");
        return OutboxMarks::describe(text, p.mark);
    }
    case OutboxMarkRole:
        return int(p.mark);
    case AuthorRole:
        return m_members->displayName(p.authorId);
    case AuthorIdRole:
        return p.authorId;
    case CreatedRole:
        return RecordText::dateTime(p.createdAt);
    case ParentAuthorRole: {
        const auto it = m_rowOfId.constFind(p.parentId);
        return it == m_rowOfId.cend() ? QString() : m_members->displayName(m_posts[*it].authorId);
    }
    case DepthRole:
        return p.depth;
    case NewRole:
        return !m_seenThrough.isNull() && p.authorId != m_readerId && !p.updatedAt.isEmpty() &&
               p.updatedAt > m_seenThrough && p.mark == OutboxMarks::Mark::None;
    case EditedRole:
        return p.editedAt.isEmpty() ? QString() : RecordText::dateTime(p.editedAt);
    case DeletedRole:
        return p.deleted;
    case HiddenRole:
        return p.hidden;
    case StatusRole:
        return status(p);
    case HistoryRole: {
        QStringList versions;
        if (!bodyShown(p))
            return versions;
        const QJsonArray history = m_texts.value(p.id).history;
        for (qsizetype i = history.size() - 1; i >= 0; --i) {
            const QJsonObject v = history.at(i).toObject();
            //: An earlier version of an edited post: its time, then its text.
            versions << tr("Until %1: %2")
                            .arg(RecordText::dateTime(v.value("until"_L1).toString()),
                                 v.value("body"_L1).toString());
        }
        return versions;
    }
    case FilesRole:
        return bodyShown(p) ? m_texts.value(p.id).files : QJsonArray();
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

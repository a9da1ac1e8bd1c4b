#include "seminarmodel.h"

#include "discussions.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"
#include "uilogging.h"

#include <QFont>
#include <QHash>
#include <QLocale>

#include <algorithm>
#include <utility>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

// A thread's index stores its seminar's row + 1 as internal id; a seminar's is 0.
SeminarModel::SeminarModel(Core::LocalStore *store, const MemberDirectory *members,
                           Editing::Discussions *discussions, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_members(members)
    , m_discussions(discussions)
    , m_today(QDate::currentDate())
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Seminar) || e.contains(Core::Entity::Thread)) {
            // A pull applies pages of thousands of threads: the list now,
            // the counts in the next turn of the event loop, so neither
            // holds the window long.
            readList();
            recountSoon();
        } else if (e.contains(Core::Entity::Post))
            updateCounts(threadsOf(e.ids(Core::Entity::Post)));
    });
    connect(m_discussions, &Editing::Discussions::readStateChanged, this,
            [this]() { updateCounts(); });
    connect(m_discussions, &Editing::Discussions::threadRead, this,
            [this](const QString &threadId) { updateCounts({threadId}); });
    connect(m_members, &MemberDirectory::changed, this, &SeminarModel::emitAllChanged);
    // A timer, not a posted call: input and painting come first.
    m_recount.setSingleShot(true);
    m_recount.setInterval(0);
    connect(&m_recount, &QTimer::timeout, this, [this]() { updateCounts(); });
    reload();
}

void SeminarModel::setToday(const QDate &today)
{
    m_today = today;
    emitAllChanged();
}

void SeminarModel::reload()
{
    readList();
    updateCounts();
}

void SeminarModel::recountSoon()
{
    m_recount.start();
}

void SeminarModel::readList()
{
    // The counts stay as they were until they are read again.
    QHash<QString, std::pair<int, int>> counts;
    for (const Seminar &s : m_seminars) {
        for (const Thread &t : s.threads)
            counts.insert(t.id, {t.posts, t.unread});
    }
    beginResetModel();
    m_seminars.clear();
    if (m_store->isOpen()) {
        const auto seminars = m_store->records().listOutline(
            Core::Entity::Seminar, {u"title"_s, u"language"_s, u"starts_on"_s, u"ends_on"_s}, {},
            {}, u"starts_on");
        const auto threads =
            m_store->records().listOutline(Core::Entity::Thread,
                                           {u"seminar_id"_s, u"title"_s, u"author_id"_s,
                                            u"created_at"_s, u"pinned"_s, u"closed_at"_s},
                                           {}, {}, u"created_at");
        if (!seminars || !threads) {
            qCWarning(lcUi) << "cannot read the seminars";
        } else {
            QHash<QString, size_t> byId;
            // Newest first: the one running now is what people look for.
            for (auto it = seminars->crbegin(); it != seminars->crend(); ++it) {
                byId.insert(it->id, m_seminars.size());
                m_seminars.push_back({it->id,
                                      it->text(u"title"),
                                      it->text(u"language"),
                                      it->text(u"starts_on"),
                                      it->text(u"ends_on"),
                                      {}});
            }
            for (const Core::Record &t : *threads) {
                const auto s = byId.constFind(t.text(u"seminar_id"));
                if (s == byId.cend())
                    continue;
                const std::pair<int, int> count = counts.value(t.id);
                m_seminars[*s].threads.push_back(
                    {t.id, t.text(u"title"), t.text(u"author_id"), t.text(u"created_at"),
                     t.fields.value("pinned"_L1).toInteger() != 0, !t.text(u"closed_at").isEmpty(),
                     count.first, count.second});
            }
            // Pinned threads first, each part oldest first.
            for (Seminar &seminar : m_seminars) {
                std::stable_partition(seminar.threads.begin(), seminar.threads.end(),
                                      [](const Thread &t) { return t.pinned; });
            }
        }
    }
    endResetModel();
}

QStringList SeminarModel::threadsOf(const QSet<QString> &postIds) const
{
    // A page of a pull touches many threads: one pass over them all is
    // cheaper than finding which.
    if (postIds.size() > 500)
        return {};
    const auto posts = m_store->records().getMany(
        Core::Entity::Post, QStringList(postIds.begin(), postIds.end()), {u"thread_id"_s});
    // A post gone (deleted) no longer says its thread: count them all.
    if (!posts || posts->size() != postIds.size())
        return {};
    QSet<QString> threads;
    for (const Core::Record &p : *posts)
        threads.insert(p.text(u"thread_id"));
    if (threads.size() > 200)
        return {};
    return QStringList(threads.begin(), threads.end());
}

void SeminarModel::updateCounts(const QStringList &only)
{
    // Recounted for the threads that changed (one query each, by the
    // thread index), or for all of them.
    const QHash<QString, int> unread = m_discussions->unreadByThread(only);
    const QHash<QString, int> posts = m_discussions->postsByThread(only);
    const QSet<QString> recount(only.begin(), only.end());
    for (size_t s = 0; s < m_seminars.size(); ++s) {
        bool seminarChanged = false;
        for (size_t t = 0; t < m_seminars[s].threads.size(); ++t) {
            Thread &thread = m_seminars[s].threads[t];
            if (!recount.isEmpty() && !recount.contains(thread.id))
                continue;
            const int u = unread.value(thread.id);
            const int p = posts.value(thread.id);
            if (u == thread.unread && p == thread.posts)
                continue;
            seminarChanged = seminarChanged || u != thread.unread;
            thread.unread = u;
            thread.posts = p;
            const QModelIndex first = createIndex(int(t), 0, quintptr(s + 1));
            Q_EMIT dataChanged(first, first.siblingAtColumn(ColumnCount - 1));
        }
        if (seminarChanged) {
            const QModelIndex row = createIndex(int(s), 0, quintptr(0));
            Q_EMIT dataChanged(row, row.siblingAtColumn(ColumnCount - 1));
        }
    }
}

int SeminarModel::unreadIn(const Seminar &s) const
{
    int n = 0;
    for (const Thread &t : s.threads)
        n += t.unread;
    return n;
}

int SeminarModel::unreadPosts() const
{
    int n = 0;
    for (const Seminar &s : m_seminars)
        n += unreadIn(s);
    return n;
}

int SeminarModel::seminarsWithUnread() const
{
    return int(std::count_if(m_seminars.cbegin(), m_seminars.cend(),
                             [this](const Seminar &s) { return unreadIn(s) > 0; }));
}

QString SeminarModel::countdown(const QString &startsOn, const QString &endsOn,
                                const QDateTime &now)
{
    // A seminar runs from its first day 00:00 to the end of its last, UTC
    // (the server's rule); shown in the member's own time.
    const QDate first = RecordText::parseDate(startsOn);
    const QDate last = RecordText::parseDate(endsOn);
    const QDateTime opens = first.isValid() ? QDateTime(first, QTime(0, 0), Qt::UTC) : QDateTime();
    const QDateTime closes =
        last.isValid() ? QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC) : QDateTime();
    const QLocale locale;
    if (opens.isValid() && now < opens) {
        const QDateTime local = opens.toLocalTime();
        const qint64 days = now.toLocalTime().date().daysTo(local.date());
        if (days <= 0)
            return tr("starts at %1").arg(locale.toString(local.time(), QLocale::ShortFormat));
        if (days == 1)
            return tr("starts tomorrow");
        if (days < 7)
            return tr("starts %1").arg(locale.dayName(local.date().dayOfWeek()));
        return tr("starts in %n day(s)", nullptr, int(days));
    }
    if (closes.isValid() && now < closes) {
        const qint64 hours = now.secsTo(closes) / 3600;
        if (hours < 1)
            return tr("closes in less than an hour");
        if (hours < 48)
            return tr("open, closes in %n hour(s)", nullptr, int(hours));
        return tr("open until %1")
            .arg(locale.toString(closes.toLocalTime().addSecs(-1).date(), QLocale::ShortFormat));
    }
    if (closes.isValid())
        return tr("ended");
    return RecordText::seminarPhaseText(RecordText::SeminarPhase::Unknown);
}

void SeminarModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    emitAllChanged();
}

void SeminarModel::emitAllChanged()
{
    for (size_t i = 0; i < m_seminars.size(); ++i) {
        const int threads = int(m_seminars[i].threads.size());
        if (threads > 0) {
            const QModelIndex parent = index(int(i), 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(threads - 1, ColumnCount - 1, parent));
        }
    }
    if (!m_seminars.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_seminars.size()) - 1, ColumnCount - 1));
}

QModelIndex SeminarModel::indexForId(const QString &id) const
{
    for (size_t i = 0; i < m_seminars.size(); ++i) {
        if (m_seminars[i].id == id)
            return index(int(i), 0);
        const auto &threads = m_seminars[i].threads;
        for (size_t j = 0; j < threads.size(); ++j) {
            if (threads[j].id == id)
                return index(int(j), 0, index(int(i), 0));
        }
    }
    return {};
}

QModelIndex SeminarModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < int(m_seminars.size()) ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= int(m_seminars.size()))
        return {};
    if (row >= int(m_seminars[parent.row()].threads.size()))
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SeminarModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SeminarModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_seminars.size());
    if (parent.internalId() != 0 || parent.column() != 0 || parent.row() >= int(m_seminars.size()))
        return 0;
    return int(m_seminars[parent.row()].threads.size());
}

int SeminarModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant SeminarModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        if (index.row() >= int(m_seminars.size()))
            return {};
        return seminarData(m_seminars[index.row()], index.column(), role);
    }
    const size_t s = index.internalId() - 1;
    if (s >= m_seminars.size() || index.row() >= int(m_seminars[s].threads.size()))
        return {};
    return threadData(m_seminars[s].threads[index.row()], index.column(), role);
}

QVariant SeminarModel::seminarData(const Seminar &s, int column, int role) const
{
    const auto phase = RecordText::seminarPhase(s.startsOn, s.endsOn, m_today);
    const QString title = s.title.isEmpty() ? tr("Untitled") : s.title;
    const QString status = countdown(s.startsOn, s.endsOn, m_store->clock()->now());
    const int unread = unreadIn(s);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return title;
        if (column == DatesColumn)
            return RecordText::dateRange(s.startsOn, s.endsOn);
        return status;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        //: A seminar: its title, dates, status and language.
        const QString text = tr("%1, %2, %3, %4")
                                 .arg(title, RecordText::dateRange(s.startsOn, s.endsOn), status,
                                      RecordText::languageName(s.language));
        return unread > 0 ? tr("%1, %n new post(s)", nullptr, unread).arg(text) : text;
    }
    case Qt::FontRole:
        if (unread > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return s.id;
    case EntityRole:
        return QString(Core::Entity::Seminar);
    case SortRole:
        return s.startsOn;
    case PhaseRole:
        return int(phase);
    default:
        return {};
    }
}

QVariant SeminarModel::threadData(const Thread &t, int column, int role) const
{
    QString title = t.title.isEmpty() ? tr("Untitled") : t.title;
    //: Before the title of a thread a facilitator pinned (listed first).
    if (t.pinned)
        title = tr("Pinned: %1").arg(title);
    const QString author = m_members->displayName(t.authorId);
    QString count =
        t.unread > 0 ? tr("%n new", nullptr, t.unread) : tr("%n post(s)", nullptr, t.posts);
    if (t.closed)
        //: A thread a facilitator closed to new posts: "12 posts, closed".
        count = tr("%1, closed").arg(count);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return title;
        if (column == DatesColumn)
            return RecordText::date(t.createdAt);
        return count;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, started by %2 on %3, %4")
            .arg(title, author, RecordText::date(t.createdAt), count);
    case Qt::FontRole:
        if (t.unread > 0) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case IdRole:
        return t.id;
    case EntityRole:
        return QString(Core::Entity::Thread);
    case SortRole:
        return t.createdAt;
    default:
        return {};
    }
}

QVariant SeminarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Seminar");
    case DatesColumn:
        return tr("Dates");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace Ui

#include "seminarmodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"
#include "uilogging.h"

#include <QHash>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

// A thread's index stores its seminar's row + 1 as internal id; a seminar's is 0.
SeminarModel::SeminarModel(Core::LocalStore *store, const MemberDirectory *members, QObject *parent)
    : QAbstractItemModel(parent)
    , m_store(store)
    , m_members(members)
    , m_today(QDate::currentDate())
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Seminar) || e.contains(Core::Entity::Thread))
            reload();
    });
    connect(m_members, &MemberDirectory::changed, this, &SeminarModel::emitAllChanged);
    reload();
}

void SeminarModel::setToday(const QDate &today)
{
    m_today = today;
    emitAllChanged();
}

void SeminarModel::reload()
{
    beginResetModel();
    m_seminars.clear();
    if (m_store->isOpen()) {
        const auto seminars = m_store->records().list(Core::Entity::Seminar, {}, {}, u"starts_on");
        const auto threads = m_store->records().list(Core::Entity::Thread, {}, {}, u"created_at");
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
                m_seminars[*s].threads.push_back(
                    {t.id, t.text(u"title"), t.text(u"author_id"), t.text(u"created_at")});
            }
        }
    }
    endResetModel();
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
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return title;
        if (column == DatesColumn)
            return RecordText::dateRange(s.startsOn, s.endsOn);
        return RecordText::seminarPhaseText(phase);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: A seminar: its title, dates, status and language.
        return tr("%1, %2, %3, %4")
            .arg(title, RecordText::dateRange(s.startsOn, s.endsOn),
                 RecordText::seminarPhaseText(phase), RecordText::languageName(s.language));
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
    const QString title = t.title.isEmpty() ? tr("Untitled") : t.title;
    const QString author = m_members->displayName(t.authorId);
    switch (role) {
    case Qt::DisplayRole:
        if (column == TitleColumn)
            return title;
        if (column == DatesColumn)
            return RecordText::date(t.createdAt);
        return author;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        return tr("%1, started by %2 on %3").arg(title, author, RecordText::date(t.createdAt));
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

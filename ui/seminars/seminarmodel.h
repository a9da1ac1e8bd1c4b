#pragma once

#include <QAbstractItemModel>
#include <QDate>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <vector>

namespace Core {
class LocalStore;
}
namespace Editing {
class Discussions;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The seminars of the replica and their threads, as a tree with three
// columns: title, dates, and status: for a seminar a plain countdown in the
// member's time zone ("starts Monday", "closes in 6 hours", "ended"), for a
// thread how many posts it has or how many are new. Seminars and threads
// with new posts are bold. Newest seminars first. Reloads on changes to
// seminars or threads (the counts in the next turn of the event loop); post
// changes and reading only update the counts (rows that changed). Store, directory, discussions not
// owned.
class SeminarModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeminarModel)

public:
    enum Column { TitleColumn, DatesColumn, StatusColumn, ColumnCount };
    enum Role {
        PhaseRole = Qt::UserRole + 100, // RecordText::SeminarPhase as int, seminars only
    };

    SeminarModel(Core::LocalStore *store, const MemberDirectory *members,
                 Editing::Discussions *discussions, QObject *parent = nullptr);

    // The day the status is computed against (for tests; default: today).
    void setToday(const QDate &today);
    void reload();
    void retranslate();
    QModelIndex indexForId(const QString &id) const;
    // New posts in all, and in how many seminars.
    int unreadPosts() const;
    int seminarsWithUnread() const;
    // The plain status of a seminar at `now` ("closes in 6 hours").
    static QString countdown(const QString &startsOn, const QString &endsOn, const QDateTime &now);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Thread {
        QString id;
        QString title;
        QString authorId;
        QString createdAt;
        bool pinned = false;
        bool closed = false;
        int posts = 0;
        int unread = 0;
    };
    struct Seminar {
        QString id;
        QString title;
        QString language;
        QString startsOn;
        QString endsOn;
        std::vector<Thread> threads;
    };

    QVariant seminarData(const Seminar &s, int column, int role) const;
    QVariant threadData(const Thread &t, int column, int role) const;
    void emitAllChanged();
    // The seminars and threads read again, their counts kept as they were.
    void readList();
    // updateCounts() in the next turn of the event loop (once however often
    // asked meanwhile).
    void recountSoon();
    // The counts of `threads` (all when empty) read again.
    void updateCounts(const QStringList &threads = {});
    QStringList threadsOf(const QSet<QString> &postIds) const;
    int unreadIn(const Seminar &s) const;

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    Editing::Discussions *m_discussions;
    QDate m_today;
    std::vector<Seminar> m_seminars;
    QTimer m_recount;
};

} // namespace Ui

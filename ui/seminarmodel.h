#pragma once

#include <QAbstractItemModel>
#include <QDate>

#include <vector>

namespace Core {
class LocalStore;
}

namespace Editing {
class MemberDirectory;
}

namespace Ui {

using MemberDirectory = Editing::MemberDirectory;

// The seminars of the replica and their threads, as a tree with three
// columns: title, dates, and status (Upcoming / Ongoing / Ended, computed
// from the seminar's dates against today) or, for a thread, who started it.
// Newest seminars first. Reloads on changes to seminars or threads.
// The store and the directory are not owned.
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
                 QObject *parent = nullptr);

    // The day the status is computed against (for tests; default: today).
    void setToday(const QDate &today);
    void reload();
    void retranslate();
    QModelIndex indexForId(const QString &id) const;

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

    Core::LocalStore *m_store;
    const MemberDirectory *m_members;
    QDate m_today;
    std::vector<Seminar> m_seminars;
};

} // namespace Ui

#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>

class QTimer;

namespace Core {
class LocalStore;
}

namespace Editing {

// Display names of the members in the replica, looked up by id for every
// view that shows an author or a responsible person. Reloads itself when
// member records change and then emits changed(); a page of thousands of
// members (a first sync) is read a batch per turn of the event loop, so the
// window never waits for it.
//
// Thread: the GUI thread. The store is not owned.
class MemberDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberDirectory)

public:
    explicit MemberDirectory(Core::LocalStore *store, QObject *parent = nullptr);

    // The member's display name, else their username, else a neutral text.
    QString displayName(const QString &memberId) const;
    bool contains(const QString &memberId) const { return m_names.contains(memberId); }
    void reload();

Q_SIGNALS:
    void changed();

private:
    void update(const QSet<QString> &ids);
    void readNames(const QStringList &ids);
    void readPending();

    static constexpr int Batch = 500;

    Core::LocalStore *m_store;
    QHash<QString, QString> m_names;
    QStringList m_pending; // changed members whose names are still to read
    QTimer *m_pendingTimer;
};

} // namespace Editing

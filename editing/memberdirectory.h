#pragma once

#include <QHash>
#include <QObject>
#include <QSet>

namespace Core {
class LocalStore;
}

namespace Editing {

// Display names of the members in the replica, looked up by id for every
// view that shows an author or a responsible person. Reloads itself when
// member records change and then emits changed().
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
    Core::LocalStore *m_store;
    void update(const QSet<QString> &ids);

    QHash<QString, QString> m_names;
};

} // namespace Editing

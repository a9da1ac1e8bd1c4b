#include "memberdirectory.h"

#include "editinglogging.h"
#include "entityschema.h"
#include "localstore.h"

namespace Editing {

using namespace Qt::StringLiterals;

MemberDirectory::MemberDirectory(Core::LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this,
            [this](const Core::ChangeSet &entities) {
                if (entities.contains(Core::Entity::Member))
                    reload();
            });
    reload();
}

void MemberDirectory::reload()
{
    m_names.clear();
    if (m_store->isOpen()) {
        const auto members = m_store->records().list(Core::Entity::Member);
        if (!members) {
            qCWarning(lcEditing) << "cannot read members:" << members.error().detail;
        } else {
            for (const Core::Record &m : *members) {
                QString name = m.text(u"display_name");
                if (name.isEmpty())
                    name = m.text(u"username");
                m_names.insert(m.id, name);
            }
        }
    }
    Q_EMIT changed();
}

QString MemberDirectory::displayName(const QString &memberId) const
{
    const QString name = m_names.value(memberId);
    if (!name.isEmpty())
        return name;
    if (memberId.isEmpty())
        return {};
    return tr("Unknown member");
}

} // namespace Editing

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
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Member))
            update(e.ids(Core::Entity::Member));
    });
    reload();
}

namespace {

// Names only: a member's bio and the rest are never read here.
const QStringList NameFields{u"display_name"_s, u"username"_s};

QString nameOf(const Core::Record &m)
{
    const QString name = m.text(u"display_name");
    return name.isEmpty() ? m.text(u"username") : name;
}

} // namespace

void MemberDirectory::reload()
{
    m_names.clear();
    if (m_store->isOpen()) {
        const auto members =
            m_store->records().listOutline(Core::Entity::Member, NameFields, {}, {}, {});
        if (!members) {
            qCWarning(lcEditing) << "cannot read members:" << members.error().detail;
        } else {
            m_names.reserve(members->size());
            for (const Core::Record &m : *members)
                m_names.insert(m.id, nameOf(m));
        }
    }
    Q_EMIT changed();
}

void MemberDirectory::update(const QSet<QString> &ids)
{
    // A page of a pull brings thousands: only those are read again.
    const auto members = m_store->records().getMany(
        Core::Entity::Member, QStringList(ids.begin(), ids.end()), NameFields);
    if (!members) {
        reload();
        return;
    }
    for (const QString &id : ids)
        m_names.remove(id);
    for (const Core::Record &m : *members)
        m_names.insert(m.id, nameOf(m));
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

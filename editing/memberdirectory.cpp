#include "memberdirectory.h"

#include "editinglogging.h"
#include "entityschema.h"
#include "localstore.h"

#include <QTimer>

namespace Editing {

using namespace Qt::StringLiterals;

MemberDirectory::MemberDirectory(Core::LocalStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_pendingTimer(new QTimer(this))
{
    m_pendingTimer->setSingleShot(true);
    m_pendingTimer->setInterval(0);
    connect(m_pendingTimer, &QTimer::timeout, this, &MemberDirectory::readPending);
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
    m_pending.clear();
    m_pendingTimer->stop();
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
    if (ids.size() <= Batch && m_pending.isEmpty()) {
        readNames(QStringList(ids.begin(), ids.end()));
        Q_EMIT changed();
        return;
    }
    // Thousands at once: a batch per turn of the event loop.
    m_pending << QStringList(ids.begin(), ids.end());
    m_pendingTimer->start();
}

void MemberDirectory::readPending()
{
    const QStringList batch = m_pending.mid(0, Batch);
    m_pending.remove(0, batch.size());
    readNames(batch);
    if (m_pending.isEmpty())
        Q_EMIT changed();
    else
        m_pendingTimer->start();
}

void MemberDirectory::readNames(const QStringList &ids)
{
    const auto members = m_store->records().getMany(Core::Entity::Member, ids, NameFields);
    if (!members) {
        qCWarning(lcEditing) << "cannot read members:" << members.error().detail;
        return;
    }
    for (const QString &id : ids)
        m_names.remove(id);
    for (const Core::Record &m : *members)
        m_names.insert(m.id, nameOf(m));
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

#pragma once

#include <QAnyStringView>
#include <QHash>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Core {

// Which records a committed write touched, by entity: what models need to
// update the rows that changed instead of reloading everything.
class ChangeSet
{
public:
    ChangeSet() = default;
    ChangeSet(QAnyStringView entity, const QString &id) { add(entity, id); }

    void add(QAnyStringView entity, const QString &id) { m_ids[entity.toString()].insert(id); }
    // Adds every record `other` names.
    void unite(const ChangeSet &other)
    {
        for (auto it = other.m_ids.cbegin(); it != other.m_ids.cend(); ++it)
            m_ids[it.key()].unite(it.value());
    }

    bool isEmpty() const { return m_ids.isEmpty(); }
    bool contains(QAnyStringView entity) const { return m_ids.contains(entity.toString()); }
    bool contains(QAnyStringView entity, const QString &id) const
    {
        const auto it = m_ids.constFind(entity.toString());
        return it != m_ids.cend() && it->contains(id);
    }
    // The ids of `entity` that changed (empty when none did).
    QSet<QString> ids(QAnyStringView entity) const { return m_ids.value(entity.toString()); }
    QStringList entities() const { return m_ids.keys(); }
    qsizetype size() const
    {
        qsizetype n = 0;
        for (const QSet<QString> &ids : m_ids)
            n += ids.size();
        return n;
    }

    friend bool operator==(const ChangeSet &, const ChangeSet &) = default;

private:
    QHash<QString, QSet<QString>> m_ids;
};

} // namespace Core

Q_DECLARE_METATYPE(Core::ChangeSet)

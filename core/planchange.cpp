#include "planchange.h"

#include <QStringList>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

bool isEmptyValue(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty());
}

} // namespace

QJsonObject planChanges(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject changes;
    QStringList names = before.keys() + after.keys();
    names.removeDuplicates();
    for (const QString &name : std::as_const(names)) {
        if (name == u"position" || name == u"plan_id")
            continue;
        const QJsonValue old = before.value(name);
        const QJsonValue now = after.value(name);
        if (old == now || (isEmptyValue(old) && isEmptyValue(now)))
            continue;
        QJsonObject change;
        if (!isEmptyValue(old))
            change.insert(u"old"_s, old);
        if (!isEmptyValue(now))
            change.insert(u"new"_s, now);
        changes.insert(name, change);
    }
    return changes;
}

} // namespace Core

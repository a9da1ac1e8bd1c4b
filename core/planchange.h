#pragma once

#include <QJsonObject>

namespace Core {

// What a change to an action plan or one of its activities did, as the
// plan's history keeps it (the "changes" of an Entity::PlanChange record):
// {"field": {"old": …, "new": …}} for each field whose value changed, "old"
// absent when the value was empty and "new" when it is now. The order of
// activities ("position": moving one renumbers many) and an activity's plan
// are left out. The server writes it for what it applies; the app works out
// its own unsent changes the same way.
QJsonObject planChanges(const QJsonObject &before, const QJsonObject &after);

} // namespace Core

#pragma once

#include "rubric.h"

#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Core {
class LocalStore;
}

namespace Editing {

// The member ids of a team's or program's member list: an array of ids, or of
// objects with `member_id` (or `id`).
QStringList memberIds(const QJsonValue &value);

// Which teams' plans and submissions a member works with: their own teams;
// for facilitators also every team of the programs they facilitate (or
// coach); admins and an unknown member (nobody signed in yet) see every team
// in the replica. The server already limits the replica; this narrows a
// facilitator's or a shared laptop's view to what is theirs.
struct TeamScope {
    bool all = true;
    QSet<QString> teamIds;

    bool contains(const QString &teamId) const { return all || teamIds.contains(teamId); }

    static TeamScope forMember(const Core::LocalStore &store, const QString &memberId,
                               const QStringList &roles);
};

// The review rubric of the program a team belongs to (empty when the
// replica has none).
Core::Rubric rubricOfTeam(const Core::LocalStore &store, const QString &teamId);

} // namespace Editing

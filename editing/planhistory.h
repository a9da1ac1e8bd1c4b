#pragma once

#include "result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace Core {
class LocalStore;
struct OutboxEntry;
} // namespace Core

namespace Editing {

// Who changed what in one action plan, newest first: the changes the server
// recorded (Core::Entity::PlanChange records, pulled with the team's other
// records and kept offline) and, before them, the changes made on this
// computer that wait to be sent. One entry per changed field; adding or
// deleting an activity is one entry with the whole activity.
//
// Thread: the thread that owns the store.
class PlanHistory final
{
public:
    struct Change {
        QString recordEntity; // Core::Entity::ActionPlan or Activity
        QString recordId;
        QString kind;  // create, patch or delete
        QString field; // the field changed; empty when an activity was added or deleted
        // The value before and after (undefined: none). An activity added or
        // deleted has its fields as an object after or before.
        QJsonValue before;
        QJsonValue after;
        QString authorId;
        QString at;           // ISO 8601, UTC
        bool pending = false; // made here, not sent yet
        QString activityName; // an activity's "what", as it was or is

        bool isActivity() const;
        bool addsActivity() const { return isActivity() && field.isEmpty() && kind == u"create"; }
        bool deletesActivity() const
        {
            return isActivity() && field.isEmpty() && kind == u"delete";
        }
    };

    static Core::Result<QList<Change>> read(const Core::LocalStore &store, const QString &planId);
    // The plan a local change is about (empty: neither a plan nor an activity).
    static Core::Result<QString> planOf(const Core::LocalStore &store,
                                        const Core::OutboxEntry &entry);

    // Whether an entry can be put back as it was before: a section or an
    // activity field, an added activity (it goes) or a deleted one (it
    // comes back). See PlanDocument::restore().
    static bool mayRestore(const Change &change);
};

} // namespace Editing

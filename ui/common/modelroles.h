#pragma once

#include <Qt>

namespace Ui {

// Item data roles shared by every model of the UI layer.
enum ModelRole {
    IdRole = Qt::UserRole + 1, // the record's UUID (QString)
    EntityRole,                // the record's entity name (QString)
    SortRole,                  // a value to sort by (dates as ISO text, numbers)
    DepthRole,                 // nesting level of a reply (int)
    OutboxMarkRole,            // local changes not on the server yet (OutboxMarks::Mark as int)
};

} // namespace Ui

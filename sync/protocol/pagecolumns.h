#pragma once

#include "protocol.h"
#include "result.h"

#include <QJsonObject>

// The column layout of a pull page (docs/sync-protocol.md, "Encoding"): the
// records of one entity with the same field names travel as one table, a
// column per field, so that values alike lie side by side and compress well
// at a fast zstd level. Used by encode(PullPage, PageLayout::Columns) and
// decodePullPage(); pure functions, safe on any thread.
namespace Sync::Protocol {

// The changes of `page` as the members "tables" and "deleted" of `out`:
//   "tables": [{"entity": "post", "fields": ["body", "created_at", …],
//               "id": [...], "rev": [...], "updated_at": [...], "updated_by": [...],
//               "values": [[bodies…], [created_at…], …]}, …],
//   "deleted": [{"entity": "activity", "id": [...], "rev": [...]}, …]
// Each "rev" column holds the first revision, then the difference from the
// one before (small numbers, as a page runs in revision order). A column of
// UUIDs only (ids, updated_by, references) is one string of their hex
// digits, {"uuids": "…"}, 32 a UUID; readColumns() takes a list as well.
// Written as JSON text, the members in that order, for encode() to place
// in the page's object: `"deleted":[…],` when there are tombstones, then
// `"tables":[…]`. A record's values are copied from page.storedFields as
// they are when it has them (one that is not a JSON object's text is read
// and written again).
QByteArray writeColumns(const PullPage &page);

// Appends to page.records and page.tombstones the changes of a page in the
// column layout. Fails with ErrorCode::Protocol on any shape that
// writeColumns() does not make (columns of unequal length, a field named
// twice, a revision out of range) or on a record Core::validateRecord refuses.
Core::Status readColumns(const QJsonObject &object, PullPage &page);

} // namespace Sync::Protocol

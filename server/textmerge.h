#pragma once

#include <QString>

#include <optional>

namespace Server {

// Three-way merge of one text field: `ours` and `theirs` are two edits of
// `base`. Changes to different parts merge (lines first; a region both sides
// changed is tried again word by word); a region both changed differently
// has no merge and the result is empty. Large inputs that would take too long
// to compare are not merged either.
std::optional<QString> mergeText(const QString &base, const QString &ours, const QString &theirs);

} // namespace Server

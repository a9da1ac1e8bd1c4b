#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

#include <optional>

namespace Server {

// Three-way merge of one text field: `ours` and `theirs` are two edits of
// `base`. Changes to different parts merge (lines first; a region both sides
// changed is tried again word by word); a region both changed differently
// has no merge and the result is empty. Large inputs that would take too long
// to compare are not merged either.
std::optional<QString> mergeText(const QString &base, const QString &ours, const QString &theirs);

// The merges of one push, within a budget: comparing two texts costs the
// cells of the table that matches their lines (n × m, and so for the words
// of a region both changed). One merge may spend at most PerMerge cells, all
// the merges of a request at most `budget`; past that a text is not merged
// (the pushed value is kept as a conflict, nothing is lost). Each result is
// remembered, so a merge worked out before the write transaction is not
// paid for again inside it.
class TextMerger final
{
public:
    static constexpr qint64 PerMerge = 8'000'000;
    static constexpr qint64 PerRequest = 64'000'000;

    explicit TextMerger(qint64 budget = PerRequest);

    std::optional<QString> merge(const QString &base, const QString &ours, const QString &theirs);
    qint64 spent() const { return m_spent; }
    qint64 left() const { return m_budget - m_spent; }

private:
    qint64 m_budget;
    qint64 m_spent = 0;
    QHash<QByteArray, std::optional<QString>> m_done;
};

} // namespace Server

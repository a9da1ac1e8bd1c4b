#include "textmerge.h"

#include <QCryptographicHash>
#include <QList>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Server {

namespace {

using Tokens = QList<QStringView>;

// What a merge may still spend, in cells of the comparison tables.
struct Cells {
    qint64 left = 0;
    qint64 spent = 0;
    bool take(qint64 cells)
    {
        if (cells > left)
            return false;
        left -= cells;
        spent += cells;
        return true;
    }
};

// Each distinct token as a small number: the table compares numbers.
std::vector<int> numbered(const Tokens &tokens, QHash<QStringView, int> &numbers)
{
    std::vector<int> out;
    out.reserve(std::size_t(tokens.size()));
    for (const QStringView token : tokens) {
        auto it = numbers.constFind(token);
        if (it == numbers.cend())
            it = numbers.insert(token, int(numbers.size()));
        out.push_back(*it);
    }
    return out;
}

// Lines, each with its line break.
Tokens lines(const QString &text)
{
    Tokens out;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\n') {
            out << QStringView(text).mid(start, i + 1 - start);
            start = i + 1;
        }
    }
    if (start < text.size())
        out << QStringView(text).mid(start);
    return out;
}

// Words, each with the spaces after it.
Tokens words(const QString &text)
{
    Tokens out;
    qsizetype start = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && !text.at(i).isSpace())
            ++i;
        while (i < text.size() && text.at(i).isSpace())
            ++i;
        out << QStringView(text).mid(start, i - start);
        start = i;
    }
    return out;
}

// For each token of `a`, the index of its partner in `b` in a longest common
// subsequence, or -1. Empty when the comparison would cost more than is left.
std::optional<std::vector<qsizetype>> match(const Tokens &a, const Tokens &b, Cells &cells)
{
    std::vector<qsizetype> partner(std::size_t(a.size()), -1);
    qsizetype head = 0;
    while (head < a.size() && head < b.size() && a[head] == b[head]) {
        partner[std::size_t(head)] = head;
        ++head;
    }
    qsizetype tail = 0;
    while (tail < a.size() - head && tail < b.size() - head &&
           a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
        partner[std::size_t(a.size() - 1 - tail)] = b.size() - 1 - tail;
        ++tail;
    }
    const qsizetype n = a.size() - head - tail;
    const qsizetype m = b.size() - head - tail;
    if (n == 0 || m == 0)
        return partner;
    if (!cells.take(qint64(n + 1) * qint64(m + 1)))
        return std::nullopt;
    QHash<QStringView, int> numbers;
    const std::vector<int> x = numbered(a.mid(head, n), numbers);
    const std::vector<int> y = numbered(b.mid(head, m), numbers);
    // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    auto at = [m](qsizetype i, qsizetype j) {
        return std::size_t(i * (m + 1) + j);
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = x[std::size_t(i)] == y[std::size_t(j)]
                                ? lcs[at(i + 1, j + 1)] + 1
                                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (x[std::size_t(i)] == y[std::size_t(j)]) {
            partner[std::size_t(head + i)] = head + j;
            ++i;
            ++j;
        } else if (lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            ++i;
        } else {
            ++j;
        }
    }
    return partner;
}

QString join(const Tokens &tokens, qsizetype from, qsizetype to)
{
    QString out;
    for (qsizetype k = from; k < to; ++k)
        out += tokens[k];
    return out;
}

std::optional<QString> merge(const QString &base, const QString &ours, const QString &theirs,
                             Tokens (*split)(const QString &), bool refine, Cells &cells);

// diff3: walk the base; where a base token is kept by both sides the three
// texts are in step. Between such points, take the side that changed; when
// both changed the same way, take it once; otherwise refine or give up.
std::optional<QString> merge(const QString &base, const QString &ours, const QString &theirs,
                             Tokens (*split)(const QString &), bool refine, Cells &cells)
{
    const Tokens b = split(base);
    const Tokens o = split(ours);
    const Tokens t = split(theirs);
    const auto mo = match(b, o, cells);
    if (!mo)
        return std::nullopt;
    const auto mt = match(b, t, cells);
    if (!mt)
        return std::nullopt;
    QString out;
    qsizetype bi = 0;
    qsizetype oi = 0;
    qsizetype ti = 0;
    while (true) {
        // The next base token both sides kept, at or after bi.
        qsizetype k = bi;
        while (k < b.size() && ((*mo)[std::size_t(k)] < 0 || (*mt)[std::size_t(k)] < 0))
            ++k;
        const qsizetype oEnd = k < b.size() ? (*mo)[std::size_t(k)] : o.size();
        const qsizetype tEnd = k < b.size() ? (*mt)[std::size_t(k)] : t.size();
        const QString bSeg = join(b, bi, k);
        const QString oSeg = join(o, oi, oEnd);
        const QString tSeg = join(t, ti, tEnd);
        if (oSeg == bSeg) {
            out += tSeg;
        } else if (tSeg == bSeg || oSeg == tSeg) {
            out += oSeg;
        } else if (refine) {
            const auto inner = merge(bSeg, oSeg, tSeg, &words, false, cells);
            if (!inner)
                return std::nullopt;
            out += *inner;
        } else {
            return std::nullopt;
        }
        if (k >= b.size())
            break;
        out += b[k];
        bi = k + 1;
        oi = oEnd + 1;
        ti = tEnd + 1;
    }
    return out;
}

// The merge with at most `cells` to spend.
std::optional<QString> mergeWithin(const QString &base, const QString &ours, const QString &theirs,
                                   Cells &cells)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    return merge(base, ours, theirs, &lines, true, cells);
}

} // namespace

std::optional<QString> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    Cells cells{TextMerger::PerMerge};
    return mergeWithin(base, ours, theirs, cells);
}

TextMerger::TextMerger(qint64 budget)
    : m_budget(budget)
{}

std::optional<QString> TextMerger::merge(const QString &base, const QString &ours,
                                         const QString &theirs)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString *text : {&base, &ours, &theirs}) {
        const qint64 size = text->size();
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
        hash.addData(QByteArrayView(reinterpret_cast<const char *>(text->constData()),
                                    text->size() * qsizetype(sizeof(QChar))));
    }
    const QByteArray key = hash.result();
    if (const auto done = m_done.constFind(key); done != m_done.cend())
        return *done;
    Cells cells{std::min(PerMerge, left())};
    std::optional<QString> merged = mergeWithin(base, ours, theirs, cells);
    m_spent += cells.spent;
    m_done.insert(key, merged);
    return merged;
}

} // namespace Server

#include "textmerge.h"

#include <QList>
#include <QStringList>
#include <QStringView>

#include <vector>

namespace Server {

namespace {

// Above this many cells the quadratic comparison is not attempted.
constexpr qsizetype MaxCells = 4'000'000;

using Tokens = QList<QStringView>;

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
// subsequence, or -1. Empty when the inputs are too large.
std::optional<std::vector<qsizetype>> match(const Tokens &a, const Tokens &b)
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
    if ((n + 1) * (m + 1) > MaxCells)
        return std::nullopt;
    // lcs[i][j]: the longest common subsequence of a[head+i..] and b[head+j..].
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    auto at = [m](qsizetype i, qsizetype j) {
        return std::size_t(i * (m + 1) + j);
    };
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j) {
            lcs[at(i, j)] = a[head + i] == b[head + j]
                                ? lcs[at(i + 1, j + 1)] + 1
                                : std::max(lcs[at(i + 1, j)], lcs[at(i, j + 1)]);
        }
    }
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a[head + i] == b[head + j]) {
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
                             Tokens (*split)(const QString &), bool refine);

// diff3: walk the base; where a base token is kept by both sides the three
// texts are in step. Between such points, take the side that changed; when
// both changed the same way, take it once; otherwise refine or give up.
std::optional<QString> merge(const QString &base, const QString &ours, const QString &theirs,
                             Tokens (*split)(const QString &), bool refine)
{
    const Tokens b = split(base);
    const Tokens o = split(ours);
    const Tokens t = split(theirs);
    const auto mo = match(b, o);
    const auto mt = match(b, t);
    if (!mo || !mt)
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
            const auto inner = merge(bSeg, oSeg, tSeg, &words, false);
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

} // namespace

std::optional<QString> mergeText(const QString &base, const QString &ours, const QString &theirs)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    return merge(base, ours, theirs, &lines, true);
}

} // namespace Server

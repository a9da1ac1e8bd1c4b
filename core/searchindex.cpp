#include "searchindex.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace Core {

using namespace Qt::StringLiterals;

namespace {

// Characters folded away or into another (0: removed).
struct Fold {
    char16_t from;
    char16_t to;
};
constexpr Fold Folds[] = {
    // Arabic: fathatan … sukun, superscript alef, tatweel.
    {0x064B, 0},
    {0x064C, 0},
    {0x064D, 0},
    {0x064E, 0},
    {0x064F, 0},
    {0x0650, 0},
    {0x0651, 0},
    {0x0652, 0},
    {0x0670, 0},
    {0x0640, 0},
    // Alef with madda or hamza as plain alef; alef maqsura as ya.
    {0x0622, 0x0627},
    {0x0623, 0x0627},
    {0x0625, 0x0627},
    {0x0649, 0x064A},
    // Russian: ё and Ё as е and Е.
    {0x0451, 0x0435},
    {0x0401, 0x0415},
};

} // namespace

QString SearchIndex::fold(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        bool kept = true;
        for (const Fold &f : Folds) {
            if (c.unicode() == f.from) {
                if (f.to != 0)
                    out += QChar(f.to);
                kept = false;
                break;
            }
        }
        if (kept)
            out += c;
    }
    return out;
}

QString SearchIndex::foldSql(const QString &expression)
{
    QString sql = expression;
    for (const Fold &f : Folds) {
        sql = u"replace(%1, char(%2), %3)"_s.arg(sql)
                  .arg(int(f.from))
                  .arg(f.to == 0 ? u"''"_s : u"char(%1)"_s.arg(int(f.to)));
    }
    return sql;
}

SearchIndex::SearchIndex(QSqlDatabase db)
    : m_db(std::move(db))
{}

QString SearchIndex::toMatchExpression(const QString &userText)
{
    static const QRegularExpression separators(u"[\\s\\p{P}\\p{S}]+"_s);
    QStringList terms;
    const QStringList words = userText.split(separators, Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < words.size(); ++i) {
        // Each word becomes a quoted FTS5 string, so operators typed by the
        // user (AND, NEAR, *, ^) are plain text.
        QString term = u'"' + QString(words[i]).replace(u'"', u"\"\""_s) + u'"';
        if (i == words.size() - 1)
            term += u'*';
        terms << term;
    }
    return terms.join(u' ');
}

Result<QList<SearchHit>> SearchIndex::search(const QString &userText, int limit) const
{
    const QString match = toMatchExpression(fold(userText));
    if (match.isEmpty())
        return QList<SearchHit>();
    const QString start(SearchHit::MatchStart);
    const QString end(SearchHit::MatchEnd);
    QList<SearchHit> hits;
    const auto run = [&](const QString &sql, const QVariantList &values,
                         const QString &entity) -> Status {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (Status s = exec(q, sql, values); !s)
            return s;
        while (q.next()) {
            hits << SearchHit{entity, q.value(0).toString(), q.value(1).toString(),
                              q.value(2).toString()};
        }
        return {};
    };
    // Lessons: a few hundred, all ranked.
    if (Status s = run(u"SELECT record_id, title, snippet(search_lesson, 2, ?, ?, '…', 12) "
                       "FROM search_lesson WHERE search_lesson MATCH ? ORDER BY rank LIMIT ?"_s,
                       {start, end, match, limit}, u"lesson"_s);
        !s) {
        return s.error();
    }
    // Posts: hundreds of thousands, where a common word matches half of
    // them; the newest CandidatePosts matches are ranked (the rowid range
    // is read from the index directly), so a search stays quick at scale.
    if (Status s = run(u"SELECT record_id, '', snippet(search_post, 1, ?, ?, '…', 12) "
                       "FROM search_post WHERE search_post MATCH ? AND rowid >= coalesce(("
                       "SELECT min(rowid) FROM (SELECT rowid FROM search_post WHERE "
                       "search_post MATCH ? ORDER BY rowid DESC LIMIT ?)), 0) "
                       "ORDER BY rank LIMIT ?"_s,
                       {start, end, match, match, CandidatePosts, limit}, u"post"_s);
        !s) {
        return s.error();
    }
    return hits;
}

} // namespace Core

#include "searchindex.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

namespace Core {

using namespace Qt::StringLiterals;

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
    const QString match = toMatchExpression(userText);
    if (match.isEmpty())
        return QList<SearchHit>();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (Status s =
            exec(q,
                 u"SELECT entity, record_id, title, snippet(search_index, 3, ?, ?, "
                 "'…', 12) FROM search_index WHERE search_index MATCH ? "
                 // Posts a facilitator hid are not offered to readers.
                 "AND NOT (entity = 'post' AND record_id IN "
                 "(SELECT id FROM post WHERE hidden_at <> '')) "
                 "ORDER BY rank LIMIT ?"_s,
                 {QString(SearchHit::MatchStart), QString(SearchHit::MatchEnd), match, limit});
        !s)
        return s.error();
    QList<SearchHit> hits;
    while (q.next()) {
        hits << SearchHit{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toString()};
    }
    return hits;
}

} // namespace Core

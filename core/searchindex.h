#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Core {

struct SearchHit {
    QString entity; // "lesson" or "post"
    QString recordId;
    QString title;
    QString snippet; // the text around the match, matched words between MatchStart and MatchEnd

    // Control characters no text holds, so that brackets of the text (a
    // Markdown link) are never taken for a match.
    static constexpr QChar MatchStart{0x0001};
    static constexpr QChar MatchEnd{0x0002};
};

// Full-text search over lessons and posts (FTS5, accents folded; see fold()). The index
// is kept current by triggers in the replica, so it is never out of step.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db = {});

    // Every word the user typed must match (as a prefix for the last word);
    // the text is bound as data, never spliced into the query.
    // At most `limit` lessons, then at most `limit` posts, each best first.
    Result<QList<SearchHit>> search(const QString &userText, int limit = 50) const;
    // How many of the newest matching posts are ranked.
    static constexpr int CandidatePosts = 2000;

    static QString toMatchExpression(const QString &userText);

    // What the index holds and the query is folded to, beyond FTS5's own
    // case and Latin accent folding: Arabic without its short vowels,
    // shadda and tatweel, with one alef and one final ya (a vocalised word
    // is found when typed plain), and Russian ё as е.
    static QString fold(const QString &text);
    // The same folding as an SQL expression over `expression`: the function
    // installFold() gives a connection, which the index's triggers call.
    static QString foldSql(const QString &expression);
    // Gives the replica's connection `db` the SQL function foldSql() calls.
    // Every connection that writes lessons or posts needs it (SQLite's
    // own shell cannot write them: "no such function").
    static Status installFold(const QSqlDatabase &db);

private:
    QSqlDatabase m_db;
};

} // namespace Core

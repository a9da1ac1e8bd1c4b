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

// Full-text search over lessons and posts (FTS5, accents folded). The index
// is kept current by triggers in the replica, so it is never out of step.
class SearchIndex final
{
public:
    explicit SearchIndex(QSqlDatabase db = {});

    // Every word the user typed must match (as a prefix for the last word);
    // the text is bound as data, never spliced into the query.
    Result<QList<SearchHit>> search(const QString &userText, int limit = 50) const;

    static QString toMatchExpression(const QString &userText);

private:
    QSqlDatabase m_db;
};

} // namespace Core

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
    QString snippet; // matched words wrapped in [ and ]
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

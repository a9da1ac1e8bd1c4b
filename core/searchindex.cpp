#include "searchindex.h"

#include "database.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>

#include <algorithm>
#include <iterator>

#include <sqlite3.h>

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

constexpr char FoldFunction[] = "leadernet_fold";

// The UTF-8 text of `text` folded as SearchIndex::fold() folds; `changed`
// says whether anything was. Every folded character, and what it becomes,
// is two bytes long in UTF-8 (U+0080 to U+07FF).
QByteArray foldUtf8(QByteArrayView text, bool &changed)
{
    changed = false;
    QByteArray out;
    qsizetype kept = 0; // the text before it is in `out`
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const auto lead = uchar(text[i]);
        const auto next = uchar(text[i + 1]);
        if (lead < 0xC2 || lead > 0xDF || (next & 0xC0) != 0x80)
            continue; // one byte, or part of a longer character
        const auto c = char16_t(((lead & 0x1F) << 6) | (next & 0x3F));
        const Fold *f = std::find_if(std::begin(Folds), std::end(Folds),
                                     [c](const Fold &fold) { return fold.from == c; });
        if (f != std::end(Folds)) {
            if (!changed)
                out.reserve(text.size());
            changed = true;
            out.append(text.sliced(kept, i - kept));
            if (f->to != 0) {
                out.append(char(0xC0 | (f->to >> 6)));
                out.append(char(0x80 | (f->to & 0x3F)));
            }
            kept = i + 2;
        }
        ++i; // past the second byte
    }
    if (changed)
        out.append(text.sliced(kept));
    return out;
}

void foldFunction(sqlite3_context *context, int, sqlite3_value **values)
{
    sqlite3_value *value = values[0];
    if (sqlite3_value_type(value) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(value));
    if (!text) {
        sqlite3_result_error_nomem(context);
        return;
    }
    bool changed = false;
    const QByteArray folded = foldUtf8({text, sqlite3_value_bytes(value)}, changed);
    if (!changed) {
        sqlite3_result_value(context, value);
        return;
    }
    sqlite3_result_text(context, folded.constData(), int(folded.size()), SQLITE_TRANSIENT);
}

} // namespace

Status SearchIndex::installFold(const QSqlDatabase &db)
{
    sqlite3 *connection = sqliteHandle(db);
    if (!connection)
        return makeError(ErrorCode::DatabaseOpen, u"the replica is not an open SQLite database"_s);
    const int rc = sqlite3_create_function_v2(
        connection, FoldFunction, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
        nullptr, foldFunction, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return makeError(ErrorCode::DatabaseOpen, u"cannot add the search fold: %1"_s.arg(
                                                      QString::fromUtf8(sqlite3_errstr(rc))));
    }
    return {};
}

QString SearchIndex::fold(const QString &text)
{
    // The index's own fold, so that a query and the index never differ.
    bool changed = false;
    const QByteArray folded = foldUtf8(text.toUtf8(), changed);
    return changed ? QString::fromUtf8(folded) : text;
}

QString SearchIndex::foldSql(const QString &expression)
{
    return u"%1(%2)"_s.arg(QLatin1StringView(FoldFunction), expression);
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

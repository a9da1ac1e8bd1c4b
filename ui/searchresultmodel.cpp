#include "searchresultmodel.h"

#include <QRegularExpression>

#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "uilogging.h"

namespace Ui {

using namespace Qt::StringLiterals;

SearchResultModel::SearchResultModel(Core::LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{}

bool SearchResultModel::search(const QString &text)
{
    beginResetModel();
    m_text = text.trimmed();
    m_hits.clear();
    bool ok = true;
    if (!m_text.isEmpty() && m_store->isOpen()) {
        const auto hits = m_store->search().search(m_text);
        if (hits) {
            m_hits = *hits;
        } else {
            ok = false;
            qCWarning(lcUi) << "search failed:" << hits.error().detail;
        }
    }
    endResetModel();
    return ok;
}

void SearchResultModel::retranslate()
{
    if (!m_hits.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_hits.size()) - 1));
}

QString SearchResultModel::kindText(const Core::SearchHit &hit) const
{
    return hit.entity == Core::Entity::Lesson ? tr("Lesson") : tr("Post");
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QString SearchResultModel::readable(const QString &snippet)
{
    // What a person reads, not the Markdown source: links as their text,
    // no heading, quote or list marks, no emphasis or code markers.
    static const QRegularExpression link(u"!?\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression lineMarks(u"(^|\\n)[ \\t]*(#{1,6}|>|[-+*]|\\d+[.)])[ \\t]+"_s);
    static const QRegularExpression emphasis(
        u"\\*\\*|__|~~|`+|(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])|"
        "(?<!\\w)_(?=\\S)|(?<=\\S)_(?!\\w)"_s);
    static const QRegularExpression table(u"\\|[ :\\-|]*\\|?"_s);
    QString text = snippet;
    text.replace(link, u"\\1"_s);
    text.replace(lineMarks, u"\\1"_s);
    text.remove(emphasis);
    text.replace(table, u" "_s);
    text = text.simplified();
    text.replace(Core::SearchHit::MatchStart, u'[');
    text.replace(Core::SearchHit::MatchEnd, u']');
    return text;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const Core::SearchHit &hit = m_hits.at(index.row());
    QString snippet = readable(hit.snippet);
    const QString title = hit.title.isEmpty() ? kindText(hit) : hit.title;
    switch (role) {
    case Qt::DisplayRole:
        //: A search result: the lesson or post title, then the matching text.
        return tr("%1\n%2").arg(title, snippet);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        //: A search result: kind (Lesson or Post), title, matching text.
        return tr("%1: %2, %3").arg(kindText(hit), title, snippet.remove(u'[').remove(u']'));
    case IdRole:
        return hit.recordId;
    case EntityRole:
        return hit.entity;
    default:
        return {};
    }
}

} // namespace Ui

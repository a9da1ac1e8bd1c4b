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
    m_rows.clear();
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
    // Lessons first, then posts; each kind in the order of the ranking.
    for (const QLatin1StringView entity : {Core::Entity::Lesson, Core::Entity::Post}) {
        QList<Row> group;
        for (qsizetype i = 0; i < m_hits.size(); ++i) {
            if (m_hits.at(i).entity == entity)
                group << Row{QString(entity), int(i), 0};
        }
        if (group.isEmpty())
            continue;
        m_rows << Row{QString(entity), -1, int(group.size())};
        m_rows << group;
    }
    endResetModel();
    return ok;
}

void SearchResultModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

QModelIndex SearchResultModel::firstHit() const
{
    for (qsizetype row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).hit >= 0)
            return index(int(row));
    }
    return {};
}

QString SearchResultModel::headingText(const QString &entity, int count) const
{
    //: The heading over the lessons found by a search.
    return entity == Core::Entity::Lesson ? tr("Lessons (%1)").arg(count)
                                          //: The heading over the posts found by a search.
                                          : tr("Posts (%1)").arg(count);
}

Qt::ItemFlags SearchResultModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return Qt::NoItemFlags;
    // A heading is read, never chosen: the arrow keys pass over it.
    return m_rows.at(index.row()).hit < 0 ? Qt::NoItemFlags
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString SearchResultModel::kindText(const Core::SearchHit &hit) const
{
    return hit.entity == Core::Entity::Lesson ? tr("Lesson") : tr("Post");
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString SearchResultModel::readable(const QString &snippet)
{
    QString text = readableMarked(snippet);
    text.replace(Core::SearchHit::MatchStart, u'[');
    text.replace(Core::SearchHit::MatchEnd, u']');
    return text;
}

QString SearchResultModel::readableMarked(const QString &snippet)
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
    return text.simplified();
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    if (row.hit < 0) {
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return headingText(row.entity, row.count);
        case HeadingRole:
            return true;
        case EntityRole:
            return row.entity;
        default:
            return {};
        }
    }
    const Core::SearchHit &hit = m_hits.at(row.hit);
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
    case HeadingRole:
        return false;
    case TitleRole:
        return title;
    case MatchesRole:
        return readableMarked(hit.snippet);
    case IdRole:
        return hit.recordId;
    case EntityRole:
        return hit.entity;
    default:
        return {};
    }
}

} // namespace Ui

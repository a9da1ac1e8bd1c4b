#pragma once

#include "searchindex.h"

#include <QAbstractListModel>

namespace Core {
class LocalStore;
}

namespace Ui {

// Full-text search results over lessons and posts (LocalStore::search()),
// grouped by kind: a heading row ("Lessons (3)", HeadingRole true, not
// selectable) before the hits of each kind, best first. Each hit shows the
// title and the matching words in context (MatchesRole keeps the matched
// words marked for highlighting); IdRole and EntityRole say what to open.
// Holds results until the next search.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    explicit SearchResultModel(Core::LocalStore *store, QObject *parent = nullptr);

    // Runs the search; an empty text clears the results. Returns false when
    // the replica could not be searched.
    bool search(const QString &text);
    QString text() const { return m_text; }
    int hitCount() const { return int(m_hits.size()); }
    // The first hit's row (after its heading), invalid when none.
    QModelIndex firstHit() const;

    enum Role {
        HeadingRole = Qt::UserRole + 100, // bool: a kind's heading, not a hit
        TitleRole,                        // the hit's lesson or thread title
        MatchesRole, // the snippet as read, matched words between SearchHit's marks
    };
    void retranslate();

    // A snippet as a person reads it: the Markdown marks gone, the matched
    // words between [ and ].
    static QString readable(const QString &snippet);

    // As readable(), the matched words kept between SearchHit's marks.
    static QString readableMarked(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QString kindText(const Core::SearchHit &hit) const;
    QString headingText(const QString &entity, int count) const;

    // A row: a heading (hit < 0) or a hit.
    struct Row {
        QString entity;
        int hit = -1;
        int count = 0; // headings: the hits under them
    };

    Core::LocalStore *m_store;
    QString m_text;
    QList<Core::SearchHit> m_hits;
    QList<Row> m_rows;
};

} // namespace Ui

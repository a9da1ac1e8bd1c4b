#pragma once

#include "searchindex.h"

#include <QAbstractListModel>

namespace Core {
class LocalStore;
}

namespace Ui {

// Full-text search results over lessons and posts (LocalStore::search()).
// Each row shows the title and the matching words in context; IdRole and
// EntityRole say what to open. Holds results until the next search.
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
    void retranslate();

    // A snippet as a person reads it: the Markdown marks gone, the matched
    // words between [ and ].
    static QString readable(const QString &snippet);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString kindText(const Core::SearchHit &hit) const;

    Core::LocalStore *m_store;
    QString m_text;
    QList<Core::SearchHit> m_hits;
};

} // namespace Ui

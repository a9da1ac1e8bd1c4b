#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Ui {

// The members directory's search: a MemberModel narrowed to the members whose
// name, user name, country, organisation or a language (its code or name)
// holds every word typed, ignoring case and accents, in any order ("grace
// kisumu" finds Grace Achieng of Kisumu County). Sorted by name, as the
// locale collates.
class MemberFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberFilterModel)

public:
    explicit MemberFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // folded
};

} // namespace Ui

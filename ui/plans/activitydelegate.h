#pragma once

#include <QStyledItemDelegate>

namespace Editing {
class MemberDirectory;
}

namespace Ui {

// Edits an activity's cells in place: a list of the team's members for who
// is responsible (and "nobody yet"), date pickers with a calendar for start
// and end (the end cannot be set before the start, nor the start after the
// end), a list of statuses, and text for the rest. The model is an
// ActivityModel (or a proxy of one) with its document set. The member
// directory is not owned.
class ActivityDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivityDelegate)

public:
    explicit ActivityDelegate(const Editing::MemberDirectory *members, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    const Editing::MemberDirectory *m_members;
};

} // namespace Ui

#include "activitydelegate.h"

#include "activitymodel.h"
#include "memberdirectory.h"
#include "plandocument.h"
#include "recordtext.h"

#include <QAbstractProxyModel>
#include <QCollator>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

const ActivityModel *activityModel(const QAbstractItemModel *model)
{
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(model))
        model = proxy->sourceModel();
    return qobject_cast<const ActivityModel *>(model);
}

} // namespace

ActivityDelegate::ActivityDelegate(const Editing::MemberDirectory *members, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_members(members)
{}

QWidget *ActivityDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const QString heading = index.model()->headerData(index.column(), Qt::Horizontal).toString();
    switch (index.column()) {
    case ActivityModel::ResponsibleColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(u"responsibleEditor"_s);
        box->setAccessibleName(heading);
        const ActivityModel *model = activityModel(index.model());
        QStringList members =
            model && model->document() ? model->document()->teamMembers() : QStringList();
        QCollator collator;
        collator.setCaseSensitivity(Qt::CaseInsensitive);
        std::sort(members.begin(), members.end(), [&](const QString &a, const QString &b) {
            return collator.compare(m_members->displayName(a), m_members->displayName(b)) < 0;
        });
        box->addItem(tr("Nobody yet"), QString());
        for (const QString &id : std::as_const(members))
            box->addItem(m_members->displayName(id), id);
        return box;
    }
    case ActivityModel::StartColumn:
    case ActivityModel::EndColumn: {
        auto *edit = new QDateEdit(parent);
        edit->setObjectName(index.column() == ActivityModel::StartColumn ? u"startEditor"_s
                                                                         : u"endEditor"_s);
        edit->setAccessibleName(heading);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
        // The other end of the activity bounds this one.
        const QDate other = index
                                .siblingAtColumn(index.column() == ActivityModel::StartColumn
                                                     ? ActivityModel::EndColumn
                                                     : ActivityModel::StartColumn)
                                .data(Qt::EditRole)
                                .toDate();
        if (other.isValid()) {
            if (index.column() == ActivityModel::StartColumn)
                edit->setMaximumDate(other);
            else
                edit->setMinimumDate(other);
        }
        return edit;
    }
    case ActivityModel::StatusColumn: {
        auto *box = new QComboBox(parent);
        box->setObjectName(u"statusEditor"_s);
        box->setAccessibleName(heading);
        for (const QString &key : Editing::PlanDocument::statuses())
            box->addItem(RecordText::activityStatus(key), key);
        return box;
    }
    default: {
        QWidget *editor = QStyledItemDelegate::createEditor(parent, option, index);
        editor->setObjectName(u"activityTextEditor"_s);
        editor->setAccessibleName(heading);
        return editor;
    }
    }
}

void ActivityDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QVariant value = index.data(Qt::EditRole);
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        int at = box->findData(value.toString());
        if (at < 0 && index.column() == ActivityModel::ResponsibleColumn) {
            // Someone no longer in the team stays shown until changed.
            box->addItem(index.data(Qt::DisplayRole).toString(), value.toString());
            at = box->count() - 1;
        }
        box->setCurrentIndex(std::max(0, at));
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        const QDate date = value.toDate();
        edit->setDate(date.isValid() ? date : QDate::currentDate());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void ActivityDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, box->currentData().toString());
        return;
    }
    if (auto *edit = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, edit->date());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace Ui

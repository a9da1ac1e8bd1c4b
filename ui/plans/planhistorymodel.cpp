#include "planhistorymodel.h"

#include "attachmentref.h"
#include "changeset.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "recordtext.h"
#include "uilogging.h"

#include <QFont>
#include <QJsonObject>
#include <QTimer>

namespace Ui {

using Editing::PlanHistory;
using namespace Qt::StringLiterals;

PlanHistoryModel::PlanHistoryModel(Core::LocalStore *store, const Editing::MemberDirectory *members,
                                   QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_members(members)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::PlanChange) || e.contains(Core::Entity::ActionPlan) ||
            e.contains(Core::Entity::Activity) || e.contains(Core::Entity::Member))
            reloadSoon();
    });
    connect(m_store, &Core::LocalStore::outboxChanged, this, &PlanHistoryModel::reloadSoon);
}

void PlanHistoryModel::setPlan(const QString &planId)
{
    if (planId == m_planId)
        return;
    m_planId = planId;
    if (m_active) {
        reload();
        return;
    }
    m_stale = true;
    if (!m_rows.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
    }
}

void PlanHistoryModel::setActive(bool active)
{
    m_active = active;
    if (active && m_stale)
        reload();
}

// A sync applies many pages, and typing saves often: the history is read
// once per turn of the event loop at most.
void PlanHistoryModel::reloadSoon()
{
    if (m_reloadQueued || m_planId.isEmpty())
        return;
    if (!m_active) {
        m_stale = true;
        return;
    }
    m_reloadQueued = true;
    QTimer::singleShot(0, this, [this]() {
        m_reloadQueued = false;
        reload();
    });
}

void PlanHistoryModel::reload()
{
    m_stale = false;
    QList<PlanHistory::Change> rows;
    if (!m_planId.isEmpty()) {
        auto read = PlanHistory::read(*m_store, m_planId);
        if (read)
            rows = std::move(read).value();
        else
            qCWarning(lcUi) << "cannot read the history of" << m_planId << read.error().detail;
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void PlanHistoryModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString PlanHistoryModel::authorName(const QString &memberId) const
{
    return m_members->displayName(memberId);
}

QString PlanHistoryModel::subject(const PlanHistory::Change &change) const
{
    const QString name = change.activityName.isEmpty() ? tr("(no name)") : change.activityName;
    if (change.addsActivity())
        //: In a plan's history: an activity was added. %1 is its name.
        return tr("Activity “%1” added").arg(name);
    if (change.deletesActivity())
        //: In a plan's history: an activity was deleted. %1 is its name.
        return tr("Activity “%1” deleted").arg(name);
    if (change.isActivity())
        //: In a plan's history: %1 is the activity's name, %2 the field changed (Status, End …).
        return tr("Activity “%1”: %2").arg(name, RecordText::fieldName(change.field));
    return RecordText::fieldName(change.field);
}

QString PlanHistoryModel::valueText(const QString &field, const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull())
        return RecordText::notSet();
    if (value.isObject()) {
        // A whole activity: its name, who, when and where it stands.
        const QJsonObject a = value.toObject();
        QStringList parts{a.value(u"what"_s).toString()};
        const QString who = a.value(u"responsible_id"_s).toString();
        if (!who.isEmpty())
            parts << m_members->displayName(who);
        const QString dates = RecordText::dateRange(a.value(u"starts_on"_s).toString(),
                                                    a.value(u"ends_on"_s).toString());
        if (!dates.isEmpty())
            parts << dates;
        const QString status = a.value(u"status"_s).toString();
        if (!status.isEmpty())
            parts << RecordText::activityStatus(status);
        parts.removeAll(QString());
        return parts.join(u", "_s);
    }
    if (field == Core::AttachmentsField) {
        QStringList names;
        for (const Core::AttachmentRef &file : Core::attachmentsFrom(value))
            names << file.name;
        return names.isEmpty() ? RecordText::notSet() : names.join(u", "_s);
    }
    const QString text = value.isString() ? value.toString() : value.toVariant().toString();
    if (text.isEmpty())
        return RecordText::notSet();
    if (field == u"responsible_id")
        return m_members->displayName(text);
    if (field == u"starts_on" || field == u"ends_on")
        return RecordText::date(text);
    if (field == u"status")
        return RecordText::activityStatus(text);
    return text;
}

int PlanHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlanHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PlanHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const PlanHistory::Change &c = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text;
        switch (index.column()) {
        case WhenColumn:
            text = c.pending ? tr("%1 (not sent yet)").arg(RecordText::dateTime(c.at))
                             : RecordText::dateTime(c.at);
            break;
        case WhoColumn:
            text = authorName(c.authorId);
            break;
        case WhatColumn:
            text = subject(c);
            break;
        case BeforeColumn:
            text = c.addsActivity() ? QString() : valueText(c.field, c.before);
            break;
        case AfterColumn:
            text = c.deletesActivity() ? QString() : valueText(c.field, c.after);
            break;
        }
        // One line in the table; the whole text in the tooltip and below.
        return role == Qt::DisplayRole ? RecordText::elide(text.simplified(), 80) : text;
    }
    case Qt::FontRole:
        if (c.pending) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    }
    return {};
}

QVariant PlanHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What changed");
    case BeforeColumn:
        return tr("Before");
    case AfterColumn:
        return tr("After");
    }
    return {};
}

} // namespace Ui

#include "conflictsmodel.h"

#include "conflictresolver.h"
#include "entityschema.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "recordtext.h"
#include "teamscope.h"
#include "uilogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace Ui {

using Editing::ConflictResolver;
using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

namespace {

constexpr int ShortLength = 80;
constexpr int TipLength = 600;

bool isMemberField(QStringView field)
{
    static const QStringList fields = {u"responsible_id"_s, u"coach_id"_s,  u"author_id"_s,
                                       u"facilitator_id"_s, u"member_id"_s, u"submitted_by"_s,
                                       u"resolved_by"_s,    u"kept_by"_s,   u"lost_by"_s};
    return fields.contains(field);
}

// Fields a person does not need to see when a whole record is shown.
bool isPlumbing(QStringView field)
{
    return (field.endsWith(u"_id") && !isMemberField(field)) || field == u"position" ||
           field == u"snapshot";
}

QString shorten(const QString &text, int length)
{
    QString line = text.simplified();
    if (line.size() <= length)
        return line;
    return line.left(length - 1).trimmed() + u'…';
}

} // namespace

ConflictsModel::ConflictsModel(Core::LocalStore *store, const MemberDirectory *members,
                               QObject *parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_members(members)
{
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        bool affected = e.contains(Core::Entity::Conflict);
        for (const Conflict &c : m_rows)
            affected = affected || e.contains(c.entity);
        if (affected)
            reload();
    });
    connect(m_members, &MemberDirectory::changed, this, &ConflictsModel::retranslate);
    reload();
}

void ConflictsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        const auto open = m_store->records().list(Core::Entity::Conflict, u"status", u"open"_s);
        if (!open) {
            qCWarning(lcUi) << "cannot read conflicts:" << open.error().detail;
        } else {
            for (const Core::Record &r : *open) {
                Conflict c;
                c.id = r.id;
                c.createdAt = r.updatedAt;
                c.entity = r.text(u"record_entity");
                c.recordId = r.text(u"record_id");
                c.kind = Sync::Protocol::conflictKindFromName(r.text(u"kind"))
                             .value_or(Sync::Protocol::ConflictKind::Field);
                for (const QString &field : r.text(u"field").split(u',', Qt::SkipEmptyParts))
                    c.fields << field.trimmed();
                c.kept = r.fields.value("kept"_L1).toObject();
                c.lost = r.fields.value("lost"_L1).toObject();
                c.keptBy = r.text(u"kept_by");
                c.keptAt = r.text(u"kept_at");
                c.lostBy = r.text(u"lost_by");
                c.lostAt = r.text(u"lost_at");
                if (Core::entitySpec(c.entity)) {
                    if (const auto current = m_store->records().get(c.entity, c.recordId))
                        c.current = current->fields;
                }
                if (c.entity == Core::Entity::Review) {
                    const QString submission = (c.current.isEmpty() ? c.kept : c.current)
                                                   .value("submission_id"_L1)
                                                   .toString();
                    if (const auto s = m_store->records().get(Core::Entity::Submission, submission))
                        c.rubric = Editing::rubricOfTeam(*m_store, s->text(u"team_id"));
                }
                m_rows.push_back(std::move(c));
            }
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Conflict &a, const Conflict &b) {
            return a.createdAt > b.createdAt;
        });
    }
    endResetModel();
}

void ConflictsModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int ConflictsModel::rowForId(const QString &conflictId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == conflictId)
            return int(i);
    }
    return -1;
}

QString ConflictsModel::recordText(const Conflict &c) const
{
    // The record as it is here; else the version the conflict keeps of it.
    QString title = RecordText::title(c.entity, c.current);
    if (title.isEmpty())
        title = RecordText::title(
            c.entity, c.kind == Sync::Protocol::ConflictKind::EditDelete ? c.lost : c.kept);
    return RecordText::recordLabel(c.entity, title);
}

QString ConflictsModel::conflictText(const Conflict &c) const
{
    if (c.kind == Sync::Protocol::ConflictKind::DeleteEdit)
        //: One person deleted a record while another was editing it; the record was kept.
        return tr("Deleted while someone edited it");
    if (c.kind == Sync::Protocol::ConflictKind::EditDelete)
        //: A change reached the server after someone had deleted the record.
        return tr("Edited after it was deleted");
    QStringList names;
    for (const QString &field : c.fields)
        names << RecordText::fieldName(field);
    return QLocale().createSeparatedList(names);
}

QString ConflictsModel::shortText(const Conflict &c, bool current) const
{
    if (c.kind == Sync::Protocol::ConflictKind::DeleteEdit)
        return current ? tr("Kept, with the changes") : tr("Deleted");
    if (c.kind == Sync::Protocol::ConflictKind::EditDelete)
        return current ? tr("Deleted") : tr("Changed version");
    const QJsonObject &values = current ? c.kept : c.lost;
    if (c.fields.size() == 1)
        return shorten(valueText(c, c.fields.first(), values.value(c.fields.first())), ShortLength);
    QStringList parts;
    for (const QString &field : c.fields) {
        //: A field and its value in a short list: "Vision: No stockouts".
        parts << tr("%1: %2").arg(RecordText::fieldName(field),
                                  valueText(c, field, values.value(field)));
    }
    //: Separates the fields of a short list: "Vision: …; End: …".
    return shorten(parts.join(tr("; ")), ShortLength);
}

QString ConflictsModel::fullText(const Conflict &c, bool current) const
{
    if (c.kind == Sync::Protocol::ConflictKind::DeleteEdit) {
        if (!current)
            return tr("%1 deleted this record.").arg(m_members->displayName(c.lostBy));
        return tr("The record was kept, with these values:") + u"\n\n"_s +
               fieldsText(c, c.current.isEmpty() ? c.kept : c.current, c.fields);
    }
    if (c.kind == Sync::Protocol::ConflictKind::EditDelete) {
        if (current)
            return tr("%1 deleted this record.").arg(m_members->displayName(c.keptBy));
        return tr("These values were saved after the record was deleted:") + u"\n\n"_s +
               fieldsText(c, c.lost, c.fields);
    }
    const QJsonObject &values = current ? c.kept : c.lost;
    QJsonObject shown;
    for (const QString &field : c.fields)
        shown.insert(field, values.value(field));
    return fieldsText(c, shown, c.fields);
}

QString ConflictsModel::fieldsText(const Conflict &c, const QJsonObject &fields,
                                   const QStringList &first) const
{
    QStringList order = first;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (!order.contains(it.key()) && !isPlumbing(it.key()))
            order << it.key();
    }
    QStringList blocks;
    for (const QString &field : std::as_const(order)) {
        //: A field's name above its full value, in the conflict's detail.
        blocks << tr("%1:\n%2").arg(RecordText::fieldName(field),
                                    valueText(c, field, fields.value(field)));
    }
    return blocks.join(u"\n\n"_s);
}

QString ConflictsModel::byText(const QString &memberId, const QString &when) const
{
    const QString name = m_members->displayName(memberId);
    const QString time = RecordText::dateTime(when);
    if (time.isEmpty() || name.isEmpty())
        return name.isEmpty() ? time : name;
    //: Who made a version and when: "Amina Diallo, 12/05/2024 10:00".
    return tr("%1, %2").arg(name, time);
}

QString ConflictsModel::valueText(const Conflict &c, const QString &field,
                                  const QJsonValue &value) const
{
    if (value.isUndefined() || value.isNull())
        return RecordText::notSet();
    if (value.isString()) {
        const QString text = value.toString();
        if (text.trimmed().isEmpty())
            return RecordText::notSet();
        if (isMemberField(field))
            return m_members->displayName(text);
        if (field.endsWith(u"_on")) {
            const QString date = RecordText::date(text);
            return date.isEmpty() ? text : date;
        }
        if (field.endsWith(u"_at")) {
            const QString dateTime = RecordText::dateTime(text);
            return dateTime.isEmpty() ? text : dateTime;
        }
        if (field == u"status")
            return RecordText::activityStatus(text);
        if (field == u"decision")
            return RecordText::decision(text);
        if (field == u"language")
            return RecordText::languageName(text);
        return text;
    }
    if (value.isArray() && (field == u"members" || field == u"facilitators")) {
        QStringList names;
        for (const QString &id : RecordText::memberIds(value))
            names << m_members->displayName(id);
        return QLocale().createSeparatedList(names);
    }
    if (field == u"scores" && value.isObject())
        return QLocale().createSeparatedList(RecordText::scores(c.rubric, value));
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toBool() ? u"true"_s : u"false"_s;
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConflictsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_rows.size()))
        return {};
    const Conflict &c = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case WhenColumn:
            return RecordText::dateTime(c.createdAt);
        case RecordColumn:
            return recordText(c);
        case ConflictColumn:
            return conflictText(c);
        case CurrentColumn:
            return shortText(c, true);
        case CurrentByColumn:
            return byText(c.keptBy, c.keptAt);
        case OtherColumn:
            return shortText(c, false);
        case OtherByColumn:
            return byText(c.lostBy, c.lostAt);
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == CurrentColumn)
            return shorten(fullText(c, true), TipLength);
        if (index.column() == OtherColumn)
            return shorten(fullText(c, false), TipLength);
        return data(index, Qt::DisplayRole);
    case KindRole:
        return Sync::Protocol::conflictKindName(c.kind);
    case CurrentTextRole:
        return fullText(c, true);
    case OtherTextRole:
        return fullText(c, false);
    case CurrentByRole:
        return byText(c.keptBy, c.keptAt);
    case OtherByRole:
        return byText(c.lostBy, c.lostAt);
    case RecordRole:
        return recordText(c);
    case IdRole:
        return c.id;
    case EntityRole:
        return QString(Core::Entity::Conflict);
    case SortRole:
        return c.createdAt;
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case RecordColumn:
        return tr("Record");
    case ConflictColumn:
        return tr("Conflict");
    case CurrentColumn:
        return tr("Current version");
    case CurrentByColumn:
        return tr("Current version by");
    case OtherColumn:
        return tr("Other version");
    case OtherByColumn:
        return tr("Other version by");
    default:
        return {};
    }
}

} // namespace Ui

#include "membermodel.h"

#include "entityschema.h"
#include "localstore.h"
#include "modelroles.h"
#include "recordtext.h"
#include "uilogging.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <utility>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

// The outline of a row: what the list shows and the search matches.
const QStringList ListFields{u"display_name"_s, u"username"_s, u"country"_s,
                             u"organisation"_s, u"position"_s, u"languages"_s};

} // namespace

MemberModel::MemberModel(Core::LocalStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
    , m_pendingTimer(new QTimer(this))
{
    m_pendingTimer->setSingleShot(true);
    m_pendingTimer->setInterval(0);
    connect(m_pendingTimer, &QTimer::timeout, this, &MemberModel::readPending);
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::Member))
            update(e.ids(Core::Entity::Member));
    });
    reload();
}

int MemberModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MemberModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        return row.name;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{row.name};
        for (const QString &part : {row.position, row.organisation, row.country}) {
            if (!part.isEmpty())
                parts << part;
        }
        return QLocale().createSeparatedList(parts);
    }
    case IdRole:
        return row.id;
    case EntityRole:
        return QString(Core::Entity::Member);
    case SearchTextRole:
        return row.searchText;
    case UsernameRole:
        return row.username;
    case CountryRole:
        return row.country;
    case OrganisationRole:
        return row.organisation;
    case PositionRole:
        return row.position;
    case LanguagesRole:
        return row.languages;
    default:
        return {};
    }
}

QModelIndex MemberModel::indexForId(const QString &memberId) const
{
    const auto it = m_rowOf.constFind(memberId);
    return it == m_rowOf.cend() ? QModelIndex() : index(*it, 0);
}

QString MemberModel::fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out.toCaseFolded();
}

MemberModel::Row MemberModel::rowOf(const Core::Record &record)
{
    Row row;
    row.id = record.id;
    row.username = record.text(u"username");
    const QString displayName = record.text(u"display_name").trimmed();
    row.name = displayName.isEmpty() ? row.username : displayName;
    row.country = record.text(u"country");
    row.organisation = record.text(u"organisation");
    row.position = record.text(u"position");
    for (const QJsonValue &v : record.fields.value("languages"_L1).toArray()) {
        if (v.isString() && !v.toString().isEmpty())
            row.languages << v.toString();
    }
    row.searchText = searchTextOf(row);
    return row;
}

QString MemberModel::uiLanguageName(const QString &code)
{
    const QString base = code.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
    if (base == u"en")
        return tr("English");
    if (base == u"es")
        return tr("Spanish");
    if (base == u"fr")
        return tr("French");
    if (base == u"pt")
        return tr("Portuguese");
    if (base == u"ar")
        return tr("Arabic");
    if (base == u"ru")
        return tr("Russian");
    return {};
}

QString MemberModel::searchTextOf(const Row &row)
{
    QStringList parts{row.name, row.username, row.country, row.organisation};
    for (const QString &code : row.languages) {
        // As shown (RecordText names a language in its own words), in the
        // UI's language, in English, and by its code: whoever types
        // "French", "francés", "français" or "fr" finds the French speakers.
        parts << code << RecordText::languageName(code) << uiLanguageName(code);
        const QLocale::Language language = QLocale(code).language();
        if (language != QLocale::C && language != QLocale::AnyLanguage)
            parts << QLocale::languageToString(language);
    }
    return fold(parts.join(u'\n'));
}

void MemberModel::reindex()
{
    m_rowOf.clear();
    m_rowOf.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowOf.insert(m_rows.at(i).id, i);
}

void MemberModel::reload()
{
    m_pending.clear();
    m_changed.clear();
    m_pendingTimer->stop();
    beginResetModel();
    m_rows.clear();
    if (m_store->isOpen()) {
        const auto members =
            m_store->records().listOutline(Core::Entity::Member, ListFields, {}, {}, {});
        if (!members) {
            qCWarning(lcUi) << "cannot read members:" << members.error().detail;
        } else {
            m_rows.reserve(members->size());
            for (const Core::Record &m : *members)
                m_rows.append(rowOf(m));
        }
    }
    reindex();
    endResetModel();
}

void MemberModel::retranslate()
{
    for (Row &row : m_rows)
        row.searchText = searchTextOf(row);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1));
}

void MemberModel::update(const QSet<QString> &ids)
{
    m_pending << QStringList(ids.begin(), ids.end());
    if (m_pending.size() <= Batch && !m_pendingTimer->isActive()) {
        readPending(); // a few: at once, so a profile shown follows its sync
        return;
    }
    // Thousands at once (a first sync): a batch per turn of the event loop.
    m_pendingTimer->start();
}

void MemberModel::readPending()
{
    const QStringList batch = m_pending.mid(0, Batch);
    m_pending.remove(0, batch.size());
    readBatch(batch);
    for (const QString &id : batch)
        m_changed.insert(id);
    if (!m_pending.isEmpty()) {
        m_pendingTimer->start();
        return;
    }
    const QSet<QString> changed = std::exchange(m_changed, {});
    Q_EMIT membersChanged(changed);
}

void MemberModel::readBatch(const QStringList &ids)
{
    if (ids.isEmpty() || !m_store->isOpen())
        return;
    const auto members = m_store->records().getMany(Core::Entity::Member, ids, ListFields);
    if (!members) {
        qCWarning(lcUi) << "cannot read members:" << members.error().detail;
        return;
    }
    QSet<QString> found;
    QList<Row> added;
    for (const Core::Record &m : *members) {
        found.insert(m.id);
        Row row = rowOf(m);
        const auto it = m_rowOf.constFind(m.id);
        if (it == m_rowOf.cend()) {
            added.append(std::move(row));
            continue;
        }
        m_rows[*it] = std::move(row);
        const QModelIndex changed = index(*it);
        Q_EMIT dataChanged(changed, changed);
    }
    // Removed (deleted, or out of the scopes this person sees): from the
    // last row up, so the rows still to remove keep their numbers.
    QList<int> gone;
    for (const QString &id : ids) {
        if (!found.contains(id) && m_rowOf.contains(id))
            gone << m_rowOf.value(id);
    }
    std::sort(gone.begin(), gone.end(), std::greater<>());
    for (const int row : std::as_const(gone)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    if (!gone.isEmpty())
        reindex();
    if (!added.isEmpty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows << added;
        for (int i = first; i < m_rows.size(); ++i)
            m_rowOf.insert(m_rows.at(i).id, i);
        endInsertRows();
    }
}

} // namespace Ui

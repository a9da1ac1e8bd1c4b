#include "membersview.h"

#include "entityschema.h"
#include "localstore.h"
#include "memberfiltermodel.h"
#include "membermodel.h"
#include "modelroles.h"
#include "recordtext.h"

#include <QEvent>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QTextBlockFormat>
#include <QTextBrowser>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QVBoxLayout>

#include <optional>

namespace Ui {

using namespace Qt::StringLiterals;

namespace {

// A line a member wrote (their name, position, bio), set apart from the
// paragraph's direction: English in an Arabic window keeps its full stop at
// its end, Arabic in an English one likewise (Unicode first-strong isolate).
QString isolated(const QString &text)
{
    return QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

MembersView::MembersView(Core::LocalStore *store, MemberModel *model, QWidget *parent)
    : MasterDetailView(u"membersSplitter"_s, parent)
    , m_store(store)
    , m_model(model)
    , m_filter(new MemberFilterModel(this))
    , m_searchLabel(new QLabel)
    , m_search(new QLineEdit)
    , m_count(new QLabel)
    , m_list(new QListView)
    , m_profile(new QTextBrowser)
{
    m_filter->setSourceModel(m_model);
    m_filter->sort(0);

    m_search->setObjectName(u"membersSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_searchLabel->setBuddy(m_search);
    m_count->setObjectName(u"membersCount"_s);
    m_count->setWordWrap(true);
    m_list->setObjectName(u"membersList"_s);
    m_list->setModel(m_filter);
    m_list->setUniformItemSizes(true); // thousands of rows lay out at once
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setTabKeyNavigation(false); // Tab leaves the list; the arrows move in it

    auto *master = new QWidget;
    auto *masterLayout = new QVBoxLayout(master);
    masterLayout->setContentsMargins(8, 8, 0, 8);
    masterLayout->addWidget(m_searchLabel);
    masterLayout->addWidget(m_search);
    masterLayout->addWidget(m_count);
    masterLayout->addWidget(m_list, 1);

    auto *detail = new QWidget;
    QVBoxLayout *detailLayout = MasterDetailView::detailLayout(detail);
    m_profile->setObjectName(u"memberProfile"_s);
    m_profile->setFrameShape(QFrame::NoFrame);
    m_profile->setOpenLinks(false);
    detailLayout->addWidget(m_profile, 1);
    setPanes(master, detail, 2, 3, {420, 820});
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_profile);

    connect(m_search, &QLineEdit::textChanged, this, &MembersView::onSearchChanged);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MembersView::onCurrentChanged);
    // The count follows the rows; a profile shown follows its record.
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &MembersView::onRowsChanged);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &MembersView::onRowsChanged);
    connect(m_filter, &QAbstractItemModel::modelReset, this, [this]() {
        updateCount();
        const QString keep = m_selectedId;
        if (keep.isEmpty() || !showMember(keep))
            showCurrent();
    });
    connect(m_model, &MemberModel::membersChanged, this, [this](const QSet<QString> &ids) {
        if (ids.contains(m_selectedId))
            showCurrent();
    });
    retranslateUi();
}

bool MembersView::showMember(const QString &memberId)
{
    const QModelIndex source = m_model->indexForId(memberId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_filter->mapFromSource(source);
    if (!index.isValid()) { // hidden by the search: the search gives way
        m_search->clear();
        index = m_filter->mapFromSource(source);
    }
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

bool MembersView::selectFirstMember()
{
    if (m_filter->rowCount() == 0)
        return false;
    m_list->setCurrentIndex(m_filter->index(0, 0));
    return true;
}

void MembersView::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void MembersView::onSearchChanged(const QString &text)
{
    m_filter->setText(text);
    updateCount();
    // While typing, the first match is shown, so the profile answers the
    // search; a cleared search stays at the member chosen.
    if (m_filter->isFiltering() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    ensureCurrent();
}

void MembersView::ensureCurrent()
{
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    else if (m_list->currentIndex().isValid())
        m_list->scrollTo(m_list->currentIndex());
    showCurrent();
}

void MembersView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    showCurrent();
}

void MembersView::onRowsChanged()
{
    updateCount();
    // Nobody chosen: the text in the profile's place says whether there is anyone.
    if (!m_list->currentIndex().isValid())
        showCurrent();
}

void MembersView::updateCount()
{
    const int shown = m_filter->rowCount();
    if (!m_filter->isFiltering())
        m_count->setText(tr("%n member(s)", nullptr, m_model->rowCount()));
    else if (shown == 0)
        m_count->setText(tr("No member matches “%1”.").arg(m_search->text().trimmed()));
    else
        m_count->setText(tr("%n member(s) found", nullptr, shown));
}

void MembersView::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    m_selectedId = index.data(IdRole).toString();
    renderProfile(m_selectedId);
}

void MembersView::renderProfile(const QString &memberId)
{
    QTextDocument *document = m_profile->document();
    document->clear();
    QTextCursor cursor(document);
    // Every paragraph runs the window's way: Arabic reads from the right
    // even where a name or an organisation is written in Latin letters.
    QTextBlockFormat block;
    block.setLayoutDirection(layoutDirection());
    block.setBottomMargin(4);
    cursor.setBlockFormat(block);
    QTextCharFormat heading;
    heading.setFontWeight(QFont::Bold);
    heading.setFontPointSize(m_profile->font().pointSizeF() * 1.4);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Bold);
    const QTextCharFormat plain;

    std::optional<Core::Record> member;
    if (!memberId.isEmpty()) {
        if (auto record = m_store->records().get(Core::Entity::Member, memberId))
            member = std::move(*record);
    }
    if (!member) {
        const bool none = m_model->rowCount() == 0;
        cursor.insertText(none ? tr("No members on this computer yet") : tr("Choose a member"),
                          heading);
        cursor.insertBlock(block);
        cursor.insertText(none ? tr("Members appear here after the first sync.")
                               : tr("Select a member in the list to see their profile."),
                          plain);
        return;
    }

    const QString name = member->text(u"display_name").trimmed();
    const QString username = member->text(u"username");
    cursor.insertText(isolated(name.isEmpty() ? username : name), heading);
    const auto line = [&](const QString &text) {
        if (text.trimmed().isEmpty())
            return;
        cursor.insertBlock(block);
        cursor.insertText(text, plain);
    };
    for (const auto *field : {u"position", u"organisation"}) {
        if (const QString text = member->text(field).trimmed(); !text.isEmpty())
            line(isolated(text));
    }
    const QString country = member->text(u"country");
    if (!country.isEmpty())
        line(tr("Country: %1").arg(country));
    QStringList languages;
    for (const QJsonValue &v : member->fields.value("languages"_L1).toArray()) {
        const QString language = RecordText::languageName(v.toString());
        if (!language.isEmpty())
            languages << language;
    }
    if (!languages.isEmpty())
        line(tr("Languages: %1").arg(QLocale().createSeparatedList(languages)));
    QStringList roles;
    for (const QJsonValue &v : member->fields.value("roles"_L1).toArray()) {
        if (!v.toString().isEmpty())
            roles << RecordText::roleName(v.toString());
    }
    if (!roles.isEmpty())
        line(tr("Roles: %1").arg(QLocale().createSeparatedList(roles)));
    if (!username.isEmpty())
        line(tr("User name: %1").arg(username));
    const QString joined = RecordText::date(member->text(u"joined"));
    if (!joined.isEmpty())
        line(tr("Member since %1").arg(joined));
    const QString bio = member->text(u"bio").trimmed();
    if (!bio.isEmpty()) {
        cursor.insertBlock(block);
        cursor.insertBlock(block);
        cursor.insertText(tr("About"), bold);
        for (const QString &paragraph : bio.split(u'\n')) {
            cursor.insertBlock(block);
            cursor.insertText(isolated(paragraph), plain);
        }
    }
    m_profile->moveCursor(QTextCursor::Start);
}

bool MembersView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_Up:
        case Qt::Key_PageDown:
        case Qt::Key_PageUp:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // On to the matches: the list takes the keyboard, at the member shown.
            if (m_filter->rowCount() > 0) {
                ensureCurrent();
                m_list->setFocus(Qt::OtherFocusReason);
                return true;
            }
            break;
        case Qt::Key_Escape:
            if (!m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
            break;
        default:
            break;
        }
    }
    return MasterDetailView::eventFilter(watched, event);
}

void MembersView::retranslateUi()
{
    m_searchLabel->setText(tr("&Find a member:"));
    m_search->setPlaceholderText(tr("Name, country, organisation or language"));
    m_search->setAccessibleName(tr("Find a member"));
    m_search->setAccessibleDescription(
        tr("Lists the members whose name, user name, country, organisation or language holds "
           "every word typed"));
    m_list->setAccessibleName(tr("Members"));
    m_count->setAccessibleName(tr("Members listed"));
    m_profile->setAccessibleName(tr("Member profile"));
    updateCount();
    showCurrent();
}

void MembersView::changeEvent(QEvent *event)
{
    // Language names and the direction of the profile follow the language.
    if (event->type() == QEvent::LayoutDirectionChange)
        showCurrent();
    MasterDetailView::changeEvent(event);
}

} // namespace Ui

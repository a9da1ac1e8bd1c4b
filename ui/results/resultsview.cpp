#include "resultsview.h"

#include "csvfile.h"
#include "desksession.h"
#include "entityschema.h"
#include "errortext.h"
#include "indicatorpane.h"
#include "localstore.h"
#include "resultschart.h"
#include "resultsdocument.h"
#include "resultsoverviewmodel.h"
#include "teamscope.h"

#include <QAction>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using namespace Qt::StringLiterals;
namespace Entity = Core::Entity;

namespace {
constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
constexpr int TeamRole = Qt::UserRole + 2;
enum StackPage { OverviewPage, IndicatorPage };
} // namespace

ResultsView::ResultsView(Core::LocalStore *store, const Editing::MemberDirectory *members,
                         Editing::DeskSession *desk, Prompter *prompter, QWidget *parent)
    : MasterDetailView(u"resultsSplitter"_s, parent)
    , m_store(store)
    , m_members(members)
    , m_desk(desk)
    , m_prompter(prompter)
    , m_tree(new QTreeWidget)
    , m_stack(new QStackedWidget)
    , m_hint(new QLabel)
    , m_overview(new QTableView)
    , m_overviewModel(new ResultsOverviewModel(store, this))
    , m_overviewChart(new ResultsChart)
    , m_pane(new IndicatorPane(members))
    , m_newButton(new QPushButton)
    , m_planButton(new QPushButton)
    , m_planMenu(new QMenu(this))
    , m_deleteButton(new QPushButton)
    , m_upButton(new QPushButton)
    , m_downButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    setObjectName(u"resultsView"_s);
    m_tree->setObjectName(u"resultsTree"_s);
    m_tree->setHeaderHidden(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ResultsView::showCurrent);
    // Return on an indicator goes to its month's value; on a team, to its table.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (Kind(item->data(0, KindRole).toInt()) == Kind::Indicator)
            m_pane->editValue();
        else
            m_overview->setFocus(Qt::OtherFocusReason);
    });

    m_overview->setObjectName(u"resultsOverview"_s);
    m_overview->setModel(m_overviewModel);
    m_overview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overview->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overview->setTabKeyNavigation(false);
    m_overview->setWordWrap(false);
    m_overview->verticalHeader()->hide();
    m_overview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_overview->horizontalHeader()->setSectionResizeMode(ResultsOverviewModel::IndicatorColumn,
                                                         QHeaderView::Interactive);
    connect(m_overview->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ResultsView::showOverviewRow);
    connect(m_overviewModel, &QAbstractItemModel::modelReset, this, [this]() {
        m_overview->setColumnWidth(ResultsOverviewModel::IndicatorColumn,
                                   m_overview->fontMetrics().averageCharWidth() * 40);
        showOverviewRow();
    });
    // Return on a row opens its indicator.
    connect(m_overview, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (showIndicator(index.data(ResultsOverviewModel::IndicatorIdRole).toString()))
            m_pane->editValue();
    });
    m_overviewChart->setObjectName(u"overviewChart"_s);
    auto *overviewSplit = new QSplitter(Qt::Vertical);
    overviewSplit->setObjectName(u"resultsOverviewSplit"_s);
    overviewSplit->setChildrenCollapsible(false);
    overviewSplit->addWidget(m_overview);
    overviewSplit->addWidget(m_overviewChart);
    m_stack->addWidget(overviewSplit);
    m_stack->addWidget(m_pane);

    // What the team does with its indicators.
    m_newButton->setObjectName(u"newIndicator"_s);
    m_planButton->setObjectName(u"indicatorFromPlan"_s);
    m_planMenu->setObjectName(u"indicatorSuggestions"_s);
    // Opened beside the button without a loop of its own; the keyboard is
    // in it at once.
    connect(m_planButton, &QPushButton::clicked, this, [this]() {
        fillPlanMenu();
        if (m_planMenu->isEmpty())
            return;
        const QPoint below =
            m_planButton->mapToGlobal(isRightToLeft() ? m_planButton->rect().bottomRight()
                                                      : m_planButton->rect().bottomLeft());
        m_planMenu->popup(below);
        m_planMenu->setActiveAction(m_planMenu->actions().constFirst());
    });
    m_deleteButton->setObjectName(u"deleteIndicator"_s);
    m_upButton->setObjectName(u"indicatorUp"_s);
    m_downButton->setObjectName(u"indicatorDown"_s);
    m_exportButton->setObjectName(u"exportResults"_s);
    connect(m_newButton, &QPushButton::clicked, this,
            [this]() { addIndicator(tr("New indicator"), QString()); });
    connect(m_deleteButton, &QPushButton::clicked, this, &ResultsView::deleteIndicator);
    connect(m_upButton, &QPushButton::clicked, this, [this]() { moveIndicator(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this]() { moveIndicator(1); });
    connect(m_exportButton, &QPushButton::clicked, this, &ResultsView::exportCsv);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Insert));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, m_newButton, &QPushButton::click);
    addAction(newAction);
    auto *deleteAction = new QAction(m_tree);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    connect(deleteAction, &QAction::triggered, this, &ResultsView::deleteIndicator);
    m_tree->addAction(deleteAction);

    auto *buttons = new QHBoxLayout;
    for (QWidget *b : {static_cast<QWidget *>(m_newButton), static_cast<QWidget *>(m_planButton),
                       static_cast<QWidget *>(m_deleteButton), static_cast<QWidget *>(m_upButton),
                       static_cast<QWidget *>(m_downButton)})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_exportButton);

    auto *detail = new QWidget;
    QVBoxLayout *layout = detailLayout(detail);
    layout->addWidget(title());
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_stack, 1);
    setPanes(m_tree, detail, 1, 3, {260, 900});
    setTabOrder(m_tree, m_newButton);

    connect(m_store, &Core::LocalStore::recordsChanged, this, &ResultsView::onRecordsChanged);
    connect(m_desk, &Editing::DeskSession::activeAuthorChanged, this, &ResultsView::updateActions);
    retranslateUi();
}

ResultsView::~ResultsView() = default;

void ResultsView::retranslateUi()
{
    m_newButton->setText(tr("&New indicator"));
    m_newButton->setToolTip(tr("Adds an indicator the team reports on (Ctrl+Insert)"));
    m_planButton->setText(tr("From the &plan…"));
    m_planButton->setToolTip(
        tr("Adds the plan's measurable result or an activity's indicator as an indicator"));
    m_planButton->setAccessibleName(tr("Add an indicator from the plan"));
    m_deleteButton->setText(tr("&Delete indicator"));
    m_deleteButton->setToolTip(tr("Deletes the indicator and its results (Delete in the list)"));
    m_upButton->setText(tr("Move up"));
    m_downButton->setText(tr("Move down"));
    m_exportButton->setText(tr("E&xport CSV…"));
    m_exportButton->setToolTip(tr("Saves the table shown as a CSV file for a spreadsheet"));
    m_tree->setAccessibleName(tr("Teams and their indicators"));
    m_overview->setAccessibleName(tr("Results of the indicators"));
    requestRebuild();
}

void ResultsView::setMember(const QString &memberId, const QStringList &roles)
{
    m_memberId = memberId;
    m_roles = roles;
    requestRebuild();
}

Editing::ResultsDocument *ResultsView::document(const QString &teamId)
{
    if (teamId.isEmpty())
        return nullptr;
    Editing::ResultsDocument *&doc = m_documents[teamId];
    if (!doc) {
        doc = new Editing::ResultsDocument(m_store, m_desk, teamId, this);
        connect(doc, &Editing::ResultsDocument::mayEditChanged, this, &ResultsView::updateActions);
    }
    return doc;
}

void ResultsView::onRecordsChanged(const Core::ChangeSet &changes)
{
    if (changes.contains(Entity::ResultsReport) || changes.contains(Entity::Team) ||
        changes.contains(Entity::Program))
        requestRebuild();
}

QTreeWidgetItem *ResultsView::find(Kind kind, const QString &id) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, KindRole).toInt() == int(kind) && (*it)->data(0, IdRole) == id)
            return *it;
    }
    return nullptr;
}

void ResultsView::requestRebuild()
{
    // A page not shown is made again when it is: a sync or the start of
    // the app does not wait for it.
    if (isVisible())
        rebuild();
    else
        m_stale = true;
}

void ResultsView::showEvent(QShowEvent *event)
{
    m_overviewModel->setLive(true);
    if (m_stale)
        rebuild();
    MasterDetailView::showEvent(event);
}

void ResultsView::hideEvent(QHideEvent *event)
{
    m_overviewModel->setLive(false);
    MasterDetailView::hideEvent(event);
}

void ResultsView::rebuild()
{
    m_stale = false;
    // Where the person was, found again after the list is made anew.
    const QTreeWidgetItem *was = m_tree->currentItem();
    const Kind wasKind = was ? Kind(was->data(0, KindRole).toInt()) : Kind::All;
    QString wasId = was ? was->data(0, IdRole).toString() : QString();
    const QString wasTeam = was ? was->data(0, TeamRole).toString() : QString();
    if (was && wasKind == Kind::Indicator) {
        if (Editing::ResultsDocument *doc = document(was->data(0, TeamRole).toString()))
            wasId = doc->indicatorId(wasId);
    }

    m_rebuilding = true;
    m_tree->clear();
    m_teamIds.clear();
    if (m_store->isOpen()) {
        const Editing::TeamScope scope =
            Editing::TeamScope::forMember(*m_store, m_memberId, m_roles);
        const auto teams = m_store->records().list(Entity::Team);
        QList<Core::Record> shown;
        for (const Core::Record &t : teams ? *teams : QList<Core::Record>()) {
            if (scope.contains(t.id))
                shown << t;
        }
        // Every indicator in one read, by team in the form's order.
        QHash<QString, QList<Core::Record>> indicators;
        const auto reports = m_store->records().list(Entity::ResultsReport, {}, {}, u"position");
        for (const Core::Record &r : reports ? *reports : QList<Core::Record>())
            indicators[r.text(u"team_id")].append(r);
        std::sort(shown.begin(), shown.end(), [](const Core::Record &a, const Core::Record &b) {
            return QString::localeAwareCompare(a.text(u"name"), b.text(u"name")) < 0;
        });
        if (shown.size() > 1) {
            auto *all = new QTreeWidgetItem(m_tree, {tr("All teams side by side")});
            all->setData(0, KindRole, int(Kind::All));
        }
        for (const Core::Record &t : std::as_const(shown)) {
            m_teamIds << t.id;
            auto *team = new QTreeWidgetItem(m_tree, {t.text(u"name")});
            team->setData(0, KindRole, int(Kind::Team));
            team->setData(0, IdRole, t.id);
            team->setData(0, TeamRole, t.id);
            for (const Core::Record &r : indicators.value(t.id)) {
                auto *item = new QTreeWidgetItem(team, {r.text(u"indicator")});
                item->setToolTip(0, r.text(u"indicator"));
                item->setData(0, KindRole, int(Kind::Indicator));
                item->setData(0, IdRole, r.id);
                item->setData(0, TeamRole, t.id);
            }
            team->setExpanded(true);
        }
    }
    m_rebuilding = false;
    QTreeWidgetItem *again = find(wasKind, wasId);
    if (!again && wasKind == Kind::Indicator)
        again = find(Kind::Team, wasTeam); // the indicator was deleted: its team
    if (!again && m_tree->topLevelItemCount() > 0)
        again = m_tree->topLevelItem(0);
    m_tree->setCurrentItem(again);
    showCurrent();
}

bool ResultsView::selectFirstItem()
{
    if (m_stale)
        rebuild();
    if (m_tree->topLevelItemCount() == 0)
        return false;
    m_tree->setCurrentItem(m_tree->topLevelItem(0));
    return true;
}

bool ResultsView::showIndicator(const QString &indicatorId)
{
    if (m_stale)
        rebuild();
    QTreeWidgetItem *item = find(Kind::Indicator, indicatorId);
    if (!item)
        return false;
    m_tree->setCurrentItem(item);
    return true;
}

QString ResultsView::currentTeam() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, TeamRole).toString() : QString();
}

QUndoStack *ResultsView::undoStack() const
{
    const Editing::ResultsDocument *doc = m_documents.value(currentTeam());
    return doc ? doc->undoStack() : nullptr;
}

void ResultsView::showCurrent()
{
    if (m_rebuilding)
        return;
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Kind kind = item ? Kind(item->data(0, KindRole).toInt()) : Kind::All;
    const QString teamId = currentTeam();
    // The table of the team shown (an indicator's, or one chosen), or of all:
    // what Export CSV writes.
    m_overviewModel->setTeams(kind == Kind::All ? m_teamIds : QStringList{teamId});
    if (kind == Kind::Indicator) {
        title()->setText(item->parent() ? item->parent()->text(0) : QString());
        m_pane->setIndicator(document(teamId), item->data(0, IdRole).toString());
        m_stack->setCurrentIndex(IndicatorPage);
        m_hint->clear();
    } else {
        m_pane->setIndicator(nullptr, {});
        // One team's table needs no team column (its export keeps it).
        m_overview->setColumnHidden(ResultsOverviewModel::TeamColumn, kind != Kind::All);
        m_stack->setCurrentIndex(OverviewPage);
        title()->setText(!item               ? tr("No team's results on this computer yet")
                         : kind == Kind::All ? tr("All teams side by side")
                                             : item->text(0));
        m_hint->setText(
            kind == Kind::Team && m_overviewModel->rowCount() == 0
                ? tr("No indicator yet. Add the plan's measurable result or an activity's "
                     "indicator with \"From the plan\", or a new one.")
                : QString());
        if (m_overviewModel->rowCount() > 0 && !m_overview->currentIndex().isValid())
            m_overview->setCurrentIndex(m_overviewModel->index(0, 0));
    }
    m_hint->setVisible(!m_hint->text().isEmpty());
    updateActions();
    Q_EMIT undoStackChanged(undoStack());
}

void ResultsView::showOverviewRow()
{
    const QModelIndex index = m_overview->currentIndex();
    const QString teamId = index.data(ResultsOverviewModel::TeamIdRole).toString();
    Editing::ResultsDocument *doc = document(teamId);
    m_overviewChart->setSeries(
        doc ? ResultsChart::seriesOf(*doc,
                                     index.data(ResultsOverviewModel::IndicatorIdRole).toString())
            : ResultsChart::Series());
}

void ResultsView::updateActions()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    const Kind kind = item ? Kind(item->data(0, KindRole).toInt()) : Kind::All;
    const Editing::ResultsDocument *doc = m_documents.value(currentTeam());
    const bool may = kind != Kind::All && doc && doc->mayEdit();
    m_newButton->setVisible(may);
    m_planButton->setVisible(may);
    m_deleteButton->setVisible(may);
    m_upButton->setVisible(may);
    m_downButton->setVisible(may);
    m_deleteButton->setEnabled(kind == Kind::Indicator);
    m_upButton->setEnabled(kind == Kind::Indicator && item->parent() &&
                           item->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(item)) > 0);
    m_downButton->setEnabled(kind == Kind::Indicator && item->parent() &&
                             item->parent()->indexOfChild(const_cast<QTreeWidgetItem *>(item)) <
                                 item->parent()->childCount() - 1);
    m_planButton->setEnabled(may && !doc->suggestions().isEmpty());
    m_exportButton->setEnabled(m_overviewModel->rowCount() > 0 || kind == Kind::Indicator);
}

void ResultsView::fillPlanMenu()
{
    m_planMenu->clear();
    Editing::ResultsDocument *doc = document(currentTeam());
    if (!doc)
        return;
    const QFontMetrics fm = m_planMenu->fontMetrics();
    for (const Editing::ResultsDocument::Suggestion &s : doc->suggestions()) {
        const QString label = s.source == u"plan" ? tr("Measurable result: %1").arg(s.text)
                                                  : tr("Activity indicator: %1").arg(s.text);
        QAction *action =
            m_planMenu->addAction(fm.elidedText(label, Qt::ElideRight, fm.averageCharWidth() * 70));
        action->setToolTip(s.text);
        connect(action, &QAction::triggered, this, [this, s]() { addIndicator(s.text, s.source); });
    }
}

void ResultsView::addIndicator(const QString &text, const QString &source)
{
    Editing::ResultsDocument *doc = document(currentTeam());
    if (!doc)
        return;
    const Core::Result<QString> added =
        doc->addIndicator({{u"indicator"_s, text}, {u"source"_s, source}});
    if (!added) {
        sayProblem(added.error());
        return;
    }
    if (showIndicator(*added))
        m_pane->editName();
}

void ResultsView::sayProblem(const Core::Status &status)
{
    if (status)
        return;
    m_hint->setText(errorText(status.error()));
    m_hint->setVisible(true);
}

void ResultsView::deleteIndicator()
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || Kind(item->data(0, KindRole).toInt()) != Kind::Indicator)
        return;
    if (Editing::ResultsDocument *doc = document(currentTeam()))
        sayProblem(doc->deleteIndicator(item->data(0, IdRole).toString()));
}

void ResultsView::moveIndicator(int by)
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    if (!item || Kind(item->data(0, KindRole).toInt()) != Kind::Indicator)
        return;
    if (Editing::ResultsDocument *doc = document(currentTeam()))
        sayProblem(doc->moveIndicator(item->data(0, IdRole).toString(), by));
}

void ResultsView::exportCsv()
{
    saveCsvAs(this, m_prompter, tr("Export results"), tr("results.csv"),
              [this]() { return m_overviewModel->tableRows(); });
}

} // namespace Ui

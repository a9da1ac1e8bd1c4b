#include "plansview.h"

#include "activitydelegate.h"
#include "activityfiltermodel.h"
#include "activitymodel.h"
#include "attachmentlist.h"
#include "desksession.h"
#include "editorsession.h"
#include "entityschema.h"
#include "errortext.h"
#include "localstore.h"
#include "memberdirectory.h"
#include "modelroles.h"
#include "paper.h"
#include "plandocument.h"
#include "planhistoryview.h"
#include "planlistmodel.h"
#include "planprinter.h"
#include "plansectionseditor.h"
#include "prompter.h"
#include "protocol.h"
#include "recordtext.h"
#include "sectionconflictdialog.h"
#include "teamscope.h"
#include "timelineview.h"
#include "uilogging.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Ui {

using Editing::MemberDirectory;
using Editing::PlanDocument;

using namespace Qt::StringLiterals;

PlansView::PlansView(Core::LocalStore *store, PlanListModel *plans, const MemberDirectory *members,
                     const OutboxMarks *marks, Editing::DeskSession *desk,
                     const FileServices &files, QWidget *parent)
    : MasterDetailView(u"plansSplitter"_s, parent)
    , m_store(store)
    , m_plans(plans)
    , m_members(members)
    , m_desk(desk)
    , m_prompter(files.prompter)
    , m_activities(new ActivityModel(store, members, marks, this))
    , m_filter(new ActivityFilterModel(this))
    , m_detailSplitter(new QSplitter(Qt::Vertical))
    , m_list(new QListView)
    , m_subtitle(new QLabel)
    , m_sections(new PlanSectionsEditor)
    , m_files(new AttachmentList(files))
    , m_submissionStatus(new QLabel)
    , m_submissionReview(new QLabel)
    , m_refusedLabel(new QLabel)
    , m_refusedButton(new QPushButton)
    , m_submitButton(new QPushButton)
    , m_printButton(new QPushButton)
    , m_pdfButton(new QPushButton)
    , m_tabs(new QTabWidget)
    , m_filterLabel(new QLabel)
    , m_filterEdit(new QLineEdit)
    , m_statusFilter(new QComboBox)
    , m_addButton(new QPushButton)
    , m_deleteButton(new QPushButton)
    , m_upButton(new QPushButton)
    , m_downButton(new QPushButton)
    , m_activityMessage(new QLabel)
    , m_table(new QTableView)
    , m_timeline(new TimelineView)
    , m_history(new PlanHistoryView(store, members))
    , m_addAction(new QAction(this))
    , m_deleteAction(new QAction(this))
    , m_upAction(new QAction(this))
    , m_downAction(new QAction(this))
    , m_printAction(new QAction(this))
{
    m_detailSplitter->setObjectName(u"planDetailSplitter"_s);

    m_list->setObjectName(u"planList"_s);
    m_list->setModel(m_plans);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);

    // The plan's sections, in a scroll area: they can be long.
    auto *sectionsPage = new QWidget;
    QVBoxLayout *sectionsLayout = MasterDetailView::detailLayout(sectionsPage);
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextFormat(Qt::PlainText);
    sectionsLayout->addWidget(title());
    sectionsLayout->addWidget(m_subtitle);
    auto *paperRow = new QHBoxLayout;
    m_printButton->setObjectName(u"printPlanButton"_s);
    m_pdfButton->setObjectName(u"savePlanPdfButton"_s);
    m_submitButton->setObjectName(u"submitPlanButton"_s);
    m_submitButton->setAutoDefault(false);
    connect(m_submitButton, &QPushButton::clicked, this, &PlansView::submit);
    paperRow->addWidget(m_submitButton);
    paperRow->addWidget(m_printButton);
    paperRow->addWidget(m_pdfButton);
    paperRow->addStretch(1);
    sectionsLayout->addLayout(paperRow);
    // Where the plan stands with the facilitators, and their review.
    m_submissionStatus->setObjectName(u"submissionStatus"_s);
    m_submissionStatus->setWordWrap(true);
    m_submissionStatus->setTextFormat(Qt::PlainText);
    m_submissionReview->setObjectName(u"planReview"_s);
    m_submissionReview->setWordWrap(true);
    m_submissionReview->setTextFormat(Qt::PlainText);
    m_submissionReview->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                                Qt::TextSelectableByKeyboard);
    m_submissionReview->setFrameShape(QFrame::StyledPanel);
    m_submissionReview->setMargin(6);
    sectionsLayout->addWidget(m_submissionStatus);
    sectionsLayout->addWidget(m_submissionReview);
    // Changes of the plan the server did not take, and why.
    m_refusedLabel->setObjectName(u"planRefusedLabel"_s);
    m_refusedLabel->setWordWrap(true);
    m_refusedLabel->setTextFormat(Qt::PlainText);
    styleAsError(m_refusedLabel);
    m_refusedButton->setObjectName(u"planRefusedButton"_s);
    m_refusedButton->setAutoDefault(false);
    connect(m_refusedButton, &QPushButton::clicked, this, &PlansView::syncPageRequested);
    auto *refusedRow = new QHBoxLayout;
    refusedRow->addWidget(m_refusedLabel, 1);
    refusedRow->addWidget(m_refusedButton, 0, Qt::AlignTop);
    sectionsLayout->addLayout(refusedRow);
    connect(m_store, &Core::LocalStore::outboxChanged, this, &PlansView::showRefused);
    sectionsLayout->addWidget(m_sections);
    connect(m_sections, &PlanSectionsEditor::conflictRequested, this, &PlansView::compareSection);
    // The team's files: reports, photos of the board, budgets.
    m_files->setObjectName(u"planFiles"_s);
    sectionsLayout->addWidget(m_files);
    connect(m_files, &AttachmentList::filesChanged, this,
            [this](const QList<Core::AttachmentRef> &list) {
                if (!m_document)
                    return;
                // A file attached is one step: kept at once, not after a pause.
                Editing::EditorSession *plan = m_document->sections();
                plan->setValue(QString(Core::AttachmentsField), Core::attachmentsJson(list));
                if (const Core::Status saved = plan->save(); !saved)
                    qCWarning(lcUi) << "the plan's files were not saved:" << saved.error().detail;
            });
    m_files->offerShortcutIn(this);
    sectionsLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(sectionsPage);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // its fields take the focus

    // Activities: filter and buttons above the table; a refusal below it.
    auto *activitiesPage = new QWidget;
    auto *activitiesLayout = new QVBoxLayout(activitiesPage);
    activitiesLayout->setContentsMargins(8, 8, 8, 8);
    auto *tools = new QHBoxLayout;
    m_filterEdit->setObjectName(u"activityFilter"_s);
    m_filterEdit->setClearButtonEnabled(true);
    m_filterLabel->setBuddy(m_filterEdit);
    m_statusFilter->setObjectName(u"activityStatusFilter"_s);
    for (QPushButton *b : {m_addButton, m_deleteButton, m_upButton, m_downButton})
        b->setAutoDefault(false);
    m_addButton->setObjectName(u"addActivityButton"_s);
    m_deleteButton->setObjectName(u"deleteActivityButton"_s);
    m_upButton->setObjectName(u"moveActivityUpButton"_s);
    m_downButton->setObjectName(u"moveActivityDownButton"_s);
    tools->addWidget(m_filterLabel);
    tools->addWidget(m_filterEdit, 1);
    tools->addWidget(m_statusFilter);
    tools->addSpacing(12);
    tools->addWidget(m_addButton);
    tools->addWidget(m_deleteButton);
    tools->addWidget(m_upButton);
    tools->addWidget(m_downButton);
    activitiesLayout->addLayout(tools);

    m_filter->setSourceModel(m_activities);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new ActivityDelegate(members, m_table));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicatorClearable(true); // back to the plan's order
    m_table->sortByColumn(-1, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    // Tab leaves the table (arrow keys move within it).
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->setDragDropMode(QAbstractItemView::DragDrop);
    m_table->setDefaultDropAction(Qt::MoveAction);
    m_table->setDragDropOverwriteMode(false);
    m_table->setDropIndicatorShown(true);
    m_table->verticalHeader()->hide();
    // The activity's name takes the room; who, when and the status as much
    // as they need; indicator and resources a fair share (their whole text
    // is in the tooltip, and they can be widened).
    QHeaderView *header = m_table->horizontalHeader();
    for (const int column : {ActivityModel::ResponsibleColumn, ActivityModel::StartColumn,
                             ActivityModel::EndColumn, ActivityModel::StatusColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActivityModel::WhatColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    for (const int column : {ActivityModel::IndicatorColumn, ActivityModel::ResourcesColumn})
        header->resizeSection(column, 100);
    activitiesLayout->addWidget(m_table, 1);
    m_activityMessage->setObjectName(u"activityMessage"_s);
    m_activityMessage->setWordWrap(true);
    styleAsError(m_activityMessage);
    m_activityMessage->hide();
    activitiesLayout->addWidget(m_activityMessage);

    // Shortcuts while the table has the focus; buttons for the mouse.
    m_addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    m_deleteAction->setShortcut(QKeySequence(QKeySequence::Delete));
    m_upAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up));
    m_downAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down));
    for (QAction *a : {m_addAction, m_deleteAction, m_upAction, m_downAction}) {
        a->setShortcutContext(Qt::WidgetShortcut);
        m_table->addAction(a);
    }
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_addAction, &QAction::triggered, this, &PlansView::addActivity);
    connect(m_deleteAction, &QAction::triggered, this, &PlansView::deleteActivity);
    connect(m_upAction, &QAction::triggered, this, [this]() { moveActivity(-1); });
    connect(m_downAction, &QAction::triggered, this, [this]() { moveActivity(1); });
    connect(m_addButton, &QPushButton::clicked, m_addAction, &QAction::trigger);
    connect(m_deleteButton, &QPushButton::clicked, m_deleteAction, &QAction::trigger);
    connect(m_upButton, &QPushButton::clicked, m_upAction, &QAction::trigger);
    connect(m_downButton, &QPushButton::clicked, m_downAction, &QAction::trigger);
    m_printAction->setShortcut(QKeySequence(QKeySequence::Print));
    m_printAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_printAction);
    connect(m_printAction, &QAction::triggered, this, &PlansView::print);
    connect(m_printButton, &QPushButton::clicked, this, &PlansView::print);
    connect(m_pdfButton, &QPushButton::clicked, this, &PlansView::saveAsPdf);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ActivityFilterModel::setText);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this]() { m_filter->setStatus(m_statusFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansView::updateActions);
    connect(m_activities, &QAbstractItemModel::layoutChanged, this, &PlansView::updateActions);
    connect(m_activities, &QAbstractItemModel::rowsInserted, this, &PlansView::updateActions);
    connect(m_activities, &QAbstractItemModel::rowsRemoved, this, &PlansView::updateActions);
    connect(m_activities, &QAbstractItemModel::modelReset, this, &PlansView::updateActions);
    connect(
        m_activities, &ActivityModel::editRefused, this,
        [this](const QString &, const QString &, const Core::Error &error) { showRefusal(error); });
    connect(m_activities, &QAbstractItemModel::dataChanged, this,
            [this]() { m_activityMessage->hide(); });

    m_timeline->setModel(m_activities);
    auto *timelineScroll = new QScrollArea;
    timelineScroll->setObjectName(u"timelineScroll"_s);
    timelineScroll->setWidget(m_timeline);
    timelineScroll->setWidgetResizable(true);
    timelineScroll->setFrameShape(QFrame::NoFrame);

    m_tabs->setObjectName(u"planTabs"_s);
    // A tab's Alt shortcut also takes the keyboard into it.
    m_tabs->tabBar()->installEventFilter(this);
    m_tabs->addTab(activitiesPage, QString());
    m_tabs->addTab(timelineScroll, QString());
    m_tabs->addTab(m_history, QString());
    connect(m_history, &PlanHistoryView::restoreRefused, this,
            [this](const Core::Error &error) { m_history->showMessage(refusalText(error)); });

    m_detailSplitter->addWidget(scroll);
    m_detailSplitter->addWidget(m_tabs);
    m_detailSplitter->setStretchFactor(0, 3);
    m_detailSplitter->setStretchFactor(1, 2);
    setPanes(m_list, m_detailSplitter, 1, 4, {260, 980});

    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PlansView::onCurrentChanged);
    connect(m_plans, &QAbstractItemModel::modelReset, this, [this]() {
        const QString keep = m_selectedId;
        m_selectedId.clear();
        if (keep.isEmpty() || !showPlan(keep))
            showCurrent();
    });
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this](const Core::ChangeSet &e) {
        if (e.contains(Core::Entity::ActionPlan) && !m_selectedId.isEmpty())
            showCurrent();
    });
    retranslateUi();
}

bool PlansView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tabs->tabBar() && event->type() == QEvent::Shortcut) {
        QTimer::singleShot(0, this, [this]() {
            if (m_tabs->currentIndex() == 0)
                m_table->setFocus(Qt::ShortcutFocusReason);
            else if (m_tabs->currentWidget() == m_history)
                m_history->focusList();
        });
    }
    return MasterDetailView::eventFilter(watched, event);
}

QUndoStack *PlansView::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

bool PlansView::showPlan(const QString &planId)
{
    const QModelIndex index = m_plans->indexForId(planId);
    if (!index.isValid())
        return false;
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
    return true;
}

bool PlansView::selectFirstPlan()
{
    return m_plans->rowCount() > 0 && showPlan(m_plans->index(0).data(IdRole).toString());
}

void PlansView::compareSection(const QString &field)
{
    if (!m_document || !m_document->sectionConflicts().contains(field))
        return;
    auto *dialog =
        new SectionConflictDialog(m_document, field, m_sections->heading(field), m_members, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void PlansView::showTimeline()
{
    m_tabs->setCurrentIndex(1);
}

void PlansView::onCurrentChanged(const QModelIndex &current)
{
    m_selectedId = current.data(IdRole).toString();
    showCurrent();
}

void PlansView::openDocument(const QString &planId)
{
    if (m_document && m_document->planId() == planId)
        return;
    // The previous plan's typing is saved as its document goes.
    delete m_document;
    m_document = planId.isEmpty() ? nullptr : new PlanDocument(m_store, m_desk, planId, this);
    if (m_document) {
        connect(m_document->sections(), &Editing::EditorSession::valueChanged, this,
                [this](const QString &field) {
                    if (field == Core::AttachmentsField)
                        showFiles();
                });
        connect(m_document, &PlanDocument::mayEditChanged, this, &PlansView::showFiles);
        connect(m_document, &PlanDocument::mayEditChanged, this, &PlansView::updateActions);
        connect(m_document, &PlanDocument::mayEditChanged, this, &PlansView::showSubmission);
        connect(m_document, &PlanDocument::submissionChanged, this, &PlansView::showSubmission);
    }
    showSubmission();
    showRefused();
    m_sections->setDocument(m_document);
    m_activities->setDocument(m_document);
    m_history->setDocument(m_document);
    showFiles();
    m_activityMessage->hide();
    updateActions();
    Q_EMIT undoStackChanged(undoStack());
}

void PlansView::showCurrent()
{
    const QModelIndex index = m_list->currentIndex();
    const auto plan =
        index.isValid()
            ? m_store->records().get(Core::Entity::ActionPlan, index.data(IdRole).toString())
            : Core::Result<Core::Record>(Core::makeError(Core::ErrorCode::NotFound));
    openDocument(plan ? plan->id : QString());
    m_tabs->setVisible(plan.ok());
    m_printButton->setVisible(plan.ok());
    m_pdfButton->setVisible(plan.ok());
    if (!plan) {
        title()->setText(m_plans->rowCount() > 0 ? tr("Choose an action plan")
                                                 : tr("No action plans on this computer yet"));
        m_subtitle->setText(m_plans->rowCount() > 0
                                ? tr("Select a team's plan to read it.")
                                : tr("Your team's action plan appears here after the first sync."));
        return;
    }
    title()->setText(
        tr("Action plan of %1").arg(index.data(PlanListModel::TeamNameRole).toString()));
    const QString program = index.data(PlanListModel::ProgramTitleRole).toString();
    const QString language = RecordText::languageName(plan->text(u"language"));
    m_subtitle->setText(language.isEmpty() ? program : tr("%1, in %2").arg(program, language));
    m_subtitle->setVisible(!m_subtitle->text().isEmpty());
}

void PlansView::showFiles()
{
    m_files->setEditable(m_document && m_document->mayEdit());
    m_files->setFiles(m_document ? Core::attachmentsFrom(m_document->sections()->value(
                                       QString(Core::AttachmentsField)))
                                 : QList<Core::AttachmentRef>());
}

QString PlansView::currentActivityId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? current.data(IdRole).toString() : QString();
}

void PlansView::selectActivity(const QString &id, int column)
{
    const int row = m_activities->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_activities->index(row, column));
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void PlansView::updateActions()
{
    const bool editable = m_document && m_document->mayEdit();
    const bool chosen = editable && !currentActivityId().isEmpty();
    // Moving is in the plan's own order, with every activity shown.
    const bool movable = chosen && m_activities->isInPlanOrder() && !m_filter->isFiltering();
    const int row = m_table->currentIndex().row();
    m_addAction->setEnabled(editable);
    m_deleteAction->setEnabled(chosen);
    m_upAction->setEnabled(movable && row > 0);
    m_downAction->setEnabled(movable && row + 1 < m_filter->rowCount());
    m_addButton->setEnabled(m_addAction->isEnabled());
    m_deleteButton->setEnabled(m_deleteAction->isEnabled());
    m_upButton->setEnabled(m_upAction->isEnabled());
    m_downButton->setEnabled(m_downAction->isEnabled());
    m_upButton->setToolTip(chosen && !movable
                               ? tr("Show every activity in the plan's order to move them")
                               : m_upAction->toolTip());
}

void PlansView::addActivity()
{
    if (!m_document)
        return;
    // A new activity starts today for a month, under whoever adds it; its
    // name is edited at once.
    const QDate today = QDate::currentDate();
    QJsonObject fields{{u"what"_s, tr("New activity")},
                       {u"starts_on"_s, today.toString(Qt::ISODate)},
                       {u"ends_on"_s, today.addMonths(1).toString(Qt::ISODate)},
                       {u"status"_s, u"not_started"_s}};
    if (m_document->teamMembers().contains(m_desk->activeAuthorId()))
        fields.insert(u"responsible_id"_s, m_desk->activeAuthorId());
    const Core::Result<QString> id = m_document->addActivity(fields);
    if (!id) {
        showRefusal(id.error());
        return;
    }
    m_filterEdit->clear();
    m_statusFilter->setCurrentIndex(0);
    selectActivity(m_document->activityId(*id), ActivityModel::WhatColumn);
    m_table->setFocus();
    m_table->edit(m_table->currentIndex());
}

void PlansView::deleteActivity()
{
    const QString id = currentActivityId();
    if (!m_document || id.isEmpty())
        return;
    const int row = m_table->currentIndex().row();
    const int column = std::max(0, m_table->currentIndex().column());
    if (const Core::Status s = m_document->deleteActivity(id); !s) {
        showRefusal(s.error());
        return;
    }
    // The next activity (or the one before) becomes the current one.
    const int next = std::min(row, m_filter->rowCount() - 1);
    if (next >= 0)
        m_table->setCurrentIndex(m_filter->index(next, column));
    m_activityMessage->setText(
        tr("Activity deleted. Undo brings it back (%1).")
            .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
    m_activityMessage->setVisible(true);
}

void PlansView::moveActivity(int delta)
{
    const QString id = currentActivityId();
    const QAction *action = delta < 0 ? m_upAction : m_downAction;
    if (!m_document || id.isEmpty() || !action->isEnabled())
        return;
    const int column = std::max(0, m_table->currentIndex().column());
    const int row = m_activities->rowOf(id);
    if (const Core::Status s = m_document->moveActivity(id, row + delta); !s) {
        showRefusal(s.error());
        return;
    }
    selectActivity(id, column);
}

void PlansView::showRefused()
{
    const QList<Core::OutboxEntry> refused =
        m_document ? m_document->refusedChanges() : QList<Core::OutboxEntry>();
    m_refusedLabel->setVisible(!refused.isEmpty());
    m_refusedButton->setVisible(!refused.isEmpty());
    if (refused.isEmpty())
        return;
    const int n = int(refused.size());
    const bool lostAccess = std::all_of(refused.begin(), refused.end(),
                                        [](const auto &e) { return e.errorCode == u"forbidden"; });
    if (lostAccess) {
        m_refusedLabel->setText(
            tr("The server did not take %n change(s) to this plan: you are no longer in this "
               "plan's team, or the plan is no longer the team's. Nothing you wrote is lost: it "
               "stays on this computer, on the Sync page, where you can copy it and then "
               "discard it.",
               nullptr, n));
    } else {
        const Core::OutboxEntry &first = refused.first();
        const QString why = refusalText(
            Core::makeError(Sync::Protocol::refusalCodeFromName(first.errorCode), first.error));
        m_refusedLabel->setText(tr("The server did not take %n change(s) to this plan: %1 They "
                                   "wait on the Sync page, to be sent again or discarded.",
                                   nullptr, n)
                                    .arg(why));
    }
}

void PlansView::showRefusal(const Core::Error &error)
{
    m_activityMessage->setText(refusalText(error));
    m_activityMessage->setVisible(true);
}

QString PlansView::refusalText(const Core::Error &error) const
{
    QString text;
    const Editing::FieldErrors errors =
        m_document ? m_document->lastErrors() : Editing::FieldErrors();
    if (error.code == Core::ErrorCode::Invalid && !errors.isEmpty()) {
        const auto first = errors.constBegin();
        switch (first->code) {
        case Editing::FieldError::Code::Required:
            text = tr("Say what the activity is: it cannot be empty.");
            break;
        case Editing::FieldError::Code::DateOrder:
            text = tr("An activity cannot end before it starts.");
            break;
        case Editing::FieldError::Code::NotInTeam:
            text = tr("Only a member of the team can be responsible for an activity.");
            break;
        case Editing::FieldError::Code::TooLong:
            text = tr("This text is too long for an activity.");
            break;
        default:
            text = errorText(error);
        }
    } else if (error.code == Core::ErrorCode::Forbidden) {
        text = tr("Only the team's members change this plan.");
    } else {
        text = errorText(error);
    }
    return text;
}

PlanPrintout PlansView::printout() const
{
    PlanPrintout out;
    out.title = title()->text();
    out.subtitle = m_subtitle->text();
    out.direction = layoutDirection();
    out.today = QDate::currentDate();
    // The headings as the page shows them, in the member's language.
    for (const QString &field : PlanDocument::sectionFields()) {
        const QString text =
            m_document ? m_document->sections()->value(field).toString() : QString();
        out.sections.append(
            {m_sections->heading(field), text.isEmpty() ? RecordText::notSet() : text});
    }
    for (int c = 0; c < ActivityModel::ColumnCount; ++c)
        out.activityHeadings.append(m_activities->headerData(c, Qt::Horizontal).toString());
    for (int r = 0; r < m_activities->rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < ActivityModel::ColumnCount; ++c)
            row.append(m_activities->index(r, c).data().toString());
        out.activityRows.append(row);
    }
    out.bars = m_timeline->bars();
    return out;
}

void PlansView::print()
{
    if (!m_document)
        return;
    printWithDialog(this, title()->text(), [this](QPagedPaintDevice *printer) {
        if (!PlanPrinter::print(printer, printout()))
            m_prompter->inform(this, tr("Print"), tr("The plan could not be printed."));
    });
}

void PlansView::saveAsPdf()
{
    if (!m_document)
        return;
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString name = tr("Action plan") + u".pdf"_s;
    m_prompter->chooseSaveFile(
        this, tr("Save the plan as PDF"), QDir(folder).filePath(name), tr("PDF files (*.pdf)"),
        [this](const QString &path) {
            if (path.isEmpty())
                return;
            QPdfWriter writer(path);
            preparePdf(writer, title()->text());
            if (!PlanPrinter::print(&writer, printout()))
                m_prompter->inform(
                    this, tr("Save as PDF"),
                    tr("The plan could not be saved as %1.").arg(QDir::toNativeSeparators(path)));
        });
}

void PlansView::showSubmission()
{
    if (!m_document) {
        m_submissionStatus->hide();
        m_submissionReview->hide();
        m_submitButton->hide();
        return;
    }
    const PlanDocument::Submission s = m_document->submission();
    const QLocale locale;
    QString status;
    if (!s.exists()) {
        status = tr("Draft: not submitted for review yet.");
    } else {
        const QDateTime at = RecordText::parseDateTime(s.record.text(u"submitted_at"));
        const QString when =
            at.isValid() ? locale.toString(at.date(), QLocale::LongFormat) : RecordText::notSet();
        const QString who = m_members->displayName(s.record.text(u"submitted_by"));
        const QString state = s.reviewed() ? s.review.text(u"decision") : s.record.text(u"status");
        status = tr("%1 — submitted on %2 by %3.")
                     .arg(s.reviewed() ? RecordText::decision(state)
                                       : RecordText::submissionStatus(state),
                          when, who);
        if (s.previous.id.size()) {
            const PlanDocument::Changes c =
                PlanDocument::changesBetween(s.previous.fields.value("snapshot"_L1).toObject(),
                                             s.record.fields.value("snapshot"_L1).toObject());
            status += u' ' + RecordText::planChanges(c.sections, c.added, c.changed, c.removed);
        }
    }
    m_submissionStatus->setText(status);
    m_submissionStatus->show();
    if (s.reviewed()) {
        QStringList lines;
        lines << tr("Review by %1: %2")
                     .arg(m_members->displayName(s.review.text(u"facilitator_id")),
                          RecordText::decision(s.review.text(u"decision")));
        // The criteria as the program's rubric names them, in its order.
        const Core::Rubric rubric = Editing::rubricOfTeam(*m_store, m_document->teamId());
        for (const Core::Rubric::Score &score :
             rubric.scoresOf(s.review.fields.value("scores"_L1))) {
            lines << tr("%1: %2 of %3")
                         .arg(score.title.isEmpty() ? RecordText::fieldName(score.id) : score.title,
                              locale.toString(score.score),
                              locale.toString(Core::Rubric::MaxScore));
        }
        const QString comment = s.review.text(u"comment");
        if (!comment.isEmpty())
            lines << comment;
        m_submissionReview->setText(lines.join(u'\n'));
    }
    m_submissionReview->setVisible(s.reviewed());
    m_submitButton->setVisible(m_document->mayEdit());
    m_submitButton->setEnabled(m_document->maySubmit());
    m_submitButton->setText(s.exists() ? tr("Su&bmit again…") : tr("Su&bmit for review…"));
}

void PlansView::submit()
{
    if (!m_document || !m_document->maySubmit())
        return;
    const Editing::FieldErrors missing = m_document->submitErrors();
    if (!missing.isEmpty()) {
        m_sections->showRequired(missing.keys());
        return;
    }
    m_prompter->confirm(
        this, tr("Submit for review"),
        tr("Send the plan as it is now to the program's facilitators? They review this version; "
           "you can keep working on the plan."),
        tr("Submit"), [this, plan = QPointer<PlanDocument>(m_document)](bool accepted) {
            if (!accepted || !plan)
                return;
            const Core::Result<QString> sent = plan->submit();
            if (!sent) {
                if (sent.error().code == Core::ErrorCode::Invalid)
                    m_sections->showRequired(plan->lastErrors().keys());
                else
                    m_prompter->inform(this, tr("Submit for review"), errorText(sent.error()));
                return;
            }
            showSubmission();
        });
}

void PlansView::retranslateUi()
{
    m_sections->retranslate();
    m_tabs->setTabText(0, tr("&Activities"));
    m_tabs->setTabText(1, tr("Time&line"));
    m_tabs->setTabText(2, tr("Histor&y"));
    m_refusedButton->setText(tr("Open the Sync page"));
    showRefused();
    m_filterLabel->setText(tr("&Filter:"));
    m_filterEdit->setPlaceholderText(tr("What, who, indicator…"));
    m_filterEdit->setAccessibleName(tr("Filter activities"));
    const QString status = m_statusFilter->currentData().toString();
    m_statusFilter->clear();
    m_statusFilter->addItem(tr("All statuses"), QString());
    for (const QString &key : PlanDocument::statuses())
        m_statusFilter->addItem(RecordText::activityStatus(key), key);
    m_statusFilter->setCurrentIndex(std::max(0, m_statusFilter->findData(status)));
    m_statusFilter->setAccessibleName(tr("Show activities of status"));
    m_addAction->setText(tr("Add acti&vity"));
    m_deleteAction->setText(tr("D&elete activity"));
    m_upAction->setText(tr("Move up"));
    m_downAction->setText(tr("Move down"));
    for (auto [button, action] :
         {std::pair{m_addButton, m_addAction}, std::pair{m_deleteButton, m_deleteAction},
          std::pair{m_upButton, m_upAction}, std::pair{m_downButton, m_downAction}}) {
        button->setText(action->text());
        action->setToolTip(
            tr("%1 (%2)").arg(QString(action->text()).remove(u'&'),
                              action->shortcut().toString(QKeySequence::NativeText)));
        button->setToolTip(action->toolTip());
    }
    m_printAction->setText(tr("&Print…"));
    m_printButton->setText(tr("&Print…"));
    m_pdfButton->setText(tr("Save as P&DF…"));
    m_list->setAccessibleName(tr("Action plans"));
    m_table->setAccessibleName(tr("Activities"));
    m_activities->retranslate();
    updateActions();
    showCurrent();
}

} // namespace Ui

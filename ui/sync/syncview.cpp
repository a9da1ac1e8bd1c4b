#include "syncview.h"

#include "apiclient.h"
#include "conflictsmodel.h"
#include "datausageview.h"
#include "diagnostics.h"
#include "entityschema.h"
#include "errortext.h"
#include "localstore.h"
#include "modelroles.h"
#include "plandocument.h"
#include "prompter.h"
#include "recordtext.h"
#include "rejectedopsmodel.h"
#include "syncengine.h"
#include "syncprogresspanel.h"
#include "syncsettingspanel.h"
#include "uilogging.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace Ui {

using Editing::ConflictResolver;
using Editing::MemberDirectory;

using namespace Qt::StringLiterals;

namespace {

QLabel *makeHeading(QWidget *buddy)
{
    auto *heading = new QLabel;
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    heading->setBuddy(buddy);
    return heading;
}

void setUpTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // Tab leaves the table for its buttons
    table->verticalHeader()->hide();
}

QPlainTextEdit *makeVersionText(const QString &objectName)
{
    auto *text = new QPlainTextEdit;
    text->setObjectName(objectName);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setTabChangesFocus(true);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    return text;
}

} // namespace

SyncView::SyncView(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
                   const MemberDirectory *members, Prompter *prompter, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_api(api)
    , m_engine(engine)
    , m_members(members)
    , m_prompter(prompter)
    , m_rejected(new RejectedOpsModel(store, members, this))
    , m_conflicts(new ConflictsModel(store, members, this))
    , m_serverLabel(new QLabel)
    , m_server(new QLabel)
    , m_memberLabel(new QLabel)
    , m_member(new QLabel)
    , m_lastSyncLabel(new QLabel)
    , m_lastSync(new QLabel)
    , m_cursorLabel(new QLabel)
    , m_cursor(new QLabel)
    , m_pendingLabel(new QLabel)
    , m_pending(new QLabel)
    , m_conflictCountLabel(new QLabel)
    , m_conflictCount(new QLabel)
    , m_nowLabel(new QLabel)
    , m_now(new SyncProgressPanel(store, engine))
    , m_syncButton(new QPushButton)
    , m_diagnosticsButton(new QPushButton)
    , m_diagnosticsStatus(new QLabel)
    , m_diagnostics(new Diagnostics(store, api, engine, nullptr, this))
    , m_sideSplitter(new QSplitter(Qt::Horizontal))
    , m_settingsPanel(new SyncSettingsPanel)
    , m_usageView(new DataUsageView(&store->dataUsage()))
    , m_splitter(new QSplitter(Qt::Vertical))
    , m_table(new QTableView)
    , m_retryButton(new QPushButton)
    , m_discardButton(new QPushButton)
    , m_copyButton(new QPushButton)
    , m_conflictSplitter(new QSplitter(Qt::Vertical))
    , m_conflictTable(new QTableView)
    , m_currentText(makeVersionText(u"currentVersionText"_s))
    , m_otherText(makeVersionText(u"otherVersionText"_s))
    , m_keepButton(new QPushButton)
    , m_useOtherButton(new QPushButton)
    , m_openInPlanButton(new QPushButton)
{
    m_rejectedHeading = makeHeading(m_table);
    m_conflictsHeading = makeHeading(m_conflictTable);
    m_currentHeading = new QLabel;
    m_otherHeading = new QLabel;

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->setSpacing(12);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    form->setFormAlignment(Qt::AlignLeading | Qt::AlignTop);
    const QList<std::pair<QLabel *, QLabel *>> rows = {
        {m_serverLabel, m_server},     {m_memberLabel, m_member},
        {m_lastSyncLabel, m_lastSync}, {m_cursorLabel, m_cursor},
        {m_pendingLabel, m_pending},   {m_conflictCountLabel, m_conflictCount}};
    for (const auto &[label, value] : rows) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setFocusPolicy(Qt::StrongFocus);
        label->setBuddy(value);
        form->addRow(label, value);
    }
    m_server->setObjectName(u"serverValue"_s);
    m_pending->setObjectName(u"pendingValue"_s);
    m_cursor->setObjectName(u"receivedValue"_s);
    m_conflictCount->setObjectName(u"conflictsValue"_s);
    m_lastSync->setObjectName(u"lastSyncValue"_s);
    m_nowLabel->setBuddy(m_now->label());
    form->addRow(m_nowLabel, m_now);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_syncButton->setObjectName(u"syncNowButton"_s);
    buttons->addWidget(m_syncButton);
    m_diagnosticsButton->setObjectName(u"copyDiagnosticsButton"_s);
    buttons->addWidget(m_diagnosticsButton);
    m_diagnosticsStatus->setObjectName(u"diagnosticsStatus"_s);
    m_diagnosticsStatus->setWordWrap(true);
    buttons->addWidget(m_diagnosticsStatus, 1);
    layout->addLayout(buttons);
    connect(m_syncButton, &QPushButton::clicked, this, &SyncView::syncRequested);
    connect(m_diagnosticsButton, &QPushButton::clicked, this, &SyncView::copyDiagnostics);

    // The refused changes and what to do with them.
    auto *refusedPage = new QWidget;
    auto *refusedLayout = new QVBoxLayout(refusedPage);
    refusedLayout->setContentsMargins(0, 0, 0, 8);
    m_table->setObjectName(u"rejectedTable"_s);
    m_table->setModel(m_rejected);
    setUpTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RejectedOpsModel::ReasonColumn,
                                                      QHeaderView::Stretch);
    m_retryButton->setObjectName(u"retryButton"_s);
    m_discardButton->setObjectName(u"discardButton"_s);
    auto *refusedButtons = new QHBoxLayout;
    refusedButtons->addWidget(m_retryButton);
    refusedButtons->addWidget(m_discardButton);
    m_copyButton->setObjectName(u"copyRefusedTextButton"_s);
    refusedButtons->addWidget(m_copyButton);
    refusedButtons->addStretch(1);
    refusedLayout->addWidget(m_rejectedHeading);
    refusedLayout->addWidget(m_table, 1);
    refusedLayout->addLayout(refusedButtons);

    // The open conflicts, both versions of the selected one, the decision.
    auto *conflictsPage = new QWidget;
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    conflictsLayout->setContentsMargins(0, 8, 0, 0);
    m_conflictTable->setObjectName(u"conflictsTable"_s);
    m_conflictTable->setModel(m_conflicts);
    setUpTable(m_conflictTable);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(ConflictsModel::CurrentColumn,
                                                              QHeaderView::Stretch);
    m_conflictTable->horizontalHeader()->setSectionResizeMode(ConflictsModel::OtherColumn,
                                                              QHeaderView::Stretch);
    auto *versions = new QWidget;
    auto *versionsLayout = new QHBoxLayout(versions);
    versionsLayout->setContentsMargins(0, 0, 0, 0);
    for (const auto &[heading, text] :
         {std::pair{m_currentHeading, m_currentText}, std::pair{m_otherHeading, m_otherText}}) {
        auto *column = new QVBoxLayout;
        heading->setWordWrap(true);
        heading->setTextFormat(Qt::PlainText);
        heading->setBuddy(text);
        column->addWidget(heading);
        column->addWidget(text, 1);
        versionsLayout->addLayout(column, 1);
    }
    m_conflictSplitter->setObjectName(u"conflictSplitter"_s);
    m_conflictSplitter->addWidget(m_conflictTable);
    m_conflictSplitter->addWidget(versions);
    m_conflictSplitter->setChildrenCollapsible(false);
    m_keepButton->setObjectName(u"keepButton"_s);
    m_useOtherButton->setObjectName(u"useOtherButton"_s);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addWidget(m_keepButton);
    conflictButtons->addWidget(m_useOtherButton);
    m_openInPlanButton->setObjectName(u"openInPlanButton"_s);
    conflictButtons->addWidget(m_openInPlanButton);
    conflictButtons->addStretch(1);
    conflictsLayout->addWidget(m_conflictsHeading);
    conflictsLayout->addWidget(m_conflictSplitter, 1);
    conflictsLayout->addLayout(conflictButtons);

    m_splitter->setObjectName(u"syncSplitter"_s);
    m_splitter->addWidget(refusedPage);
    m_splitter->addWidget(conflictsPage);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);

    // Beside the lists: when to sync, and the data used.
    auto *side = new QWidget;
    side->setObjectName(u"syncSidePanel"_s);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 0, 0, 0);
    sideLayout->addWidget(m_settingsPanel);
    sideLayout->addWidget(m_usageView);
    sideLayout->addStretch(1);
    m_sideSplitter->setObjectName(u"syncSideSplitter"_s);
    // It scrolls on a small screen rather than making the window taller.
    auto *sideScroll = new QScrollArea;
    sideScroll->setObjectName(u"syncSideScroll"_s);
    sideScroll->setWidget(side);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->setFocusPolicy(Qt::NoFocus); // its controls take the focus
    sideScroll->setMinimumWidth(side->minimumSizeHint().width() +
                                sideScroll->verticalScrollBar()->sizeHint().width());
    m_sideSplitter->addWidget(m_splitter);
    m_sideSplitter->addWidget(sideScroll);
    m_sideSplitter->setChildrenCollapsible(false);
    m_sideSplitter->setStretchFactor(0, 3);
    m_sideSplitter->setStretchFactor(1, 1);
    layout->addWidget(m_sideSplitter, 1);

    setTabOrder(m_syncButton, m_diagnosticsButton);
    setTabOrder(m_diagnosticsButton, m_table);
    setTabOrder(m_table, m_retryButton);
    setTabOrder(m_retryButton, m_discardButton);
    setTabOrder(m_discardButton, m_copyButton);
    setTabOrder(m_copyButton, m_conflictTable);
    setTabOrder(m_conflictTable, m_currentText);
    setTabOrder(m_currentText, m_otherText);
    setTabOrder(m_otherText, m_keepButton);
    setTabOrder(m_keepButton, m_useOtherButton);
    setTabOrder(m_useOtherButton, m_openInPlanButton);
    setTabOrder(m_openInPlanButton, m_settingsPanel->firstControl());
    setTabOrder(m_settingsPanel->lastControl(), m_usageView->daysChart());
    setTabOrder(m_usageView->daysChart(), m_usageView->monthsChart());

    connect(m_retryButton, &QPushButton::clicked, this, &SyncView::sendAgain);
    connect(m_discardButton, &QPushButton::clicked, this, &SyncView::confirmDiscard);
    connect(m_copyButton, &QPushButton::clicked, this, [this]() {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            QApplication::clipboard()->setText(
                rows.first().data(RejectedOpsModel::TextRole).toString());
    });
    connect(m_keepButton, &QPushButton::clicked, this,
            [this]() { resolve(ConflictResolver::Choice::KeepCurrent); });
    connect(m_useOtherButton, &QPushButton::clicked, this,
            [this]() { resolve(ConflictResolver::Choice::UseOther); });
    connect(m_openInPlanButton, &QPushButton::clicked, this, [this]() {
        const auto conflict = m_store->records().get(Core::Entity::Conflict, selectedConflict());
        if (conflict)
            Q_EMIT openInPlanRequested(conflict->text(u"record_id"), conflict->text(u"field"));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SyncView::updateActions);
    connect(m_conflictTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this]() {
                showConflictDetail();
                updateActions();
            });

    // Reloads keep the selected row selected.
    connect(m_rejected, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_keepOperation = selectedOperation(); });
    connect(m_rejected, &QAbstractItemModel::modelReset, this, [this]() {
        const int row = m_rejected->rowForOperation(m_keepOperation);
        if (row >= 0)
            m_table->selectRow(row);
        m_rejectedHeading->setText(
            tr("&Changes the server refused (%n)", nullptr, m_rejected->rowCount()));
        updateActions();
    });
    connect(m_conflicts, &QAbstractItemModel::modelAboutToBeReset, this,
            [this]() { m_keepConflict = selectedConflict(); });
    connect(m_conflicts, &QAbstractItemModel::modelReset, this, [this]() {
        const int row = m_conflicts->rowForId(m_keepConflict);
        if (row >= 0)
            m_conflictTable->selectRow(row);
        m_conflictsHeading->setText(
            tr("C&onflicts to resolve (%n)", nullptr, m_conflicts->rowCount()));
        m_conflictCount->setText(tr("%n open conflict(s)", nullptr, m_conflicts->rowCount()));
        showConflictDetail();
        updateActions();
    });
    connect(m_conflicts, &QAbstractItemModel::dataChanged, this, &SyncView::showConflictDetail);

    connect(m_engine, &Sync::SyncEngine::finished, this, [this]() {
        refresh();
        if (m_syncWhenIdle) {
            // Decisions taken during the sync that just ended go out now.
            m_syncWhenIdle = false;
            QTimer::singleShot(0, this, &SyncView::syncRequested);
        }
    });
    connect(m_engine, &Sync::SyncEngine::stateChanged, this,
            [this]() { m_syncButton->setEnabled(!m_engine->isRunning()); });
    // Cheap: a few counters and the short list of refused changes. During a
    // sync they wait for its end.
    connect(m_store, &Core::LocalStore::recordsChanged, this, [this]() {
        if (!m_engine->isRunning())
            refresh();
    });
    connect(m_store, &Core::LocalStore::outboxChanged, this, [this]() {
        if (!m_engine->isRunning())
            refresh();
    });
    retranslateUi();
}

void SyncView::setScheduler(Sync::SyncScheduler *scheduler)
{
    m_now->setScheduler(scheduler);
    m_settingsPanel->setScheduler(scheduler);
    m_usageView->setScheduler(scheduler);
    delete m_diagnostics;
    m_diagnostics = new Diagnostics(m_store, m_api, m_engine, scheduler, this);
}

void SyncView::copyDiagnostics()
{
    if (m_diagnostics->isRunning())
        return;
    m_diagnosticsButton->setEnabled(false);
    m_diagnosticsStatus->setText(tr("Checking the server…"));
    connect(
        m_diagnostics, &Diagnostics::ready, this,
        [this](const QString &report) {
            QApplication::clipboard()->setText(report);
            m_diagnosticsButton->setEnabled(true);
            m_diagnosticsStatus->setText(
                tr("Diagnostics copied: paste them into a message to whoever supports you. They "
                   "hold no password and nothing you wrote."));
            m_diagnosticsButton->setFocus();
        },
        Qt::SingleShotConnection);
    m_diagnostics->start();
}

void SyncView::setAccount(const Sync::Account &account)
{
    m_account = account;
    refresh();
}

void SyncView::refresh()
{
    const QUrl server = m_api->server().isEmpty() ? m_account.server : m_api->server();
    m_server->setText(server.isEmpty() ? RecordText::notSet()
                                       : server.toDisplayString(QUrl::RemoveUserInfo));
    const QString name =
        m_account.displayName.isEmpty() ? m_account.username : m_account.displayName;
    m_member->setText(name.isEmpty() ? tr("Nobody is signed in")
                      : m_account.username.isEmpty() || name == m_account.username
                          ? name
                          : tr("%1 (%2)").arg(name, m_account.username));
    QString lastSync;
    int received = 0;
    int pending = 0;
    if (m_store->isOpen()) {
        if (const auto v = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey))
            lastSync = RecordText::dateTime(*v);
        // What the server sent that this computer keeps (the conflicts
        // waiting for a decision are counted on their own below).
        for (const Core::EntitySpec &spec : Core::entitySpecs()) {
            if (spec.name == Core::Entity::Conflict)
                continue;
            if (const auto n = m_store->records().count(spec.name))
                received += *n;
        }
        if (const auto p = m_store->outbox().pendingCount())
            pending = *p;
    }
    m_lastSync->setText(lastSync.isEmpty() ? tr("Never") : lastSync);
    m_cursor->setText(
        tr("%n item(s) from the server: courses, seminars, plans, members…", nullptr, received));
    m_pending->setText(tr("%n change(s) waiting to be sent", nullptr, pending));
    m_rejected->reload(); // updates the heading and the buttons
    m_syncButton->setEnabled(!m_engine->isRunning());
}

QString SyncView::selectedOperation() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString()
                          : rows.first().data(RejectedOpsModel::OperationRole).toString();
}

QString SyncView::selectedConflict() const
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
}

void SyncView::updateActions()
{
    const bool refusedSelected = !selectedOperation().isEmpty();
    m_retryButton->setEnabled(refusedSelected);
    m_discardButton->setEnabled(refusedSelected);
    m_copyButton->setEnabled(refusedSelected);

    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    using Sync::Protocol::ConflictKind;
    const std::optional<ConflictKind> kind =
        rows.isEmpty() ? std::nullopt
                       : Sync::Protocol::conflictKindFromName(
                             rows.first().data(ConflictsModel::KindRole).toString());
    if (kind == ConflictKind::DeleteEdit) {
        m_keepButton->setText(tr("&Keep"));
        m_keepButton->setToolTip(tr("Keep the record as it was edited"));
        m_useOtherButton->setText(tr("Delete an&yway…"));
        m_useOtherButton->setToolTip(tr("Delete the record after all"));
    } else if (kind == ConflictKind::EditDelete) {
        m_keepButton->setText(tr("Lea&ve deleted"));
        m_keepButton->setToolTip(tr("The changes made after the deletion are dropped"));
        m_useOtherButton->setText(tr("&Restore"));
        m_useOtherButton->setToolTip(tr("Bring the record back, with the changes"));
    } else {
        m_keepButton->setText(tr("&Keep current"));
        m_keepButton->setToolTip(tr("Keep the current version; the other one is dropped"));
        m_useOtherButton->setText(tr("&Use the other version"));
        m_useOtherButton->setToolTip(tr("Replace the current values with the other version"));
    }
    // A decision is a change in someone's name: it needs a member.
    const bool canDecide = !rows.isEmpty() && !m_account.memberId.isEmpty();
    m_keepButton->setEnabled(canDecide);
    m_useOtherButton->setEnabled(canDecide);
    // A conflict on a plan's section is best settled in the plan, words marked.
    const auto conflict =
        rows.isEmpty() ? Core::Result<Core::Record>(Core::makeError(Core::ErrorCode::NotFound))
                       : m_store->records().get(Core::Entity::Conflict, selectedConflict());
    m_openInPlanButton->setVisible(
        conflict && conflict->text(u"record_entity") == Core::Entity::ActionPlan &&
        Sync::Protocol::conflictKindFromName(conflict->text(u"kind")) ==
            Sync::Protocol::ConflictKind::Field &&
        Editing::PlanDocument::sectionFields().contains(conflict->text(u"field")));
    m_openInPlanButton->setText(tr("Compare in the &plan…"));
}

void SyncView::showConflictDetail()
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_currentHeading->setText(tr("Current version"));
        m_otherHeading->setText(tr("Other version"));
        m_currentText->clear();
        m_otherText->clear();
        return;
    }
    const QModelIndex row = rows.first();
    m_currentHeading->setText(
        tr("Current version, by %1").arg(row.data(ConflictsModel::CurrentByRole).toString()));
    m_otherHeading->setText(
        tr("Other version, by %1").arg(row.data(ConflictsModel::OtherByRole).toString()));
    m_currentText->setPlainText(row.data(ConflictsModel::CurrentTextRole).toString());
    m_otherText->setPlainText(row.data(ConflictsModel::OtherTextRole).toString());
}

void SyncView::sendAgain()
{
    const QString opId = selectedOperation();
    if (opId.isEmpty())
        return;
    if (const Core::Status s = m_store->retryOperation(opId); !s) {
        showError(s.error());
        return;
    }
    requestSync();
}

void SyncView::confirmDiscard()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    const QString opId = rows.first().data(RejectedOpsModel::OperationRole).toString();
    const QString record = rows.first().data(RejectedOpsModel::RecordRole).toString();
    QPointer<SyncView> self(this);
    m_prompter->confirm(
        this, tr("Discard the change"),
        tr("Discard this change to %1? The change will be lost, and the server's version of "
           "the record is restored on this computer.")
            .arg(record),
        tr("Discard"), [self, opId](bool accepted) {
            if (!self || !accepted)
                return;
            if (const Core::Status s = self->m_store->discardOperation(opId); !s)
                self->showError(s.error());
        });
}

void SyncView::resolve(ConflictResolver::Choice choice)
{
    const QModelIndexList rows = m_conflictTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_account.memberId.isEmpty())
        return;
    const QString conflictId = rows.first().data(IdRole).toString();
    if (choice == ConflictResolver::Choice::UseOther &&
        Sync::Protocol::conflictKindFromName(
            rows.first().data(ConflictsModel::KindRole).toString()) ==
            Sync::Protocol::ConflictKind::DeleteEdit) {
        QPointer<SyncView> self(this);
        m_prompter->confirm(
            this, tr("Delete the record"),
            tr("Delete %1 after all? It was changed after the deletion was made; those "
               "changes are deleted too.")
                .arg(rows.first().data(ConflictsModel::RecordRole).toString()),
            tr("Delete"), [self, conflictId, choice](bool accepted) {
                if (self && accepted)
                    self->applyResolution(conflictId, choice);
            });
        return;
    }
    applyResolution(conflictId, choice);
}

void SyncView::applyResolution(const QString &conflictId, ConflictResolver::Choice choice)
{
    ConflictResolver resolver(*m_store);
    if (const Core::Status s = resolver.resolve(conflictId, choice, m_account.memberId); !s) {
        showError(s.error());
        return;
    }
    requestSync();
}

void SyncView::requestSync()
{
    if (m_engine->isRunning()) {
        m_syncWhenIdle = true;
        return;
    }
    Q_EMIT syncRequested();
}

void SyncView::showError(const Core::Error &error)
{
    qCWarning(lcUi) << "sync page action failed:" << int(error.code) << error.detail;
    m_prompter->inform(this, tr("Sync"), errorText(error));
}

void SyncView::retranslateUi()
{
    m_serverLabel->setText(tr("Server:"));
    m_memberLabel->setText(tr("Signed in as:"));
    m_lastSyncLabel->setText(tr("Last sync:"));
    m_cursorLabel->setText(tr("On this computer:"));
    m_pendingLabel->setText(tr("Waiting to be sent:"));
    m_conflictCountLabel->setText(tr("Conflicts:"));
    m_syncButton->setText(tr("Sync &now"));
    m_nowLabel->setText(tr("Now:"));
    m_diagnosticsButton->setText(tr("Copy d&iagnostics"));
    m_diagnosticsButton->setToolTip(
        tr("Copy a short report for support: versions, the server's answer, the last syncs and "
           "the queues; no password and nothing you wrote"));
    m_table->setAccessibleName(tr("Refused changes"));
    m_retryButton->setText(tr("Send &again"));
    m_retryButton->setToolTip(tr("Send the selected change to the server again"));
    m_discardButton->setText(tr("&Discard…"));
    m_copyButton->setText(tr("Copy the text"));
    m_copyButton->setToolTip(tr("Copy what the selected change says, to keep it elsewhere"));
    m_discardButton->setToolTip(tr("Drop the selected change and go back to the server's version"));
    m_conflictTable->setAccessibleName(tr("Conflicts to resolve"));
    m_currentText->setAccessibleName(tr("Current version"));
    m_otherText->setAccessibleName(tr("Other version"));
    m_currentText->setPlaceholderText(tr("Select a conflict to compare the two versions."));
    m_otherText->setPlaceholderText(tr("Select a conflict to compare the two versions."));
    m_rejected->retranslate();
    m_conflicts->retranslate();
    m_conflictsHeading->setText(tr("C&onflicts to resolve (%n)", nullptr, m_conflicts->rowCount()));
    m_conflictCount->setText(tr("%n open conflict(s)", nullptr, m_conflicts->rowCount()));
    showConflictDetail();
    refresh();
}

void SyncView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Ui

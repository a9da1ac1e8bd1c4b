#pragma once

#include "accountmanager.h"
#include "conflictresolver.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QPlainTextEdit;
class QPushButton;
class QSplitter;
class QTableView;

namespace Core {
class LocalStore;
}
namespace Sync {
class ApiClient;
class SyncEngine;
class SyncScheduler;
} // namespace Sync

namespace Editing {
class MemberDirectory;
}

namespace Ui {

class ConflictsModel;
class DataUsageView;
class Diagnostics;
class SyncProgressPanel;
class SyncSettingsPanel;
using MemberDirectory = Editing::MemberDirectory;
using Editing::ConflictResolver;
class Prompter;
class RejectedOpsModel;

// The Sync page: which server and member this computer syncs with, when it
// last synced, what it keeps, how many local changes wait to be sent and
// how many conflicts are open; what the sync does now (SyncProgressPanel);
// "Sync now" and "Copy diagnostics" (a redacted report for support, see
// Diagnostics). Beside the lists below: when to sync (SyncSettingsPanel)
// and the data used (DataUsageView), once a scheduler is set.
//
// Below, two lists a person acts on:
// - the changes the server refused, with its reasons: "Send again" (after
//   fixing what the server objected to elsewhere) or "Discard…" (asks first;
//   the change is lost and the server's version comes back);
// - the open conflicts, with both versions side by side (read-only,
//   selectable): keep the current version or use the other one (for a
//   record deleted during an edit: keep it or delete it anyway; for an edit
//   that came after a deletion: leave it deleted or restore it).
// Every decision is stored at once and then a sync is requested
// (syncRequested(), or after the running sync ends).
//
// Refreshes after each sync and each local change. Owns its table models;
// the services are not owned.
class SyncView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncView)

public:
    SyncView(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
             const MemberDirectory *members, Prompter *prompter, QWidget *parent = nullptr);

    void setAccount(const Sync::Account &account);
    // The scheduler whose settings, holds and data use the page shows.
    void setScheduler(Sync::SyncScheduler *scheduler);
    void refresh();
    QList<QSplitter *> splitters() const
    {
        return {m_splitter, m_conflictSplitter, m_sideSplitter};
    }
    RejectedOpsModel *rejectedModel() const { return m_rejected; }
    ConflictsModel *conflictsModel() const { return m_conflicts; }

Q_SIGNALS:
    void syncRequested();
    // The person asked to settle a conflict on a plan's section in the plan.
    void openInPlanRequested(const QString &planId, const QString &field);

protected:
    void changeEvent(QEvent *event) override;

private:
    QString selectedOperation() const;
    QString selectedConflict() const;
    void updateActions();
    void showConflictDetail();
    void sendAgain();
    void confirmDiscard();
    void resolve(ConflictResolver::Choice choice);
    void applyResolution(const QString &conflictId, ConflictResolver::Choice choice);
    void requestSync();
    void showError(const Core::Error &error);
    void copyDiagnostics();
    void retranslateUi();

    Core::LocalStore *m_store;
    Sync::ApiClient *m_api;
    Sync::SyncEngine *m_engine;
    const MemberDirectory *m_members;
    Prompter *m_prompter;
    RejectedOpsModel *m_rejected;
    ConflictsModel *m_conflicts;
    Sync::Account m_account;
    QString m_keepOperation; // the selection to restore after a reload
    QString m_keepConflict;
    bool m_syncWhenIdle = false;

    QLabel *m_serverLabel;
    QLabel *m_server;
    QLabel *m_memberLabel;
    QLabel *m_member;
    QLabel *m_lastSyncLabel;
    QLabel *m_lastSync;
    QLabel *m_cursorLabel;
    QLabel *m_cursor;
    QLabel *m_pendingLabel;
    QLabel *m_pending;
    QLabel *m_conflictCountLabel;
    QLabel *m_conflictCount;
    QLabel *m_nowLabel;
    SyncProgressPanel *m_now;
    QPushButton *m_syncButton;
    QPushButton *m_diagnosticsButton;
    QLabel *m_diagnosticsStatus;
    Diagnostics *m_diagnostics;
    QSplitter *m_sideSplitter; // the lists | settings and data use
    SyncSettingsPanel *m_settingsPanel;
    DataUsageView *m_usageView;
    QSplitter *m_splitter;
    QLabel *m_rejectedHeading;
    QTableView *m_table;
    QPushButton *m_retryButton;
    QPushButton *m_discardButton;
    QPushButton *m_copyButton; // the text of the selected refused change
    QLabel *m_conflictsHeading;
    QSplitter *m_conflictSplitter;
    QTableView *m_conflictTable;
    QLabel *m_currentHeading;
    QPlainTextEdit *m_currentText;
    QLabel *m_otherHeading;
    QPlainTextEdit *m_otherText;
    QPushButton *m_keepButton;
    QPushButton *m_useOtherButton;
    QPushButton *m_openInPlanButton;
};

} // namespace Ui

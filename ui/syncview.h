#pragma once

#include "accountmanager.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Core {
class LocalStore;
}
namespace Sync {
class ApiClient;
class SyncEngine;
} // namespace Sync

namespace Ui {

class MemberDirectory;
class RejectedOpsModel;

// The Sync page: which server and member this computer syncs with, when it
// last synced, the pull cursor, how many local changes wait to be sent,
// the changes the server refused (with its reasons), and "Sync now".
// Refreshes after each sync and each local change. Nothing is owned but
// the table model.
class SyncView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncView)

public:
    SyncView(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
             const MemberDirectory *members, QWidget *parent = nullptr);

    void setAccount(const Sync::Account &account);
    void refresh();

Q_SIGNALS:
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Core::LocalStore *m_store;
    Sync::ApiClient *m_api;
    Sync::SyncEngine *m_engine;
    RejectedOpsModel *m_rejected;
    Sync::Account m_account;

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
    QLabel *m_rejectedHeading;
    QTableView *m_table;
    QPushButton *m_syncButton;
};

} // namespace Ui

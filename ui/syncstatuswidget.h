#pragma once

#include "result.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace Core {
class LocalStore;
}
namespace Sync {
class SyncEngine;
}

namespace Ui {

// The sync indicator of the status bar: "Synced at …", "Syncing… n changes
// received" with a busy bar, "Offline — changes are kept on this
// computer" or "Sync failed: …", and who is signed in. Follows the engine's
// signals; the engine and store are not owned.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine, QWidget *parent = nullptr);

    // The signed-in member's display name; empty when nobody is signed in.
    void setMemberName(const QString &name);
    // Shows a failure that happened outside the engine (signing in); a
    // network error reads as "Offline".
    void showFailure(const Core::Error &error);
    QString statusText() const;
    QString memberText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();

    Core::LocalStore *m_store;
    Sync::SyncEngine *m_engine;
    QString m_memberName;
    qint64 m_received = 0;
    bool m_failed = false;
    Core::Error m_error;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_member;
};

} // namespace Ui

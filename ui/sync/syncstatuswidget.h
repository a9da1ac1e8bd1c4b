#pragma once

#include "result.h"
#include "syncengine.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace Core {
class LocalStore;
}
namespace Sync {
class SyncScheduler;
}

namespace Ui {

class SyncActivity;

// The sync indicator of the status bar, in words: "Sending… 2 of 5 changes
// sent" (with a progress bar), "Receiving… 42 %" (or "120 records
// received", with a busy bar, when the size is unknown), "Offline — trying
// again in 8 seconds" (counting down until the next attempt), "Offline —
// changes are kept on this computer", why automatic syncs wait (a metered
// connection, the data budget, the window for large downloads, a network's
// sign-in page), "Sync failed: …" or "Synced at …", with the changes
// waiting to be sent; and who is signed in. Follows the engine's signals
// (through a SyncActivity) and the scheduler's, when one is set; the engine,
// store and scheduler are not owned.
class SyncStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncStatusWidget)

public:
    SyncStatusWidget(Core::LocalStore *store, Sync::SyncEngine *engine, QWidget *parent = nullptr);

    void setScheduler(Sync::SyncScheduler *scheduler);
    // The signed-in member's display name; empty when nobody is signed in.
    void setMemberName(const QString &name);
    // Shows a failure that happened outside the engine (signing in); a
    // network error reads as "Offline".
    void showFailure(const Core::Error &error);
    QString statusText() const;
    QString memberText() const;
    QProgressBar *progressBar() const { return m_busy; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateStatus();
    QString statusFor() const;
    QString holdText() const;
    QString idleText() const;

    Core::LocalStore *m_store;
    SyncActivity *m_activity;
    QString m_memberName;
    QTimer *m_countdown;
    QLabel *m_status;
    QProgressBar *m_busy;
    QLabel *m_member;
};

} // namespace Ui

#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace Core {
class LocalStore;
}
namespace Sync {
class SyncEngine;
class SyncScheduler;
} // namespace Sync

namespace Ui {

class SyncActivity;

// "Now:" on the Sync page: what the sync is doing, with a progress bar,
// the data received and the time left ("Receiving: 42 % — 12,000 of about
// 28,000 items, 3.1 MB so far, about 2 minutes left"); when no sync runs,
// why automatic syncs wait and what the person can do about it, or the last
// failure in plain words with what to do.
//
// Thread: the GUI thread. The engine, store and scheduler are not owned.
class SyncProgressPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncProgressPanel)

public:
    SyncProgressPanel(Core::LocalStore *store, Sync::SyncEngine *engine, QWidget *parent = nullptr);

    void setScheduler(Sync::SyncScheduler *scheduler);
    QString text() const;
    QLabel *label() const { return m_phase; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString activeText() const;
    QString idleText() const;

    Core::LocalStore *m_store;
    SyncActivity *m_activity;
    QTimer *m_tick;
    QLabel *m_phase;
    QProgressBar *m_progress;
};

} // namespace Ui

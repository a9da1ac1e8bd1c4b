#pragma once

#include <QObject>
#include <QPointer>

namespace Core {
class LocalStore;
}
namespace Sync {
class ApiClient;
class HealthJob;
class SyncEngine;
class SyncScheduler;
} // namespace Sync

namespace Ui {

// "Copy diagnostics": a short report for whoever supports the person, made
// after asking the server whether it answers. Versions (app, Qt, system),
// the server's address and whether and how it answers, the network as the
// system sees it, the sync settings and schedule, the last sync's result
// and counts, the replica's size and queues, the data used.
//
// Redacted by construction: it holds no token, no user name, no name of a
// person and no content (no titles, posts or plans), only counts, codes and
// times. It is written in English on purpose, whatever the UI's language,
// so that a support team reads every report the same way (like a log).
//
// Thread: the GUI thread. The services are not owned; `scheduler` may be null.
class Diagnostics final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Diagnostics)

public:
    Diagnostics(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
                Sync::SyncScheduler *scheduler, QObject *parent = nullptr);

    // Asks the server (when one is set) and then emits ready() once.
    void start();
    bool isRunning() const { return !m_probe.isNull(); }

Q_SIGNALS:
    void ready(const QString &report);

private:
    void finish();
    QString report() const;

    Core::LocalStore *m_store;
    Sync::ApiClient *m_api;
    Sync::SyncEngine *m_engine;
    Sync::SyncScheduler *m_scheduler;
    QPointer<Sync::HealthJob> m_probe;
    QString m_serverLine;
    qint64 m_probeStarted = 0;
};

} // namespace Ui

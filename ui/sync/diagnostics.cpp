#include "diagnostics.h"

#include "apiclient.h"
#include "entityschema.h"
#include "localstore.h"
#include "migrations.h"
#include "networkstatus.h"
#include "syncengine.h"
#include "syncscheduler.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QMetaEnum>
#include <QSysInfo>

#include <array>

namespace Ui {

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

// Core::ErrorCode's names, in its order.
constexpr std::array<QLatin1StringView, 22> ErrorNames{"none"_L1,
                                                       "database_open"_L1,
                                                       "database_too_new"_L1,
                                                       "migration"_L1,
                                                       "query"_L1,
                                                       "not_found"_L1,
                                                       "invalid"_L1,
                                                       "network"_L1,
                                                       "server"_L1,
                                                       "unauthorized"_L1,
                                                       "forbidden"_L1,
                                                       "protocol"_L1,
                                                       "version"_L1,
                                                       "cancelled"_L1,
                                                       "no_secret_service"_L1,
                                                       "rate_limited"_L1,
                                                       "closed"_L1,
                                                       "account_disabled"_L1,
                                                       "busy"_L1,
                                                       "quota_exceeded"_L1,
                                                       "taken"_L1,
                                                       "untrusted_certificate"_L1};
static_assert(int(ErrorCode::UntrustedCertificate) == int(ErrorNames.size()) - 1);

QString codeName(ErrorCode code)
{
    const auto i = std::size_t(code);
    return i < ErrorNames.size() ? QString(ErrorNames[i]) : QString::number(int(code));
}

template<typename Enum> QString enumName(Enum value)
{
    return QString::fromLatin1(QMetaEnum::fromType<Enum>().valueToKey(int(value)));
}

QString bytes(qint64 n)
{
    return QLocale::c().formattedDataSize(n, 1, QLocale::DataSizeTraditionalFormat);
}

QString budget(qint64 n)
{
    return n > 0 ? bytes(n) : u"none"_s;
}

} // namespace

Diagnostics::Diagnostics(Core::LocalStore *store, Sync::ApiClient *api, Sync::SyncEngine *engine,
                         Sync::SyncScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_engine(engine)
    , m_scheduler(scheduler)
{}

void Diagnostics::start()
{
    if (isRunning())
        return;
    if (m_api->server().isEmpty()) {
        m_serverLine = u"Server: none set"_s;
        finish();
        return;
    }
    m_probe = m_api->health();
    m_probeStarted = QDateTime::currentMSecsSinceEpoch();
    connect(m_probe, &Sync::ApiJob::finished, this, [this]() {
        const Sync::HealthJob *job = m_probe;
        const qint64 ms = QDateTime::currentMSecsSinceEpoch() - m_probeStarted;
        const QString where =
            m_api->server().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
        if (job->status()) {
            const Sync::Protocol::HealthInfo &h = job->health();
            m_serverLine = u"Server: %1 answers in %2 ms: LeaderNet %3, protocol %4 (this app %5), "
                           "store %6"_s.arg(where)
                               .arg(ms)
                               .arg(h.version)
                               .arg(h.protocol)
                               .arg(Sync::Protocol::Version)
                               .arg(h.store);
        } else {
            const Core::Error &e = job->status().error();
            m_serverLine =
                u"Server: %1 does not answer as LeaderNet after %2 ms: %3 (HTTP %4)"_s.arg(where)
                    .arg(ms)
                    .arg(codeName(e.code))
                    .arg(job->httpStatus());
        }
        finish();
    });
    m_probe->start();
}

void Diagnostics::finish()
{
    m_probe = nullptr;
    Q_EMIT ready(report());
}

QString Diagnostics::report() const
{
    QStringList lines;
    lines << u"LeaderNet diagnostics"_s;
    lines << u"Made: %1"_s.arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    lines << u"App: LeaderNet %1, Qt %2, %3, %4, UI language %5"_s.arg(
        QStringLiteral(LEADERNET_VERSION), QLibraryInfo::version().toString(),
        QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture(), QLocale().name());
    lines << m_serverLine;
    if (m_scheduler) {
        const Sync::NetworkStatus *n = m_scheduler->network();
        const Sync::SyncSettings &s = m_scheduler->settings();
        lines << u"Network: backend %1, %2, metered %3 (system %4), behind a captive portal %5"_s
                     .arg(n->backendName().isEmpty() ? u"none"_s : n->backendName(),
                          enumName(n->reachability()),
                          m_scheduler->isMetered() ? u"yes"_s : u"no"_s,
                          !n->knowsMetered() ? u"cannot tell"_s
                          : n->isMetered()   ? u"yes"_s
                                             : u"no"_s,
                          n->isBehindCaptivePortal() ? u"yes"_s : u"no"_s);
        const QString window = s.useWindow ? u"%1-%2"_s.arg(s.windowStart.toString(u"HH:mm"_s),
                                                            s.windowEnd.toString(u"HH:mm"_s))
                                           : u"none"_s;
        lines << u"Schedule: %1, treat as metered %2, daily budget %3, monthly budget %4, "
                 "large-download window %5"_s.arg(
                     s.mode == Sync::SyncSettings::Mode::Automatic ? u"automatic"_s
                     : s.mode == Sync::SyncSettings::Mode::Manual  ? u"manual"_s
                                                                   : u"unmetered only"_s,
                     s.treatAsMetered ? u"yes"_s : u"no"_s, budget(s.dailyBudget),
                     budget(s.monthlyBudget), window);
        const QDateTime next = m_scheduler->nextAttempt();
        lines << u"Scheduler: waiting for %1 (%2), failures in a row %3, next attempt %4"_s.arg(
            enumName(m_scheduler->hold()), codeName(m_scheduler->holdError().code),
            QString::number(m_scheduler->failures()),
            next.isValid() ? next.toUTC().toString(Qt::ISODate) : u"none planned"_s);
        lines << u"Data used: today %1, this month %2"_s.arg(bytes(m_scheduler->usedToday()),
                                                             bytes(m_scheduler->usedThisMonth()));
    }
    const Sync::SyncSummary &sum = m_engine->summary();
    lines << u"Engine: %1, last error %2; last sync sent %3, refused %4, conflicts %5, "
             "received %6 (%7)"_s
                 .arg(enumName(m_engine->state()), codeName(m_engine->lastError().code))
                 .arg(sum.pushed)
                 .arg(sum.rejected)
                 .arg(sum.conflicts)
                 .arg(sum.received)
                 .arg(bytes(sum.bytesReceived));
    if (!m_store->isOpen()) {
        lines << u"Replica: not open"_s;
        return lines.join(u'\n') + u'\n';
    }
    const auto last = m_store->syncState().value(Core::SyncStateRepository::LastSyncKey);
    const auto schema = Core::ReplicaMigrations::currentVersion(m_store->database());
    QStringList counts;
    qint64 total = 0;
    for (const Core::EntitySpec &spec : Core::entitySpecs()) {
        const auto n = m_store->records().count(spec.name);
        if (n && *n > 0) {
            counts << u"%1 %2"_s.arg(spec.name).arg(*n);
            total += *n;
        }
    }
    lines << u"Replica: schema %1, file %2, %3 records (%4), last successful sync %5"_s.arg(
        schema ? QString::number(*schema) : u"?"_s, bytes(QFileInfo(m_store->path()).size()),
        QString::number(total), counts.join(u", "_s),
        last && !last->isEmpty() ? *last : u"never"_s);
    const auto pending = m_store->outbox().pendingCount();
    const auto refused = m_store->outbox().rejected();
    lines << u"Outbox: %1 waiting, %2 refused"_s.arg(pending ? QString::number(*pending) : u"?"_s,
                                                     refused ? QString::number(refused->size())
                                                             : u"?"_s);
    lines << u"Signed in: %1"_s.arg(m_api->token().isEmpty() ? u"no"_s : u"yes"_s);
    return lines.join(u'\n') + u'\n';
}

} // namespace Ui

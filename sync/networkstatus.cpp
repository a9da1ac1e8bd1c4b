#include "networkstatus.h"

#include <QNetworkInformation>

namespace Sync {

NetworkStatus::~NetworkStatus() = default;

SystemNetworkStatus::SystemNetworkStatus(QObject *parent)
    : NetworkStatus(parent)
{
    if (!QNetworkInformation::instance())
        QNetworkInformation::loadDefaultBackend();
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return;
    connect(info, &QNetworkInformation::reachabilityChanged, this, &NetworkStatus::changed);
    connect(info, &QNetworkInformation::isBehindCaptivePortalChanged, this,
            &NetworkStatus::changed);
    connect(info, &QNetworkInformation::isMeteredChanged, this, &NetworkStatus::changed);
}

NetworkStatus::Reachability SystemNetworkStatus::reachability() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    if (!info || !info->supports(QNetworkInformation::Feature::Reachability))
        return Reachability::Unknown;
    switch (info->reachability()) {
    case QNetworkInformation::Reachability::Disconnected:
        return Reachability::Offline;
    case QNetworkInformation::Reachability::Local:
    case QNetworkInformation::Reachability::Site:
    case QNetworkInformation::Reachability::Online:
        // A server on the office's network is reachable without the Internet.
        return Reachability::Online;
    case QNetworkInformation::Reachability::Unknown:
        break;
    }
    return Reachability::Unknown;
}

bool SystemNetworkStatus::knowsMetered() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::Metered);
}

bool SystemNetworkStatus::isMetered() const
{
    return knowsMetered() && QNetworkInformation::instance()->isMetered();
}

bool SystemNetworkStatus::isBehindCaptivePortal() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info && info->supports(QNetworkInformation::Feature::CaptivePortal) &&
           info->isBehindCaptivePortal();
}

QString SystemNetworkStatus::backendName() const
{
    const QNetworkInformation *info = QNetworkInformation::instance();
    return info ? info->backendName() : QString();
}

void FixedNetworkStatus::set(Reachability reachability, bool metered, bool captivePortal)
{
    m_reachability = reachability;
    m_metered = metered;
    m_portal = captivePortal;
    Q_EMIT changed();
}

} // namespace Sync

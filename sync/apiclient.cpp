#include "apiclient.h"

namespace Sync {

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

HealthJob *ApiClient::health()
{
    return new HealthJob(m_nam, m_server, this);
}

LoginJob *ApiClient::login(const QString &username, const QString &password)
{
    return new LoginJob(m_nam, m_server, Protocol::LoginRequest{username, password}, this);
}

PullJob *ApiClient::pull(qint64 after, int limit)
{
    return new PullJob(m_nam, m_server, m_token, after, limit, this);
}

} // namespace Sync

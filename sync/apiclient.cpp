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

PullJob *ApiClient::pull(const Core::PullPosition &from, int limit)
{
    return new PullJob(m_nam, m_server, m_token, from, limit, this);
}

PushJob *ApiClient::push(const Protocol::PushRequest &request, const QString &token)
{
    return new PushJob(m_nam, m_server, token.isEmpty() ? m_token : token, request, this);
}

DigestJob *ApiClient::digest()
{
    return new DigestJob(m_nam, m_server, m_token, this);
}

} // namespace Sync

#include "apiclient.h"

#include <QNetworkAccessManager>

namespace Sync {

using namespace Qt::StringLiterals;

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{}

HealthJob *ApiClient::health()
{
    return prepared(new HealthJob(m_nam, m_server, this));
}

LoginJob *ApiClient::login(const QString &username, const QString &password, const QString &device)
{
    return prepared(
        new LoginJob(m_nam, m_server, Protocol::LoginRequest{username, password, device}, this));
}

PullJob *ApiClient::pull(const Core::PullPosition &from, int limit)
{
    return prepared(new PullJob(m_nam, m_server, m_token, from, limit, this));
}

PushJob *ApiClient::push(const Protocol::PushRequest &request, const QString &token)
{
    return prepared(new PushJob(m_nam, m_server, token.isEmpty() ? m_token : token, request, this));
}

DigestJob *ApiClient::digest()
{
    return prepared(new DigestJob(m_nam, m_server, m_token, this));
}

Core::Status ApiClient::trustCertificates(const QString &pemFile)
{
    const QList<QSslCertificate> found = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (found.isEmpty()) {
        return Core::makeError(Core::ErrorCode::Invalid,
                               u"%1 holds no PEM certificate"_s.arg(pemFile));
    }
    m_extraCa += found;
    // Connections made (or refused) before hold the old trust.
    m_nam->clearConnectionCache();
    return {};
}

} // namespace Sync

#include "apiclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslConfiguration>

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

QNetworkRequest ApiClient::request(QStringView path) const
{
    QUrl url = m_server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return ApiJob::baseRequest(url, m_token, m_extraCa);
}

EstimateJob *ApiClient::estimate(const Core::PullPosition &from)
{
    return prepared(new EstimateJob(m_nam, m_server, m_token, from, this));
}

AccountJob *ApiClient::registerAccount(const QJsonObject &fields)
{
    return prepared(new AccountJob(m_nam, m_server, Protocol::RegisterPath, {}, fields, this));
}

QString ApiClient::cleanToken(const QString &token)
{
    QString out;
    out.reserve(token.size());
    for (const QChar c : token) {
        if (!c.isSpace())
            out.append(c);
    }
    return out;
}

AccountJob *ApiClient::activate(const QString &token)
{
    return prepared(new AccountJob(m_nam, m_server, Protocol::ActivatePath, {},
                                   {{u"token"_s, cleanToken(token)}}, this));
}

AccountJob *ApiClient::requestReset(const QString &username)
{
    return prepared(new AccountJob(m_nam, m_server, Protocol::ResetRequestPath, {},
                                   {{u"username"_s, username.trimmed()}}, this));
}

AccountJob *ApiClient::resetPassword(const QString &token, const QString &newPassword)
{
    return prepared(
        new AccountJob(m_nam, m_server, Protocol::ResetPath, {},
                       {{u"token"_s, cleanToken(token)}, {u"new_password"_s, newPassword}}, this));
}

AccountJob *ApiClient::changePassword(const QString &currentPassword, const QString &newPassword)
{
    return prepared(new AccountJob(
        m_nam, m_server, Protocol::PasswordPath, m_token,
        {{u"current_password"_s, currentPassword}, {u"new_password"_s, newPassword}}, this));
}

AccountJob *ApiClient::signOutElsewhere()
{
    return prepared(new AccountJob(m_nam, m_server, Protocol::LogoutEverywherePath, m_token,
                                   {{u"keep_this_device"_s, true}}, this));
}

void ApiClient::preconnect()
{
    const QString host = m_server.host();
    if (host.isEmpty())
        return;
    // What QNetworkAccessManager::connectToHost() asks for, as our requests
    // are made: its own request allows HTTP/2, and our HTTP/1.1 requests
    // would not share the connection it opens (tst_sync_pull).
    QUrl url = m_server;
    url.setScheme(m_server.scheme() == u"https"_s ? u"preconnect-https"_s : u"preconnect-http"_s);
    QNetworkReply *reply = m_nam->get(ApiJob::baseRequest(url, {}, m_extraCa));
    connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
}

Core::Status ApiClient::trustCertificates(const QString &pemFile)
{
    const QList<QSslCertificate> found = QSslCertificate::fromPath(pemFile, QSsl::Pem);
    if (found.isEmpty()) {
        return Core::makeError(Core::ErrorCode::Invalid,
                               u"%1 holds no PEM certificate"_s.arg(pemFile));
    }
    for (const QSslCertificate &certificate : found) {
        if (!m_extraCa.contains(certificate))
            m_extraCa.append(certificate);
    }
    // Connections made (or refused) before hold the old trust.
    m_nam->clearConnectionCache();
    return {};
}

} // namespace Sync

#pragma once

#include "apijobs.h"

#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace Sync {

// Makes API jobs for one server and, once signed in, one member's token.
// Jobs are returned unstarted, parented to the client; see ApiJob.
class ApiClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    // `nam` is not owned; it must outlive the client.
    explicit ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setServer(const QUrl &server) { m_server = server; }
    QUrl server() const { return m_server; }
    void setToken(const QString &token) { m_token = token; }

    // Also trusts the certificates in `pemFile` (a deployment's own CA, or
    // its self-signed certificate) for HTTPS; the system's CAs stay trusted.
    // Invalid when the file holds no PEM certificate.
    Core::Status trustCertificates(const QString &pemFile);
    QList<QSslCertificate> extraCaCertificates() const { return m_extraCa; }
    QString token() const { return m_token; }

    // Opens a connection to the server ahead of the first request, so that
    // its handshake (a round trip: 600 ms on a 2G link) runs while the app
    // does its own work first (opening the replica, reading the token). The
    // first request then goes out on it; nothing is reported if it fails.
    void preconnect();

    HealthJob *health();
    // `device`: the device credential an earlier sign-in gave (or empty).
    LoginJob *login(const QString &username, const QString &password, const QString &device = {});
    PullJob *pull(const Core::PullPosition &from, int limit);
    // Pushes with `token` when given (another member signed in on this
    // laptop), else with the client's own.
    PushJob *push(const Protocol::PushRequest &request, const QString &token = {});
    DigestJob *digest();
    EstimateJob *estimate(const Core::PullPosition &from);

    // Account requests. `fields`: the profile (display_name, country,
    // organisation, languages, email) with username and password.
    AccountJob *registerAccount(const QJsonObject &fields);
    // `token` as received; spaces and line breaks in it are dropped.
    AccountJob *activate(const QString &token);
    AccountJob *requestReset(const QString &username);
    AccountJob *resetPassword(const QString &token, const QString &newPassword);
    // With the client's token: the member's password, then every other
    // computer of theirs is signed out.
    AccountJob *changePassword(const QString &currentPassword, const QString &newPassword);
    // With the client's token: signs the member out on every other computer.
    AccountJob *signOutElsewhere();
    // A one-time code as the person pasted it, without spaces or line breaks.
    static QString cleanToken(const QString &token);

    // For exchanges that stream their bodies (attachments): the network, a
    // request for `path` on the server with the member's token, and the
    // bytes they moved, counted with the jobs'.
    QNetworkAccessManager *network() const { return m_nam; }
    QNetworkRequest request(QStringView path) const;
    void noteTransfer(qint64 sent, qint64 received) { Q_EMIT transferred(sent, received); }

    // What HTTP adds to each request and answer, about (measured against
    // leadernet-server): counted with the bodies in transferred().
    static constexpr qint64 RequestHeaderBytes = 330;
    static constexpr qint64 AnswerHeaderBytes = 220;

Q_SIGNALS:
    // A job of this client ended: about how many bytes it moved each way
    // (bodies as they crossed the wire, and the headers' usual size).
    void transferred(qint64 sent, qint64 received);

private:
    QNetworkAccessManager *m_nam;
    QUrl m_server;
    QString m_token;
    QList<QSslCertificate> m_extraCa;

    template<typename Job> Job *prepared(Job *job)
    {
        job->setExtraCaCertificates(m_extraCa);
        connect(job, &ApiJob::finished, this, [this, job]() {
            if (job->httpStatus() > 0) { // an answer came: the request went
                Q_EMIT transferred(RequestHeaderBytes + job->bytesSent(),
                                   AnswerHeaderBytes + job->bytesReceived());
            }
        });
        return job;
    }
};

} // namespace Sync

#pragma once

#include "pagestream.h"
#include "protocol.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QSslError>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace Sync {

// One HTTP exchange with the server. Create through ApiClient, connect to
// finished(), call start(). finished() is emitted exactly once, also after
// abort() (with ErrorCode::Cancelled). The job deletes itself later after
// finished() unless the owner takes it (setAutoDelete(false)).
// Thread: the thread of the QNetworkAccessManager.
class ApiJob : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiJob)

public:
    ~ApiJob() override;

    void start();
    void abort();
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }
    // Certificates trusted for this exchange besides the system's (a
    // deployment's own CA or self-signed certificate).
    void setExtraCaCertificates(const QList<QSslCertificate> &certificates)
    {
        m_extraCa = certificates;
    }

    const Core::Status &status() const { return m_status; }
    int httpStatus() const { return m_httpStatus; }
    // The certificate the server showed when the exchange failed because
    // nobody this computer trusts vouches for it (UntrustedCertificate).
    const QSslCertificate &untrustedCertificate() const { return m_untrusted; }
    qint64 bytesReceived() const { return m_bytesReceived; }
    qint64 bytesSent() const { return m_body.size(); }

    // A request to `url` as every exchange with the server makes it: the
    // protocol version, `token` when given, `extraCa` trusted, HTTP/1.1.
    static QNetworkRequest baseRequest(const QUrl &url, const QString &token,
                                       const QList<QSslCertificate> &extraCa);
    // Why `reply` (finished, not 2xx or cut off) failed: the link, an
    // untrusted certificate (`untrusted`: its certificate was kept), or the
    // server's refusal with its JSON error body `body`.
    static Core::Error replyError(QNetworkReply *reply, const QByteArray &body, bool untrusted);

Q_SIGNALS:
    void finished();

protected:
    enum class Method { Get, Post };
    ApiJob(QNetworkAccessManager *nam, QUrl url, QString token, Method method, QByteArray body,
           QObject *parent);

    // Called with a 2xx body; returns an error when it cannot be understood.
    virtual Core::Status parse(const QByteArray &body) = 0;

    // Sends the request body compressed (when large enough to gain).
    void compressBody();

    // Answers taken as they arrive (a streamed pull): a job that reads a
    // kind of answer that way says so in streams(), from the answer's
    // headers; its body then goes to streamed() as it comes, at most
    // `bufferBytes` unread at a time (setStreamBuffer), and streamEnd()
    // replaces parse() at the end. Any other answer is read whole.
    void setStreamBuffer(qint64 bufferBytes) { m_streamBuffer = bufferBytes; }
    virtual bool streams(const QNetworkReply &reply) const;
    virtual Core::Status streamed(QByteArrayView bytes);
    virtual Core::Status streamEnd();
    // While paused, a streamed answer is not read: it waits in the
    // connection, and the server waits with it.
    void setReadingPaused(bool paused);
    // How long the answer may take without a byte arriving (ms).
    void setTransferTimeout(int ms) { m_transferTimeoutMs = ms; }

private:
    void onMetaData();
    void onReadyRead();
    void onReplyFinished();
    void finish(Core::Status status);
    void noteSslErrors(const QList<QSslError> &errors);

    QNetworkAccessManager *m_nam;
    QUrl m_url;
    QString m_token;
    Method m_method;
    QByteArray m_body;
    QByteArray m_bodyEncoding; // codec name of a compressed body
    QList<QSslCertificate> m_extraCa;
    QPointer<QNetworkReply> m_reply;
    QSslCertificate m_untrusted;
    Core::Status m_status;
    int m_httpStatus = 0;
    qint64 m_bytesReceived = 0;
    bool m_done = false;
    bool m_autoDelete = true;
    int m_transferTimeoutMs; // TransferTimeoutMs unless set
    qint64 m_streamBuffer = 0;
    bool m_streaming = false;
    bool m_paused = false;
};

class HealthJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HealthJob)

public:
    HealthJob(QNetworkAccessManager *nam, const QUrl &server, QObject *parent);
    const Protocol::HealthInfo &health() const { return m_health; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    Protocol::HealthInfo m_health;
};

class LoginJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoginJob)

public:
    LoginJob(QNetworkAccessManager *nam, const QUrl &server, const Protocol::LoginRequest &request,
             QObject *parent);
    const Protocol::LoginResponse &response() const { return m_response; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    Protocol::LoginResponse m_response;
};

// Pages from a pull position: one page, or a stream of them
// (Protocol::PageStreamType), each handed over as soon as it is whole.
class PullJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PullJob)

public:
    PullJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
            const Core::PullPosition &from, int limit, QObject *parent);
    ~PullJob() override;

    using ApiJob::setReadingPaused;

Q_SIGNALS:
    // A page as it came (decompressed, not decoded): a page of thousands of
    // records is decoded where it is applied, off the UI thread
    // (Protocol::decodePullPage, PageApplier).
    void pageReceived(const QByteArray &page);

protected:
    Core::Status parse(const QByteArray &body) override;
    bool streams(const QNetworkReply &reply) const override;
    Core::Status streamed(QByteArrayView bytes) override;
    Core::Status streamEnd() override;

private:
    std::unique_ptr<Protocol::PageStreamReader> m_stream;
};

// Sends one batch of outbox operations, all by the member whose token it carries.
class PushJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PushJob)

public:
    PushJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
            const Protocol::PushRequest &request, QObject *parent);
    const Protocol::PushResponse &response() const { return m_response; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    qsizetype m_sent;
    Protocol::PushResponse m_response;
};

// What a pull from a position would bring (changes, bytes on the wire).
class EstimateJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EstimateJob)

public:
    EstimateJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
                const Core::PullPosition &from, QObject *parent);
    const Protocol::PullEstimate &estimate() const { return m_estimate; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    Protocol::PullEstimate m_estimate;
};

class DigestJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DigestJob)

public:
    DigestJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
              QObject *parent);
    const Protocol::DigestResponse &digest() const { return m_digest; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    Protocol::DigestResponse m_digest;
};

// One account request (join, activate, reset, change the password, sign out
// everywhere): a JSON object posted, a JSON object answered.
class AccountJob final : public ApiJob
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountJob)

public:
    AccountJob(QNetworkAccessManager *nam, const QUrl &server, QLatin1StringView path,
               const QString &token, const QJsonObject &request, QObject *parent);
    const QJsonObject &answer() const { return m_answer; }

protected:
    Core::Status parse(const QByteArray &body) override;

private:
    QJsonObject m_answer;
};

} // namespace Sync

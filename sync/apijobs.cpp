#include "apijobs.h"

#include "compression.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcApiJob, "leadernet.sync.api")

namespace Sync {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

constexpr int TransferTimeoutMs = 60'000;
// A streamed pull is read this far ahead of the pages being applied (its
// decoding on the UI thread, a few milliseconds at a time).
constexpr qint64 StreamBufferBytes = 512 * 1024;
constexpr qint64 StreamSliceBytes = 64 * 1024;
// A sign-in is small: a server that has not answered one in this time is
// not answering (a 2G link answers in a few seconds), and the person is told.
constexpr int SignInTimeoutMs = 20'000;

QUrl endpoint(const QUrl &server, QLatin1StringView path)
{
    QUrl url = server;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

ErrorCode codeForHttpStatus(int status)
{
    switch (status) {
    case 401:
        return ErrorCode::Unauthorized;
    case 403:
        return ErrorCode::Forbidden;
    case 404:
        return ErrorCode::NotFound;
    case 409:
        return ErrorCode::Taken;
    case 426:
        return ErrorCode::VersionMismatch;
    case 429:
        return ErrorCode::RateLimited;
    default:
        break;
    }
    if (status >= 500)
        return ErrorCode::Server;
    if (status >= 400)
        return ErrorCode::Invalid;
    return ErrorCode::Protocol;
}

} // namespace

ApiJob::ApiJob(QNetworkAccessManager *nam, QUrl url, QString token, Method method, QByteArray body,
               QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_url(std::move(url))
    , m_token(std::move(token))
    , m_method(method)
    , m_body(std::move(body))
    , m_transferTimeoutMs(TransferTimeoutMs)
{}

ApiJob::~ApiJob()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest ApiJob::baseRequest(const QUrl &url, const QString &token,
                                    const QList<QSslCertificate> &extraCa)
{
    QNetworkRequest request(url);
    request.setRawHeader(QByteArray(Protocol::VersionHeader.data(), Protocol::VersionHeader.size()),
                         QByteArray::number(Protocol::Version));
    if (!extraCa.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(extraCa);
        request.setSslConfiguration(tls);
    }
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    return request;
}

void ApiJob::start()
{
    QNetworkRequest request = baseRequest(m_url, m_token, m_extraCa);
    request.setRawHeader("Accept", "application/json");
    // Asked for here, not by QtNetwork: it then hands over the body as sent,
    // and onReplyFinished() decodes it with a cap on its size.
    request.setRawHeader("Accept-Encoding", QByteArray(Protocol::AcceptEncoding.data(),
                                                       Protocol::AcceptEncoding.size()));
    request.setTransferTimeout(m_transferTimeoutMs);
    if (m_method == Method::Post) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        if (!m_bodyEncoding.isEmpty()) {
            request.setRawHeader(QByteArray(Protocol::BodyEncodingHeader.data(),
                                            Protocol::BodyEncodingHeader.size()),
                                 m_bodyEncoding);
        }
        m_reply = m_nam->post(request, m_body);
    } else {
        m_reply = m_nam->get(request);
    }
    if (m_streamBuffer > 0) {
        m_reply->setReadBufferSize(m_streamBuffer);
        connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaData);
        connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    }
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, &ApiJob::noteSslErrors);
}

bool ApiJob::streams(const QNetworkReply &) const
{
    return false;
}

Core::Status ApiJob::streamed(QByteArrayView)
{
    return {};
}

Core::Status ApiJob::streamEnd()
{
    return {};
}

void ApiJob::onMetaData()
{
    if (!m_reply)
        return;
    // Known from here on: a stream stopped early still counts what it moved.
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_streaming = m_httpStatus >= 200 && m_httpStatus < 300 && streams(*m_reply);
    // An answer read whole is buffered whole.
    if (!m_streaming)
        m_reply->setReadBufferSize(0);
}

void ApiJob::onReadyRead()
{
    if (!m_reply || !m_streaming || m_paused)
        return;
    // A slice at a time, the rest after the events waiting meanwhile: the
    // UI thread never decodes more than a few milliseconds in one go.
    const QByteArray bytes = m_reply->read(StreamSliceBytes);
    m_bytesReceived += bytes.size();
    if (Core::Status s = streamed(bytes); !s) {
        qCInfo(lcApiJob) << m_url.path() << "stream cannot be decoded:" << s.error().detail;
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
        finish(makeError(ErrorCode::Network, s.error().detail));
        return;
    }
    if (m_reply && m_reply->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &ApiJob::onReadyRead, Qt::QueuedConnection);
}

void ApiJob::setReadingPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused && m_reply) // what waited meanwhile
        QMetaObject::invokeMethod(this, &ApiJob::onReadyRead, Qt::QueuedConnection);
}

// Keeps the server's certificate when the only thing wrong with it is that
// nobody this computer trusts signed it: trusting it would then be enough. A
// certificate for another name, expired or revoked is refused as it is.
void ApiJob::noteSslErrors(const QList<QSslError> &errors)
{
    QSslCertificate shown;
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::CertificateUntrusted:
            if (shown.isNull())
                shown = error.certificate();
            break;
        default:
            return;
        }
    }
    m_untrusted = shown;
}

void ApiJob::compressBody()
{
    if (m_body.size() < Protocol::MinCompressedBodySize)
        return;
    const QByteArray packed = Protocol::compress(m_body, Protocol::Codec::Zstd);
    if (packed.isEmpty() || packed.size() >= m_body.size())
        return;
    m_body = packed;
    const QLatin1StringView name = Protocol::codecName(Protocol::Codec::Zstd);
    m_bodyEncoding = QByteArray(name.data(), name.size());
}

void ApiJob::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(makeError(ErrorCode::Cancelled));
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    m_httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (m_streaming) {
        // The rest of the stream, paused or not; then whether it ended whole.
        const QByteArray rest = reply->readAll();
        m_bytesReceived += rest.size();
        Core::Status status = streamed(rest);
        if (status && reply->error() != QNetworkReply::NoError) {
            qCInfo(lcApiJob) << m_url.path() << "stream cut:" << reply->errorString();
            status = makeError(ErrorCode::Network, reply->errorString());
        }
        finish(status ? streamEnd() : makeError(ErrorCode::Network, status.error().detail));
        return;
    }
    QByteArray body = reply->readAll();
    m_bytesReceived = body.size(); // as it came over the wire

    // Codes below 200 are the connection's (refused, dropped, timed out, TLS,
    // proxy): a body cut short still carries the status line's 200.
    const bool linkFailed = reply->error() != QNetworkReply::NoError && reply->error() < 200;
    // The server states the length before compression: a body cut short, or
    // decoded into something else, is told from a whole one.
    const QByteArray stated = reply->rawHeader(
        QByteArray(Protocol::BodyLengthHeader.data(), Protocol::BodyLengthHeader.size()));
    if (!linkFailed) {
        const std::optional<Protocol::Codec> codec =
            Protocol::codecFromName(reply->rawHeader("Content-Encoding"));
        if (!codec) {
            finish(makeError(ErrorCode::Protocol,
                             u"the answer uses an unknown encoding (%1)"_s.arg(
                                 QString::fromLatin1(reply->rawHeader("Content-Encoding")))));
            return;
        }
        if (*codec != Protocol::Codec::Identity) {
            bool statedOk = false;
            const qint64 statedLength = stated.toLongLong(&statedOk);
            // Never more than the server said it sent: a small body cannot
            // make this client allocate more than the stated length.
            const qsizetype cap =
                statedOk && statedLength >= 0
                    ? qsizetype(std::min<qint64>(statedLength, Protocol::MaxDecompressedBodySize))
                    : Protocol::MaxDecompressedBodySize;
            Core::Result<QByteArray> decoded = Protocol::decompress(body, *codec, cap);
            if (!decoded) {
                qCInfo(lcApiJob) << m_url.path()
                                 << "answer cannot be decoded:" << decoded.error().detail;
                // Most often a body cut short: a network failure, the sync resumes.
                finish(makeError(ErrorCode::Network, decoded.error().detail));
                return;
            }
            body = std::move(decoded).value();
        }
    }
    if (!linkFailed && !stated.isEmpty() && stated.toLongLong() != body.size()) {
        qCInfo(lcApiJob) << m_url.path() << "answer cut short:" << body.size() << "of" << stated;
        finish(makeError(ErrorCode::Network,
                         u"the answer was cut short (%1 of %2 bytes)"_s.arg(body.size())
                             .arg(QString::fromLatin1(stated))));
        return;
    }
    if (m_httpStatus >= 200 && m_httpStatus < 300 && !linkFailed) {
        finish(parse(body));
        return;
    }
    finish(replyError(reply, body, !m_untrusted.isNull()));
}

Core::Error ApiJob::replyError(QNetworkReply *reply, const QByteArray &body, bool untrusted)
{
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const bool linkFailed = reply->error() != QNetworkReply::NoError && reply->error() < 200;
    const QString path = reply->url().path();
    if (linkFailed && reply->error() == QNetworkReply::SslHandshakeFailedError && untrusted) {
        qCInfo(lcApiJob) << path << "untrusted certificate:" << reply->errorString();
        return makeError(ErrorCode::UntrustedCertificate, reply->errorString());
    }
    if (httpStatus == 0 || linkFailed) {
        qCInfo(lcApiJob) << path << "network error:" << reply->errorString();
        return makeError(ErrorCode::Network, reply->errorString());
    }
    const auto serverError = Protocol::decodeErrorBody(body);
    const QString detail = serverError ? serverError->message
                                       : u"HTTP %1 %2"_s.arg(httpStatus).arg(reply->errorString());
    qCInfo(lcApiJob) << path << "HTTP" << httpStatus << detail;
    ErrorCode code = codeForHttpStatus(httpStatus);
    // A disabled account is a refusal of its own (the person is told so).
    if (httpStatus == 403 && serverError && serverError->code == u"account_disabled")
        code = ErrorCode::AccountDisabled;
    // So is a push over the member's daily quota (it is sent again tomorrow).
    if (httpStatus == 429 && serverError && serverError->code == u"quota_exceeded")
        code = ErrorCode::QuotaExceeded;
    if (httpStatus == 503 && serverError && serverError->code == u"busy")
        code = ErrorCode::Busy;
    Core::Error error = makeError(code, detail);
    if (serverError)
        error.field = serverError->field;
    bool secondsOk = false;
    const int seconds = reply->rawHeader("Retry-After").toInt(&secondsOk);
    if (secondsOk && seconds > 0)
        error.retryAfter = seconds;
    return error;
}

void ApiJob::finish(Core::Status status)
{
    if (m_done)
        return;
    m_done = true;
    m_status = std::move(status);
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

HealthJob::HealthJob(QNetworkAccessManager *nam, const QUrl &server, QObject *parent)
    : ApiJob(nam, endpoint(server, Protocol::HealthPath), {}, Method::Get, {}, parent)
{}

Core::Status HealthJob::parse(const QByteArray &body)
{
    auto health = Protocol::decodeHealthInfo(body);
    if (!health)
        return health.error();
    m_health = health.value();
    return {};
}

LoginJob::LoginJob(QNetworkAccessManager *nam, const QUrl &server,
                   const Protocol::LoginRequest &request, QObject *parent)
    : ApiJob(nam, endpoint(server, Protocol::LoginPath), {}, Method::Post,
             Protocol::encode(request), parent)
{
    setTransferTimeout(SignInTimeoutMs);
}

Core::Status LoginJob::parse(const QByteArray &body)
{
    auto response = Protocol::decodeLoginResponse(body);
    if (!response)
        return response.error();
    m_response = response.value();
    return {};
}

namespace {
// A pull (or estimate, without `limit`) from `from`.
QUrl pullUrl(const QUrl &server, const Core::PullPosition &from, int limit,
             QLatin1StringView path = Protocol::PullPath)
{
    QUrl url = endpoint(server, path);
    QUrlQuery query;
    query.addQueryItem(u"after"_s, QString::number(from.after));
    // Always sent: without it the server does not backfill gained scopes.
    query.addQueryItem(u"granted_after"_s,
                       QString::number(std::max(from.grantedAfter, from.after)));
    if (from.backfillThrough > 0) {
        query.addQueryItem(u"backfill_after"_s, QString::number(from.backfillAfter));
        query.addQueryItem(u"backfill_through"_s, QString::number(from.backfillThrough));
    }
    if (limit > 0) { // a pull, not an estimate
        query.addQueryItem(u"limit"_s, QString::number(limit));
        // Pages in columns: smaller at a fast zstd level than rows at 19.
        query.addQueryItem(Protocol::PageLayoutParam, Protocol::ColumnsLayoutName);
        // And as a stream: the pages in one compressed frame, applied as they come.
        query.addQueryItem(Protocol::PageStreamParam, Protocol::PageStreamValue);
    }
    url.setQuery(query);
    return url;
}
} // namespace

PullJob::PullJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
                 const Core::PullPosition &from, int limit, QObject *parent)
    : ApiJob(nam, pullUrl(server, from, limit), token, Method::Get, {}, parent)
{
    setStreamBuffer(StreamBufferBytes);
}

PullJob::~PullJob() = default;

Core::Status PullJob::parse(const QByteArray &body)
{
    Q_EMIT pageReceived(body);
    return {};
}

bool PullJob::streams(const QNetworkReply &reply) const
{
    const QString type = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    return type.section(u';', 0, 0).trimmed() == Protocol::PageStreamType &&
           Protocol::codecFromName(reply.rawHeader("Content-Encoding")) == Protocol::Codec::Zstd;
}

Core::Status PullJob::streamed(QByteArrayView bytes)
{
    if (!m_stream)
        m_stream = std::make_unique<Protocol::PageStreamReader>(Protocol::MaxStreamedPageSize);
    Core::Result<QList<QByteArray>> pages = m_stream->feed(bytes);
    if (!pages)
        return pages.error();
    for (const QByteArray &page : std::as_const(*pages))
        Q_EMIT pageReceived(page);
    return {};
}

Core::Status PullJob::streamEnd()
{
    if (!m_stream || !m_stream->complete())
        return makeError(ErrorCode::Network, u"the stream of pages was cut short"_s);
    return {};
}

PushJob::PushJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
                 const Protocol::PushRequest &request, QObject *parent)
    : ApiJob(nam, endpoint(server, Protocol::PushPath), token, Method::Post,
             Protocol::encode(request), parent)
    , m_sent(request.operations.size())
{
    compressBody(); // the user's own work goes first: make it cheap to send
}

Core::Status PushJob::parse(const QByteArray &body)
{
    auto response = Protocol::decodePushResponse(body);
    if (!response)
        return response.error();
    if (response->results.size() != m_sent) {
        return makeError(
            ErrorCode::Protocol,
            u"the server answered %1 of %2 operations"_s.arg(response->results.size()).arg(m_sent));
    }
    m_response = std::move(response).value();
    return {};
}

DigestJob::DigestJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
                     QObject *parent)
    : ApiJob(nam, endpoint(server, Protocol::DigestPath), token, Method::Get, {}, parent)
{}

Core::Status DigestJob::parse(const QByteArray &body)
{
    auto digest = Protocol::decodeDigestResponse(body);
    if (!digest)
        return digest.error();
    m_digest = std::move(digest).value();
    return {};
}

EstimateJob::EstimateJob(QNetworkAccessManager *nam, const QUrl &server, const QString &token,
                         const Core::PullPosition &from, QObject *parent)
    : ApiJob(nam, pullUrl(server, from, 0, Protocol::EstimatePath), token, Method::Get, {}, parent)
{}

Core::Status EstimateJob::parse(const QByteArray &body)
{
    auto estimate = Protocol::decodePullEstimate(body);
    if (!estimate)
        return estimate.error();
    m_estimate = estimate.value();
    return {};
}

AccountJob::AccountJob(QNetworkAccessManager *nam, const QUrl &server, QLatin1StringView path,
                       const QString &token, const QJsonObject &request, QObject *parent)
    : ApiJob(nam, endpoint(server, path), token, Method::Post,
             QJsonDocument(request).toJson(QJsonDocument::Compact), parent)
{
    setTransferTimeout(SignInTimeoutMs);
}

Core::Status AccountJob::parse(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject()) {
        return makeError(ErrorCode::Protocol,
                         u"the answer is not a JSON object: %1"_s.arg(error.errorString()));
    }
    m_answer = doc.object();
    return {};
}

} // namespace Sync

#include "attachmenttransfer.h"

#include "apiclient.h"
#include "apijobs.h"
#include "attachmentcache.h"
#include "protocol.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Sync {

Q_LOGGING_CATEGORY(lcAttachments, "leadernet.sync.attachments")

using namespace Qt::StringLiterals;
using Core::ErrorCode;

namespace {

constexpr int TransferTimeoutMs = 60'000;

int statusOf(const QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

qint64 offsetOf(const QNetworkReply *reply)
{
    bool ok = false;
    const qint64 offset = reply
                              ->rawHeader(QByteArray(Protocol::UploadOffsetHeader.data(),
                                                     Protocol::UploadOffsetHeader.size()))
                              .toLongLong(&ok);
    return ok && offset >= 0 ? offset : -1;
}

bool linkFailed(const QNetworkReply *reply)
{
    return reply->error() != QNetworkReply::NoError && reply->error() < 200;
}

} // namespace

AttachmentTransfer::AttachmentTransfer(Direction direction, const QString &sha256, ApiClient *api,
                                       Core::AttachmentCache *cache, QObject *parent)
    : QObject(parent)
    , m_direction(direction)
    , m_sha256(sha256)
    , m_api(api)
    , m_cache(cache)
{}

AttachmentTransfer::~AttachmentTransfer()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QNetworkRequest AttachmentTransfer::fileRequest() const
{
    const QString path = QString(Protocol::AttachmentsPath) + u'/' + m_sha256;
    QNetworkRequest request = m_api->request(path);
    request.setTransferTimeout(TransferTimeoutMs);
    return request;
}

QNetworkReply *AttachmentTransfer::watch(QNetworkReply *reply)
{
    m_reply = reply;
    return reply;
}

void AttachmentTransfer::start()
{
    if (!Core::AttachmentCache::isHash(m_sha256)) {
        finish(Core::makeError(ErrorCode::Invalid, u"not a SHA-256: %1"_s.arg(m_sha256)));
        return;
    }
    if (m_direction == Direction::Upload) {
        const auto entry = m_cache->entry(m_sha256);
        if (!entry) {
            finish(entry.error());
            return;
        }
        if (!*entry || !(*entry)->complete) {
            finish(Core::makeError(ErrorCode::NotFound, u"no file %1 to upload"_s.arg(m_sha256)));
            return;
        }
        m_size = (*entry)->size;
        m_mediaType = (*entry)->mediaType;
    }
    ask();
}

void AttachmentTransfer::abort()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
        m_reply = nullptr;
    }
    finish(Core::makeError(ErrorCode::Cancelled));
}

// HEAD: the file's size and type, or (for an upload) how much the server has.
void AttachmentTransfer::ask()
{
    QNetworkRequest request = fileRequest();
    connect(watch(m_api->network()->head(request)), &QNetworkReply::finished, this,
            &AttachmentTransfer::onAsked);
}

void AttachmentTransfer::onAsked()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = statusOf(reply);
    if (status > 0)
        m_api->noteTransfer(ApiClient::RequestHeaderBytes, ApiClient::AnswerHeaderBytes);
    if (m_direction == Direction::Download) {
        if (status != 200) {
            finish(ApiJob::replyError(reply, {}, false));
            return;
        }
        m_size = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        m_mediaType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        const Core::Result<qint64> here = m_cache->beginDownload(m_sha256, m_size, m_mediaType);
        if (!here) {
            finish(here.error());
            return;
        }
        m_done = *here;
        Q_EMIT progress(m_done, m_size);
        fetch();
        return;
    }
    if (status == 200) { // the server has the whole file: nothing to send
        m_done = m_size;
        finish(m_cache->markUploaded(m_sha256));
        return;
    }
    if (status != 404 || offsetOf(reply) < 0) {
        finish(ApiJob::replyError(reply, {}, false));
        return;
    }
    m_done = offsetOf(reply);
    Q_EMIT progress(m_done, m_size);
    sendPiece();
}

void AttachmentTransfer::fetch()
{
    if (m_done >= m_size) {
        finish(m_cache->finishDownload(m_sha256));
        return;
    }
    QNetworkRequest request = fileRequest();
    if (m_done > 0)
        request.setRawHeader("Range", "bytes=" + QByteArray::number(m_done) + '-');
    QNetworkReply *reply = watch(m_api->network()->get(request));
    m_skip = -1; // known once the status is
    auto received = std::make_shared<qint64>(0);
    auto errorBody = std::make_shared<QByteArray>();
    connect(reply, &QNetworkReply::readyRead, this, [this, reply, received, errorBody]() {
        const int status = statusOf(reply);
        const QByteArray bytes = reply->readAll();
        *received += bytes.size();
        if (status != 200 && status != 206) {
            if (errorBody->size() < 64 * 1024)
                errorBody->append(bytes);
            return;
        }
        if (m_skip < 0) // a whole answer to a range: the bytes already here come again
            m_skip = status == 200 ? m_done : 0;
        QByteArrayView fresh(bytes);
        const qint64 skipped = std::min<qint64>(m_skip, fresh.size());
        fresh = fresh.sliced(skipped);
        m_skip -= skipped;
        if (fresh.isEmpty())
            return;
        if (Core::Status s = m_cache->appendDownloaded(m_sha256, fresh); !s) {
            qCWarning(lcAttachments) << "cannot keep the bytes of" << m_sha256 << s.error().detail;
            reply->abort();
            return;
        }
        m_done += fresh.size();
        Q_EMIT progress(m_done, m_size);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, received, errorBody]() {
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        reply->deleteLater();
        const int status = statusOf(reply);
        if (status > 0)
            m_api->noteTransfer(ApiClient::RequestHeaderBytes,
                                ApiClient::AnswerHeaderBytes + *received);
        if (linkFailed(reply) || (status != 200 && status != 206)) {
            // What arrived stays in the cache: the next try asks for the rest.
            finish(ApiJob::replyError(reply, *errorBody, false));
            return;
        }
        finish(m_cache->finishDownload(m_sha256));
    });
}

void AttachmentTransfer::sendPiece()
{
    QFile file(m_cache->filePath(m_sha256));
    if (!file.open(QIODevice::ReadOnly) || !file.seek(m_done)) {
        finish(Core::makeError(ErrorCode::NotFound,
                               u"cannot read %1: %2"_s.arg(file.fileName(), file.errorString())));
        return;
    }
    const QByteArray piece = file.read(Protocol::AttachmentPieceSize);
    if (piece.isEmpty() && m_size > 0) {
        finish(Core::makeError(ErrorCode::NotFound, u"%1 is shorter than it was"_s.arg(m_sha256)));
        return;
    }
    QNetworkRequest request = fileRequest();
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      m_mediaType.isEmpty() ? u"application/octet-stream"_s : m_mediaType);
    request.setRawHeader("Content-Range", "bytes " + QByteArray::number(m_done) + '-' +
                                              QByteArray::number(m_done + piece.size() - 1) + '/' +
                                              QByteArray::number(m_size));
    m_sent = piece.size();
    connect(watch(m_api->network()->put(request, piece)), &QNetworkReply::finished, this,
            &AttachmentTransfer::onPieceSent);
}

void AttachmentTransfer::onPieceSent()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    const int status = statusOf(reply);
    const QByteArray body = reply->readAll();
    if (status > 0) {
        m_api->noteTransfer(ApiClient::RequestHeaderBytes + m_sent,
                            ApiClient::AnswerHeaderBytes + body.size());
    }
    if (status == 200 || status == 201) { // kept (by this upload, or it was there)
        m_done = m_size;
        Q_EMIT progress(m_done, m_size);
        finish(m_cache->markUploaded(m_sha256));
        return;
    }
    if ((status == 202 || status == 409) && offsetOf(reply) >= 0) {
        // Taken (or sent from the wrong place): go on from where the server is.
        m_done = offsetOf(reply);
        Q_EMIT progress(m_done, m_size);
        sendPiece();
        return;
    }
    if (status == 422 && !m_restarted) {
        // The server found the whole wrong and dropped it: once more from the
        // start, in case a piece was damaged on the way.
        qCInfo(lcAttachments) << "the server refused the hash of" << m_sha256 << "; sending again";
        m_restarted = true;
        m_done = 0;
        sendPiece();
        return;
    }
    finish(ApiJob::replyError(reply, body, false));
}

void AttachmentTransfer::finish(Core::Status status)
{
    if (m_finished)
        return;
    m_finished = true;
    m_status = std::move(status);
    if (!m_status)
        qCInfo(lcAttachments) << m_sha256 << "not moved:" << m_status.error().detail;
    Q_EMIT finished();
}

} // namespace Sync

#pragma once

#include "result.h"

#include <QObject>
#include <QPointer>

class QNetworkReply;
class QNetworkRequest;

namespace Core {
class AttachmentCache;
}

namespace Sync {

class ApiClient;

// Moves one attachment between the server and this computer's
// AttachmentCache, resumably (docs/sync-protocol.md, "Attachments"), and
// counts its bytes with the API client's (data budgets).
//
// Download: asks the server the file's size (HEAD), then fetches what the
// cache does not hold yet with a range request, writing the bytes to the
// cache as they arrive: after a cut, the next download asks for the rest
// only, and nothing is fetched twice. The file counts once its SHA-256 is
// right (else it is dropped and the next try starts again).
//
// Upload: asks the server how much of the file it has (HEAD: all of it, or
// this member's upload so far), then sends the rest in pieces of
// Protocol::AttachmentPieceSize, each from where the server says its upload
// stands; the server checks the hash of the whole. The cache then marks the
// file as uploaded.
//
// One transfer a object; finished() once. Thread: the GUI thread; nothing is
// owned.
class AttachmentTransfer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentTransfer)

public:
    enum class Direction { Download, Upload };

    AttachmentTransfer(Direction direction, const QString &sha256, ApiClient *api,
                       Core::AttachmentCache *cache, QObject *parent = nullptr);
    ~AttachmentTransfer() override;

    Direction direction() const { return m_direction; }
    QString sha256() const { return m_sha256; }
    void start();
    // Stops; what arrived (or the server took) stays for the next transfer.
    void abort();
    const Core::Status &status() const { return m_status; }
    qint64 size() const { return m_size; }
    qint64 done() const { return m_done; }

Q_SIGNALS:
    void progress(qint64 done, qint64 size);
    void finished();

private:
    void ask();
    void onAsked();
    void fetch();
    void onFetched();
    void sendPiece();
    void onPieceSent();
    void finish(Core::Status status);
    QNetworkReply *watch(QNetworkReply *reply);
    QNetworkRequest fileRequest() const;

    Direction m_direction;
    QString m_sha256;
    ApiClient *m_api;
    Core::AttachmentCache *m_cache;
    QPointer<QNetworkReply> m_reply;
    QString m_mediaType;
    qint64 m_size = -1;
    qint64 m_done = 0;
    qint64 m_sent = 0; // bytes of the request under way
    qint64 m_skip = 0; // a whole answer where a range was asked: bytes already here
    bool m_restarted = false;
    bool m_finished = false;
    Core::Status m_status;
};

} // namespace Sync

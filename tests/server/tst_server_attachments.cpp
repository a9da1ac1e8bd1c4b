// Attachments on a real leadernet-server: uploads whole and in pieces,
// resumed after a cut, refused when the bytes do not match their hash or
// pass the limit; range reads; one copy of a file however many members
// upload it; every refusal a 4xx JSON error. Checked in the store itself
// where "nothing kept" or "stored once" is the point.
#include "faultproxy.h"
#include "protocol.h"
#include "testserver.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;
using TestCommon::TestServer;
namespace Protocol = Sync::Protocol;

namespace {

constexpr qint64 Chunk = Protocol::AttachmentChunkSize;

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(random.bounded(256));
    return out;
}

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString pathOf(const QString &hash)
{
    return QString(Protocol::AttachmentsPath) + u'/' + hash;
}

QByteArray contentRange(qint64 start, qint64 end, qint64 total)
{
    return "bytes " + QByteArray::number(start) + '-' + QByteArray::number(end) + '/' +
           QByteArray::number(total);
}

QByteArray uploadOffsetHeader()
{
    return QByteArray(Protocol::UploadOffsetHeader.data(), Protocol::UploadOffsetHeader.size());
}

} // namespace

class TestServerAttachments final : public QObject
{
    Q_OBJECT

private:
    TestServer m_server;
    QString m_admin;
    QString m_member;
    int m_connections = 0;

    TestServer::Headers auth(const QString &token) const
    {
        return {{"Authorization", "Bearer " + token.toUtf8()}};
    }

    // One PUT; `range` empty: the whole file, no Content-Range.
    TestServer::Reply put(const QString &token, const QString &hash, const QByteArray &bytes,
                          const QByteArray &range = {},
                          const QByteArray &mediaType = "application/octet-stream")
    {
        TestServer::Headers headers = auth(token);
        headers.append({"Content-Type", mediaType});
        if (!range.isEmpty())
            headers.append({"Content-Range", range});
        return m_server.request("PUT", pathOf(hash), bytes, headers);
    }

    TestServer::Reply putPiece(const QString &token, const QString &hash, const QByteArray &file,
                               qint64 start, qint64 length)
    {
        return put(token, hash, file.mid(start, length),
                   contentRange(start, start + length - 1, file.size()));
    }

    TestServer::Reply head(const QString &token, const QString &hash)
    {
        return m_server.request("HEAD", pathOf(hash), {}, auth(token));
    }

    TestServer::Reply get(const QString &token, const QString &hash, const QByteArray &range = {})
    {
        TestServer::Headers headers = auth(token);
        if (!range.isEmpty())
            headers.append({"Range", range});
        return m_server.request("GET", pathOf(hash), {}, headers);
    }

    static void verifyError(const TestServer::Reply &reply, int status, const QString &code)
    {
        QVERIFY2(reply.status == status,
                 qPrintable(u"%1: %2"_s.arg(reply.status).arg(QString::fromUtf8(reply.body))));
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
        const auto error = Protocol::decodeErrorBody(reply.body);
        QVERIFY2(error.ok(), reply.body.constData());
        QCOMPARE(error->code, code);
        QVERIFY(!error->message.isEmpty());
    }

    // Rows of `table` about `hash`, in the store itself.
    qint64 rows(const QString &table, const QString &hash, const QString &andWhere = {})
    {
        const QString name = u"inspect-%1"_s.arg(++m_connections);
        qint64 count = -1;
        {
            QSqlDatabase db = m_server.openStore(name);
            QSqlQuery q(db);
            q.prepare(u"SELECT count(*) FROM %1 WHERE sha256 = ? %2"_s.arg(table, andWhere));
            q.addBindValue(hash);
            if (q.exec() && q.next())
                count = q.value(0).toLongLong();
        }
        QSqlDatabase::removeDatabase(name);
        return count;
    }

    // Whole and stored once: the attachment's row, its chunks, no upload left.
    void verifyKeptOnce(const QString &hash, qint64 size)
    {
        QCOMPARE(rows(u"attachments"_s, hash), 1);
        QCOMPARE(rows(u"attachment_chunks"_s, hash), (size + Chunk - 1) / Chunk);
        QCOMPARE(rows(u"attachment_uploads"_s, hash), 0);
    }

    void verifyNothingKept(const QString &hash)
    {
        QCOMPARE(rows(u"attachments"_s, hash), 0);
        QCOMPARE(rows(u"attachment_chunks"_s, hash), 0);
        QCOMPARE(rows(u"attachment_uploads"_s, hash), 0);
        const TestServer::Reply reply = head(m_admin, hash);
        QCOMPARE(reply.status, 404);
        QCOMPARE(reply.header(uploadOffsetHeader()), QByteArray("0"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        LEADERNET_REQUIRE_TEST_STORE();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_admin = m_server.login(u"admin"_s);
        m_member = m_server.login(u"member"_s);
        QVERIFY(!m_admin.isEmpty());
        QVERIFY(!m_member.isEmpty());
    }

    void healthStatesTheLimit()
    {
        const TestServer::Reply reply = m_server.get(QString(Protocol::HealthPath));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value("max_attachment_bytes"_L1).toInteger(),
                 Protocol::DefaultMaxAttachmentBytes);
        const auto info = Protocol::decodeHealthInfo(reply.body);
        QVERIFY(info.ok());
        QCOMPARE(info->maxAttachmentBytes, Protocol::DefaultMaxAttachmentBytes);
        // An older server's answer, without it, still reads.
        const auto old = Protocol::decodeHealthInfo(
            R"({"status":"ok","version":"0.0.9","store":"sqlite","protocol":1})");
        QVERIFY(old.ok());
        QCOMPARE(old->maxAttachmentBytes, 0);
    }

    void aServerStatesItsOwnLimit()
    {
        // A second server on the same store, with `serve --max-attachment 1`.
        TestServer small(TestServer::SameStoreAs{m_server});
        small.setServeArguments({u"--max-attachment"_s, u"1"_s});
        QVERIFY2(small.serve(), qPrintable(small.errorString()));
        constexpr qint64 MiB = 1024 * 1024;
        QCOMPARE(small.get(QString(Protocol::HealthPath))
                     .json()
                     .value("max_attachment_bytes"_L1)
                     .toInteger(),
                 MiB);
        const QByteArray tooLarge = randomBytes(MiB + 1, 10);
        const QString hash = sha256Of(tooLarge);
        TestServer::Headers headers = auth(m_admin);
        headers.append(
            std::pair<QByteArray, QByteArray>("Content-Type", "application/octet-stream"));
        TestServer::Headers piece = headers;
        piece.append({"Content-Range", contentRange(0, MiB / 2 - 1, tooLarge.size())});
        verifyError(small.request("PUT", pathOf(hash), tooLarge.first(MiB / 2), piece), 413,
                    u"attachment_too_large"_s);
        verifyError(small.request("PUT", pathOf(hash), tooLarge, headers), 413,
                    u"payload_too_large"_s);
        const QByteArray atLimit = tooLarge.first(MiB);
        QCOMPARE(small.request("PUT", pathOf(sha256Of(atLimit)), atLimit, headers).status, 201);
        // The other server, with the default limit, takes what this one refused.
        QCOMPARE(put(m_admin, hash, tooLarge).status, 201);
    }

    void uploadWhole()
    {
        const QByteArray file = randomBytes(600'000, 1);
        const QString hash = sha256Of(file);
        QCOMPARE(head(m_admin, hash).status, 404);

        const TestServer::Reply created = put(m_admin, hash, file, {}, "image/png");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value("sha256"_L1).toString(), hash);
        QCOMPARE(created.json().value("size"_L1).toInteger(), file.size());
        QCOMPARE(created.json().value("media_type"_L1).toString(), u"image/png"_s);

        const TestServer::Reply there = head(m_member, hash);
        QCOMPARE(there.status, 200);
        QCOMPARE(there.header("content-length"), QByteArray::number(file.size()));
        QVERIFY(there.body.isEmpty());

        const TestServer::Reply reply = get(m_member, hash);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body == file);
        QCOMPARE(reply.header("content-type"), QByteArray("image/png"));
        QCOMPARE(reply.header("etag"), '"' + hash.toLatin1() + '"');
        QCOMPARE(reply.header("cache-control"), QByteArray("private, max-age=31536000, immutable"));
        QCOMPARE(reply.header("accept-ranges"), QByteArray("bytes"));
        QVERIFY(reply.header("content-encoding").isEmpty());
        verifyKeptOnce(hash, file.size());
    }

    void uploadInPieces()
    {
        // Pieces that do not fall on chunk boundaries: chunks are filled up.
        const QByteArray file = randomBytes(3 * Chunk + 12'345, 2);
        const QString hash = sha256Of(file);
        const qint64 first = Chunk / 3;
        const qint64 second = Chunk + 7;
        TestServer::Reply reply = putPiece(m_admin, hash, file, 0, first);
        QCOMPARE(reply.status, 202);
        QCOMPARE(reply.json().value("received"_L1).toInteger(), first);
        QCOMPARE(reply.header(uploadOffsetHeader()), QByteArray::number(first));
        reply = putPiece(m_admin, hash, file, first, second);
        QCOMPARE(reply.status, 202);
        QCOMPARE(head(m_admin, hash).header(uploadOffsetHeader()),
                 QByteArray::number(first + second));
        // Not there for anyone until it is whole.
        QCOMPARE(get(m_member, hash).status, 404);
        reply = putPiece(m_admin, hash, file, first + second, file.size() - first - second);
        QCOMPARE(reply.status, 201);
        QVERIFY(get(m_member, hash).body == file);
        verifyKeptOnce(hash, file.size());
    }

    void resumeAfterACut()
    {
        const QByteArray file = randomBytes(3 * Protocol::AttachmentPieceSize + 999, 3);
        const QString hash = sha256Of(file);
        const qint64 piece = Protocol::AttachmentPieceSize;
        QCOMPARE(putPiece(m_member, hash, file, 0, piece).status, 202);

        // The second piece is cut on the way: half its body, then the link goes.
        {
            QTcpSocket socket;
            socket.connectToHost(m_server.url().host(), quint16(m_server.url().port()));
            QVERIFY(socket.waitForConnected(5000));
            QByteArray request = "PUT " + pathOf(hash).toLatin1() +
                                 " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " +
                                 m_member.toUtf8() +
                                 "\r\nContent-Type: application/octet-stream\r\nContent-Range: " +
                                 contentRange(piece, 2 * piece - 1, file.size()) +
                                 "\r\nContent-Length: " + QByteArray::number(piece) + "\r\n\r\n";
            request += file.mid(piece, piece / 2);
            socket.write(request);
            while (socket.bytesToWrite() > 0)
                QVERIFY(socket.waitForBytesWritten(5000));
            socket.abort();
        }

        // HEAD says where to go on: after the first piece, nothing of the cut one.
        const TestServer::Reply where = head(m_member, hash);
        QCOMPARE(where.status, 404);
        const qint64 offset = where.header(uploadOffsetHeader()).toLongLong();
        QCOMPARE(offset, piece);
        // Another member's upload of the file is their own.
        QCOMPARE(head(m_admin, hash).header(uploadOffsetHeader()), QByteArray("0"));

        // A piece from elsewhere is refused with the offset to go on from.
        const TestServer::Reply wrong = putPiece(m_member, hash, file, 2 * piece, piece);
        verifyError(wrong, 409, u"upload_offset"_s);
        QCOMPARE(wrong.json().value("error"_L1).toObject().value("offset"_L1).toInteger(), offset);
        QCOMPARE(wrong.header(uploadOffsetHeader()), QByteArray::number(offset));

        // The rest, each byte once.
        for (qint64 at = offset; at < file.size(); at += piece) {
            const TestServer::Reply reply =
                putPiece(m_member, hash, file, at, std::min(piece, file.size() - at));
            QCOMPARE(reply.status, at + piece >= file.size() ? 201 : 202);
        }
        QVERIFY(get(m_admin, hash).body == file);
        verifyKeptOnce(hash, file.size());
    }

    void wrongHashIsRefusedAndNothingKept()
    {
        const QByteArray file = randomBytes(2 * Chunk + 5, 4);
        const QString hash = sha256Of(file);
        QByteArray other = file;
        other[Chunk + 1] = char(other[Chunk + 1] ^ 0x55);

        // Whole: checked before anything is written.
        verifyError(put(m_admin, hash, other), 422, u"hash_mismatch"_s);
        verifyNothingKept(hash);

        // In pieces: the last one finds out, and the upload is gone.
        QCOMPARE(putPiece(m_admin, hash, other, 0, Chunk + 100).status, 202);
        const TestServer::Reply last =
            putPiece(m_admin, hash, other, Chunk + 100, other.size() - Chunk - 100);
        verifyError(last, 422, u"hash_mismatch"_s);
        verifyNothingKept(hash);
        QCOMPARE(get(m_admin, hash).status, 404);

        // The right bytes are taken afterwards.
        QCOMPARE(put(m_admin, hash, file).status, 201);
    }

    void overTheLimitIsRefused()
    {
        const qint64 limit = Protocol::DefaultMaxAttachmentBytes;
        const QString hash = sha256Of("too large");
        // A total over the limit, declared by the first piece.
        verifyError(put(m_admin, hash, "0123456789", contentRange(0, 9, limit + 1)), 413,
                    u"attachment_too_large"_s);
        // A whole file over it: refused before its body is read.
        const QByteArray tooLarge(limit + 1, 'x');
        verifyError(put(m_admin, sha256Of(tooLarge), tooLarge), 413, u"payload_too_large"_s);
        verifyNothingKept(hash);
        // At the limit is fine.
        const QByteArray atLimit(limit, 'y');
        QCOMPARE(put(m_admin, sha256Of(atLimit), atLimit).status, 201);
    }

    void rangeReads()
    {
        const QByteArray file = randomBytes(2 * Chunk + 1000, 5);
        const QString hash = sha256Of(file);
        QCOMPARE(put(m_admin, hash, file, {}, "application/pdf").status, 201);
        const QByteArray total = '/' + QByteArray::number(file.size());

        struct Case {
            QByteArray range;
            qint64 start;
            qint64 end;
        };
        const qint64 last = file.size() - 1;
        const QList<Case> cases{
            {"bytes=0-99", 0, 99},                                             // the start
            {"bytes=" + QByteArray::number(Chunk - 10) + '-' +                 // the middle,
                 QByteArray::number(Chunk + 9),                                // across a chunk
             Chunk - 10, Chunk + 9},                                           //
            {"bytes=" + QByteArray::number(Chunk + 5) + '-', Chunk + 5, last}, // open end
            {"bytes=-10", file.size() - 10, last},                             // the last bytes
            {"bytes=100-" + QByteArray::number(file.size() + 50), 100, last},  // past the end
        };
        for (const Case &c : cases) {
            const TestServer::Reply reply = get(m_member, hash, c.range);
            QVERIFY2(reply.status == 206, c.range.constData());
            QCOMPARE(reply.header("content-range"), "bytes " + QByteArray::number(c.start) + '-' +
                                                        QByteArray::number(c.end) + total);
            QVERIFY2(reply.body == file.mid(c.start, c.end - c.start + 1), c.range.constData());
            QCOMPARE(reply.header("content-type"), QByteArray("application/pdf"));
        }

        for (const QByteArray &range :
             {QByteArray("bytes=" + QByteArray::number(file.size()) + '-'),
              QByteArray("bytes=-0")}) {
            const TestServer::Reply reply = get(m_member, hash, range);
            verifyError(reply, 416, u"range_not_satisfiable"_s);
            QCOMPARE(reply.header("content-range"), "bytes */" + QByteArray::number(file.size()));
        }
        // Several ranges at once are not served: the whole file is.
        const TestServer::Reply several = get(m_member, hash, "bytes=0-1,5-6");
        QCOMPARE(several.status, 200);
        QVERIFY(several.body == file);
    }

    void textIsNeverCompressed()
    {
        // httplib would compress text/* by itself when the client accepts it.
        const QByteArray text = QByteArray("A line of a lesson's notes.\n").repeated(5000);
        const QString hash = sha256Of(text);
        QCOMPARE(put(m_admin, hash, text, {}, "text/plain; charset=utf-8").status, 201);
        TestServer::Headers headers = auth(m_member);
        headers.append(std::pair<QByteArray, QByteArray>("Accept-Encoding", "gzip, br, zstd"));
        TestServer::Reply reply = m_server.request("GET", pathOf(hash), {}, headers);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("content-encoding").isEmpty());
        QCOMPARE(reply.header("content-type"), QByteArray("text/plain; charset=utf-8"));
        QVERIFY(reply.body == text);
        headers.append(std::pair<QByteArray, QByteArray>("Range", "bytes=10-19"));
        reply = m_server.request("GET", pathOf(hash), {}, headers);
        QCOMPARE(reply.status, 206);
        QVERIFY(reply.header("content-encoding").isEmpty());
        QCOMPARE(reply.body, text.mid(10, 10));
    }

    void twoMembersStoreItOnce()
    {
        const QByteArray file = randomBytes(Chunk + 77, 6);
        const QString hash = sha256Of(file);
        // The admin has begun an upload; the member uploads the whole meanwhile.
        QCOMPARE(putPiece(m_admin, hash, file, 0, 1000).status, 202);
        QCOMPARE(put(m_member, hash, file).status, 201);
        // The admin's next piece: the server has it already, and drops the upload.
        const TestServer::Reply next = putPiece(m_admin, hash, file, 1000, 1000);
        QCOMPARE(next.status, 200);
        QCOMPARE(next.json().value("size"_L1).toInteger(), file.size());
        // Uploading it again: 200 at once, nothing written.
        QCOMPARE(put(m_admin, hash, file).status, 200);
        QCOMPARE(head(m_admin, hash).status, 200);
        verifyKeptOnce(hash, file.size());
        QCOMPARE(rows(u"attachments"_s, hash, u"AND uploaded_by <> ''"_s), 1);
    }

    void everyRefusalIsA4xxJsonError_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("hash");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("range");
        QTest::addColumn<QByteArray>("mediaType");
        QTest::addColumn<bool>("signedIn");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");

        const QString hash = sha256Of("0123456789");
        const QByteArray ten = "0123456789";
        const QByteArray octets = "application/octet-stream";
        QTest::newRow("short hash") << QByteArray("PUT") << u"abc"_s << ten << QByteArray()
                                    << octets << true << 400 << u"invalid"_s;
        QTest::newRow("uppercase hash") << QByteArray("GET") << hash.toUpper() << QByteArray()
                                        << QByteArray() << octets << true << 400 << u"invalid"_s;
        QTest::newRow("not hex") << QByteArray("PUT") << QString(64, u'g') << ten << QByteArray()
                                 << octets << true << 400 << u"invalid"_s;
        QTest::newRow("no token") << QByteArray("PUT") << hash << ten << QByteArray() << octets
                                  << false << 401 << u"unauthorized"_s;
        QTest::newRow("no token, GET") << QByteArray("GET") << hash << QByteArray() << QByteArray()
                                       << octets << false << 401 << u"unauthorized"_s;
        QTest::newRow("garbage range")
            << QByteArray("PUT") << hash << ten << QByteArray("pieces 1 to 10") << octets << true
            << 400 << u"bad_content_range"_s;
        QTest::newRow("start after end")
            << QByteArray("PUT") << hash << ten << QByteArray("bytes 9-0/10") << octets << true
            << 400 << u"bad_content_range"_s;
        QTest::newRow("end past total")
            << QByteArray("PUT") << hash << ten << QByteArray("bytes 0-9/9") << octets << true
            << 400 << u"bad_content_range"_s;
        QTest::newRow("negative") << QByteArray("PUT") << hash << ten << QByteArray("bytes -1-8/10")
                                  << octets << true << 400 << u"bad_content_range"_s;
        QTest::newRow("huge numbers") << QByteArray("PUT") << hash << ten
                                      << QByteArray("bytes 0-9/99999999999999999999999999")
                                      << octets << true << 400 << u"bad_content_range"_s;
        QTest::newRow("piece longer than declared")
            << QByteArray("PUT") << hash << ten << QByteArray("bytes 0-4/10") << octets << true
            << 400 << u"piece_length"_s;
        QTest::newRow("piece shorter than declared")
            << QByteArray("PUT") << hash << ten << QByteArray("bytes 0-19/20") << octets << true
            << 400 << u"piece_length"_s;
        QTest::newRow("empty") << QByteArray("PUT") << hash << QByteArray() << QByteArray()
                               << octets << true << 400 << u"empty"_s;
        QTest::newRow("bad media type") << QByteArray("PUT") << hash << ten << QByteArray()
                                        << QByteArray("not a type") << true << 400 << u"invalid"_s;
        QTest::newRow("unknown") << QByteArray("GET") << sha256Of("never uploaded") << QByteArray()
                                 << QByteArray() << octets << true << 404 << u"not_found"_s;
        QTest::newRow("wrong method") << QByteArray("POST") << hash << ten << QByteArray() << octets
                                      << true << 405 << u"method_not_allowed"_s;
    }

    void everyRefusalIsA4xxJsonError()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, hash);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, range);
        QFETCH(QByteArray, mediaType);
        QFETCH(bool, signedIn);
        QFETCH(int, status);
        QFETCH(QString, code);
        TestServer::Headers headers;
        if (signedIn)
            headers = auth(m_admin);
        headers.append({"Content-Type", mediaType});
        if (!range.isEmpty())
            headers.append({"Content-Range", range});
        verifyError(m_server.request(method, pathOf(hash), body, headers), status, code);
        QVERIFY(m_server.isRunning());
    }

    void totalMustNotChangeBetweenPieces()
    {
        const QByteArray file = randomBytes(5000, 7);
        const QString hash = sha256Of(file);
        QCOMPARE(putPiece(m_admin, hash, file, 0, 1000).status, 202);
        verifyError(put(m_admin, hash, file.mid(1000, 1000), contentRange(1000, 1999, 6000)), 400,
                    u"total_mismatch"_s);
        // The upload goes on as it was.
        QCOMPARE(head(m_admin, hash).header(uploadOffsetHeader()), QByteArray("1000"));
        QCOMPARE(putPiece(m_admin, hash, file, 1000, 4000).status, 201);
    }

    void downloadCutAndResumed()
    {
        // A download cut mid-way goes on with a range from what arrived.
        const QByteArray file = randomBytes(3 * Chunk, 8);
        const QString hash = sha256Of(file);
        QCOMPARE(put(m_admin, hash, file).status, 201);

        Tests::FaultProxy proxy(QHostAddress::LocalHost, quint16(m_server.url().port()));
        QVERIFY(proxy.start());
        Tests::FaultProxy::Faults faults;
        faults.cutAfterBytes = Chunk;
        proxy.setFaults(faults);
        QNetworkAccessManager nam;
        auto fetch = [&](const QByteArray &range) {
            QUrl url = m_server.url();
            url.setPort(proxy.port());
            url.setPath(pathOf(hash));
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer " + m_member.toUtf8());
            if (!range.isEmpty())
                request.setRawHeader("Range", range);
            QNetworkReply *reply = nam.get(request);
            QEventLoop loop;
            connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            if (!reply->isFinished())
                loop.exec();
            const QByteArray body = reply->readAll();
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            const bool failed = reply->error() != QNetworkReply::NoError;
            reply->deleteLater();
            return std::tuple<int, QByteArray, bool>(status, body, failed);
        };
        const auto [status, arrived, failed] = fetch({});
        QCOMPARE(status, 200);
        QVERIFY(failed);
        QVERIFY(arrived.size() < file.size());
        QVERIFY(file.startsWith(arrived));

        proxy.setFaults({});
        const auto [restStatus, rest, restFailed] =
            fetch("bytes=" + QByteArray::number(arrived.size()) + '-');
        QCOMPARE(restStatus, 206);
        QVERIFY(!restFailed);
        QVERIFY(arrived + rest == file);
    }
};

QTEST_GUILESS_MAIN(TestServerAttachments)
#include "tst_server_attachments.moc"

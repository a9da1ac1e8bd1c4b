// Sync::Protocol compression: round trips, negotiation, and hostile bodies
// (cut short, trailing bytes, garbage, bombs, huge windows) that must fail
// cleanly and never allocate more than the cap.
#include "compression.h"
#include "pagestream.h"

#include <QRandomGenerator>
#include <QTest>

#include <zstd.h>

using namespace Qt::StringLiterals;
using Sync::Protocol::Codec;
namespace Protocol = Sync::Protocol;

namespace {

QByteArray sampleText(qsizetype size)
{
    static const QByteArray words[] = {"district ", "health ",   "plan ",    "référence ",
                                       "équipe ",   "خطة ",      "команда ", "vacina ",
                                       "{\"id\":",  "\"rev\":1,"};
    QRandomGenerator random(42);
    QByteArray out;
    while (out.size() < size)
        out += words[random.bounded(int(std::size(words)))];
    out.truncate(size);
    return out;
}

QByteArray randomBytes(qsizetype size, quint32 seed)
{
    QRandomGenerator random(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(random.bounded(256));
    return out;
}

// A zstd frame written as a stream: it does not state its size, and keeps
// the window it was given (`windowLog` 0: the level's).
QByteArray streamedZstdFrame(const QByteArray &body, int windowLog = 0)
{
    ZSTD_CCtx *ctx = ZSTD_createCCtx();
    if (windowLog > 0)
        ZSTD_CCtx_setParameter(ctx, ZSTD_c_windowLog, windowLog);
    QByteArray frame(qsizetype(ZSTD_compressBound(std::size_t(body.size()))) + 1024, '\0');
    ZSTD_outBuffer out{frame.data(), std::size_t(frame.size()), 0};
    ZSTD_inBuffer in{body.constData(), std::size_t(body.size()), 0};
    while (in.pos < in.size)
        ZSTD_compressStream2(ctx, &out, &in, ZSTD_e_continue);
    ZSTD_inBuffer none{nullptr, 0, 0};
    while (ZSTD_compressStream2(ctx, &out, &none, ZSTD_e_end) != 0) {
    }
    ZSTD_freeCCtx(ctx);
    frame.truncate(qsizetype(out.pos));
    return frame;
}

} // namespace

class TestSyncCompression final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::addColumn<QByteArray>("body");
        for (Codec codec : {Codec::Identity, Codec::Gzip, Codec::Zstd}) {
            const QByteArray name = Protocol::codecName(codec).data();
            QTest::newRow(QByteArray(name + " empty").constData()) << codec << QByteArray();
            QTest::newRow(QByteArray(name + " one byte").constData()) << codec << QByteArray("x");
            QTest::newRow(QByteArray(name + " text").constData()) << codec << sampleText(300'000);
            QTest::newRow(QByteArray(name + " random").constData())
                << codec << randomBytes(70'000, 7);
        }
    }

    void roundTrip()
    {
        QFETCH(Codec, codec);
        QFETCH(QByteArray, body);
        const QByteArray packed = Protocol::compress(body, codec);
        if (codec != Codec::Identity)
            QVERIFY(!packed.isEmpty());
        if (body.size() > 100'000 && codec != Codec::Identity && body.startsWith("district"))
            QVERIFY2(packed.size() * 5 < body.size(), qPrintable(QString::number(packed.size())));
        const auto back = Protocol::decompress(packed, codec, body.size());
        QVERIFY2(back.ok(), qPrintable(back.error().detail));
        QCOMPARE(*back, body);
    }

    void levelsAreKeptInRange()
    {
        const QByteArray body = sampleText(10'000);
        for (int level : {-5, 1, 3, 19, 22, 100}) {
            for (Codec codec : {Codec::Gzip, Codec::Zstd}) {
                const QByteArray packed = Protocol::compress(body, codec, level);
                QVERIFY(!packed.isEmpty());
                QCOMPARE(*Protocol::decompress(packed, codec, body.size()), body);
            }
        }
        QCOMPARE(Protocol::defaultLevel(Codec::Zstd), 19);
        QCOMPARE(Protocol::defaultLevel(Codec::Gzip), 6);
    }

    // zstd's parameters beyond the level (the server's column pages) give
    // a body any reader decodes, whole or as a stream of pages; one out of
    // zstd's range is left at the level's own rather than failing.
    void zstdSettingsRoundTrip()
    {
        const QByteArray body = sampleText(300'000);
        const QByteArray page = sampleText(100'000).replace('\n', ' ');
        for (const Protocol::ZstdSettings settings :
             {Protocol::ZstdSettings{11, 6, 5, 21}, Protocol::ZstdSettings{},
              Protocol::ZstdSettings{3, 7, 1}, Protocol::ZstdSettings{40, 99, 99, 99}}) {
            const QByteArray packed = Protocol::compress(body, settings);
            QVERIFY(!packed.isEmpty());
            QVERIFY(packed.size() * 5 < body.size());
            QCOMPARE(*Protocol::decompress(packed, Codec::Zstd, body.size()), body);

            Protocol::PageStreamWriter writer(settings);
            Protocol::PageStreamReader reader(1024 * 1024);
            QByteArray wire = writer.page(page);
            wire += writer.finish();
            const auto read = reader.feed(wire);
            QVERIFY2(read.ok(), qPrintable(read.error().detail));
            QCOMPARE(*read, QList<QByteArray>{page});
            QVERIFY(reader.complete());
        }
    }

    // A body compressed in parts (an answer sent while it is compressed):
    // each part flushed decodes as soon as it arrives; the whole is one frame
    // that states its size, as small as compressed at once, and any reader
    // decodes it.
    void bodyInPartsDecodesPartByPart()
    {
        QByteArray body = sampleText(200'000);
        for (qsizetype i = 96; i < body.size(); i += 97)
            body[i] = '\n';
        const qsizetype first = 16 * 1024;
        Protocol::ZstdFrameWriter writer(Protocol::ZstdSettings{}, 0, body.size());
        QByteArray head;
        QVERIFY(writer.write(QByteArrayView(body).first(first), true, head));
        // The first part alone gives its lines back (a reader of lines).
        Protocol::PageStreamReader reader(1024 * 1024);
        const auto lines = reader.feed(head);
        QVERIFY2(lines.ok(), qPrintable(lines.error().detail));
        QCOMPARE(lines->join('\n') + '\n', body.first(body.lastIndexOf('\n', first - 1) + 1));

        QByteArray wire = head;
        QVERIFY(writer.write(QByteArrayView(body).sliced(first), false, wire));
        QVERIFY(writer.finish(wire));
        QCOMPARE(ZSTD_getFrameContentSize(wire.constData(), std::size_t(wire.size())),
                 static_cast<unsigned long long>(body.size()));
        QCOMPARE(*Protocol::decompress(wire, Codec::Zstd, body.size()), body);
        const QByteArray whole = Protocol::compress(body, Protocol::ZstdSettings{});
        QVERIFY2(wire.size() < whole.size() * 1.01,
                 qPrintable(u"%1 against %2"_s.arg(wire.size()).arg(whole.size())));
    }

    void capIsExact_data()
    {
        QTest::addColumn<Codec>("codec");
        QTest::newRow("identity") << Codec::Identity;
        QTest::newRow("gzip") << Codec::Gzip;
        QTest::newRow("zstd") << Codec::Zstd;
    }

    void capIsExact()
    {
        QFETCH(Codec, codec);
        const QByteArray body = sampleText(100'000);
        const QByteArray packed = Protocol::compress(body, codec);
        QVERIFY(Protocol::decompress(packed, codec, body.size()).ok());
        const auto over = Protocol::decompress(packed, codec, body.size() - 1);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().code, Core::ErrorCode::Protocol);
        QVERIFY2(over.error().detail.contains(u"exceed"_s), qPrintable(over.error().detail));
    }

    // 64 MiB of zeros is a few kilobytes compressed: decoding stops at the cap.
    void bombsStopAtTheCap_data() { capIsExact_data(); }

    void bombsStopAtTheCap()
    {
        QFETCH(Codec, codec);
        if (codec == Codec::Identity)
            QSKIP("nothing to inflate");
        const QByteArray zeros(64 * 1024 * 1024, '\0');
        const QByteArray bomb = Protocol::compress(zeros, codec);
        QVERIFY2(bomb.size() < 100 * 1024, qPrintable(QString::number(bomb.size())));
        const auto decoded = Protocol::decompress(bomb, codec, 1024 * 1024);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.error().detail.contains(u"exceed"_s), qPrintable(decoded.error().detail));
    }

    // A zstd frame that hides its size (streamed) also stops at the cap.
    void zstdFrameWithoutSizeStopsAtTheCap()
    {
        const QByteArray zeros(16 * 1024 * 1024, '\0');
        const QByteArray frame = streamedZstdFrame(zeros);
        QCOMPARE(ZSTD_getFrameContentSize(frame.constData(), std::size_t(frame.size())),
                 ZSTD_CONTENTSIZE_UNKNOWN);
        QVERIFY(Protocol::decompress(frame, Codec::Zstd, zeros.size()).ok());
        QVERIFY(!Protocol::decompress(frame, Codec::Zstd, 1000).ok());
    }

    // A frame asking for a 64 MiB window is refused before the decoder
    // allocates it (our encoder never goes past 8 MiB).
    void hugeZstdWindowIsRefused()
    {
        const QByteArray body = sampleText(100'000);
        const QByteArray frame = streamedZstdFrame(body, 26);
        QVERIFY(Protocol::decompress(streamedZstdFrame(body, 23), Codec::Zstd, body.size()).ok());
        const auto decoded = Protocol::decompress(frame, Codec::Zstd, 1024 * 1024);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().code, Core::ErrorCode::Protocol);
    }

    void cutShortIsRefused_data() { capIsExact_data(); }

    void cutShortIsRefused()
    {
        QFETCH(Codec, codec);
        if (codec == Codec::Identity)
            QSKIP("identity cannot tell");
        const QByteArray body = sampleText(200'000);
        const QByteArray packed = Protocol::compress(body, codec);
        for (qsizetype keep :
             {qsizetype(0), qsizetype(1), qsizetype(10), packed.size() / 2, packed.size() - 1}) {
            const auto decoded = Protocol::decompress(packed.first(keep), codec, body.size());
            QVERIFY2(!decoded.ok(), qPrintable(u"kept %1 of %2"_s.arg(keep).arg(packed.size())));
        }
    }

    void trailingBytesAreRefused_data() { capIsExact_data(); }

    void trailingBytesAreRefused()
    {
        QFETCH(Codec, codec);
        if (codec == Codec::Identity)
            QSKIP("identity has no end");
        const QByteArray body = sampleText(5'000);
        const QByteArray packed = Protocol::compress(body, codec);
        QVERIFY(!Protocol::decompress(QByteArray(packed + "x"), codec, body.size() * 2).ok());
        QVERIFY(!Protocol::decompress(QByteArray(packed + packed), codec, body.size() * 2).ok());
    }

    void garbageIsRefused_data() { capIsExact_data(); }

    void garbageIsRefused()
    {
        QFETCH(Codec, codec);
        if (codec == Codec::Identity)
            QSKIP("identity takes anything");
        for (quint32 seed = 1; seed <= 300; ++seed) {
            const QByteArray noise = randomBytes(qsizetype(seed % 97) * 13, seed);
            QVERIFY(!Protocol::decompress(noise, codec, 1 << 20).ok());
        }
        // One flipped byte in the middle of a real stream.
        const QByteArray body = sampleText(50'000);
        QByteArray packed = Protocol::compress(body, codec);
        packed[packed.size() / 2] = char(packed[packed.size() / 2] ^ 0x5a);
        const auto decoded = Protocol::decompress(packed, codec, body.size());
        QVERIFY(!decoded.ok() || *decoded != body);
        QVERIFY(!decoded.ok()); // both formats carry a checksum
    }

    // Pages written into one stream come out whole and in order, however
    // the bytes are cut on the way; each page can be read as soon as its
    // own bytes are there (the writer flushes it).
    void pageStreamRoundTrip()
    {
        QList<QByteArray> pages;
        for (int i = 0; i < 6; ++i)
            pages << sampleText(1 + i * 37'000).replace('\n', ' ');
        Protocol::PageStreamWriter writer({12});
        QByteArray wire;
        Protocol::PageStreamReader early(1024 * 1024);
        for (const QByteArray &page : std::as_const(pages)) {
            const QByteArray bytes = writer.page(page);
            QVERIFY(!bytes.isEmpty());
            const auto now = early.feed(bytes);
            QVERIFY(now.ok());
            QCOMPARE(*now, QList<QByteArray>{page});
            wire += bytes;
        }
        const QByteArray end = writer.finish();
        QVERIFY(!early.complete());
        QVERIFY(early.feed(end).ok());
        QVERIFY(early.complete());
        wire += end;
        // Later pages repeat the earlier ones: the stream is far smaller
        // than the pages compressed one by one.
        qsizetype alone = 0;
        for (const QByteArray &page : std::as_const(pages))
            alone += Protocol::compress(page, Codec::Zstd, 12).size();
        QVERIFY2(wire.size() < alone * 3 / 4, qPrintable(u"%1 %2"_s.arg(wire.size()).arg(alone)));

        QRandomGenerator random(7);
        Protocol::PageStreamReader reader(1024 * 1024);
        QList<QByteArray> read;
        for (qsizetype at = 0; at < wire.size();) {
            const qsizetype n = std::min<qsizetype>(1 + random.bounded(900), wire.size() - at);
            const auto got = reader.feed(QByteArrayView(wire).sliced(at, n));
            QVERIFY(got.ok());
            read += *got;
            at += n;
        }
        QCOMPARE(read, pages);
        QVERIFY(reader.complete());
    }

    // A stream cut short gives the pages it holds whole, and says it is
    // not complete; bytes after its end, garbage, a page over the limit or
    // a window over 16 MiB fail.
    void pageStreamHostileOrCut()
    {
        Protocol::PageStreamWriter writer({3});
        const QByteArray first = writer.page("{\"page\":1}");
        const QByteArray second = writer.page(sampleText(50'000).replace('\n', ' '));
        const QByteArray wire = first + second + writer.finish();

        Protocol::PageStreamReader cut(1024 * 1024);
        const auto got = cut.feed(QByteArrayView(wire).first(first.size() + second.size() / 2));
        QVERIFY(got.ok());
        QCOMPARE(*got, QList<QByteArray>{"{\"page\":1}"});
        QVERIFY(!cut.complete());

        Protocol::PageStreamReader trailing(1024 * 1024);
        QVERIFY(!trailing.feed(QByteArray(wire + "x")).ok());

        Protocol::PageStreamReader garbage(1024 * 1024);
        QVERIFY(!garbage.feed(randomBytes(5'000, 3)).ok());
        QVERIFY(!garbage.feed(wire).ok()); // of no further use

        Protocol::PageStreamReader small(10'000);
        const auto tooLong = small.feed(wire);
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, Core::ErrorCode::Protocol);

        Protocol::PageStreamReader windowed(1024 * 1024);
        QVERIFY(!windowed.feed(streamedZstdFrame(sampleText(100'000), 25)).ok());
    }

    void negotiation_data()
    {
        QTest::addColumn<QByteArray>("accept");
        QTest::addColumn<Codec>("expected");
        QTest::newRow("ours") << QByteArray("zstd, gzip") << Codec::Zstd;
        QTest::newRow("qtnetwork") << QByteArray("zstd, br, gzip, deflate") << Codec::Zstd;
        QTest::newRow("gzip only") << QByteArray("gzip") << Codec::Gzip;
        QTest::newRow("case") << QByteArray("GZip") << Codec::Gzip;
        QTest::newRow("brotli only") << QByteArray("br") << Codec::Identity;
        QTest::newRow("none") << QByteArray() << Codec::Identity;
        QTest::newRow("identity") << QByteArray("identity") << Codec::Identity;
        QTest::newRow("refused zstd") << QByteArray("zstd;q=0, gzip;q=0.5") << Codec::Gzip;
        QTest::newRow("refused all") << QByteArray("zstd; q=0, gzip ;q=0.0") << Codec::Identity;
        QTest::newRow("star") << QByteArray("*") << Codec::Zstd;
        QTest::newRow("zstdx is not zstd") << QByteArray("zstdx, xgzip") << Codec::Identity;
        QTest::newRow("junk") << QByteArray(";;,,q=1,=") << Codec::Identity;
    }

    void negotiation()
    {
        QFETCH(QByteArray, accept);
        QFETCH(Codec, expected);
        QCOMPARE(Protocol::preferredCodec(accept), expected);
    }

    void contentEncodingNames()
    {
        QCOMPARE(Protocol::codecFromName(""), Codec::Identity);
        QCOMPARE(Protocol::codecFromName("identity"), Codec::Identity);
        QCOMPARE(Protocol::codecFromName(" gzip "), Codec::Gzip);
        QCOMPARE(Protocol::codecFromName("ZSTD"), Codec::Zstd);
        QVERIFY(!Protocol::codecFromName("br").has_value());
        QVERIFY(!Protocol::codecFromName("gzip, zstd").has_value());
        for (Codec codec : {Codec::Identity, Codec::Gzip, Codec::Zstd}) {
            const QLatin1StringView name = Protocol::codecName(codec);
            QCOMPARE(Protocol::codecFromName(QByteArrayView(name.data(), name.size())), codec);
        }
    }
};

QTEST_GUILESS_MAIN(TestSyncCompression)
#include "tst_sync_compression.moc"

#include "compression.h"

#include <QList>
#include <QScopeGuard>

#include <zlib.h>
#include <zstd.h>

#include <algorithm>
#include <climits>
#include <memory>

namespace Sync::Protocol {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

// A zstd frame may ask for a window this large at most (16 MiB): levels up
// to ZstdMaxLevel use 8 MiB at most; a hostile frame asking for more is
// refused before the decoder allocates it.
constexpr int ZstdWindowLogMax = 24;
constexpr int ZstdMaxLevel = 19; // the "ultra" levels above use larger windows

// zstd's strongest level with an 8 MiB window: pull pages are made once and
// travel over slow, paid links (see docs/sync-protocol.md, "Encoding").
constexpr int ZstdLevel = 19;

constexpr int GzipLevel = 6;
constexpr int GzipWindowBits = 16 + MAX_WBITS; // 16: the gzip wrapper, not zlib's

struct ZstdCCtxFree {
    void operator()(ZSTD_CCtx *c) const { ZSTD_freeCCtx(c); }
};
struct ZstdDCtxFree {
    void operator()(ZSTD_DCtx *d) const { ZSTD_freeDCtx(d); }
};

Core::Error corrupt(Codec codec, const QString &why)
{
    return makeError(ErrorCode::Protocol,
                     u"the %1 body cannot be decoded: %2"_s.arg(codecName(codec), why));
}

Core::Error tooLarge(qsizetype maxSize)
{
    return makeError(ErrorCode::Protocol, u"the decoded body would exceed %1 bytes"_s.arg(maxSize));
}

// The next output capacity: doubling, at least 64 KiB, never more than one
// byte past the cap (that byte tells "exactly maxSize" from "too large").
// Grows `out` when the decoder has filled it (`produced` bytes): doubling, at
// most to one byte past `maxSize`, so that going over shows. False when it
// is past `maxSize` already.
bool makeRoom(QByteArray &out, qsizetype produced, qsizetype maxSize)
{
    if (produced < out.size())
        return true;
    if (out.size() > maxSize)
        return false;
    out.resize(std::min(std::max<qsizetype>(out.size() * 2, 64 * 1024), maxSize + 1));
    return true;
}

QByteArray compressGzip(QByteArrayView data, int level)
{
    if (quint64(data.size()) > UINT_MAX)
        return {};
    z_stream s{};
    if (deflateInit2(&s, level, Z_DEFLATED, GzipWindowBits, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&s, uLong(data.size()))), Qt::Uninitialized);
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    s.avail_in = uInt(data.size());
    s.next_out = reinterpret_cast<Bytef *>(out.data());
    s.avail_out = uInt(out.size());
    const int rc = deflate(&s, Z_FINISH);
    const qsizetype written = qsizetype(s.total_out);
    deflateEnd(&s);
    if (rc != Z_STREAM_END)
        return {};
    out.truncate(written);
    return out;
}

QByteArray compressZstd(QByteArrayView data, ZstdSettings settings)
{
    const std::unique_ptr<ZSTD_CCtx, ZstdCCtxFree> ctx(ZSTD_createCCtx());
    if (!ctx)
        return {};
    setZstdParameters(ctx.get(), settings);
    QByteArray out(qsizetype(ZSTD_compressBound(std::size_t(data.size()))), Qt::Uninitialized);
    const std::size_t written = ZSTD_compress2(ctx.get(), out.data(), std::size_t(out.size()),
                                               data.data(), std::size_t(data.size()));
    if (ZSTD_isError(written))
        return {};
    out.truncate(qsizetype(written));
    return out;
}

Core::Result<QByteArray> decompressGzip(QByteArrayView data, qsizetype maxSize)
{
    if (quint64(data.size()) > UINT_MAX)
        return tooLarge(maxSize);
    z_stream s{};
    if (inflateInit2(&s, GzipWindowBits) != Z_OK)
        return makeError(ErrorCode::Protocol, u"cannot start the gzip decoder"_s);
    const auto end = qScopeGuard([&s] { inflateEnd(&s); });
    s.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    s.avail_in = uInt(data.size());
    QByteArray out;
    qsizetype produced = 0;
    for (;;) {
        if (!makeRoom(out, produced, maxSize))
            return tooLarge(maxSize);
        s.next_out = reinterpret_cast<Bytef *>(out.data() + produced);
        s.avail_out = uInt(out.size() - produced);
        const int rc = inflate(&s, Z_NO_FLUSH);
        produced = out.size() - qsizetype(s.avail_out);
        if (produced > maxSize)
            return tooLarge(maxSize);
        if (rc == Z_STREAM_END) {
            if (s.avail_in != 0)
                return corrupt(Codec::Gzip, u"bytes after the end of the stream"_s);
            break;
        }
        if (rc == Z_BUF_ERROR && s.avail_in == 0 && s.avail_out != 0)
            return corrupt(Codec::Gzip, u"the stream was cut short"_s);
        if (rc != Z_OK && rc != Z_BUF_ERROR)
            return corrupt(Codec::Gzip, QString::fromLatin1(s.msg ? s.msg : "bad data"));
    }
    out.truncate(produced);
    return out;
}

Core::Result<QByteArray> decompressZstd(QByteArrayView data, qsizetype maxSize)
{
    const unsigned long long declared =
        ZSTD_getFrameContentSize(data.data(), std::size_t(data.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR)
        return corrupt(Codec::Zstd, u"not a zstd frame"_s);
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > quint64(maxSize))
        return tooLarge(maxSize);
    const std::unique_ptr<ZSTD_DCtx, ZstdDCtxFree> ctx(ZSTD_createDCtx());
    if (!ctx)
        return makeError(ErrorCode::Protocol, u"cannot start the zstd decoder"_s);
    ZSTD_DCtx_setParameter(ctx.get(), ZSTD_d_windowLogMax, ZstdWindowLogMax);
    QByteArray out;
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN)
        out.resize(qsizetype(declared) + 1); // + 1: room to notice a frame that lies
    ZSTD_inBuffer in{data.data(), std::size_t(data.size()), 0};
    qsizetype produced = 0;
    for (;;) {
        if (!makeRoom(out, produced, maxSize))
            return tooLarge(maxSize);
        ZSTD_outBuffer buffer{out.data(), std::size_t(out.size()), std::size_t(produced)};
        const std::size_t rc = ZSTD_decompressStream(ctx.get(), &buffer, &in);
        if (ZSTD_isError(rc))
            return corrupt(Codec::Zstd, QString::fromLatin1(ZSTD_getErrorName(rc)));
        produced = qsizetype(buffer.pos);
        if (produced > maxSize)
            return tooLarge(maxSize);
        if (rc == 0) { // a frame ended and is flushed
            if (in.pos != in.size)
                return corrupt(Codec::Zstd, u"bytes after the end of the frame"_s);
            break;
        }
        // Not done, all input read, and room left: the decoder waits for more.
        if (in.pos == in.size && produced < out.size())
            return corrupt(Codec::Zstd, u"the frame was cut short"_s);
    }
    out.truncate(produced);
    return out;
}

// The q value of one Accept-Encoding entry ("gzip;q=0.5"): 1 when absent.
double qualityOf(QByteArrayView entry)
{
    const qsizetype semicolon = entry.indexOf(';');
    if (semicolon < 0)
        return 1.0;
    QByteArrayView params = entry.sliced(semicolon + 1).trimmed();
    if (!params.startsWith("q=") && !params.startsWith("Q="))
        return 1.0;
    bool ok = false;
    const double q = params.sliced(2).trimmed().toByteArray().toDouble(&ok);
    return ok ? q : 0.0;
}

} // namespace

QLatin1StringView codecName(Codec codec)
{
    switch (codec) {
    case Codec::Gzip:
        return "gzip"_L1;
    case Codec::Zstd:
        return "zstd"_L1;
    case Codec::Identity:
        break;
    }
    return "identity"_L1;
}

std::optional<Codec> codecFromName(QByteArrayView contentEncoding)
{
    const QByteArray name = contentEncoding.trimmed().toByteArray().toLower();
    if (name.isEmpty() || name == "identity")
        return Codec::Identity;
    if (name == "gzip" || name == "x-gzip")
        return Codec::Gzip;
    if (name == "zstd")
        return Codec::Zstd;
    return std::nullopt;
}

Codec preferredCodec(QByteArrayView acceptEncoding)
{
    bool zstd = false;
    bool gzip = false;
    for (const QByteArray &raw : acceptEncoding.toByteArray().split(',')) {
        const QByteArrayView entry = QByteArrayView(raw).trimmed();
        const qsizetype semicolon = entry.indexOf(';');
        const QByteArray name =
            (semicolon < 0 ? entry : entry.first(semicolon)).trimmed().toByteArray().toLower();
        const bool allowed = qualityOf(entry) > 0.0;
        if (name == "zstd" || name == "*")
            zstd = zstd || allowed;
        if (name == "gzip" || name == "x-gzip")
            gzip = gzip || allowed;
    }
    if (zstd)
        return Codec::Zstd;
    if (gzip)
        return Codec::Gzip;
    return Codec::Identity;
}

int defaultLevel(Codec codec)
{
    switch (codec) {
    case Codec::Gzip:
        return GzipLevel;
    case Codec::Zstd:
        return ZstdLevel;
    case Codec::Identity:
        break;
    }
    return 0;
}

QByteArray compress(QByteArrayView data, Codec codec, int level)
{
    if (level == 0)
        level = defaultLevel(codec);
    switch (codec) {
    case Codec::Gzip:
        return compressGzip(data, std::clamp(level, 1, 9));
    case Codec::Zstd:
        return compress(data, ZstdSettings{level});
    case Codec::Identity:
        break;
    }
    return data.toByteArray();
}

QByteArray compress(QByteArrayView data, ZstdSettings settings)
{
    return compressZstd(data, settings);
}

void setZstdParameters(ZSTD_CCtx *context, ZstdSettings settings)
{
    ZSTD_CCtx_setParameter(
        context, ZSTD_c_compressionLevel,
        std::clamp(settings.level == 0 ? ZstdLevel : settings.level, 1, ZstdMaxLevel));
    ZSTD_CCtx_setParameter(context, ZSTD_c_minMatch, settings.minMatch);
    ZSTD_CCtx_setParameter(context, ZSTD_c_searchLog, settings.searchLog);
    ZSTD_CCtx_setParameter(context, ZSTD_c_hashLog, settings.hashLog);
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
}

Core::Result<QByteArray> decompress(QByteArrayView data, Codec codec, qsizetype maxSize)
{
    maxSize = std::clamp<qsizetype>(maxSize, 0, MaxDecompressedBodySize);
    switch (codec) {
    case Codec::Gzip:
        return decompressGzip(data, maxSize);
    case Codec::Zstd:
        return decompressZstd(data, maxSize);
    case Codec::Identity:
        break;
    }
    if (data.size() > maxSize)
        return tooLarge(maxSize);
    return data.toByteArray();
}

} // namespace Sync::Protocol

#pragma once

#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>

#include <optional>

struct ZSTD_CCtx_s; // zstd's ZSTD_CCtx

// Compression of HTTP bodies for the wire contract, shared by the client and
// the server: answers (pull pages) and request bodies (push batches) use the
// same codecs under their HTTP content-coding names. Pure functions, safe on
// any thread. See the "Encoding" section of docs/sync-protocol.md for the
// measurements behind the choices.
namespace Sync::Protocol {

enum class Codec {
    Identity, // "identity": as it is
    Gzip,     // "gzip" (RFC 1952), zlib
    Zstd,     // "zstd" (RFC 8878), libzstd; one frame with a content checksum
};

// What the client sends as Accept-Encoding. The client asks explicitly, so
// QtNetwork hands it the body as it came and Compression decodes it (with a
// size cap) rather than QtNetwork (without one).
inline constexpr QLatin1StringView AcceptEncoding{"zstd, gzip"};

// Bodies shorter than this are sent as they are: the Content-Encoding header
// would cost more than compression saves.
inline constexpr qsizetype MinCompressedBodySize = 512;

// The most a decompressed body may grow to, whatever a header says.
inline constexpr qsizetype MaxDecompressedBodySize = qsizetype(512) * 1024 * 1024;

// The content-coding name ("identity", "gzip", "zstd").
QLatin1StringView codecName(Codec codec);

// The codec of a Content-Encoding value: empty or "identity" is Identity;
// anything not listed above (br, deflate, a list of several) is nullopt.
std::optional<Codec> codecFromName(QByteArrayView contentEncoding);

// The best codec an Accept-Encoding value allows: zstd, then gzip, else
// Identity. Codings with q=0 are refused; a bare "*" allows zstd.
Codec preferredCodec(QByteArrayView acceptEncoding);

// The level compress() uses when given none: 6 for gzip, 19 for zstd (its
// strongest level whose window stays at 8 MiB; see the Encoding section for
// the measurements and the cost).
int defaultLevel(Codec codec);

// A zstd level and, where not 0, three of its parameters set otherwise.
struct ZstdSettings {
    int level = 0;     // 0: defaultLevel(Codec::Zstd)
    int minMatch = 0;  // the shortest match looked for (ZSTD_c_minMatch)
    int searchLog = 0; // log2 of the candidates compared (ZSTD_c_searchLog)
    int hashLog = 0;   // log2 of the entries of the match finder's table
};

// `data` encoded with `codec` at `level` (defaultLevel() when 0; zstd levels
// are kept within 1..19, gzip levels within 1..9). Identity returns `data`.
// Empty when the codec failed (only on memory exhaustion): gzip and zstd
// never produce an empty body.
QByteArray compress(QByteArrayView data, Codec codec, int level = 0);
// `data` encoded with zstd by `settings` (its level as above).
QByteArray compress(QByteArrayView data, ZstdSettings settings);
// Gives a zstd compression context `settings` (its level as above) and a
// checksum in each frame: compress() and PageStreamWriter alike.
void setZstdParameters(ZSTD_CCtx_s *context, ZstdSettings settings);

// `data` decoded. Fails with ErrorCode::Protocol when the body is not one
// complete, valid stream of `codec` (cut short, trailing bytes, bad
// checksum) or when its decoded size would exceed `maxSize`: a small hostile
// body cannot make the decoder allocate more than maxSize bytes.
Core::Result<QByteArray> decompress(QByteArrayView data, Codec codec, qsizetype maxSize);

} // namespace Sync::Protocol

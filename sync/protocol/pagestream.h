#pragma once

#include "compression.h"
#include "result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <memory>

// A pull answered as a stream of pages ("Streamed pulls" in
// docs/sync-protocol.md): one zstd frame across all the pages of the answer,
// each page a line of JSON, flushed as soon as it is written so the client
// decodes and applies it while the server prepares the next. One context for
// the whole answer lets each page refer back to the ones before it, which
// pages compressed one by one cannot (the first fill comes within 1.3x of the
// zstd-19 floor at every scale). Shared by the server (the writer) and the
// client (the reader); pure, safe on any thread, one object per answer.
namespace Sync::Protocol {

// The window the writer uses, and the most a reader accepts (16 MiB): a page
// refers back to the 16 MiB before it. (Long-distance matching made the
// streams 1.1-1.3% larger, at the same speed: not used.)
inline constexpr int PageStreamWindowLog = 24;

// One zstd frame written in parts, each part flushed when asked, so that
// the reader decodes what came so far at once: an answer sent while it is
// still being compressed (a stream of pages, or one large body). Its
// compression contexts come from a small pool and go back to it.
class ZstdFrameWriter final
{
public:
    // `zstd`: the level and parameters (as compress() takes them). `size`:
    // the length of all the frame will hold, when known: the frame states
    // it and its window fits it, as compress() does. `windowLog`: otherwise
    // the window (0: the level's).
    explicit ZstdFrameWriter(ZstdSettings zstd, int windowLog = 0, qint64 size = -1);
    ~ZstdFrameWriter();
    ZstdFrameWriter(const ZstdFrameWriter &) = delete;
    ZstdFrameWriter &operator=(const ZstdFrameWriter &) = delete;

    // Appends to `out` what compressing `bytes` gives; with `flush`, all
    // written so far is in it. False on failure (memory exhausted).
    bool write(QByteArrayView bytes, bool flush, QByteArray &out);
    // Appends the end of the frame (its checksum). False on failure.
    bool finish(QByteArray &out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

class PageStreamWriter final
{
public:
    // `zstd`: its level and parameters (as compress() takes them).
    explicit PageStreamWriter(ZstdSettings zstd);

    // The compressed bytes that carry `page` (one line of JSON without a
    // newline) to the reader, whole: what the stream held back before is
    // flushed with it. Empty on failure (memory exhausted).
    QByteArray page(QByteArrayView page);
    // The end of the frame (its checksum). Empty on failure.
    QByteArray finish();

private:
    ZstdFrameWriter m_frame;
};

class PageStreamReader final
{
public:
    // `maxPageSize`: the longest page accepted, decoded.
    explicit PageStreamReader(qsizetype maxPageSize);
    ~PageStreamReader();
    PageStreamReader(const PageStreamReader &) = delete;
    PageStreamReader &operator=(const PageStreamReader &) = delete;

    // Decodes `bytes` as they came; returns the pages they complete (in
    // order, without their newline). Fails (ErrorCode::Protocol) on a
    // corrupt frame, bytes after its end, a window over the limit, or a page
    // longer than maxPageSize; the reader is then of no further use.
    Core::Result<QList<QByteArray>> feed(QByteArrayView bytes);
    // Whether the frame ended, checksum verified, with no partial page left.
    bool complete() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Sync::Protocol

#include "pagestream.h"

#include <zstd.h>

#include <mutex>
#include <utility>
#include <vector>

namespace Sync::Protocol {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

Core::Error streamError(const QString &why)
{
    return makeError(ErrorCode::Protocol, u"the stream of pages cannot be decoded: %1"_s.arg(why));
}

} // namespace

namespace {

// Compression contexts kept between answers. A new context at the stream's
// level clears about 20 MB of match tables, page by page: an eighth of the
// server's CPU for a member's first sync of 2,200 records. A context handed
// back keeps its tables, and zstd starts the next frame past what they hold.
class ContextPool
{
public:
    ~ContextPool()
    {
        for (ZSTD_CCtx *ctx : m_idle)
            ZSTD_freeCCtx(ctx);
    }

    ZSTD_CCtx *take()
    {
        {
            const std::lock_guard lock(m_mutex);
            if (!m_idle.empty()) {
                ZSTD_CCtx *ctx = m_idle.back();
                m_idle.pop_back();
                return ctx;
            }
        }
        return ZSTD_createCCtx();
    }

    void giveBack(ZSTD_CCtx *ctx)
    {
        if (!ctx)
            return;
        ZSTD_CCtx_reset(ctx, ZSTD_reset_session_and_parameters);
        {
            const std::lock_guard lock(m_mutex);
            if (m_idle.size() < MaxIdle) {
                m_idle.push_back(ctx);
                return;
            }
        }
        ZSTD_freeCCtx(ctx);
    }

private:
    // About 36 MB each at level 11 with PageStreamWindowLog: as many as the
    // server compresses large answers at once (MaxStrongCompressions).
    static constexpr std::size_t MaxIdle = 2;
    std::mutex m_mutex;
    std::vector<ZSTD_CCtx *> m_idle;
};

ContextPool &contextPool()
{
    static ContextPool pool;
    return pool;
}

} // namespace

struct ZstdFrameWriter::Impl {
    ZSTD_CCtx *ctx = contextPool().take();
    ~Impl() { contextPool().giveBack(ctx); }

    // Runs the compressor over `in` with `op`, collecting what it writes.
    bool run(ZSTD_inBuffer in, ZSTD_EndDirective op, QByteArray &out)
    {
        if (!ctx)
            return false;
        QByteArray chunk(qsizetype(ZSTD_CStreamOutSize()), Qt::Uninitialized);
        for (;;) {
            ZSTD_outBuffer buffer{chunk.data(), std::size_t(chunk.size()), 0};
            const std::size_t left = ZSTD_compressStream2(ctx, &buffer, &in, op);
            if (ZSTD_isError(left))
                return false;
            out.append(chunk.constData(), qsizetype(buffer.pos));
            // Continuing: all input taken. Flushing or ending: all output out.
            if (in.pos == in.size && (op == ZSTD_e_continue || left == 0))
                return true;
        }
    }
};

ZstdFrameWriter::ZstdFrameWriter(ZstdSettings zstd, int windowLog, qint64 size)
    : d(std::make_unique<Impl>())
{
    if (!d->ctx)
        return;
    setZstdParameters(d->ctx, zstd);
    if (size >= 0)
        ZSTD_CCtx_setPledgedSrcSize(d->ctx, static_cast<unsigned long long>(size));
    else if (windowLog > 0)
        ZSTD_CCtx_setParameter(d->ctx, ZSTD_c_windowLog, windowLog);
}

ZstdFrameWriter::~ZstdFrameWriter() = default;

bool ZstdFrameWriter::write(QByteArrayView bytes, bool flush, QByteArray &out)
{
    return d->run({bytes.data(), std::size_t(bytes.size()), 0},
                  flush ? ZSTD_e_flush : ZSTD_e_continue, out);
}

bool ZstdFrameWriter::finish(QByteArray &out)
{
    return d->run({nullptr, 0, 0}, ZSTD_e_end, out);
}

PageStreamWriter::PageStreamWriter(ZstdSettings zstd)
    : m_frame(zstd, PageStreamWindowLog)
{}

QByteArray PageStreamWriter::page(QByteArrayView page)
{
    QByteArray out;
    if (!m_frame.write(page, false, out) || !m_frame.write("\n", true, out))
        return {};
    return out;
}

QByteArray PageStreamWriter::finish()
{
    QByteArray out;
    if (!m_frame.finish(out))
        return {};
    return out;
}

struct PageStreamReader::Impl {
    ZSTD_DCtx *ctx = ZSTD_createDCtx();
    qsizetype maxPageSize = 0;
    QByteArray line; // the page being decoded
    bool ended = false;
    bool broken = false;
    ~Impl() { ZSTD_freeDCtx(ctx); }
};

PageStreamReader::PageStreamReader(qsizetype maxPageSize)
    : d(std::make_unique<Impl>())
{
    d->maxPageSize = maxPageSize;
    if (d->ctx)
        ZSTD_DCtx_setParameter(d->ctx, ZSTD_d_windowLogMax, PageStreamWindowLog);
}

PageStreamReader::~PageStreamReader() = default;

Core::Result<QList<QByteArray>> PageStreamReader::feed(QByteArrayView bytes)
{
    if (!d->ctx || d->broken)
        return streamError(u"the decoder failed before"_s);
    QList<QByteArray> pages;
    ZSTD_inBuffer in{bytes.data(), std::size_t(bytes.size()), 0};
    QByteArray chunk(qsizetype(ZSTD_DStreamOutSize()), Qt::Uninitialized);
    bool full = false; // the decoder may hold more output than it gave
    while (in.pos < in.size || full) {
        if (d->ended) {
            d->broken = true;
            return streamError(u"bytes after the end of the frame"_s);
        }
        ZSTD_outBuffer out{chunk.data(), std::size_t(chunk.size()), 0};
        const std::size_t rc = ZSTD_decompressStream(d->ctx, &out, &in);
        if (ZSTD_isError(rc)) {
            d->broken = true;
            return streamError(QString::fromLatin1(ZSTD_getErrorName(rc)));
        }
        // Splits what came out into lines; the last, unfinished, is kept.
        QByteArrayView produced(chunk.constData(), qsizetype(out.pos));
        while (!produced.isEmpty()) {
            const qsizetype newline = produced.indexOf('\n');
            const QByteArrayView part = newline < 0 ? produced : produced.first(newline);
            if (d->line.size() + part.size() > d->maxPageSize) {
                d->broken = true;
                return streamError(u"a page is longer than %1 bytes"_s.arg(d->maxPageSize));
            }
            d->line.append(part);
            if (newline < 0)
                break;
            pages.append(std::exchange(d->line, {}));
            produced = produced.sliced(newline + 1);
        }
        full = rc != 0 && out.pos == out.size;
        if (rc == 0)
            d->ended = true; // the frame ended and all of it is out
    }
    return pages;
}

bool PageStreamReader::complete() const
{
    return d->ended && !d->broken && d->line.isEmpty();
}

} // namespace Sync::Protocol

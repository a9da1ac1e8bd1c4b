// leadernet-bench-encoding: measures the wire bytes of a member's changes
// under candidate encodings (JSON or CBOR, row or column layout), page sizes
// and codecs (gzip, brotli, zstd; with a streaming context or a dictionary),
// against floors measured in the same run. Prints a Markdown table on stdout:
// the "Encoding" section of docs/sync-protocol.md is made with it (through
// `bench/run sync --encodings`).
//
//   leadernet-bench-encoding --floor-zstd BYTES --floor-gzip BYTES
//       [--train OTHER.ndjson] INITIAL.ndjson [INCREMENTAL.ndjson
//       --incremental-floor-zstd BYTES --incremental-floor-gzip BYTES]
//
// The .ndjson inputs hold one change per line as the pull sends it (what
// `leadernet-bench-proxy dump` writes). --train: changes of another dataset
// to train a zstd dictionary on (never the measured data itself).
#include "compression.h"
#include "protocol.h"

#include <QCborValue>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QTextStream>

#include <brotli/decode.h>
#include <brotli/encode.h>
#include <zdict.h>
#include <zstd.h>

#include <cstdio>
#include <functional>

using namespace Qt::StringLiterals;
namespace Protocol = Sync::Protocol;

namespace {

QTextStream out(stdout);
QTextStream err(stderr);

struct Change {
    QJsonObject json;
    qsizetype bytes = 0; // its compact JSON size
};

QList<Change> readChanges(const QString &path)
{
    QFile file(path);
    QList<Change> changes;
    if (!file.open(QIODevice::ReadOnly)) {
        err << "cannot read " << path << "\n";
        return changes;
    }
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        changes << Change{QJsonDocument::fromJson(line).object(), line.size()};
    }
    return changes;
}

// A page as the server encodes it today (Protocol::encode of a PullPage).
QByteArray jsonRows(const QList<Change> &changes, bool hasMore)
{
    Protocol::PullPage page;
    page.hasMore = hasMore;
    for (const Change &c : changes) {
        if (c.json.value("deleted"_L1).toBool()) {
            page.tombstones << Core::Tombstone{c.json.value("entity"_L1).toString(),
                                               c.json.value("id"_L1).toString(),
                                               c.json.value("rev"_L1).toInteger()};
            continue;
        }
        const auto record = Protocol::recordFromJson(c.json);
        if (record)
            page.records << *record;
        page.cursor = std::max(page.cursor, c.json.value("rev"_L1).toInteger());
    }
    return Protocol::encode(page);
}

// The same page with one column per field and entity: what a column layout
// of the page would weigh (measured only; the wire uses rows).
QJsonObject columnsObject(const QList<Change> &changes, bool hasMore)
{
    QMap<QString, QJsonObject> entities; // entity -> {id: [], rev: [], ..., fields: {}}
    QMap<QString, QMap<QString, QJsonArray>> fieldColumns;
    QMap<QString, qsizetype> rows;
    QJsonArray deleted;
    qint64 cursor = 0;
    for (const Change &c : changes) {
        cursor = std::max(cursor, c.json.value("rev"_L1).toInteger());
        if (c.json.value("deleted"_L1).toBool()) {
            deleted.append(c.json);
            continue;
        }
        const QString entity = c.json.value("entity"_L1).toString();
        QJsonObject &e = entities[entity];
        for (const auto key : {"id"_L1, "rev"_L1, "updated_at"_L1, "updated_by"_L1}) {
            QJsonArray column = e.value(key).toArray();
            column.append(c.json.value(key));
            e.insert(key, column);
        }
        const qsizetype row = rows[entity]++;
        QMap<QString, QJsonArray> &columns = fieldColumns[entity];
        const QJsonObject fields = c.json.value("fields"_L1).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            QJsonArray &column = columns[it.key()];
            while (column.size() < row)
                column.append(QJsonValue::Null);
            column.append(it.value());
        }
    }
    QJsonObject byEntity;
    for (auto it = entities.begin(); it != entities.end(); ++it) {
        QJsonObject fields;
        for (auto c = fieldColumns[it.key()].begin(); c != fieldColumns[it.key()].end(); ++c) {
            while (c->size() < rows[it.key()])
                c->append(QJsonValue::Null);
            fields.insert(c.key(), *c);
        }
        QJsonObject e = it.value();
        e.insert("fields"_L1, fields);
        byEntity.insert(it.key(), e);
    }
    return {{u"protocol"_s, 1},
            {u"cursor"_s, cursor},
            {u"has_more"_s, hasMore},
            {u"entities"_s, byEntity},
            {u"deleted"_s, deleted}};
}

enum class Layout { JsonRows, CborRows, JsonColumns, CborColumns };

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::JsonRows:
        return u"JSON rows"_s;
    case Layout::CborRows:
        return u"CBOR rows"_s;
    case Layout::JsonColumns:
        return u"JSON columns"_s;
    case Layout::CborColumns:
        return u"CBOR columns"_s;
    }
    return {};
}

QByteArray encodePage(const QList<Change> &changes, bool hasMore, Layout layout)
{
    switch (layout) {
    case Layout::JsonRows:
        return jsonRows(changes, hasMore);
    case Layout::CborRows:
        return QCborValue::fromJsonValue(
                   QJsonDocument::fromJson(jsonRows(changes, hasMore)).object())
            .toCbor();
    case Layout::JsonColumns:
        return QJsonDocument(columnsObject(changes, hasMore)).toJson(QJsonDocument::Compact);
    case Layout::CborColumns:
        return QCborValue::fromJsonValue(columnsObject(changes, hasMore)).toCbor();
    }
    return {};
}

// Pages of at most `records` changes, or of about `bytes` of JSON rows.
struct Paging {
    QString name;
    qsizetype records = 0; // 0: no record bound
    qsizetype bytes = 0;   // 0: no byte bound
};

QList<QByteArray> paginate(const QList<Change> &changes, const Paging &paging, Layout layout)
{
    QList<QByteArray> pages;
    QList<Change> current;
    qsizetype currentBytes = 0;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        current << changes[i];
        currentBytes += changes[i].bytes + 1;
        const bool full = (paging.records > 0 && current.size() >= paging.records) ||
                          (paging.bytes > 0 && currentBytes >= paging.bytes);
        if (full || i + 1 == changes.size()) {
            pages << encodePage(current, i + 1 < changes.size(), layout);
            current.clear();
            currentBytes = 0;
        }
    }
    if (pages.isEmpty())
        pages << encodePage({}, false, layout);
    return pages;
}

struct Candidate {
    QString name;
    // Compresses every page; the total of the compressed sizes.
    std::function<QList<QByteArray>(const QList<QByteArray> &)> compress;
    // Decompresses what compress() made (for the speed column).
    std::function<qsizetype(const QList<QByteArray> &)> decompress;
};

QList<QByteArray> eachPage(const QList<QByteArray> &pages,
                           const std::function<QByteArray(const QByteArray &)> &f)
{
    QList<QByteArray> result;
    for (const QByteArray &p : pages)
        result << f(p);
    return result;
}

Candidate libraryCodec(Protocol::Codec codec, int level)
{
    return Candidate{u"%1-%2"_s.arg(Protocol::codecName(codec)).arg(level),
                     [=](const QList<QByteArray> &pages) {
                         return eachPage(pages, [=](const QByteArray &p) {
                             return Protocol::compress(p, codec, level);
                         });
                     },
                     [=](const QList<QByteArray> &pages) {
                         qsizetype total = 0;
                         for (const QByteArray &p : pages)
                             total +=
                                 Protocol::decompress(p, codec, Protocol::MaxDecompressedBodySize)
                                     .value()
                                     .size();
                         return total;
                     }};
}

Candidate brotliCodec(int quality, int window)
{
    return Candidate{
        u"br-%1 (window 2^%2)"_s.arg(quality).arg(window),
        [=](const QList<QByteArray> &pages) {
            return eachPage(pages, [=](const QByteArray &p) {
                std::size_t size = BrotliEncoderMaxCompressedSize(std::size_t(p.size()));
                QByteArray o(qsizetype(size), Qt::Uninitialized);
                BrotliEncoderCompress(quality, window, BROTLI_MODE_TEXT, std::size_t(p.size()),
                                      reinterpret_cast<const uint8_t *>(p.constData()), &size,
                                      reinterpret_cast<uint8_t *>(o.data()));
                o.truncate(qsizetype(size));
                return o;
            });
        },
        [](const QList<QByteArray> &pages) {
            qsizetype total = 0;
            for (const QByteArray &p : pages) {
                BrotliDecoderState *s = BrotliDecoderCreateInstance(nullptr, nullptr, nullptr);
                QByteArray o(64 << 20, Qt::Uninitialized);
                std::size_t availIn = std::size_t(p.size());
                const uint8_t *in = reinterpret_cast<const uint8_t *>(p.constData());
                std::size_t availOut = std::size_t(o.size());
                uint8_t *next = reinterpret_cast<uint8_t *>(o.data());
                BrotliDecoderDecompressStream(s, &availIn, &in, &availOut, &next, nullptr);
                total += o.size() - qsizetype(availOut);
                BrotliDecoderDestroyInstance(s);
            }
            return total;
        }};
}

// One zstd context kept across the pages of a sync (what a server holding a
// per-client stream would send): each page ends with a flush.
Candidate zstdStreamCodec(int level)
{
    return Candidate{u"zstd-%1, one context across pages"_s.arg(level),
                     [=](const QList<QByteArray> &pages) {
                         ZSTD_CCtx *c = ZSTD_createCCtx();
                         ZSTD_CCtx_setParameter(c, ZSTD_c_compressionLevel, level);
                         QList<QByteArray> result;
                         for (const QByteArray &p : pages) {
                             QByteArray o(qsizetype(ZSTD_compressBound(std::size_t(p.size()))) +
                                              1024,
                                          Qt::Uninitialized);
                             ZSTD_inBuffer in{p.constData(), std::size_t(p.size()), 0};
                             ZSTD_outBuffer ob{o.data(), std::size_t(o.size()), 0};
                             while (ZSTD_compressStream2(c, &ob, &in, ZSTD_e_flush) != 0) {
                             }
                             o.truncate(qsizetype(ob.pos));
                             result << o;
                         }
                         ZSTD_freeCCtx(c);
                         return result;
                     },
                     [](const QList<QByteArray> &pages) {
                         ZSTD_DCtx *d = ZSTD_createDCtx();
                         qsizetype total = 0;
                         QByteArray o(64 << 20, Qt::Uninitialized);
                         for (const QByteArray &p : pages) {
                             ZSTD_inBuffer in{p.constData(), std::size_t(p.size()), 0};
                             while (in.pos < in.size) {
                                 ZSTD_outBuffer ob{o.data(), std::size_t(o.size()), 0};
                                 ZSTD_decompressStream(d, &ob, &in);
                                 total += qsizetype(ob.pos);
                             }
                         }
                         ZSTD_freeDCtx(d);
                         return total;
                     }};
}

Candidate zstdDictCodec(int level, const QByteArray &dict)
{
    return Candidate{
        u"zstd-%1 + %2 KB dictionary"_s.arg(level).arg(dict.size() / 1024),
        [=](const QList<QByteArray> &pages) {
            ZSTD_CCtx *c = ZSTD_createCCtx();
            ZSTD_CDict *cd = ZSTD_createCDict(dict.constData(), std::size_t(dict.size()), level);
            QList<QByteArray> result;
            for (const QByteArray &p : pages) {
                QByteArray o(qsizetype(ZSTD_compressBound(std::size_t(p.size()))),
                             Qt::Uninitialized);
                const std::size_t n = ZSTD_compress_usingCDict(
                    c, o.data(), std::size_t(o.size()), p.constData(), std::size_t(p.size()), cd);
                o.truncate(ZSTD_isError(n) ? 0 : qsizetype(n));
                result << o;
            }
            ZSTD_freeCDict(cd);
            ZSTD_freeCCtx(c);
            return result;
        },
        [=](const QList<QByteArray> &pages) {
            ZSTD_DCtx *d = ZSTD_createDCtx();
            ZSTD_DDict *dd = ZSTD_createDDict(dict.constData(), std::size_t(dict.size()));
            qsizetype total = 0;
            QByteArray o(64 << 20, Qt::Uninitialized);
            for (const QByteArray &p : pages) {
                const std::size_t n = ZSTD_decompress_usingDDict(
                    d, o.data(), std::size_t(o.size()), p.constData(), std::size_t(p.size()), dd);
                total += ZSTD_isError(n) ? 0 : qsizetype(n);
            }
            ZSTD_freeDDict(dd);
            ZSTD_freeDCtx(d);
            return total;
        }};
}

QByteArray trainDictionary(const QString &path)
{
    const QList<Change> changes = readChanges(path);
    QByteArray samples;
    std::vector<std::size_t> sizes;
    for (const Change &c : changes) {
        const QByteArray line = QJsonDocument(c.json).toJson(QJsonDocument::Compact);
        samples += line;
        sizes.push_back(std::size_t(line.size()));
    }
    QByteArray dict(112640, Qt::Uninitialized);
    const std::size_t n =
        ZDICT_trainFromBuffer(dict.data(), std::size_t(dict.size()), samples.constData(),
                              sizes.data(), unsigned(sizes.size()));
    if (ZDICT_isError(n)) {
        err << "dictionary training failed: " << ZDICT_getErrorName(n) << "\n";
        return {};
    }
    dict.truncate(qsizetype(n));
    return dict;
}

struct Floors {
    qsizetype zstd = 0;
    qsizetype gzip = 0;
};

// MB/s: whole numbers, one decimal below 10.
QString speed(double mbPerSecond)
{
    return QString::number(mbPerSecond, 'f', mbPerSecond < 10 ? 1 : 0);
}

void row(const QString &set, Layout layout, const Paging &paging, const Candidate &codec,
         const QList<Change> &changes, const Floors &floors)
{
    const QList<QByteArray> pages = paginate(changes, paging, layout);
    qsizetype raw = 0;
    for (const QByteArray &p : pages)
        raw += p.size();
    QElapsedTimer timer;
    timer.start();
    const QList<QByteArray> packed = codec.compress(pages);
    const double compressSeconds = double(timer.nsecsElapsed()) / 1e9;
    qsizetype bytes = 0;
    for (const QByteArray &p : packed)
        bytes += p.size();
    timer.restart();
    const qsizetype back = codec.decompress(packed);
    const double decompressSeconds = double(timer.nsecsElapsed()) / 1e9;
    if (back != raw)
        err << "warning: " << codec.name << " decoded " << back << " of " << raw << " bytes\n";
    const double mb = double(raw) / 1e6;
    out << "| " << set << " | " << layoutName(layout) << " | " << paging.name << " ("
        << pages.size() << ") | " << codec.name << " | " << bytes << " | "
        << QString::number(double(bytes) / double(floors.zstd), 'f', 2) << " | "
        << QString::number(double(bytes) / double(floors.gzip), 'f', 2) << " | "
        << speed(mb / compressSeconds) << " | " << speed(mb / decompressSeconds) << " |\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption floorZstd(u"floor-zstd"_s, u"zstd -19 floor, bytes"_s, u"N"_s);
    const QCommandLineOption floorGzip(u"floor-gzip"_s, u"gzip -6 floor, bytes"_s, u"N"_s);
    const QCommandLineOption incZstd(u"incremental-floor-zstd"_s, u"bytes"_s, u"N"_s);
    const QCommandLineOption incGzip(u"incremental-floor-gzip"_s, u"bytes"_s, u"N"_s);
    const QCommandLineOption train(u"train"_s, u"changes to train a dictionary on"_s, u"FILE"_s);
    parser.addOptions({floorZstd, floorGzip, incZstd, incGzip, train});
    parser.addPositionalArgument(u"initial"_s, u"the initial sync's changes"_s);
    parser.addPositionalArgument(u"incremental"_s, u"the incremental sync's changes"_s);
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty() || !parser.isSet(floorZstd) || !parser.isSet(floorGzip)) {
        err << parser.helpText();
        return 2;
    }
    const QList<Change> initial = readChanges(files.at(0));
    const Floors floors{parser.value(floorZstd).toLongLong(), parser.value(floorGzip).toLongLong()};
    const QByteArray dict =
        parser.isSet(train) ? trainDictionary(parser.value(train)) : QByteArray();

    out << "| set | layout | pages (count) | codec | bytes | × zstd-19 floor | × gzip-6 floor | "
           "compress MB/s | decompress MB/s |\n"
        << "| --- | --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n";
    const QString set = u"initial"_s;
    const Paging p1000{u"1,000 records"_s, 1000, 0};
    const Paging p5000{u"5,000 records"_s, 5000, 0};
    const Paging p200{u"200 records"_s, 200, 0};
    const Paging b1m{u"1 MiB"_s, 0, 1 << 20};
    const Paging b4m{u"4 MiB"_s, 0, 4 << 20};
    const Paging b8m{u"8 MiB"_s, 0, 8 << 20};
    const Paging whole{u"one page"_s, 0, 0};
    using C = Protocol::Codec;

    // Codecs and levels, on today's pages (JSON rows, 1,000 records).
    for (const Candidate &codec :
         {libraryCodec(C::Gzip, 6), libraryCodec(C::Gzip, 9), brotliCodec(5, 22),
          brotliCodec(9, 22), brotliCodec(11, 24), libraryCodec(C::Zstd, 3),
          libraryCodec(C::Zstd, 6), libraryCodec(C::Zstd, 9), libraryCodec(C::Zstd, 12),
          libraryCodec(C::Zstd, 15), libraryCodec(C::Zstd, 16), libraryCodec(C::Zstd, 19)}) {
        row(set, Layout::JsonRows, p1000, codec, initial, floors);
    }
    // Page sizes and compression context.
    for (const Paging &paging : {p200, p5000, b1m, b4m, b8m, whole}) {
        for (int level : {6, 19})
            row(set, Layout::JsonRows, paging, libraryCodec(C::Zstd, level), initial, floors);
    }
    for (int level : {6, 19})
        row(set, Layout::JsonRows, p1000, zstdStreamCodec(level), initial, floors);
    // Layout: CBOR, and columns instead of rows.
    for (Layout layout : {Layout::CborRows, Layout::JsonColumns, Layout::CborColumns}) {
        for (int level : {6, 19}) {
            row(set, layout, p1000, libraryCodec(C::Zstd, level), initial, floors);
            row(set, layout, b8m, libraryCodec(C::Zstd, level), initial, floors);
        }
    }
    if (!dict.isEmpty()) {
        for (int level : {6, 19})
            row(set, Layout::JsonRows, p1000, zstdDictCodec(level, dict), initial, floors);
    }

    if (files.size() > 1 && parser.isSet(incZstd) && parser.isSet(incGzip)) {
        const QList<Change> incremental = readChanges(files.at(1));
        const Floors incFloors{parser.value(incZstd).toLongLong(),
                               parser.value(incGzip).toLongLong()};
        const QString inc = u"incremental"_s;
        for (const Candidate &codec :
             {libraryCodec(C::Gzip, 6), brotliCodec(11, 22), libraryCodec(C::Zstd, 3),
              libraryCodec(C::Zstd, 9), libraryCodec(C::Zstd, 19)}) {
            row(inc, Layout::JsonRows, p1000, codec, incremental, incFloors);
        }
        row(inc, Layout::CborRows, p1000, libraryCodec(C::Zstd, 19), incremental, incFloors);
        row(inc, Layout::JsonColumns, p1000, libraryCodec(C::Zstd, 19), incremental, incFloors);
        if (!dict.isEmpty())
            row(inc, Layout::JsonRows, p1000, zstdDictCodec(19, dict), incremental, incFloors);
    }
    return 0;
}

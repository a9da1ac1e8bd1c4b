// Runs the fuzz entry point without libFuzzer: every seed input, then a
// fixed number of deterministic mutations of them (bit flips, truncations,
// splices, repeated and inserted bytes), so CTest exercises the decoders
// under the sanitizers on every run, identically each time.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

void run(const QByteArray &input)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
}

QByteArray mutate(QByteArray input, const QList<QByteArray> &seeds, QRandomGenerator &random)
{
    static const QList<QByteArray> tokens{"{",
                                          "}",
                                          "[",
                                          "]",
                                          "\"",
                                          ":",
                                          ",",
                                          "null",
                                          "1e999",
                                          "-0",
                                          "\\u0000",
                                          "\\ud800",
                                          "\xff\xfe",
                                          "true",
                                          "\"rev\"",
                                          "\"fields\"",
                                          "\"deleted\":true",
                                          "\"entity\":\"post\"",
                                          "9223372036854775808"};
    const int edits = 1 + int(random.bounded(4));
    for (int e = 0; e < edits; ++e) {
        const qsizetype at = input.isEmpty() ? 0 : qsizetype(random.bounded(quint32(input.size())));
        switch (random.bounded(6)) {
        case 0:
            if (!input.isEmpty())
                input[at] = char(input[at] ^ char(1 << random.bounded(8)));
            break;
        case 1:
            input.truncate(at);
            break;
        case 2:
            input.insert(at, tokens[random.bounded(quint32(tokens.size()))]);
            break;
        case 3: {
            const QByteArray &other = seeds[random.bounded(quint32(seeds.size()))];
            input =
                input.left(at) + other.mid(qsizetype(random.bounded(quint32(other.size() + 1))));
            break;
        }
        case 4:
            input.insert(
                at, QByteArray(int(random.bounded(64)), at < input.size() ? input.at(at) : '['));
            break;
        default:
            input.remove(at, qsizetype(random.bounded(16)));
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS]\n", argv[0]);
        return 2;
    }
    QList<QByteArray> seeds;
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    for (const QString &name : corpus.entryList(QDir::Files, QDir::Name)) {
        QFile f(corpus.filePath(name));
        if (f.open(QIODevice::ReadOnly))
            seeds << f.readAll();
    }
    if (seeds.isEmpty()) {
        std::fprintf(stderr, "no seed inputs in %s\n", argv[1]);
        return 1;
    }
    const int mutations = argc > 2 ? QByteArray(argv[2]).toInt() : 20000;
    QRandomGenerator random(20261124); // fixed: every run tries the same inputs
    for (const QByteArray &seed : std::as_const(seeds))
        run(seed);
    for (int i = 0; i < mutations; ++i)
        run(mutate(seeds[random.bounded(quint32(seeds.size()))], seeds, random));
    std::printf("%lld seeds and %d mutations decoded without a fault\n",
                static_cast<long long>(seeds.size()), mutations);
    return 0;
}

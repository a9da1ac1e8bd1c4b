// The request and answer decoders, as a libFuzzer entry point: whatever bytes
// arrive, decoding returns a value or an error and never crashes, hangs or
// reads out of bounds. Built two ways: with clang's libFuzzer
// (scripts/fuzz.sh) and, everywhere, with replay_main.cpp, which runs it
// over seed inputs and deterministic mutations of them under ASan/UBSan.
#include "protocol.h"
#include "searchindex.h"

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    namespace P = Sync::Protocol;
    (void)P::decodeLoginRequest(input);
    (void)P::decodeLoginResponse(input);
    (void)P::decodeHealthInfo(input);
    (void)P::decodeErrorBody(input);
    if (auto page = P::decodePullPage(input)) {
        // What decodes must encode and decode to the same records.
        auto again = P::decodePullPage(P::encode(page.value()));
        if (!again || again->records.size() != page->records.size())
            __builtin_trap();
    }
    if (auto push = P::decodePushRequest(input)) {
        auto again = P::decodePushRequest(P::encode(push.value()));
        if (!again || again->operations != push->operations)
            __builtin_trap();
    }
    (void)P::decodePushResponse(input);
    (void)P::decodeDigestResponse(input);
    (void)Core::SearchIndex::toMatchExpression(QString::fromUtf8(input));
    return 0;
}

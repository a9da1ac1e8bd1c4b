// The request and answer decoders, as a libFuzzer entry point: whatever bytes
// arrive, decoding returns a value or an error and never crashes, hangs or
// reads out of bounds. Built two ways: with clang's libFuzzer
// (scripts/fuzz.sh) and, everywhere, with replay_main.cpp, which runs it
// over seed inputs and deterministic mutations of them under ASan/UBSan.
#include "accountservice.h"
#include "authservice.h"
#include "protocol.h"
#include "searchindex.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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
    // The account routes' bodies (register, profile): JSON objects checked
    // field by field by the server.
    const QJsonObject account = QJsonDocument::fromJson(input).object();
    for (const bool registering : {true, false}) {
        if (auto fields = Server::AccountService::checkProfileFields(account, registering)) {
            // What passes is clean: checking it again changes nothing.
            auto again = Server::AccountService::checkProfileFields(fields.value(), registering);
            if (!again || again.value() != fields.value())
                __builtin_trap();
        }
    }
    (void)Server::AccountService::emailField(account.value(QLatin1StringView("email")));
    (void)Server::AuthService::isValidUsername(
        account.value(QLatin1StringView("username")).toString());
    return 0;
}

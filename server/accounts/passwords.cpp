#include "passwords.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

#include <sodium.h>

#include <mutex>
#include <semaphore>

Q_LOGGING_CATEGORY(lcServerPasswords, "leadernet.server.passwords")

namespace Server::Passwords {

using namespace Qt::StringLiterals;

namespace {

// Each Argon2id check takes MEMLIMIT_INTERACTIVE (64 MiB): at most two at once.
std::counting_semaphore<2> s_hashSlots(2);

struct SlotGuard {
    SlotGuard() { s_hashSlots.acquire(); }
    ~SlotGuard() { s_hashSlots.release(); }
    SlotGuard(const SlotGuard &) = delete;
    SlotGuard &operator=(const SlotGuard &) = delete;
};

bool ensureSodium()
{
    static const bool ok = [] {
        if (sodium_init() < 0) {
            qCCritical(lcServerPasswords) << "libsodium cannot be initialised";
            return false;
        }
        return true;
    }();
    return ok;
}

} // namespace

Core::Result<QString> hash(const QString &password)
{
    if (!ensureSodium())
        return Core::makeError(Core::ErrorCode::Invalid, u"libsodium is not available"_s);
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES] = {};
    SlotGuard slot;
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0) {
        return Core::makeError(Core::ErrorCode::Invalid, u"out of memory while hashing"_s);
    }
    return QString::fromLatin1(out);
}

bool verify(const QString &password, const QString &storedHash)
{
    if (!ensureSodium())
        return false;
    const QByteArray utf8 = password.toUtf8();
    const QByteArray stored = storedHash.toLatin1();
    if (stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    SlotGuard slot;
    return crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
           0;
}

void verifyDummy(const QString &password)
{
    static const QString dummy = [] {
        const Core::Result<QString> h = hash(newToken());
        return h ? h.value() : QString();
    }();
    if (!dummy.isEmpty())
        (void)verify(password, dummy);
}

QString newToken()
{
    ensureSodium();
    QByteArray bytes(32, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString tokenHash(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString readablePassword()
{
    ensureSodium();
    static constexpr char alphabet[] = "abcdefghijkmnpqrstuvwxyz23456789"; // no l, o, 0, 1
    constexpr quint32 size = sizeof(alphabet) - 1;
    QString out;
    for (int group = 0; group < 4; ++group) {
        if (group > 0)
            out += u'-';
        for (int i = 0; i < 4; ++i)
            out += QLatin1Char(alphabet[randombytes_uniform(size)]);
    }
    return out;
}

} // namespace Server::Passwords

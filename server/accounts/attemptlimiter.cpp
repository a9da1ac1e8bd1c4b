#include "attemptlimiter.h"

#include <QDateTime>
#include <QMutexLocker>

#include <algorithm>

namespace Server {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MemoryMs = 15 * 60 * 1000;
constexpr qint64 MaxBlockMs = 15 * 60 * 1000;
constexpr qsizetype ForgetOldFrom = 100000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

void AttemptLimiter::note(const QString &key, int free)
{
    const QMutexLocker lock(&m_mutex);
    const qint64 now = nowMs();
    Attempts &a = m_attempts[key];
    if (now - a.lastMs > MemoryMs)
        a.count = 0;
    ++a.count;
    a.lastMs = now;
    if (a.count > free) {
        const int doublings = std::min(a.count - free - 1, 20);
        a.blockedUntilMs = now + std::min<qint64>(MaxBlockMs, qint64(1000) << doublings);
    }
    // Forget old entries now and then so the table cannot grow without end.
    if (m_attempts.size() > ForgetOldFrom) {
        for (auto it = m_attempts.begin(); it != m_attempts.end();) {
            if (now - it->lastMs > MemoryMs && it->blockedUntilMs < now)
                it = m_attempts.erase(it);
            else
                ++it;
        }
    }
}

int AttemptLimiter::retryAfterSeconds(const QString &key)
{
    qint64 until = 0;
    {
        const QMutexLocker lock(&m_mutex);
        const auto it = m_attempts.constFind(key);
        if (it != m_attempts.cend())
            until = it->blockedUntilMs;
    }
    const qint64 wait = until - nowMs();
    return wait > 0 ? int((wait + 999) / 1000) : 0;
}

void AttemptLimiter::forget(const QString &key)
{
    const QMutexLocker lock(&m_mutex);
    m_attempts.remove(key);
}

bool AttemptLimiter::isLoopback(const QString &address)
{
    return address.startsWith(u"127."_s) || address == u"::1"_s ||
           address.startsWith(u"::ffff:127."_s);
}

} // namespace Server

#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace Server {

// Slows repeated attempts (failed sign-ins, registrations, reset requests):
// each key ("user:NAME", "addr:IP", …) has a number of free attempts within a
// quarter of an hour; past that each further attempt doubles the wait (1 s,
// 2 s, … up to 15 minutes) before the key may try again. The counts live in
// this process. Thread-safe.
class AttemptLimiter final
{
public:
    AttemptLimiter() = default;
    Q_DISABLE_COPY_MOVE(AttemptLimiter)

    // Counts one attempt under `key`, which has `free` attempts in a quarter hour.
    void note(const QString &key, int free);
    // Seconds to wait before `key` may try again (0: none).
    int retryAfterSeconds(const QString &key);
    // Forgets the attempts of `key` (a success clears them).
    void forget(const QString &key);

    // Loopback is the server's own machine, or a reverse proxy in front of it
    // that sends every client's requests: not one address to slow down.
    static bool isLoopback(const QString &address);

private:
    struct Attempts {
        int count = 0;
        qint64 lastMs = 0;
        qint64 blockedUntilMs = 0;
    };

    QMutex m_mutex;
    QHash<QString, Attempts> m_attempts;
};

} // namespace Server

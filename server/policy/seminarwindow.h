#pragma once

#include "authorization.h"
#include "result.h"

#include <QDateTime>
#include <QString>

namespace Server::SeminarWindow {

// When people may write in a seminar, decided by the server, never by the
// client. A seminar is open from the start of its first day to the end of
// its last (UTC). A post or thread that reaches the server after the close
// is still taken when it was written while the seminar was open: the
// client's write time is read on the server's clock, through the offset
// between the request's `sent_at` and the server's time, and is believed
// only when it is plausible:
// - the client's clock is within MaxClockOffset of the server's;
// - written <= first push attempt <= sent (each by the client's clock);
// - written no longer than MaxLateArrival before it arrived.
inline constexpr qint64 MaxClockOffsetSeconds = 24 * 3600;
inline constexpr qint64 MaxLateArrivalDays = 90;

// The moment `seminar` closes: the end of its `ends_on` day, UTC. Invalid
// when the seminar has no end date.
QDateTime closesAt(const Core::Record &seminar);

// The client's times for one operation, as pushed.
struct ClientTimes {
    QString writtenAt;   // the operation's `at`
    QString firstSentAt; // the operation's `first_sent`
    QString sentAt;      // the request's `sent_at`
};

// May something written at `times` go into `seminar`, arriving at `now`?
// Forbidden with the reason when not.
Core::Status mayWrite(const Core::Record &seminar, const ClientTimes &times, const QDateTime &now);

// May a post written at `times` go into `thread`, arriving at `now`? A
// thread a facilitator closed (closed_at) takes, by the same rule, the
// posts written before it was closed.
Core::Status mayPostIn(const Core::Record &thread, const ClientTimes &times, const QDateTime &now);

// The seminar a thread or post belongs to (through its thread), or nothing
// for other entities.
Core::Result<std::optional<Core::Record>> seminarOf(const Core::Record &record,
                                                    const Authorization::RecordLookup &lookup);

} // namespace Server::SeminarWindow

#include "seminarwindow.h"

#include "entityschema.h"

namespace Server::SeminarWindow {

using namespace Qt::StringLiterals;
using Core::ErrorCode;
using Core::makeError;

namespace {

QDateTime parse(const QString &iso)
{
    QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(iso, Qt::ISODate);
    return t.toUTC();
}

Core::Error closed(const QDateTime &closes)
{
    return makeError(ErrorCode::Closed, u"the seminar closed on %1, before this was written"_s.arg(
                                            closes.toString(Qt::ISODate)));
}

} // namespace

QDateTime closesAt(const Core::Record &seminar)
{
    const QDate last = QDate::fromString(seminar.text(u"ends_on"), Qt::ISODate);
    if (!last.isValid())
        return {};
    return QDateTime(last.addDays(1), QTime(0, 0), Qt::UTC);
}

namespace {

// Was something written at `times`, arriving at `now`, written before
// `closes`? (See the header for when the client's time is believed.)
bool writtenBefore(const QDateTime &closes, const ClientTimes &times, const QDateTime &now)
{
    if (now < closes)
        return true;
    const QDateTime written = parse(times.writtenAt);
    const QDateTime sent = parse(times.sentAt);
    const QDateTime firstSent = times.firstSentAt.isEmpty() ? sent : parse(times.firstSentAt);
    if (!written.isValid() || !sent.isValid() || !firstSent.isValid())
        return false;
    const qint64 offset = sent.secsTo(now); // how far the client's clock is behind
    const qint64 tolerance = 5;             // clocks tick while the request travels
    if (std::abs(offset) > MaxClockOffsetSeconds || written > firstSent.addSecs(tolerance) ||
        firstSent > sent.addSecs(tolerance)) {
        return false;
    }
    const QDateTime writtenHere = written.addSecs(offset);
    return writtenHere < closes && writtenHere.daysTo(now) <= MaxLateArrivalDays;
}

} // namespace

Core::Status mayWrite(const Core::Record &seminar, const ClientTimes &times, const QDateTime &now)
{
    const QDateTime closes = closesAt(seminar);
    if (!closes.isValid() || writtenBefore(closes, times, now))
        return {};
    return closed(closes);
}

Core::Status mayPostIn(const Core::Record &thread, const ClientTimes &times, const QDateTime &now)
{
    const QDateTime closes = parse(thread.text(u"closed_at"));
    if (!closes.isValid() || writtenBefore(closes, times, now))
        return {};
    return makeError(ErrorCode::Closed, u"a facilitator closed this thread on %1, before this "
                                        u"was written"_s.arg(closes.toString(Qt::ISODate)));
}

Core::Result<std::optional<Core::Record>> seminarOf(const Core::Record &record,
                                                    const Authorization::RecordLookup &lookup)
{
    QString seminarId;
    if (record.entity == Core::Entity::Thread) {
        seminarId = record.text(u"seminar_id");
    } else if (record.entity == Core::Entity::Post) {
        const auto thread = lookup(Core::Entity::Thread, record.text(u"thread_id"));
        if (!thread)
            return thread.error();
        if (!thread->has_value())
            return std::optional<Core::Record>();
        seminarId = (*thread)->text(u"seminar_id");
    } else {
        return std::optional<Core::Record>();
    }
    return lookup(Core::Entity::Seminar, seminarId);
}

} // namespace Server::SeminarWindow

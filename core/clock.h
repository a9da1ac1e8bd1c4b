#pragma once

#include <QDateTime>
#include <QObject>

class QTimer;

namespace Core {

// Where "now" comes from. The app uses Clock::system(); tests give a
// ManualClock and wind it, so autosave delays, countdowns and late
// arrivals are tested without sleeping.
//
// Thread: now() may be called from any thread; ManualClock is set and wound
// on the thread that owns it.
class Clock : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Clock)

public:
    explicit Clock(QObject *parent = nullptr)
        : QObject(parent)
    {}
    ~Clock() override;

    virtual QDateTime now() const = 0; // UTC
    QString nowIso() const;            // ISO 8601 with milliseconds and Z
    // True for a clock that only moves when wound (ManualClock).
    virtual bool isManual() const { return false; }

    // The wall clock (lives as long as the process).
    static Clock *system();

Q_SIGNALS:
    // A manual clock moved forward: timers of this clock check their deadline.
    void advanced();
};

// A clock that stands still until it is set or wound.
class ManualClock final : public Clock
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ManualClock)

public:
    explicit ManualClock(const QDateTime &start = QDateTime::currentDateTimeUtc(),
                         QObject *parent = nullptr);

    QDateTime now() const override { return m_now; }
    bool isManual() const override { return true; }
    void set(const QDateTime &now);
    void advance(qint64 milliseconds);

private:
    QDateTime m_now;
};

// A single-shot timer measured on a Clock: a QTimer on the system clock,
// a deadline checked each time a ManualClock is wound. Emits timeout() once
// per start().
class ClockTimer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClockTimer)

public:
    explicit ClockTimer(Clock *clock, QObject *parent = nullptr);

    void start(int milliseconds); // restarts when running
    void stop();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void timeout();

private:
    void onAdvanced();
    void fire();

    Clock *m_clock;
    QTimer *m_timer = nullptr; // system clock only
    QDateTime m_deadline;      // manual clock only
    bool m_active = false;
};

} // namespace Core

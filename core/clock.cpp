#include "clock.h"

#include <QTimer>

namespace Core {

namespace {

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

} // namespace

Clock::~Clock() = default;

QString Clock::nowIso() const
{
    return now().toUTC().toString(Qt::ISODateWithMs);
}

Clock *Clock::system()
{
    static SystemClock clock;
    return &clock;
}

ManualClock::ManualClock(const QDateTime &start, QObject *parent)
    : Clock(parent)
    , m_now(start.toUTC())
{}

void ManualClock::set(const QDateTime &now)
{
    m_now = now.toUTC();
    Q_EMIT advanced();
}

void ManualClock::advance(qint64 milliseconds)
{
    m_now = m_now.addMSecs(milliseconds);
    Q_EMIT advanced();
}

ClockTimer::ClockTimer(Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    if (m_clock->isManual()) {
        connect(m_clock, &Clock::advanced, this, &ClockTimer::onAdvanced);
    } else {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &ClockTimer::fire);
    }
}

void ClockTimer::start(int milliseconds)
{
    m_active = true;
    if (m_timer)
        m_timer->start(milliseconds);
    else
        m_deadline = m_clock->now().addMSecs(milliseconds);
}

void ClockTimer::stop()
{
    m_active = false;
    if (m_timer)
        m_timer->stop();
}

void ClockTimer::onAdvanced()
{
    if (m_active && m_clock->now() >= m_deadline)
        fire();
}

void ClockTimer::fire()
{
    if (!m_active)
        return;
    m_active = false;
    Q_EMIT timeout();
}

} // namespace Core

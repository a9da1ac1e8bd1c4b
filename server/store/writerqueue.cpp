#include "writerqueue.h"

#include <algorithm>

namespace Server {

void WriterQueue::lock()
{
    [[maybe_unused]] const bool locked = lockUntil(std::chrono::steady_clock::time_point::max());
    Q_ASSERT(locked);
}

bool WriterQueue::lockUntil(std::chrono::steady_clock::time_point deadline)
{
    std::unique_lock guard(m_mutex);
    const std::thread::id me = std::this_thread::get_id();
    if (m_holder == me) {
        ++m_depth;
        return true;
    }
    if (m_holder == std::thread::id() && m_waiting.empty()) {
        m_holder = me;
        m_depth = 1;
        return true;
    }
    Waiter waiter;
    waiter.thread = me;
    m_waiting.push_back(&waiter);
    const auto myTurn = [&waiter] {
        return waiter.turn;
    };
    if (deadline == std::chrono::steady_clock::time_point::max())
        waiter.wake.wait(guard, myTurn);
    else if (!waiter.wake.wait_until(guard, deadline, myTurn))
        m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), &waiter));
    // unlock() made this thread the holder before waking it.
    return waiter.turn;
}

void WriterQueue::unlock()
{
    const std::lock_guard guard(m_mutex);
    Q_ASSERT(m_holder == std::this_thread::get_id());
    if (--m_depth > 0)
        return;
    if (m_waiting.empty()) {
        m_holder = std::thread::id();
        return;
    }
    Waiter *next = m_waiting.front();
    m_waiting.pop_front();
    m_holder = next->thread;
    m_depth = 1;
    next->turn = true;
    next->wake.notify_one();
}

qsizetype WriterQueue::waiting()
{
    const std::lock_guard guard(m_mutex);
    return qsizetype(m_waiting.size());
}

} // namespace Server

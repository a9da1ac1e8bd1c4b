#include "writerqueue.h"

namespace Server {

void WriterQueue::lock()
{
    std::unique_lock guard(m_mutex);
    const std::thread::id me = std::this_thread::get_id();
    if (m_holder == me) {
        ++m_depth;
        return;
    }
    if (m_holder == std::thread::id() && m_waiting.empty()) {
        m_holder = me;
        m_depth = 1;
        return;
    }
    Waiter waiter;
    waiter.thread = me;
    m_waiting.push_back(&waiter);
    waiter.wake.wait(guard, [&waiter] { return waiter.turn; });
    // unlock() made this thread the holder before waking it.
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

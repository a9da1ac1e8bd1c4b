#pragma once

#include <QtGlobal>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Server {

// The writers of one process, served in the order they came: lock() hands
// the turn straight to the longest waiting thread when its holder unlocks, so
// no thread can overtake the queue (a plain mutex lets a thread that just
// unlocked take it again, and under load a few unlucky writers wait far
// longer than the rest). A thread that holds the turn may lock again; it
// must unlock as often.
class WriterQueue final
{
public:
    WriterQueue() = default;
    Q_DISABLE_COPY_MOVE(WriterQueue)

    void lock();
    void unlock();
    // Threads waiting for their turn (for tests).
    qsizetype waiting();

private:
    struct Waiter {
        std::thread::id thread;
        std::condition_variable wake;
        bool turn = false;
    };

    std::mutex m_mutex;
    std::deque<Waiter *> m_waiting;
    std::thread::id m_holder; // default: nobody
    int m_depth = 0;
};

} // namespace Server

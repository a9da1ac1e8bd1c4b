#pragma once

#include <QtGlobal>

#include <chrono>
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
// must unlock as often. A writer waits at most until its deadline: then it
// leaves the queue without the turn (the store is busy; try again later).
class WriterQueue final
{
public:
    WriterQueue() = default;
    Q_DISABLE_COPY_MOVE(WriterQueue)

    void lock();
    // False when the turn did not come by `deadline`.
    [[nodiscard]] bool lockUntil(std::chrono::steady_clock::time_point deadline);
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

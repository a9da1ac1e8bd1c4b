#pragma once

// Work in the background yields to the window's thread: on two cores, a
// first sync's decoding and applying, or a desk password being derived,
// otherwise took the CPU from the thread that paints and answers the person
// (bench/run replica-scale, pull_ui_longest_stall_ms).
namespace Core {

// Lowers the calling thread's priority to that of background work (Linux: a
// thread has a nice value of its own, here 5; nothing elsewhere). For threads
// that do only such work: an ordinary process cannot raise it again.
void runInBackground();

} // namespace Core

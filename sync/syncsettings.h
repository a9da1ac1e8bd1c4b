#pragma once

#include "result.h"

#include <QTime>

namespace Core {
class SyncStateRepository;
}

namespace Sync {

// When this computer may sync on its own, and how much data it may use.
// Kept in the replica's sync state (this computer only). The person can
// always sync on demand; the scheduler asks before a large download on a
// metered connection or past the budget.
struct SyncSettings {
    enum class Mode {
        Automatic,     // on start, when the network returns, periodically, after changes
        UnmeteredOnly, // the same, but never on a metered connection
        Manual,        // only when the person asks
    };

    Mode mode = Mode::Automatic;
    // For systems that cannot tell (or a phone's hotspot that looks like
    // Wi-Fi): count every connection as metered.
    bool treatAsMetered = false;
    qint64 dailyBudget = 0;   // bytes a day; 0: no budget
    qint64 monthlyBudget = 0; // bytes a calendar month; 0: no budget
    // Large downloads wait for this time of day (often cheaper data), when set.
    bool useWindow = false;
    QTime windowStart{22, 0};
    QTime windowEnd{6, 0};
    // Attached files: fetched ahead on unmetered connections (else only
    // when opened), and kept on this computer up to this many bytes.
    bool prefetch = true;
    qint64 storageQuota = 1024LL * 1024 * 1024;

    // `time` is in the window (which may run past midnight); always true
    // when no window is set.
    bool inWindow(const QTime &time) const;

    static SyncSettings load(const Core::SyncStateRepository &state);
    Core::Status save(Core::SyncStateRepository &state) const;

    friend bool operator==(const SyncSettings &, const SyncSettings &) = default;
};

} // namespace Sync

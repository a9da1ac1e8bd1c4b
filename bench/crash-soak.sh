#!/usr/bin/env bash
# `bench/run crash-soak [--kills N] [--seed S]`: the crash test's soak mode.
# tst_sync_crash (ctest runs it with 24 kills) SIGKILLs the real
# leadernet-sync at random moments of push and pull, N times (200 unless
# told), restarts it, and at the end checks that every local edit is on the
# server exactly once, the outbox is empty and `leadernet-sync verify`
# passes. The seed is random unless given, and printed: replay a failure
# with `bench/run crash-soak --seed S --kills N`.
# Figures: the kills survived, edits made, where the kills landed, the wall
# time, and whether every check held (target: all of them). Builds what it
# needs in build-bench (Release); progress and the test's log go to stderr.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build-bench"

kills=200
seed=$(( $(od -An -N4 -tu4 /dev/urandom | tr -d ' ') % 2000000000 + 1 ))
while [ $# -gt 0 ]; do
    case "$1" in
    --kills) kills="${2:?--kills needs a number}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a number}"; shift 2 ;;
    *)
        echo "usage: bench/run crash-soak [--kills N] [--seed S]" >&2
        exit 2
        ;;
    esac
done
for n in "$kills" "$seed"; do
    if [[ ! "$n" =~ ^[0-9]+$ ]] || [ "$n" -eq 0 ]; then
        echo "bench/crash-soak.sh: --kills and --seed want whole numbers > 0" >&2
        exit 2
    fi
done
if [ ! -f "$build/build.ninja" ]; then
    echo "configuring $build (Release)" >&2
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLEADERNET_DESKTOP=OFF >&2
fi
cmake --build "$build" -j2 --target tst_sync_crash leadernet-sync leadernet-server >&2
binary=$(find "$build/tests" -name tst_sync_crash -type f -perm -u+x | head -n 1)
[ -n "$binary" ] || { echo "bench/crash-soak.sh: tst_sync_crash was not built" >&2; exit 1; }

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
echo "soak: $kills kills, seed $seed" >&2
start=$(date +%s.%N)
status=0
# -maxwarnings 0: QTest stops printing after 2,000 messages, and the summary
# line read below comes last (a long soak logs more than that).
LEADERNET_CRASH_KILLS="$kills" LEADERNET_CRASH_SEED="$seed" QT_QPA_PLATFORM=offscreen \
    "$binary" -maxwarnings 0 >"$log" 2>&1 || status=$?
end=$(date +%s.%N)
grep -E "crash seed|kills,|FAIL|Totals" "$log" >&2 || true

# "seed S : K kills, F runs finished first, E edits; kills landed: QMap(...)"
summary=$(grep -E ' kills, [0-9]+ runs finished first' "$log" | tail -n 1 || true)
done_kills=$(sed -n 's/.* \([0-9][0-9]*\) kills, .*/\1/p' <<<"$summary")
edits=$(sed -n 's/.* \([0-9][0-9]*\) edits;.*/\1/p' <<<"$summary")
landed=$(sed -n 's/.*kills landed: *//p' <<<"$summary")
awk -v k="${done_kills:-0}" -v want="$kills" -v e="${edits:-0}" -v s="$start" -v t="$end" \
    -v ok="$status" -v seed="$seed" -v where="${landed:-none}" 'BEGIN {
    printf "BENCH crash_soak_seed %d seed target none info\n", seed
    printf "BENCH crash_soak_kills %d kills target >=%d %s\n", k, want, (k >= want ? "ok" : "miss")
    printf "BENCH crash_soak_edits %d edits target none info\n", e
    printf "BENCH crash_soak_seconds %.1f s target none info\n", t - s
    printf "BENCH crash_soak_checks_failed %d suites target =0 %s\n", (ok == 0 ? 0 : 1), (ok == 0 ? "ok" : "miss")
    printf "kills landed: %s\n", where > "/dev/stderr"
}'

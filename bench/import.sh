#!/usr/bin/env bash
# `leadernet-server import` of the scale-1.0 community (about 43,600 records,
# 44.6 MB) into a fresh SQLite store; the target is under a minute.
# Builds leadernet-server in build-bench (Release) when needed. Prints one
# BENCH line per figure on stdout; progress goes to stderr.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
generator="${LEADERNET_GENERATOR:-$root/../shared/bench/gen_dataset.py}"
build="$root/build-bench"
server="$build/server/leadernet-server"

if [ ! -f "$generator" ]; then
    echo "bench/import.sh: no generator at $generator" >&2
    exit 1
fi
if [ ! -f "$build/build.ninja" ]; then
    echo "configuring $build (Release)" >&2
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLEADERNET_DESKTOP=OFF >&2
fi
cmake --build "$build" -j2 --target leadernet-server >&2

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "generating the scale-1.0 community" >&2
python3 "$generator" --scale 1.0 --seed 42 --out "$tmp/community.ndjson" >&2
records=$(grep -c . "$tmp/community.ndjson")

echo "importing $records records" >&2
start=$(date +%s.%N)
"$server" import --data "$tmp/store" "$tmp/community.ndjson" >&2
end=$(date +%s.%N)

awk -v s="$start" -v e="$end" -v n="$records" 'BEGIN {
    t = e - s
    rps = n / t
    printf "BENCH import_seconds %.2f s target <60 %s\n", t, (t < 60 ? "ok" : "miss")
    printf "BENCH import_records_per_second %.0f records/s target >727 %s\n", rps, (rps > 727 ? "ok" : "miss")
}'

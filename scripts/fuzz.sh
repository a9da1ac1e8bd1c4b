#!/usr/bin/env bash
# Fuzzes the protocol decoders with libFuzzer (clang, ASan + UBSan).
# Usage: bash scripts/fuzz.sh [SECONDS]   (default 60)
# New inputs that reach new code are kept in build-fuzz/corpus; a crash
# leaves its input as build-fuzz/crash-* for a regression seed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}
bash "$root/scripts/install-deps.sh"
if ! command -v clang++ >/dev/null || ! ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1; then
    echo "fuzz.sh: installing clang and its libFuzzer runtime"
    apt-get install -y -q --no-install-recommends clang libclang-rt-14-dev >/dev/null
fi
build="$root/build-fuzz"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DLEADERNET_FUZZ=ON -DLEADERNET_SANITIZE=ON -DLEADERNET_DESKTOP=OFF >/dev/null
cmake --build "$build" -j2 --target fuzz_decoders
mkdir -p "$build/corpus"
cp -n "$root"/tests/hostile/corpus/* "$build/corpus/"
cd "$build"
ASAN_OPTIONS=detect_leaks=0 ./tests/hostile/fuzz_decoders -max_total_time="$seconds" \
    -max_len=65536 -print_final_stats=1 corpus

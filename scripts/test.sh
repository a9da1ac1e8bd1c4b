#!/usr/bin/env bash
# The test command: installs what is missing, builds with warnings as errors
# and AddressSanitizer + UndefinedBehaviorSanitizer, starts a throwaway
# PostgreSQL cluster, runs every CTest suite (UI suites offscreen), stops
# PostgreSQL, and exits non-zero on any failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${LEADERNET_TEST_BUILD_DIR:-$root/build-test}

bash "$root/scripts/install-deps.sh"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DLEADERNET_WERROR=ON -DLEADERNET_SANITIZE=ON
cmake --build "$build" -j2

# shellcheck source=scripts/postgres.sh
source "$root/scripts/postgres.sh"
trap pg_stop EXIT
pg_start

export QT_QPA_PLATFORM=offscreen
export LEADERNET_REQUIRE_POSTGRES=1 # the _postgres suites fail, not skip, without the cluster
ctest --test-dir "$build" --output-on-failure -j2 "$@"

#!/usr/bin/env bash
# `bench/run sync [--scale S] [--seed N] [--encodings FILE]`: the sync
# benchmark. On the community of ../shared/bench/gen_dataset.py (scale 1.0,
# seed 42 unless told), imported with `leadernet-server import`, two people
# sync with `leadernet-sync` through a counting proxy (bytes both ways,
# headers included): a team member who writes in seminars and the team's
# coach (a facilitator). For each: the initial sync, the incremental sync
# after the generator's `--mutate` day of activity, and a sync with nothing
# to do. Then an admin's first fill of the whole community
# (sync.admin.initial.*: within 5 s, at 20,000 records/s or more, within 1.3x
# the zstd floor). Its records are the changes the replica receives (81,117
# at scale 1.0, the generator's lines and what the import derives from them);
# the issue reads the same target over the generator's lines (43,590 at
# scale 1.0, "20,000 records/s means 2.2 s"), given as
# sync.admin.initial.generator_lines_per_second.
#
# Floors, measured in the same run: the zstd -19 (and gzip -6) size of the
# raw NDJSON records the person may see, i.e. the generator's lines whose
# record the server serves them (pulled uncompressed, straight from the
# server). Targets (from the issue): initial sync within 1.3x the zstd floor
# in bytes, incremental within 1.6x, nothing to do in one request under
# 1 KB, the initial sync applied at over 20,000 records/s. Records/s is given
# twice: over the sync's wall time, and over the client's own CPU time (user
# and system, all its threads), the figure least moved by other load. (The
# pages come as one stream, applied while the next arrive: the time the
# client waited for answers, measured at the proxy up to an answer's last
# byte, overlaps its own and is given for information only.)
#
# Every figure is a line `BENCH <name> <value> <unit> target <op><value>
# <ok|miss>` on stdout; figures the issue gives no target for say `target
# none info`. Progress goes to stderr. --encodings FILE also writes the
# encoding table of docs/sync-protocol.md ("Encoding") to FILE (slow).
#
# leadernet-sync keeps its token in the keychain, as on a desktop: the script
# runs itself inside a private D-Bus session with an unlocked gnome-keyring
# (tests/sync/with-keyring.sh). Builds what it needs in build-bench (Release).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
generator="${LEADERNET_GENERATOR:-$root/../shared/bench/gen_dataset.py}"
build="$root/build-bench"

scale=1.0
seed=42
encodings=""
while [ $# -gt 0 ]; do
    case "$1" in
    --scale) scale="${2:?--scale needs a number}"; shift 2 ;;
    --seed) seed="${2:?--seed needs a number}"; shift 2 ;;
    --encodings) encodings="${2:?--encodings needs a FILE}"; shift 2 ;;
    *)
        echo "usage: bench/run sync [--scale S] [--seed N] [--encodings FILE]" >&2
        exit 2
        ;;
    esac
done
if [[ ! "$scale" =~ ^[0-9]*\.?[0-9]+$ ]] || [[ ! "$seed" =~ ^[0-9]+$ ]]; then
    echo "bench/sync.sh: --scale wants a positive number, --seed a whole number" >&2
    exit 2
fi
if [ -n "$encodings" ]; then
    encodings="$(cd "$(dirname "$encodings")" && pwd)/$(basename "$encodings")"
fi

if [ -z "${LEADERNET_BENCH_KEYRING:-}" ]; then
    for tool in dbus-run-session gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null; then
            echo "bench/sync.sh: needs $tool (scripts/install-deps.sh installs it)" >&2
            exit 1
        fi
    done
    export LEADERNET_BENCH_KEYRING=1
    args=(--scale "$scale" --seed "$seed")
    [ -n "$encodings" ] && args+=(--encodings "$encodings")
    exec bash "$root/tests/sync/with-keyring.sh" bash "${BASH_SOURCE[0]}" "${args[@]}"
fi

for tool in python3 zstd gzip; do
    if ! command -v "$tool" >/dev/null; then
        echo "bench/sync.sh: needs $tool" >&2
        exit 1
    fi
done
if [ ! -f "$generator" ]; then
    echo "bench/sync.sh: no generator at $generator" >&2
    exit 1
fi
if [ ! -f "$build/build.ninja" ]; then
    echo "configuring $build (Release)" >&2
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DLEADERNET_DESKTOP=OFF >&2
fi
targets=(leadernet-server leadernet-sync leadernet-bench-proxy)
[ -n "$encodings" ] && targets+=(leadernet-bench-encoding)
cmake --build "$build" -j2 --target "${targets[@]}" >&2
server="$build/server/leadernet-server"
client="$build/app/cli/leadernet-sync"
proxy="$build/bench/leadernet-bench-proxy"
data="python3 $root/bench/syncdata.py"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 # the client's progress lines are parsed

# shellcheck source=bench/lib.bash
source "$root/bench/lib.bash"
bench_workdir

echo "generating the scale-$scale community (seed $seed) and its day of activity" >&2
python3 "$generator" --scale "$scale" --seed "$seed" --out "$tmp/community.ndjson" >&2
python3 "$generator" --mutate "$tmp/community.ndjson" --seed "$seed" --out "$tmp/day.ndjson" >&2
echo "importing" >&2
"$server" import --data "$tmp/store" "$tmp/community.ndjson" >&2

read -r member_id coach_id < <($data pick "$tmp/community.ndjson" "$tmp/day.ndjson")
password="bench-password-$seed"
declare -A username
for who in member facilitator; do
    id=$member_id
    [ "$who" = facilitator ] && id=$coach_id
    out=$(echo "$password" | "$server" set-password --data "$tmp/store" "$id")
    username[$who]=$(sed -n 's/^Set the password of \(.*\); the account is active\.$/\1/p' <<<"$out")
    echo "$who: ${username[$who]} ($id)" >&2
done

"$server" serve --data "$tmp/store" --listen 127.0.0.1:0 >"$tmp/serve.out" 2>"$tmp/serve.err" &
server_pid=$!
port=$(server_port "$tmp/serve.out")
[ -n "$port" ] || { echo "bench/sync.sh: the server did not start" >&2; cat "$tmp/serve.err" >&2; exit 1; }
coproc PROXY { exec "$proxy" --target "127.0.0.1:$port"; }
read -r _ proxy_port <&"${PROXY[0]}"
direct="http://127.0.0.1:$port"
via="http://127.0.0.1:$proxy_port"
echo "server on $direct, counting proxy on $via" >&2

# Counters since the last call: sets requests up down waited_ms.
take_counts() {
    echo count >&"${PROXY[1]}"
    local line
    read -r line <&"${PROXY[0]}"
    read -r _ requests _ up _ down _ _ _ unparsed _ waited_ms <<<"$line"
    if [ "$unparsed" != 0 ]; then
        echo "bench/sync.sh: the proxy could not count some requests" >&2
    fi
}

# floor WHO PHASE SOURCE CHANGES: sets floor_zstd floor_gzip.
floor() {
    local raw="$tmp/floor-$1-$2.ndjson"
    local lines
    lines=$($data floor "$3" "$4" "$raw")
    floor_zstd=$(zstd -19 -q -c "$raw" | wc -c)
    floor_gzip=$(gzip -6 -c "$raw" | wc -c)
    echo "$1 $2: $lines raw NDJSON records visible, $(wc -c <"$raw") bytes;" \
        "zstd -19 $floor_zstd, gzip -6 $floor_gzip" >&2
    info "sync_$1_$2_floor_zstd19_bytes" "$floor_zstd" bytes
    info "sync_$1_$2_floor_gzip6_bytes" "$floor_gzip" bytes
}

# Sets children_cpu: the CPU seconds (user + system) of this shell's
# finished children (`times` runs here, not in a subshell).
take_children_cpu() {
    times >"$tmp/times"
    children_cpu=$(tail -1 "$tmp/times" | awk '{
        t = 0
        for (i = 1; i <= 2; ++i) { split($i, p, /[ms]/); t += p[1] * 60 + p[2] }
        printf "%.3f", t
    }')
}

# run_sync WHO PHASE: one `leadernet-sync sync` through the proxy; sets
# records, seconds, cpu_seconds (the client's) and the counters.
run_sync() {
    take_counts # start from zero
    local start end cpu_before
    take_children_cpu
    cpu_before=$children_cpu
    start=$(date +%s.%N)
    "$client" --profile "$tmp/profile-$1" --server "$via" sync 2>"$tmp/sync-$1-$2.err" || {
        echo "bench/sync.sh: $1 $2 sync failed:" >&2
        cat "$tmp/sync-$1-$2.err" >&2
        exit 1
    }
    end=$(date +%s.%N)
    seconds=$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }')
    take_children_cpu
    cpu_seconds=$(awk -v a="$cpu_before" -v b="$children_cpu" 'BEGIN { printf "%.3f", b - a }')
    records=$(grep -Eo '^[0-9]+ changes? received' "$tmp/sync-$1-$2.err" | tail -1 | cut -d' ' -f1)
    records=${records:-0}
    take_counts
    echo "$1 $2 sync: $records changes, $requests requests, $up bytes up, $down down," \
        "$seconds s (waited $waited_ms ms)" >&2
}

report() { # WHO PHASE [RATIO_TARGET]
    local who=$1 phase=$2 total=$((up + down))
    if [ "$phase" = nothing ]; then
        bench "sync_${who}_${phase}_requests" "$requests" requests "<=" 1
        bench "sync_${who}_${phase}_bytes" "$total" bytes "<" 1024
    else
        info "sync_${who}_${phase}_requests" "$requests" requests
    fi
    info "sync_${who}_${phase}_bytes_up" "$up" bytes
    info "sync_${who}_${phase}_bytes_down" "$down" bytes
    info "sync_${who}_${phase}_wall_seconds" "$seconds" s
    info "sync_${who}_${phase}_records" "$records" records
    if [ $# -ge 3 ]; then
        bench "sync_${who}_${phase}_bytes_vs_zstd19_floor" "$(div "$total" "$floor_zstd" %.3f)" x "<" "$3"
        info "sync_${who}_${phase}_bytes_vs_gzip6_floor" "$(div "$total" "$floor_gzip" %.3f)" x
    fi
}

declare -A cursor
for who in member facilitator; do
    echo "$password" | "$client" --profile "$tmp/profile-$who" --server "$via" \
        login "${username[$who]}" 2>"$tmp/login-$who.err" || {
        cat "$tmp/login-$who.err" >&2
        exit 1
    }
    read -r count "cursor[$who]" < <($data dump "$direct" "${username[$who]}" "$password" 0 \
        "$tmp/changes-$who-initial.ndjson")
    floor "$who" initial "$tmp/community.ndjson" "$tmp/changes-$who-initial.ndjson"
    run_sync "$who" initial
    [ "$records" = "$count" ] || echo "note: the server serves $count changes, the sync got $records" >&2
    report "$who" initial 1.3
    bench "sync_${who}_initial_records_per_second" "$(div "$records" "$seconds" %.0f)" records/s ">" 20000
    info "sync_${who}_initial_waited_seconds" "$(div "$waited_ms" 1000 %.3f)" s
    info "sync_${who}_initial_client_cpu_seconds" "$cpu_seconds" s
    bench "sync_${who}_initial_client_records_per_second" "$(div "$records" "$cpu_seconds" %.0f)" \
        records/s ">" 20000
done

# The whole community to an admin's new replica: the largest first fill
# (81,117 changes at scale 1.0), the one the server's compression slowed most
# (docs/sync-protocol.md, "Encoding").
admin_user=bench-admin
echo "$password" | "$server" create-member --data "$tmp/store" --username "$admin_user" \
    --name "Bench Admin" --role admin >&2
echo "$password" | "$client" --profile "$tmp/profile-admin" --server "$via" \
    login "$admin_user" 2>"$tmp/login-admin.err" || {
    cat "$tmp/login-admin.err" >&2
    exit 1
}
read -r count _ < <($data dump "$direct" "$admin_user" "$password" 0 "$tmp/changes-admin-initial.ndjson")
floor admin initial "$tmp/community.ndjson" "$tmp/changes-admin-initial.ndjson"
run_sync admin initial
[ "$records" = "$count" ] || echo "note: the server serves $count changes, the sync got $records" >&2
total=$((up + down))
bench sync.admin.initial.seconds "$seconds" s "<=" 5
bench sync.admin.initial.records_per_second "$(div "$records" "$seconds" %.0f)" records/s ">=" 20000
bench sync.admin.initial.generator_lines_per_second \
    "$(div "$(grep -c . "$tmp/community.ndjson")" "$seconds" %.0f)" lines/s ">=" 20000
bench sync.admin.initial.bytes_vs_zstd19_floor "$(div "$total" "$floor_zstd" %.3f)" x "<=" 1.3
info sync.admin.initial.records "$records" records
info sync.admin.initial.bytes "$total" bytes
info sync.admin.initial.waited_seconds "$(div "$waited_ms" 1000 %.3f)" s
info sync.admin.initial.client_cpu_seconds "$cpu_seconds" s

echo "importing the day of activity" >&2
"$server" import --data "$tmp/store" "$tmp/day.ndjson" >&2
for who in member facilitator; do
    $data dump "$direct" "${username[$who]}" "$password" "${cursor[$who]}" \
        "$tmp/changes-$who-incremental.ndjson" >/dev/null
    floor "$who" incremental "$tmp/day.ndjson" "$tmp/changes-$who-incremental.ndjson"
    run_sync "$who" incremental
    report "$who" incremental 1.6
done
for who in member facilitator; do
    run_sync "$who" nothing
    report "$who" nothing
done

if [ -n "$encodings" ]; then
    echo "measuring encodings (a few minutes); the dictionary is trained on another community" >&2
    python3 "$generator" --scale 0.2 --seed 7 --out "$tmp/train.ndjson" >&2
    python3 "$generator" --mutate "$tmp/train.ndjson" --seed 7 --out "$tmp/train-day.ndjson" >&2
    "$server" import --data "$tmp/train-store" "$tmp/train.ndjson" >&2
    read -r train_id _ < <($data pick "$tmp/train.ndjson" "$tmp/train-day.ndjson")
    train_user=$(echo "$password" | "$server" set-password --data "$tmp/train-store" "$train_id" |
        sed -n 's/^Set the password of \(.*\); the account is active\.$/\1/p')
    "$server" serve --data "$tmp/train-store" --listen 127.0.0.1:0 >"$tmp/train.out" 2>&1 &
    train_pid=$!
    train_port=$(server_port "$tmp/train.out")
    $data dump "http://127.0.0.1:$train_port" "$train_user" "$password" 0 "$tmp/train-changes.ndjson" \
        >/dev/null || true
    kill "$train_pid" 2>/dev/null || true
    wait "$train_pid" 2>/dev/null || true
    floor member initial "$tmp/community.ndjson" "$tmp/changes-member-initial.ndjson" >/dev/null
    initial_zstd=$floor_zstd initial_gzip=$floor_gzip
    floor member incremental "$tmp/day.ndjson" "$tmp/changes-member-incremental.ndjson" >/dev/null
    {
        echo "Member ${username[member]}, scale $scale, seed $seed."
        echo
        "$build/bench/leadernet-bench-encoding" --floor-zstd "$initial_zstd" \
            --floor-gzip "$initial_gzip" --incremental-floor-zstd "$floor_zstd" \
            --incremental-floor-gzip "$floor_gzip" --train "$tmp/train-changes.ndjson" \
            "$tmp/changes-member-initial.ndjson" "$tmp/changes-member-incremental.ndjson"
    } >"$encodings"
    echo "encoding table written to $encodings" >&2
fi

# Shared by the benchmark scripts (sourced, not a benchmark itself).

# bench NAME VALUE UNIT OP LIMIT: a figure with its target, as a BENCH line.
bench() {
    awk -v n="$1" -v v="$2" -v u="$3" -v op="$4" -v t="$5" 'BEGIN {
        ok = op == "<" ? v + 0 < t + 0 : op == "<=" ? v + 0 <= t + 0 : \
             op == ">" ? v + 0 > t + 0 : v + 0 >= t + 0
        printf "BENCH %s %s %s target %s%s %s\n", n, v, u, op, t, ok ? "ok" : "miss"
    }'
}
# info NAME VALUE UNIT: a figure the issue sets no target for.
info() { printf 'BENCH %s %s %s target none info\n' "$1" "$2" "$3"; }
# div A B FORMAT: A / B (0 when B is 0), printed with FORMAT.
div() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { printf f, (b > 0 ? a / b : 0) }'; }

# server_port FILE: the port `leadernet-server serve` says it listens on in
# FILE (its standard output), waiting up to 10 s; empty when it never does.
server_port() {
    local port=""
    for _ in $(seq 100); do
        port=$(sed -n 's|.*listening on http://127\.0\.0\.1:\([0-9]*\).*|\1|p' "$1")
        [ -n "$port" ] && break
        sleep 0.1
    done
    echo "$port"
}

# bench_workdir: $tmp, a work folder removed at exit (LEADERNET_BENCH_KEEP=DIR:
# work in DIR and leave it there, to look into), and at exit the server
# ($server_pid) and the proxy coprocess (PROXY) are stopped.
bench_workdir() {
    tmp="${LEADERNET_BENCH_KEEP:-$(mktemp -d)}"
    mkdir -p "$tmp"
    server_pid=""
    trap bench_cleanup EXIT
}
bench_cleanup() {
    [ -n "${PROXY_PID:-}" ] && kill "$PROXY_PID" 2>/dev/null || true
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
    [ -n "${LEADERNET_BENCH_KEEP:-}" ] || rm -rf "$tmp"
}

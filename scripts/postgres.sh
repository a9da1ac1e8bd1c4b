# Sourced by scripts/test.sh: a throwaway PostgreSQL cluster owned by this run.
# pg_start exports LEADERNET_TEST_POSTGRES_URL; pg_stop removes the cluster.
# Runs as root (the server runs as the postgres user) or as an ordinary user.

pg_bin() {
    local v
    v=$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)
    [[ -n $v ]] || { echo "postgres.sh: PostgreSQL is not installed" >&2; return 1; }
    echo "/usr/lib/postgresql/$v/bin"
}

pg_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

pg_start() {
    local bin
    bin=$(pg_bin) || return 1
    PG_DIR=$(mktemp -d /tmp/leadernet-pg.XXXXXX)
    PG_PORT=$(pg_free_port)
    PG_PASSWORD=$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')
    echo "$PG_PASSWORD" >"$PG_DIR/pw"
    [[ $(id -u) -eq 0 ]] && chown -R postgres: "$PG_DIR"
    pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres -A scram-sha-256 --pwfile="$PG_DIR/pw" \
        --no-sync -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 ||
        { cat "$PG_DIR/initdb.log" >&2; return 1; }
    pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o \
        "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" \
        start >/dev/null || { cat "$PG_DIR/log" >&2; return 1; }
    export LEADERNET_TEST_POSTGRES_URL="postgresql://postgres:$PG_PASSWORD@127.0.0.1:$PG_PORT/postgres"
    echo "postgres.sh: throwaway PostgreSQL on 127.0.0.1:$PG_PORT"
}

pg_stop() {
    [[ -n ${PG_DIR:-} && -d $PG_DIR ]] || return 0
    pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$PG_DIR"
    PG_DIR=
}

#!/usr/bin/env bash
# A throw-away PostgreSQL for tests: start | stop | url. Debian's server binaries, a cluster in a temporary folder
# owned by an unprivileged system user (root cannot run postgres), listening on 127.0.0.1 only, trust auth.
# fsync is off (a test server loses nothing worth keeping); CCHC_PG_FSYNC=on for benchmarks. State: $CCHC_PG_STATE.
set -euo pipefail
# The server's user may not enter the caller's folder (e.g. under /root): work from / (every path here is absolute).
cd /
state=${CCHC_PG_STATE:-/tmp/cchc-postgres.state}
pg_user=cchc-pg

bin_dir() {
    # Debian's own binaries, explicitly: a pg_ctl elsewhere on PATH may be another build.
    local initdb
    initdb=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    [ -n "$initdb" ] && dirname "$initdb"
}

install_server() {
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
}

as_pg() {
    if [ "$(id -u)" -eq 0 ]; then
        runuser -u "$pg_user" -- "$@"
    else
        "$@"
    fi
}

running() {
    [ -f "$state" ] || return 1
    # shellcheck disable=SC1090
    . "$state"
    [ -d "${PGDIR:-}" ] && as_pg "$BIN/pg_ctl" -D "$PGDIR/data" status >/dev/null 2>&1
}

url() {
    # shellcheck disable=SC1090
    . "$state"
    echo "postgresql://$PGUSER_NAME@127.0.0.1:$PORT/postgres"
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start() {
    if running; then
        url
        return
    fi
    [ -f "$state" ] && stop >/dev/null 2>&1 || true
    local bin
    bin=$(bin_dir || true)
    if [ -z "$bin" ]; then
        install_server >&2
        bin=$(bin_dir)
    fi
    local owner
    if [ "$(id -u)" -eq 0 ]; then
        id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
        owner=$pg_user
    else
        owner=$(id -un)
    fi
    local dir port
    dir=$(mktemp -d /tmp/cchc-postgres.XXXXXX)
    chown "$owner" "$dir"
    chmod 700 "$dir"
    port=$(free_port)
    as_pg "$bin/initdb" -D "$dir/data" -U "$owner" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || {
        cat "$dir/initdb.log" >&2
        rm -rf "$dir"
        exit 1
    }
    printf 'BIN=%q\nPGDIR=%q\nPORT=%q\nPGUSER_NAME=%q\n' "$bin" "$dir" "$port" "$owner" >"$state"
    # Sockets in the cluster's own folder: /var/run/postgresql may not exist or belong to Debian's cluster.
    as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=${CCHC_PG_FSYNC:-off} -c max_connections=100" start >/dev/null || {
        cat "$dir/server.log" >&2
        exit 1
    }
    url
}

stop() {
    if [ -f "$state" ]; then
        # shellcheck disable=SC1090
        . "$state"
        if [ -d "${PGDIR:-}/data" ]; then
            as_pg "$BIN/pg_ctl" -D "$PGDIR/data" -m fast -w stop >/dev/null 2>&1 || true
        fi
        [ -n "${PGDIR:-}" ] && rm -rf "$PGDIR"
        rm -f "$state"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url)
        running || { echo "PostgreSQL is not running: bash scripts/postgres.sh start" >&2; exit 1; }
        url
        ;;
    *)
        echo "usage: $0 start|stop|url" >&2
        exit 2
        ;;
esac

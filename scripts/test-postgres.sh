#!/usr/bin/env bash
# Starts or stops a private, throw-away PostgreSQL cluster on a loopback port for the tests and
# benchmarks. Trust authentication is safe here only because the cluster listens on 127.0.0.1
# alone and is deleted when stopped.
#
#   eval "$(scripts/test-postgres.sh start)"   # exports IUCRECRUIT_TEST_POSTGRES
#   scripts/test-postgres.sh stop
#
# The port is IUCRECRUIT_TEST_POSTGRES_PORT (default 55432). If the cluster cannot start there (the
# port is taken, or PostgreSQL fails), start prints why and exits with status 1, printing no export.
set -euo pipefail

port="${IUCRECRUIT_TEST_POSTGRES_PORT:-55432}"
dir="${TMPDIR:-/tmp}/iucrecruit-postgres-$port"
bin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
[ -n "$bin" ] || { echo "PostgreSQL is not installed (Debian: apt-get install postgresql)." >&2; exit 1; }

# PostgreSQL refuses to run as root; when we are root, run it as the postgres user.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
  start)
    if as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
      echo "PostgreSQL test cluster already running on port $port." >&2
    else
      # Bash's /dev/tcp connects only if something listens there: the port is taken.
      if (: <>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Cannot start the test PostgreSQL: 127.0.0.1:$port is already in use by another program." >&2
        echo "Free the port, or choose another with IUCRECRUIT_TEST_POSTGRES_PORT=<port>." >&2
        exit 1
      fi
      rm -rf "$dir"
      mkdir -p "$dir"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$dir"
      as_owner "$bin/initdb" -D "$dir" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
      if ! as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        start >/dev/null; then
        echo "Cannot start the test PostgreSQL on 127.0.0.1:$port. Its log ends:" >&2
        tail -n 20 "$dir/server.log" >&2 || true
        as_owner "$bin/pg_ctl" -D "$dir" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$dir"
        exit 1
      fi
      echo "PostgreSQL test cluster started on 127.0.0.1:$port." >&2
    fi
    echo "export IUCRECRUIT_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres'"
    ;;
  stop)
    if [ -d "$dir" ]; then
      as_owner "$bin/pg_ctl" -D "$dir" -m fast stop >/dev/null 2>&1 || true
      rm -rf "$dir"
    fi
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac

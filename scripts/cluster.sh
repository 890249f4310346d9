#!/usr/bin/env bash
# A local IucRecruit cluster in one command, for operators trying it and for tests: a private
# PostgreSQL on a loopback port (as scripts/test-postgres.sh starts for the tests), N web nodes on
# loopback ports, each co-hosting an Orleans silo that finds the others through the database, one data
# folder they share (recordings and archived scenario versions, which any node may need), demo data, and
# Debian's nginx in front as the load balancer.
#
#   scripts/cluster.sh up N     # prints "node <k> <url> pid <pid>" per node, then "cluster <url>"
#   scripts/cluster.sh status   # iucrecruit cluster status: the silos in the membership table
#   scripts/cluster.sh down     # stops and removes all of it
#
# Ports (loopback only): the balancer on IUCRECRUIT_CLUSTER_PORT (5180) and node k's web app on that
# plus k; node k's silo and gateway on IUCRECRUIT_CLUSTER_SILO_PORT (11111) and
# IUCRECRUIT_CLUSTER_GATEWAY_PORT (30000) plus k-1; PostgreSQL on IUCRECRUIT_CLUSTER_POSTGRES_PORT (55480).
# Everything lives in IUCRECRUIT_CLUSTER_DIR (/tmp/iucrecruit-cluster); progress goes to stderr.
# IUCRECRUIT_CLUSTER_BUILD=0 skips building (the tests have built already).
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"

state="${IUCRECRUIT_CLUSTER_DIR:-${TMPDIR:-/tmp}/iucrecruit-cluster}"
balancer_port="${IUCRECRUIT_CLUSTER_PORT:-5180}"
postgres_port="${IUCRECRUIT_CLUSTER_POSTGRES_PORT:-55480}"
silo_port="${IUCRECRUIT_CLUSTER_SILO_PORT:-11111}"
gateway_port="${IUCRECRUIT_CLUSTER_GATEWAY_PORT:-30000}"
web_dll="$repo/src/IucRecruit.Web/bin/Release/net10.0/IucRecruit.Web.dll"
cli_dll="$repo/src/IucRecruit.Cli/bin/Release/net10.0/iucrecruit.dll"

say() { echo "$@" >&2; }

connection_string() { echo "Host=127.0.0.1;Port=$postgres_port;Username=postgres;Database=iucrecruit"; }

# The database is the test cluster's kind: initdb in a folder of its own, trust on 127.0.0.1 only.
postgres() { IUCRECRUIT_TEST_POSTGRES_PORT="$postgres_port" scripts/test-postgres.sh "$1"; }

wait_healthy() { # url pid log
  local deadline=$((SECONDS + 180))
  until curl -fsS -o /dev/null "$1/health" 2>/dev/null; do
    if ! kill -0 "$2" 2>/dev/null; then
      say "The node at $1 stopped while starting; the end of its log ($3):"
      tail -n 30 "$3" >&2
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      say "The node at $1 did not report healthy within 180 s (log: $3)."
      return 1
    fi
    sleep 0.5
  done
}

start_node() { # k
  local k="$1" port=$((balancer_port + $1))
  # The Demo environment: demo data is refused in Production. Every node shares the database and the
  # data folder; only the first runs the daily retention purge.
  (
    cd "$repo/src/IucRecruit.Web" # the content root, where the pages' static files are
    ASPNETCORE_ENVIRONMENT=Demo \
    Database__Provider=PostgreSql \
    Database__ConnectionString="$(connection_string)" \
    Database__DataFolder="$state/data" \
    Scenarios__Folder="$repo/scenarios" \
    Retention__DailyPurge="$([ "$k" = 1 ] && echo true || echo false)" \
    Cluster__Enabled=true \
    Cluster__SiloPort=$((silo_port + k - 1)) \
    Cluster__GatewayPort=$((gateway_port + k - 1)) \
    Cluster__AdvertisedAddress=127.0.0.1 \
    ForwardedHeaders__KnownProxies=127.0.0.1 \
    exec setsid dotnet "$web_dll" --urls "http://127.0.0.1:$port" </dev/null >"$state/node-$k.log" 2>&1
  ) &
  echo "$k http://127.0.0.1:$port $!" >>"$state/nodes"
}

write_nginx_conf() { # n
  local servers="" k
  for k in $(seq 1 "$1"); do servers+="    server 127.0.0.1:$((balancer_port + k));"$'\n'; done
  mkdir -p "$state/nginx"
  cat >"$state/nginx.conf" <<EOF
# Round robin over the nodes, no sticky sessions: any node serves any participant of any call.
worker_processes 1;
pid $state/nginx.pid;
error_log $state/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $state/nginx/body;
  proxy_temp_path $state/nginx/proxy;
  fastcgi_temp_path $state/nginx/fastcgi;
  uwsgi_temp_path $state/nginx/uwsgi;
  scgi_temp_path $state/nginx/scgi;
  # WebSockets: pass the upgrade on, and say close to a plain request (deploy/nginx/proxy.conf).
  map \$http_upgrade \$connection_upgrade { default upgrade; '' close; }
  map \$http_x_forwarded_proto \$forwarded_proto { default \$http_x_forwarded_proto; '' \$scheme; }
  upstream iucrecruit {
$servers  }
  server {
    listen 127.0.0.1:$balancer_port;
    location / {
      proxy_pass http://iucrecruit;
      include $repo/deploy/nginx/proxy.conf;
    }
  }
}
EOF
}

up() {
  local n="${1:-}"
  [[ "$n" =~ ^[1-9][0-9]*$ ]] || { say "usage: $0 up N   (N nodes, at least 1)"; exit 2; }
  [ ! -e "$state/nodes" ] || { say "A cluster is already up ($state); run '$0 down' first."; exit 1; }
  command -v dotnet >/dev/null || { say "The .NET 10 SDK is required: https://dot.net/download"; exit 1; }
  scripts/ensure-packages.sh postgresql nginx curl

  if [ "${IUCRECRUIT_CLUSTER_BUILD:-1}" != 0 ]; then
    say "Building the web app and the command-line tool..."
    dotnet build src/IucRecruit.Web -c Release -nologo -v quiet >&2
    dotnet build src/IucRecruit.Cli -c Release -nologo -v quiet >&2
  fi

  mkdir -p "$state/data"
  : >"$state/nodes"
  trap 'say "Start-up failed; removing what was started."; down; exit 1' ERR

  postgres start >/dev/null
  "$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)/psql" -q -h 127.0.0.1 -p "$postgres_port" -U postgres \
    -d postgres -c "CREATE DATABASE iucrecruit" >&2

  # The first node migrates the schema and seeds the demo data alone; the others then start together
  # and find both in place (seeding again adds nothing).
  start_node 1
  read -r _ url pid < <(tail -n 1 "$state/nodes")
  say "Waiting for node 1 ($url) to migrate, seed and report healthy..."
  wait_healthy "$url" "$pid" "$state/node-1.log"
  for k in $(seq 2 "$n"); do start_node "$k"; done
  while read -r k url pid; do
    [ "$k" = 1 ] || wait_healthy "$url" "$pid" "$state/node-$k.log"
  done <"$state/nodes"

  write_nginx_conf "$n"
  nginx -c "$state/nginx.conf" -p "$state" -e "$state/nginx-error.log" </dev/null >/dev/null 2>>"$state/nginx-error.log"
  until curl -fsS -o /dev/null "http://127.0.0.1:$balancer_port/health" 2>/dev/null; do sleep 0.2; done
  trap - ERR

  say "Demo sign-ins are in $state/node-1.log."
  while read -r k url pid; do echo "node $k $url pid $pid"; done <"$state/nodes"
  echo "cluster http://127.0.0.1:$balancer_port"
}

status() {
  [ -e "$state/nodes" ] || { say "No cluster is up ($state)."; exit 1; }
  dotnet "$cli_dll" cluster status --provider PostgreSql --connection-string "$(connection_string)"
}

stop_pid() { # pid: asks it to stop, then insists after 20 s
  local deadline=$((SECONDS + 20))
  kill -TERM "$1" 2>/dev/null || return 0
  while kill -0 "$1" 2>/dev/null; do
    if [ $SECONDS -ge $deadline ]; then kill -KILL "$1" 2>/dev/null || true; fi
    sleep 0.2
  done
}

down() {
  if [ -s "$state/nginx.pid" ]; then stop_pid "$(cat "$state/nginx.pid")"; fi
  if [ -e "$state/nodes" ]; then
    while read -r _ _ pid; do stop_pid "$pid"; done <"$state/nodes"
  fi
  local postmaster="${TMPDIR:-/tmp}/iucrecruit-postgres-$postgres_port/postmaster.pid" pg_pid=""
  if [ -s "$postmaster" ]; then pg_pid="$(head -n 1 "$postmaster")"; fi
  postgres stop
  # pg_ctl returns once the server has removed its pid file, a moment before the process is gone.
  if [ -n "$pg_pid" ]; then while kill -0 "$pg_pid" 2>/dev/null; do sleep 0.1; done; fi
  rm -rf "$state"
}

case "${1:-}" in
  up) up "${2:-}" ;;
  status) status ;;
  down) down ;;
  *) say "usage: $0 up N | status | down"; exit 2 ;;
esac

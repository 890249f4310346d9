#!/usr/bin/env bash
# Runs every test on this machine, as CI does (.ci/run calls exactly this). On a fresh Debian
# machine it installs what the tests use: Chromium for the browser tests, PostgreSQL (a private
# cluster on a loopback port is started and removed again) and docker-compose to check the
# deployment file, nginx and curl for the local cluster (scripts/cluster.sh), and Node for the
# JavaScript tests. Extra arguments go to `dotnet test`, e.g. ./test.sh --filter Browser
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net/download" >&2; exit 1; }
scripts/ensure-packages.sh chromium postgresql docker-compose nodejs nginx curl

# The browser's audio modules (pure ES modules) under Node's built-in test runner: no npm packages.
node --test tests/js

# `eval "$(…)"` alone would hide a failed start (eval of nothing succeeds) and every PostgreSQL
# test would then fail for want of the cluster: stop here instead, with the reason printed above.
postgres="$(scripts/test-postgres.sh start)" || {
  echo "test.sh: stopping, because the test PostgreSQL did not start (the reason is above)." >&2
  exit 1
}
eval "$postgres"
trap 'scripts/test-postgres.sh stop' EXIT

# Build once (in parallel), then run the test projects one after another (-m:1): the browser and
# live-call tests move real audio in real time, and on two cores they must not compete with every
# other test project at once.
dotnet build IucRecruit.sln -c Release -nologo -v quiet
dotnet test IucRecruit.sln -c Release --no-build -nologo -m:1 "$@"

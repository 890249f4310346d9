#!/usr/bin/env bash
# Runs IucRecruit on this machine: embedded SQLite in ./data, demo data, and the URL and demo
# sign-ins printed when it is ready. Needs nothing but the .NET 10 SDK.
#   ./run.sh                                  # http://localhost:5080
#   IUCRECRUIT_URL=http://0.0.0.0:8080 ./run.sh
set -euo pipefail
cd "$(dirname "$0")"

command -v dotnet >/dev/null || { echo "The .NET 10 SDK is required: https://dot.net/download" >&2; exit 1; }

export ASPNETCORE_ENVIRONMENT=Demo
# `dotnet run` starts the app in the project's folder; the data folder and the scenario library are
# at the repository's root.
export Database__DataFolder="${Database__DataFolder:-$PWD/data}"
export Scenarios__Folder="${Scenarios__Folder:-$PWD/scenarios}"
dotnet build src/IucRecruit.Web -c Release -nologo -v quiet
exec dotnet run --no-build --project src/IucRecruit.Web -c Release -- --urls "${IUCRECRUIT_URL:-http://localhost:5080}"

#!/usr/bin/env bash
# Runs IucRecruit on this machine: embedded SQLite in ./data, demo data, a local mail server with a
# web inbox for the messages it sends, and the URLs and demo sign-ins printed when it is ready.
# Needs nothing but the .NET 10 SDK.
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
url="${IUCRECRUIT_URL:-http://localhost:5080}"
dotnet build src/IucRecruit.Web -c Release -nologo -v quiet

# The demo's mail goes to smtp4dev (a local tool pinned in dotnet-tools.json): an SMTP server on
# loopback that keeps what arrives, in memory, and shows it in a web inbox. Stopped with the app.
mail_port="${IUCRECRUIT_DEMO_SMTP_PORT:-2525}"
inbox_url="${IUCRECRUIT_DEMO_INBOX_URL:-http://localhost:5081}"
mkdir -p "$Database__DataFolder"
dotnet tool restore >/dev/null
dotnet tool run smtp4dev -- --urls="$inbox_url" --smtpport="$mail_port" --bindaddress=127.0.0.1 \
  --imapport= --pop3port= --db= --nousersettings >"$Database__DataFolder/smtp4dev.log" 2>&1 &
smtp4dev_pid=$!
trap 'kill "$smtp4dev_pid" 2>/dev/null || true' EXIT # `dotnet tool run` stops the server it started
export Messages__Smtp__Host=127.0.0.1 Messages__Smtp__Port="$mail_port" Messages__Smtp__Security=None
export Messages__PublicBaseUrl="${Messages__PublicBaseUrl:-${url/0.0.0.0/localhost}}" Demo__MailInboxUrl="$inbox_url"

# Not exec: the trap above must run when the app stops, to stop the mail server too.
dotnet run --no-build --project src/IucRecruit.Web -c Release -- --urls "$url"

#!/usr/bin/env bash
# Calendar feed benchmark (issue 9): the 20,000-offering synthetic catalog in MariaDB, the packaged application on
# Payara Micro, and
#   1. the time the server takes to generate a region feed of about 5,000 events (its Server-Timing header, median
#      of sequential requests after warm-up; the first, cold request reported apart),
#   2. wrk throughput of a conditional GET of that feed answered 304, against the trivial endpoint, same run, same load.
# Usage: modules/benchmark/calendar.sh [duration-seconds] [feed-path]   (from the repository root; results on stdout)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-30}
# Rogaland's statsforvalter region, the offerings about trauma: about 5,000 events in the synthetic catalog.
FEED_PATH=${2:-/calendar/region/sf-rogaland.ics?topic=trauma}
DB=samkurs_bench
PORT=8092
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
config/test-database.sh
mvn -B -ntp -q install -DskipTests -pl modules/app,modules/benchmark -am
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mvn -B -ntp -q -pl modules/benchmark exec:java -Dexec.args="jdbc:mysql://127.0.0.1:3306/$DB"

LOG=$(mktemp)
SAMKURS_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" SAMKURS_DB_USER=root \
  java -Xmx512m -jar modules/app/target/payara-micro.jar --nocluster --port $PORT --contextroot / \
  --deploy modules/app/target/samkurs.war >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
until curl -sf "$BASE/health/ready" >/dev/null; do sleep 1; done
# The calendar's events for a database filled behind the application's back are built in the background at start.
until grep -q "Calendar events caught up" "$LOG"; do sleep 2; done
grep -o "Calendar events caught up.*" "$LOG"
mariadb -uroot $DB -e "SELECT COUNT(*) AS calendar_events FROM calendar_event"

FEED="$BASE$FEED_PATH"
TRIVIAL="$BASE/api/vocabularies"
server_ms() { curl -s -D - -o /dev/null "$@" | tr -d '\r' | sed -n 's/^[Ss]erver-[Tt]iming: .*dur=\([0-9.]*\).*/\1/p'; }
echo "feed: $FEED_PATH"
echo "events: $(curl -s "$FEED" | grep -c '^BEGIN:VEVENT')  bytes: $(curl -s "$FEED" | wc -c)"
echo "first request (cold) in the server: $(server_ms -H 'Cache-Control: no-cache' "$FEED") ms"
for i in $(seq 1 10); do server_ms "$FEED" >/dev/null; done
TIMES=$(for i in $(seq 1 51); do server_ms "$FEED"; done | sort -n)
echo "generation in the server over 51 requests: median $(echo "$TIMES" | sed -n 26p) ms, min $(echo "$TIMES" | head -1) ms, max $(echo "$TIMES" | tail -1) ms"
echo "whole request seen by curl: $(curl -s -o /dev/null -w '%{time_total}' "$FEED") s"

ETAG=$(curl -s -D - -o /dev/null "$FEED" | tr -d '\r' | sed -n 's/^[Ee][Tt]ag: //p')
echo "conditional GET with If-None-Match $ETAG: HTTP $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $ETAG" "$FEED")"
wrk -t2 -c8 -d10s "$TRIVIAL" >/dev/null
wrk -t2 -c8 -d10s -H "If-None-Match: $ETAG" "$FEED" >/dev/null
for round in 1 2; do
  echo "round $round trivial: $(wrk -t2 -c8 -d${DURATION}s -s modules/benchmark/p95.lua "$TRIVIAL" | grep RESULT)"
  echo "round $round 304:     $(wrk -t2 -c8 -d${DURATION}s -H "If-None-Match: $ETAG" -s modules/benchmark/p95.lua "$FEED" | grep RESULT)"
done
echo "server memory (RSS): $(ps -o rss= -p $SERVER | awk '{printf "%.0f MB", $1/1024}')"

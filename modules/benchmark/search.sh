#!/usr/bin/env bash
# Search benchmark (issue 3): 20,000 offerings / 200,000 sessions in MariaDB, the packaged application on Payara
# Micro, and wrk measuring a trivial JSON endpoint and the search (text + two filters + facets) in the same run.
# Usage: modules/benchmark/search.sh [duration-seconds]   (from the repository root; results on stdout)
set -euo pipefail
cd "$(dirname "$0")/../.."
DURATION=${1:-30}
DB=samkurs_bench
PORT=8090
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
config/test-database.sh
mvn -B -ntp -q install -DskipTests -pl modules/app,modules/benchmark -am
mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
mvn -B -ntp -q -pl modules/benchmark exec:java -Dexec.args="jdbc:mysql://127.0.0.1:3306/$DB"
mariadb -uroot $DB -e "SELECT COUNT(*) AS offerings FROM offering; SELECT COUNT(*) AS sessions FROM offering_session"

LOG=$(mktemp)
SAMKURS_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB" SAMKURS_DB_USER=root \
  java -Xmx512m -jar modules/app/target/payara-micro.jar --nocluster --port $PORT --contextroot / \
  --deploy modules/app/target/samkurs.war >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
BASE=http://127.0.0.1:$PORT
until curl -sf "$BASE/api/offerings?size=1" >/dev/null; do sleep 1; done
grep -o "Search index built.*" "$LOG" || true

TRIVIAL="$BASE/api/vocabularies"
SEARCH="$BASE/api/offerings?q=traume%20skole&topic=trauma&county=18"
echo "search answer: $(curl -s "$SEARCH" | head -c 200)..."
echo "search total: $(curl -s "$SEARCH" | grep -o '"total":[0-9]*')"
# Warm up the JIT on all three, then measure each for the same time with the same load: the trivial endpoint, the
# issue's search (text + two filters + facets) repeated, and a varied mix of such searches (mix.lua).
wrk -t2 -c8 -d10s "$TRIVIAL" >/dev/null
wrk -t2 -c8 -d10s "$SEARCH" >/dev/null
wrk -t2 -c8 -d10s -s modules/benchmark/mix.lua "$BASE" >/dev/null
for round in 1 2; do
  echo "round $round trivial: $(wrk -t2 -c8 -d${DURATION}s -s modules/benchmark/p95.lua "$TRIVIAL" | grep RESULT)"
  echo "round $round search:  $(wrk -t2 -c8 -d${DURATION}s -s modules/benchmark/p95.lua "$SEARCH" | grep RESULT)"
  echo "round $round mix:     $(wrk -t2 -c8 -d${DURATION}s -s modules/benchmark/mix.lua "$BASE" | grep RESULT)"
done
echo "server memory (RSS): $(ps -o rss= -p $SERVER | awk '{printf "%.0f MB", $1/1024}')"

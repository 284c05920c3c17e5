#!/usr/bin/env bash
# Enrollment burst benchmark (issue 10): the packaged application on Payara Micro with MariaDB, 10,000 participants
# who sign in with their own bearer tokens (RS256, a throwaway issuer) and one published 500-seat webinar; then
#   1. a burst: every participant's enrollment sent exactly once, from N keep-alive connections (a Java client: wrk
#      cannot send a fixed set and stop, its run always lasts -d and goes on sending), after a warm-up burst of other
#      people into another webinar; throughput, latency, statuses, and the CPU used by server, database and client,
#   2. the answers and the database checked (PASS/FAIL): 500 confirmed, 9,500 waitlisted with positions 1..9,500,
#      one enrollment per person, the offering's counts, 0 errors,
#   3. the physical limit in the same run, on the same database: single-row INSERT + COMMIT over JDBC at the same
#      concurrency (and at 8 connections), with the server stopped; the burst's throughput as a share of it.
# Usage: modules/benchmark/enrollment.sh [connections=64] [people=10000] [seats=500]   (from the repository root)
#   WARMUP=6000 people in the warm-up (0: none), LIMIT_ROWS=20000, SKIP_BUILD=1 to use the packaged server as it is,
#   WAR=path to deploy another build of the application, SERVER_JAVA_OPTS=more JVM options for the server (a profiler).
# After the burst the same client sends as many requests to the empty health endpoint: the HTTP stack's own ceiling.
# Results on stdout; exits 1 if a check failed. The server log is kept in modules/benchmark/target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${1:-64}
PEOPLE=${2:-10000}
SEATS=${3:-500}
WARMUP=${WARMUP:-6000}
LIMIT_ROWS=${LIMIT_ROWS:-20000}
WAR=${WAR:-modules/app/target/samkurs.war}
DB=samkurs_bench_enroll
URL=jdbc:mysql://127.0.0.1:3306/$DB
PORT=8093
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=
KEPT_LOG=modules/benchmark/target/enrollment-server.log

finish() {
  if [ -n "$SERVER" ]; then
    kill "$SERVER" 2>/dev/null || true
    wait "$SERVER" 2>/dev/null || true
  fi
  [ -f "$WORK/server.log" ] && mkdir -p modules/benchmark/target && cp "$WORK/server.log" "$KEPT_LOG"
  rm -rf "$WORK"
}
trap finish EXIT

. modules/benchmark/lib.sh
prepare_client enrollment

mariadb -uroot -N -e "SELECT CONCAT('database: MariaDB ', VERSION(), ', innodb_flush_log_at_trx_commit=',
  @@innodb_flush_log_at_trx_commit, ', sync_binlog=', @@sync_binlog, ', log_bin=', @@log_bin)"
fresh_database
# The key first: the server reads the issuer's public key when it starts.
bench no.samkurs.benchmark.enrollment.EnrollmentSetup keys "$WORK" "$PEOPLE" "$WARMUP"
set -a
. "$WORK/benchmark.env"
set +a

start_server
# The server has migrated the database; now the people and the webinars.
bench no.samkurs.benchmark.enrollment.EnrollmentSetup data "$URL" "$PEOPLE" "$WARMUP" "$SEATS"
PROBE=$(head -1 "$WORK/warmup-tokens.txt")
[ -n "$PROBE" ] || PROBE=$(head -1 "$WORK/tokens.txt")
echo "a token signs in: GET /api/people/me answers $(curl -s -o /dev/null -w '%{http_code}' \
  -H "Authorization: Bearer $PROBE" "$BASE/api/people/me")"
echo "the webinar: $(curl -s "$BASE/api/offerings/$BURST_OFFERING" | grep -o '"capacity":[0-9]*' || true)"

DATABASE=$(pidof mariadbd || pidof mysqld || true)
WATCH="server:$SERVER"
[ -n "$DATABASE" ] && WATCH="$WATCH,database:${DATABASE%% *}"
echo "burst: $PEOPLE people, $SEATS seats, $CONNECTIONS connections, warm-up $WARMUP people"
bench -Dburst.watch="$WATCH" -Dburst.jdbc="$URL" -Dburst.hz="$(getconf CLK_TCK)" \
  no.samkurs.benchmark.enrollment.EnrollmentBurst "$BASE" "$CONNECTIONS" "$SEATS" \
  "$BURST_OFFERING" "$WORK/tokens.txt" "$WORK/answers.tsv" "$WARMUP_OFFERING" "$WORK/warmup-tokens.txt" \
  | tee "$WORK/burst.txt"
bench no.samkurs.benchmark.enrollment.EnrollmentCheck "$URL" "$BURST_OFFERING" "$SEATS" "$PEOPLE" \
  "$WORK/answers.tsv" | tee "$WORK/checks.txt"
echo "server memory (RSS): $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MB", $1/1024}')"
echo "server log: $(grep -c 'SEVERE' "$WORK/server.log" || true) SEVERE," \
  "$(grep -c 'WARNING' "$WORK/server.log" || true) WARNING"
# The first line of each of the application's own warnings and errors, counted.
grep -A1 -E '(WARNING|SEVERE).*no\.samkurs' "$WORK/server.log" | grep -vE '^\[|^--' | sort | uniq -c | head -10 || true
kill "$SERVER"
wait "$SERVER" 2>/dev/null || true
SERVER=

# The physical limit, on the same database with the server stopped.
bench no.samkurs.benchmark.enrollment.InsertLimit "$URL" "$CONNECTIONS" "$LIMIT_ROWS" | tee "$WORK/limit.txt"
if [ "$CONNECTIONS" != 8 ]; then bench no.samkurs.benchmark.enrollment.InsertLimit "$URL" 8 "$LIMIT_ROWS"; fi
RPS=$(sed -n 's/^RESULT .* rps=\([0-9]*\) .*/\1/p' "$WORK/burst.txt")
COMMITS=$(sed -n 's/^LIMIT .* commits_per_s=\([0-9]*\) .*/\1/p' "$WORK/limit.txt")
SHARE=$(awk -v a="$RPS" -v b="$COMMITS" 'BEGIN { printf "%.0f", 100 * a / b }')
echo "$( [ "$SHARE" -ge 50 ] && echo PASS || echo FAIL ) target: burst $RPS enrollments/s = $SHARE % of the limit" \
  "$COMMITS commits/s at $CONNECTIONS connections (want >= 50 %)" | tee -a "$WORK/checks.txt"
EMPTY=$(sed -n 's/^EMPTY .* rps=\([0-9]*\) .*/\1/p' "$WORK/burst.txt")
[ -n "$EMPTY" ] && echo "for comparison: an empty endpoint (GET /health/live) answers $EMPTY requests/s with the same" \
  "client = $(awk -v a="$EMPTY" -v b="$COMMITS" 'BEGIN { printf "%.0f", 100 * a / b }') % of the limit"
FAILED=$(cat "$WORK/burst.txt" "$WORK/checks.txt" | grep -c '^FAIL' || true)
echo "$FAILED checks failed"
[ "$FAILED" = 0 ]

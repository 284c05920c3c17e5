#!/usr/bin/env bash
# Notification delivery benchmark (issue 11): the enrollment burst of enrollment.sh (10,000 participants with their
# own bearer tokens, one 500-seat webinar, each enrollment sent once from N keep-alive connections), with the
# application sending its mail to a local SMTP server (GreenMail in its own JVM, MailSink, which notes when each
# message arrived); then, once every message is in:
#   1. the enrollments checked as enrollment.sh checks them (PASS/FAIL),
#   2. the delivery checked against the outbox (PASS/FAIL): one message per enrollment, each received exactly once
#      (by Message-ID) and to the enrollment's person, all SENT at the first attempt, nothing else received,
#   3. messages per second (first receipt to last) and the delay from the enrollment (the moment its participant had
#      the answer) to receipt: median, p99, max; the server's and MariaDB's CPU per message after the burst, when the
#      sender has the machine to itself.
# Usage: modules/benchmark/notification.sh [connections=64] [people=10000] [seats=500]   (from the repository root)
#   The sender runs with the application's defaults unless SAMKURS_MAIL_INTERVAL, SAMKURS_MAIL_BATCH (or another
#   SAMKURS_MAIL_* setting) is set, e.g. SAMKURS_MAIL_INTERVAL=PT1S for the sender's own ceiling.
#   WARMUP=0 people enrolled first into another webinar (their messages are delivered and counted too),
#   SKIP_BUILD=1 to use the packaged server as it is, WAR=path to deploy another build, SMTP_PORT=2525.
# Results on stdout; exits 1 if a check failed. The server log is kept in modules/benchmark/target/.
set -euo pipefail
cd "$(dirname "$0")/../.."
CONNECTIONS=${1:-64}
PEOPLE=${2:-10000}
SEATS=${3:-500}
WARMUP=${WARMUP:-0}
WAR=${WAR:-modules/app/target/samkurs.war}
SMTP_PORT=${SMTP_PORT:-2525}
DB=samkurs_bench_notify
URL=jdbc:mysql://127.0.0.1:3306/$DB
PORT=8094
BASE=http://127.0.0.1:$PORT
WORK=$(mktemp -d)
SERVER=
SINK=
KEPT_LOG=modules/benchmark/target/notification-server.log

finish() {
  for pid in $SERVER $SINK; do
    kill "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  [ -f "$WORK/server.log" ] && mkdir -p modules/benchmark/target && cp "$WORK/server.log" "$KEPT_LOG"
  rm -rf "$WORK"
}
trap finish EXIT

. modules/benchmark/lib.sh
prepare_client notification

# CPU seconds a process has used so far (user + system), from /proc.
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }
sent() { mariadb -uroot -N -e "SELECT COUNT(*) FROM $DB.notification_outbox WHERE status = 'SENT'"; }

echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the run"
mariadb -uroot -N -e "SELECT CONCAT('database: MariaDB ', VERSION(), ', innodb_flush_log_at_trx_commit=',
  @@innodb_flush_log_at_trx_commit)"
fresh_database
bench no.samkurs.benchmark.enrollment.EnrollmentSetup keys "$WORK" "$PEOPLE" "$WARMUP"
set -a
. "$WORK/benchmark.env"
set +a

# The mail server first: the sender never meets a closed port (that is NotificationIT's case, not this one's).
java -Xmx1g -XX:+UseSerialGC -cp "$CP" no.samkurs.benchmark.notification.MailSink "$SMTP_PORT" \
  "$WORK/received.tsv" $((PEOPLE + WARMUP)) >"$WORK/sink.txt" 2>&1 &
SINK=$!
for _ in $(seq 1 60); do grep -q LISTENING "$WORK/sink.txt" && break; sleep 0.5; done
grep -q LISTENING "$WORK/sink.txt" || { echo "The mail sink did not start:" >&2; cat "$WORK/sink.txt" >&2; exit 1; }

start_server SAMKURS_MAIL_HOST=127.0.0.1 SAMKURS_MAIL_PORT="$SMTP_PORT" SAMKURS_MAIL_SECURITY=none \
  SAMKURS_CALENDAR_PUBLIC_ADDRESS=https://samkurs.no
grep -o 'Sending mail through .*' "$WORK/server.log" | head -1 | sed 's/^/sender: /' || true
echo "sender settings: interval ${SAMKURS_MAIL_INTERVAL:-PT10S (default)}, batch ${SAMKURS_MAIL_BATCH:-50 (default)}"
bench no.samkurs.benchmark.enrollment.EnrollmentSetup data "$URL" "$PEOPLE" "$WARMUP" "$SEATS"

DATABASE=$(pidof mariadbd || pidof mysqld || true)
DATABASE=${DATABASE%% *}
WATCH="server:$SERVER"
[ -n "$DATABASE" ] && WATCH="$WATCH,database:$DATABASE"
echo "burst: $PEOPLE people, $SEATS seats, $CONNECTIONS connections, warm-up $WARMUP people"
bench -Dburst.empty=false -Dburst.watch="$WATCH" -Dburst.jdbc="$URL" -Dburst.hz="$(getconf CLK_TCK)" \
  no.samkurs.benchmark.enrollment.EnrollmentBurst "$BASE" "$CONNECTIONS" "$SEATS" \
  "$BURST_OFFERING" "$WORK/tokens.txt" "$WORK/answers.tsv" "$WARMUP_OFFERING" "$WORK/warmup-tokens.txt" \
  | tee "$WORK/burst.txt"
AFTER_BURST=$(date +%s.%N)
SENT_AT_BURST=$(sent)
SERVER_CPU=$(cpu "$SERVER")
DATABASE_CPU=$([ -n "$DATABASE" ] && cpu "$DATABASE" || echo 0)
echo "at the end of the burst $SENT_AT_BURST messages were sent (load average $(cut -d' ' -f1 /proc/loadavg));" \
  "waiting for the rest"

# The sink stops once every message is in and no more came for 30 s (or after 20 minutes).
SINK_STATUS=0
wait "$SINK" || SINK_STATUS=$?
SINK=
cat "$WORK/sink.txt"
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) 30 s after the last message"
LAST=$(sort -n "$WORK/received.tsv" | tail -1 | cut -f1)
SERVER_CPU=$(awk -v a="$SERVER_CPU" -v b="$(cpu "$SERVER")" 'BEGIN { print b - a }')
DATABASE_CPU=$([ -n "$DATABASE" ] && awk -v a="$DATABASE_CPU" -v b="$(cpu "$DATABASE")" 'BEGIN { print b - a }' \
  || echo 0)
AFTER=$(( $(sent) - SENT_AT_BURST ))
# The 30 quiet seconds cost the server almost nothing (a query every interval); they are left in.
awk -v n="$AFTER" -v s="$SERVER_CPU" -v d="$DATABASE_CPU" -v from="$AFTER_BURST" -v to="$LAST" 'BEGIN {
  if (n > 0) printf "AFTER_BURST messages=%d seconds=%.1f per_second=%.0f server_cpu_ms_per_message=%.2f " \
    "database_cpu_ms_per_message=%.2f\n", n, to / 1000 - from, n / (to / 1000 - from), 1000 * s / n, 1000 * d / n }'

bench no.samkurs.benchmark.enrollment.EnrollmentCheck "$URL" "$BURST_OFFERING" "$SEATS" "$PEOPLE" \
  "$WORK/answers.tsv" | tee "$WORK/checks.txt"
bench no.samkurs.benchmark.notification.DeliveryCheck "$URL" "$BURST_OFFERING" "$WORK/answers.tsv" \
  "$WORK/received.tsv" \
  $((PEOPLE + WARMUP)) | tee -a "$WORK/checks.txt"
[ "$SINK_STATUS" = 0 ] || echo "FAIL the mail sink stopped at its timeout (status $SINK_STATUS)" | tee -a "$WORK/checks.txt"
echo "server memory (RSS): $(ps -o rss= -p "$SERVER" | awk '{printf "%.0f MB", $1/1024}')"
echo "server log: $(grep -c 'SEVERE' "$WORK/server.log" || true) SEVERE," \
  "$(grep -c 'WARNING' "$WORK/server.log" || true) WARNING"
grep -A1 -E '(WARNING|SEVERE).*no\.samkurs' "$WORK/server.log" | grep -vE '^\[|^--' | sort | uniq -c | head -10 || true
echo "machine: load average $(cut -d' ' -f1-3 /proc/loadavg) after the checks"
FAILED=$(cat "$WORK/burst.txt" "$WORK/checks.txt" | grep -c '^FAIL' || true)
echo "$FAILED checks failed"
[ "$FAILED" = 0 ]

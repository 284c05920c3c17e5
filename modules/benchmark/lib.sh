# Shared by the benchmark scripts that start the packaged server (sourced, from the repository root): the build, the
# Java client's classpath, a fresh MariaDB database and the server started and awaited. The script sets WORK, DB,
# URL, PORT, BASE and WAR first; these functions set CP and SERVER.

# Never two Maven builds at once on this machine; offline first, online if an artifact is missing.
maven() {
  flock /tmp/samkurs-maven.lock mvn -B -ntp -q -Dstyle.color=never -o "$@" \
    || flock /tmp/samkurs-maven.lock mvn -B -ntp -q -Dstyle.color=never "$@"
}

# Builds the application and the client (unless SKIP_BUILD=1) and sets CP, the client's classpath (kept in
# target/<name>-classpath.txt).
prepare_client() {
  config/test-database.sh >/dev/null
  if [ "${SKIP_BUILD:-0}" != 1 ]; then
    maven install -DskipTests -pl modules/app,modules/benchmark -am
  fi
  local file=modules/benchmark/target/$1-classpath.txt
  if [ "${SKIP_BUILD:-0}" != 1 ] || [ ! -s "$file" ]; then
    maven -pl modules/benchmark dependency:build-classpath -Dmdep.outputFile="$PWD/$file" >/dev/null
  fi
  CP=modules/benchmark/target/classes:$(cat "$file")
}

bench() { java -Xmx512m -XX:+UseSerialGC -cp "$CP" "$@"; }

fresh_database() {
  mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
}

# Starts the packaged server on the database, with more settings given as NAME=value arguments, and waits until it
# is ready (at most 300 s); stops the script with the end of the server's log if it is not.
start_server() {
  env SAMKURS_DATA_DIR="$WORK/data" SAMKURS_DB_URL="$URL" SAMKURS_DB_USER=root "$@" \
    java -Xmx512m ${SERVER_JAVA_OPTS:-} -jar modules/app/target/payara-micro.jar --nocluster --port "$PORT" \
    --contextroot / --deploy "$WAR" >"$WORK/server.log" 2>&1 &
  SERVER=$!
  for _ in $(seq 1 300); do
    curl -sf "$BASE/health/ready" >/dev/null && return 0
    if ! kill -0 "$SERVER" 2>/dev/null; then
      echo "The server stopped while starting:" >&2
      tail -40 "$WORK/server.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "The server was not ready within 300 s:" >&2
  tail -40 "$WORK/server.log" >&2
  exit 1
}

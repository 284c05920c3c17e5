#!/usr/bin/env bash
# Makes sure the MariaDB/MySQL server the tests use is up at ${SAMKURS_TEST_DB_HOST:-127.0.0.1}:${SAMKURS_TEST_DB_PORT:-3306}:
# starts the local MariaDB if it is installed but stopped, installs it (Debian, as root) if it is missing.
# The tests create and drop their own databases on it.
set -euo pipefail
host="${SAMKURS_TEST_DB_HOST:-127.0.0.1}"
port="${SAMKURS_TEST_DB_PORT:-3306}"

up() { (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; }

if up; then
  echo "test database: MariaDB/MySQL answers at $host:$port"
  exit 0
fi
if [ "$host" != "127.0.0.1" ] && [ "$host" != "localhost" ]; then
  echo "test database: nothing answers at $host:$port" >&2
  exit 1
fi
if [ ! -x /usr/sbin/mariadbd ]; then
  echo "test database: installing mariadb-server"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq mariadb-server >/dev/null
  fresh_install=1
fi
echo "test database: starting MariaDB"
mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
for _ in $(seq 1 60); do
  if up; then
    if [ "${fresh_install:-0}" = 1 ]; then
      # A new Debian MariaDB lets root in only through the socket; the tests connect over TCP with an empty password.
      mysql -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;" || true
    fi
    echo "test database: MariaDB is up at $host:$port"
    exit 0
  fi
  sleep 1
done
echo "test database: MariaDB did not start" >&2
exit 1

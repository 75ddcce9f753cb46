#!/usr/bin/env bash
# Makes sure MariaDB (127.0.0.1:3306, root, empty password) and PostgreSQL
# (127.0.0.1:5432, user postgres, trust) answer, for the integration tests.
# Uses running servers as they are; otherwise installs (Debian packages,
# as root) and starts them. Tests create and drop their own databases.
set -euo pipefail

log() { echo "testdb: $*" >&2; }
mysql_ok() { mariadb -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1 || mysql -h127.0.0.1 -P3306 -uroot -e 'SELECT 1' >/dev/null 2>&1; }
pg_ok() { psql -h127.0.0.1 -p5432 -Upostgres -d postgres -tAc 'SELECT 1' >/dev/null 2>&1; }
apt_updated=""
need() {
  if [ "$(id -u)" != 0 ]; then log "need root to install $*"; exit 1; fi
  if [ -z "$apt_updated" ]; then DEBIAN_FRONTEND=noninteractive apt-get update -qq; apt_updated=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}
wait_for() { for _ in $(seq 1 60); do "$1" && return 0; sleep 1; done; return 1; }

if ! mysql_ok; then
  log "MariaDB does not answer on 127.0.0.1:3306; starting it"
  [ -x /usr/sbin/mariadbd ] || need mariadb-server mariadb-client
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld 2>/dev/null || true
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql --bind-address=127.0.0.1 || true
  for _ in $(seq 1 60); do mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1 && break; sleep 1; done
  # A fresh Debian install lets root in only through the unix socket.
  mysql_ok || mariadb -uroot -e "ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR mysql_native_password USING PASSWORD(''); FLUSH PRIVILEGES;" || true
  wait_for mysql_ok || { log "MariaDB did not come up"; exit 1; }
fi

if ! pg_ok; then
  log "PostgreSQL does not answer on 127.0.0.1:5432; starting it"
  ls /etc/postgresql/*/main >/dev/null 2>&1 || need postgresql postgresql-client
  ver=$(ls /etc/postgresql | sort -V | tail -n1)
  hba=/etc/postgresql/$ver/main/pg_hba.conf
  if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
    sed -i '1i host all all 127.0.0.1/32 trust\nhost all all ::1/128 trust' "$hba"
  fi
  pg_ctlcluster --skip-systemctl-redirect "$ver" main start 2>/dev/null || pg_ctlcluster --skip-systemctl-redirect "$ver" main reload || true
  wait_for pg_ok || { log "PostgreSQL did not come up"; exit 1; }
fi
log "MariaDB and PostgreSQL answer"

# Tools some tests drive, so that no test skips: headless Chromium loads
# report.html; script(1) gives a run a terminal for its progress line;
# pgbouncer pools PostgreSQL connections in transaction mode.
command -v chromium >/dev/null 2>&1 || { log "installing chromium for the report test"; need chromium; }
command -v script >/dev/null 2>&1 || { log "installing script(1) for the progress test"; need bsdutils; }
[ -x /usr/sbin/pgbouncer ] || command -v pgbouncer >/dev/null 2>&1 || { log "installing pgbouncer for the pooling tests"; need pgbouncer; }

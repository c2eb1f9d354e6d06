#!/usr/bin/env bash
# Makes sure the tests' real parts exist on this machine: Debian's Chromium, poppler's
# PDF readers, and a PostgreSQL server the storage tests can reach. Prints `export NAME=value` lines for
# the caller to eval. Installs with apt-get only when something is missing.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
log() { echo "$*" >&2; }
apt_updated=
apt_install() {
  if [ -z "$apt_updated" ]; then apt-get update -qq >&2; apt_updated=1; fi
  apt-get install -y -qq "$@" >/dev/null
}

chrome="${CHROME_PATH:-/usr/bin/chromium}"
if [ ! -x "$chrome" ]; then
  log "Chromium is missing: installing Debian's chromium package."
  apt_install chromium
  chrome=/usr/bin/chromium
fi
echo "export CHROME_PATH=$chrome"

# The release tests read the printed PDFs back with poppler's pdfinfo and pdftotext.
if ! command -v pdfinfo >/dev/null || ! command -v pdftotext >/dev/null; then
  log "pdfinfo is missing: installing Debian's poppler-utils package."
  apt_install poppler-utils
fi

if [ -n "${TEST_DATABASE_URL:-}" ]; then
  echo "export TEST_DATABASE_URL=$TEST_DATABASE_URL"
  exit 0
fi

db=easyread_test
# 1. A server on the standard port that lets the postgres user in (the machine's own).
if command -v psql >/dev/null && psql -h 127.0.0.1 -U postgres -d postgres -Atqc 'select 1' >/dev/null 2>&1; then
  psql -h 127.0.0.1 -U postgres -d postgres -Atqc "select 1 from pg_database where datname='$db'" | grep -q 1 \
    || psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db" >&2
  echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/$db"
  exit 0
fi

# 2. Otherwise a private cluster of Debian's PostgreSQL on a local port, trust auth.
port=54329
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  log "PostgreSQL is missing: installing Debian's postgresql package."
  apt_install postgresql
fi
bindir=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
dir=/tmp/easyread-pg
if ! "$bindir/pg_isready" -h 127.0.0.1 -p $port -q 2>/dev/null; then
  if [ ! -f "$dir/PG_VERSION" ]; then
    mkdir -p "$dir" && chown postgres "$dir"
    su postgres -c "$bindir/initdb -D $dir -A trust -U postgres" >/dev/null
  fi
  su postgres -c "$bindir/pg_ctl -D $dir -o '-p $port -k /tmp -c listen_addresses=127.0.0.1' -l $dir/log -w start" >/dev/null
fi
"$bindir/psql" -h 127.0.0.1 -p $port -U postgres -d postgres -Atqc "select 1 from pg_database where datname='$db'" | grep -q 1 \
  || "$bindir/psql" -h 127.0.0.1 -p $port -U postgres -d postgres -qc "create database $db" >&2
echo "export TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$port/$db"

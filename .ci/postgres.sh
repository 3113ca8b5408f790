#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the SQL tests and prints (stdout) the shell lines that
# export JRXMLPY_TEST_PG_URL and JRXMLPY_TEST_PG_STOP.  Installs Debian's postgresql when no
# server programs are found and we are root (bounded in time).  Whatever fails, it says why
# on stderr and prints nothing: the PostgreSQL tests then skip with a message.
set -uo pipefail
PORT="${JRXMLPY_TEST_PG_PORT:-55433}"
say() { echo "[ci postgres] $*" >&2; }

find_bin() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { echo "$d"; return 0; }
  done
  command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 && { dirname "$(command -v initdb)"; return 0; }
  return 1
}

if ! BIN="$(find_bin)"; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    say "no PostgreSQL and no way to install it (not root or no apt-get)"; exit 0
  fi
  say "installing Debian's postgresql (at most 5 minutes)"
  export DEBIAN_FRONTEND=noninteractive
  made_policy=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then  # keep the package from starting its own server
    printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d && made_policy=1
  fi
  timeout 300 bash -c 'apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends postgresql >/dev/null 2>&1; }'
  status=$?
  [ -z "$made_policy" ] || rm -f /usr/sbin/policy-rc.d
  if [ $status != 0 ] || ! BIN="$(find_bin)"; then say "installing postgresql failed or took too long"; exit 0; fi
fi

DATA="$(mktemp -d /tmp/jrxmlpy-pg.XXXXXX)"
RUN=()
if [ "$(id -u)" = 0 ]; then  # the server refuses to run as root
  id postgres >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin postgres 2>/dev/null
  chown postgres: "$DATA"
  RUN=(runuser -u postgres --)
fi
if ! "${RUN[@]}" "$BIN/initdb" -D "$DATA/data" -A trust -U postgres --no-sync -E UTF8 --locale=C >/dev/null 2>&1; then
  say "initdb failed"; exit 0
fi
if ! "${RUN[@]}" "$BIN/pg_ctl" -D "$DATA/data" -l "$DATA/log" -w -t 30 \
     -o "-p $PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off" start >/dev/null 2>&1; then
  say "the server did not start (see $DATA/log)"; exit 0
fi
say "PostgreSQL running on 127.0.0.1:$PORT ($DATA)"
echo "export JRXMLPY_TEST_PG_URL='postgresql://postgres@127.0.0.1:$PORT/postgres'"
echo "export JRXMLPY_TEST_PG_STOP='${RUN[*]} $BIN/pg_ctl -D $DATA/data -m immediate stop >/dev/null; rm -rf $DATA'"

# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Sourced by the PostgreSQL benchmarks: starts a throwaway PostgreSQL server (fsync on, as
# the postgres user when run as root) on a free loopback port, in a fresh folder $work that
# goes away on exit with the server. Defines $work, $port, $as_pg and psql_ (psql on it).
# Needs $pgbin (MA_PG_BINDIR or Debian's PostgreSQL 15).
pgbin=${MA_PG_BINDIR:-/usr/lib/postgresql/15/bin}
work=$(mktemp -d)
chmod 755 "$work"
as_pg=(); if [ "$(id -u)" = 0 ]; then as_pg=(runuser -u postgres --); chown postgres "$work"; fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
cleanup() { "${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
"${as_pg[@]}" "$pgbin/initdb" -D "$work/data" -U postgres -E UTF8 --locale=C.UTF-8 --auth-local=trust \
    --auth-host=trust >/dev/null
"${as_pg[@]}" "$pgbin/pg_ctl" -D "$work/data" -l "$work/server.log" -w \
    -o "-k $work -c listen_addresses=127.0.0.1 -p $port -c fsync=on" start >/dev/null
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }

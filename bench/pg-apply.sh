#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `migration-assistant --headless --apply` on PostgreSQL against `psql -f` running
# the very same migration SQL (from --print-sql), each on a fresh copy (CREATE DATABASE …
# TEMPLATE) of one generated v1 database. Starts its own throwaway PostgreSQL 15 server on a
# free loopback port (as root it runs the server as the postgres user) and stops it at the end.
# Usage: bench/pg-apply.sh [BUILD_DIR] [USERS] [RUNS]   (needs psql, bc, GNU time)
# Prints one line per run and the medians; the ratio is assistant / psql.
set -euo pipefail
build=$(realpath "${1:-build}")
users=${2:-200000}
runs=${3:-5}
bin="$build/app/migration-assistant"
src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/bench/throwaway-pg.sh"
psql_ -d postgres -c "CREATE DATABASE bench_source"
{
    echo "SET search_path TO public;"
    cat "$src/resources/demo/v1-schema-postgresql.sql"
    sed "s/{{users}}/$users/g" "$src/resources/demo/v1-data-postgresql.sql"
    echo "VACUUM ANALYZE;"
} | psql_ -d bench_source >/dev/null
url="postgresql://postgres@127.0.0.1:$port/bench_source?schema=public"
"$bin" --print-sql postgresql --db "$url" > "$work/migration.sql"
size=$(psql_ -d bench_source -Atc "SELECT pg_size_pretty(pg_database_size('bench_source'))")
echo "database: $users users, $size; $(psql --version | cut -d' ' -f3) psql vs $("$bin" --version)"

now() { date +%s.%N; }
shell_times=(); tool_times=(); tool_rss=()
for i in $(seq "$runs"); do
    psql_ -d postgres -c "CREATE DATABASE bench_shell TEMPLATE bench_source"
    t0=$(now); psql_ -d bench_shell -f "$work/migration.sql" >/dev/null; t1=$(now)
    shell_times+=("$(echo "$t1 - $t0" | bc)")
    psql_ -d postgres -c "DROP DATABASE bench_shell"

    psql_ -d postgres -c "CREATE DATABASE bench_tool TEMPLATE bench_source"
    t0=$(now)
    /usr/bin/time -f "%M" -o "$work/rss" "$bin" --headless --db "${url/bench_source/bench_tool}" \
        --lock-file "$work/run.lock" --plan user-integrations --apply --yes >/dev/null
    t1=$(now)
    tool_times+=("$(echo "$t1 - $t0" | bc)")
    tool_rss+=("$(cat "$work/rss")")
    psql_ -d postgres -c "DROP DATABASE bench_tool"
    echo "run $i: psql ${shell_times[-1]} s, assistant ${tool_times[-1]} s, assistant peak RSS ${tool_rss[-1]} KiB"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms=$(median "${shell_times[@]}"); mt=$(median "${tool_times[@]}"); mr=$(median "${tool_rss[@]}")
echo "median: psql $ms s, assistant $mt s, ratio $(echo "scale=3; $mt / $ms" | bc), peak RSS $((mr / 1024)) MiB"

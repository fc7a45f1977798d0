#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the batched, online `encrypt-tokens` apply on PostgreSQL — its throughput
# (rows/s), and what it does to the latency of an application writing user_integrations at
# the same time (p50/p99 of a pgbench writer at a fixed rate, without and with the run).
# Starts its own throwaway PostgreSQL 15 server on a free loopback port (as root it runs the
# server as the postgres user) and stops it at the end.
# Usage: bench/pg-encrypt.sh [BUILD_DIR] [INTEGRATIONS] [BATCH_SIZE] [WRITER_TPS]
#   INTEGRATIONS default 1000000 (approximate: the demo makes ~1.61 per user), BATCH_SIZE 1000,
#   WRITER_TPS 200 (pgbench -R: one UPDATE of a random row's access_token per transaction).
set -euo pipefail
build=$(realpath "${1:-build}")
integrations=${2:-1000000}
batch=${3:-1000}
tps=${4:-200}
users=$((integrations * 100 / 161)) # the demo makes ~1.61 integrations per user
bin="$build/app/migration-assistant"
src=$(cd "$(dirname "$0")/.." && pwd)
. "$src/bench/throwaway-pg.sh"
url() { echo "postgresql://postgres@127.0.0.1:$port/$1?schema=public"; }

# v1 generated server-side, then v2 by the assistant itself (the plan user-integrations).
psql_ -d postgres -c "CREATE DATABASE bench_v2"
{
    echo "SET search_path TO public;"
    cat "$src/resources/demo/v1-schema-postgresql.sql"
    sed "s/{{users}}/$users/g" "$src/resources/demo/v1-data-postgresql.sql"
} | psql_ -d bench_v2 >/dev/null
"$bin" --headless --db "$(url bench_v2)" --lock-file "$work/run.lock" --plan user-integrations --apply --yes >/dev/null
psql_ -d bench_v2 -c "VACUUM ANALYZE"
rows=$(psql_ -d bench_v2 -Atc "SELECT count(*) FROM user_integrations")
todo=$(psql_ -d bench_v2 -Atc "SELECT count(*) FROM user_integrations WHERE access_token IS NOT NULL OR refresh_token IS NOT NULL OR client_secret IS NOT NULL")
maxid=$(psql_ -d bench_v2 -Atc "SELECT max(id) FROM user_integrations")
size=$(psql_ -d bench_v2 -Atc "SELECT pg_size_pretty(pg_total_relation_size('user_integrations'))")
echo "user_integrations: $rows rows ($todo with tokens), $size; batch size $batch; $("$bin" --version)"
head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$work/key.hex"
chmod 600 "$work/key.hex"

cat > "$work/writer.sql" <<SQL
\set id random(1, $maxid)
UPDATE user_integrations SET access_token = 'written-by-pgbench-' || :id WHERE id = :id;
SQL
# pgbench -l logs one line per transaction: client, tx, latency_us, script, epoch_s, epoch_us, lag_us.
percentiles() { # LOGFILES FROM_EPOCH TO_EPOCH
    python3 - "$@" <<'PY'
import sys, glob
files, lo, hi = sys.argv[1], float(sys.argv[2]), float(sys.argv[3])
lat = []
for f in glob.glob(files):
    for line in open(f):
        p = line.split()
        if len(p) < 6:
            continue  # a line cut short when pgbench ended
        t = int(p[4]) + int(p[5]) / 1e6
        if lo <= t <= hi:
            lat.append(int(p[2]) / 1000.0)
lat.sort()
q = lambda x: lat[min(len(lat) - 1, int(x * len(lat)))] if lat else float('nan')
print(f"{len(lat)} writes, p50 {q(0.50):.2f} ms, p99 {q(0.99):.2f} ms, max {lat[-1] if lat else float('nan'):.1f} ms")
PY
}
writer() { # SECONDS DB PREFIX
    (cd "$work" && "$pgbin/pgbench" -n -h 127.0.0.1 -p "$port" -U postgres -f writer.sql -R "$tps" -T "$1" -c 2 -j 1 \
        -l --log-prefix="$3" "$2" >/dev/null 2>&1)
}
now() { date +%s.%N; }
fresh() { psql_ -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1 TEMPLATE bench_v2"; }
run() { # DB [extra flags]
    local db=$1; shift
    "$bin" --headless --db "$(url "$db")" --plan encrypt-tokens --key-file "$work/key.hex" --lock-file "$work/run.lock" \
        --apply --batch-size "$batch" "$@" --json > "$work/result.json"
}

# 1. The writer alone: its latency without any run.
fresh bench_run
t0=$(now); writer 10 bench_run base; t1=$(now)
echo "writer alone ($tps tx/s, 10 s):          $(percentiles "$work/base.*" "$t0" "$t1")"

# 2. The run alone: throughput.
fresh bench_run
t0=$(now); run bench_run; t1=$(now)
secs=$(echo "$t1 - $t0" | bc)
echo "run alone:                           $todo rows in $secs s = $(echo "$todo / $secs" | bc) rows/s"

# 3. The run with the writer: both.
fresh bench_run
dur=$(printf '%.0f' "$(echo "$secs * 2 + 5" | bc)")
writer "$dur" bench_run during &
wpid=$!
sleep 2
t0=$(now); run bench_run; t1=$(now)
secs2=$(echo "$t1 - $t0" | bc)
wait "$wpid"
echo "run with the writer:                 $todo rows in $secs2 s = $(echo "$todo / $secs2" | bc) rows/s"
echo "writer during the run:               $(percentiles "$work/during.*" "$t0" "$t1")"
python3 - "$work/result.json" <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
print("result:", d["result"], "| notes:", " | ".join(n[:160] for n in d.get("notes", [])))
PY

# 4. Smaller batches and a pause between them: fewer rows locked, for less time, at once.
small=$((batch / 10 > 0 ? batch / 10 : 1))
fresh bench_run
writer "$((dur * 2))" bench_run small &
wpid=$!
sleep 2
t0=$(now); run bench_run --batch-size "$small" --batch-pause-ms 5; t1=$(now)
secs3=$(echo "$t1 - $t0" | bc)
wait "$wpid"
echo "run with the writer, --batch-size $small --batch-pause-ms 5: $todo rows in $secs3 s = $(echo "$todo / $secs3" | bc) rows/s"
echo "writer during that run:              $(percentiles "$work/small.*" "$t0" "$t1")"

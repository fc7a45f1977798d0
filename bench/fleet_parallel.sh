#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark (issue 16): a fleet of COUNT SQLite demo databases of USERS users each, applied
# (a) as COUNT single runs one after the other (`--db sqlite:F --plan user-integrations --apply
# --yes`), against (b) one fleet run `--fleet M --apply --yes --parallel 2` on fresh copies.
# The target (issue 16): (b) within 1.2 times the sum of (a) divided by 2, i.e. a ratio
# b / (a / 2) of 1.2 or less on a 2-core machine. Then the fleet's peak RSS (/usr/bin/time -v)
# for SMALL and COUNT targets: memory follows --parallel, not the fleet's size.
# Usage: bench/fleet_parallel.sh [BUILD_DIR] [COUNT] [USERS] [SMALL] [ROUNDS]
#        (defaults: build 100 20000 20 3)
set -euo pipefail
build=${1:-build}
count=${2:-100}
users=${3:-20000}
small=${4:-20}
rounds=${5:-3}
bin="$build/app/migration-assistant"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_RUNTIME_DIR="$work/runtime"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

"$bin" --demo "$work/v1.db" --users "$users" >/dev/null
echo "database: $users users, $(du -h "$work/v1.db" | cut -f1) each, $count of them; $("$bin" --version); $(nproc) cores"

# COUNT fresh copies in folder $1
copies() {
    rm -rf "$1" && mkdir -p "$1"
    for i in $(seq -w 1 "$2"); do cp "$work/v1.db" "$1/c$i.db"; done
    sync
}
now() { date +%s.%N; }

# CPU seconds (user + sys) of a command and its children, from /usr/bin/time -f.
cpu() { awk '/^cpu / {print $2 + $3}' "$1"; }

printf '{ "targets": ["sqlite:%s/fleet/*.db"], "defaults": { "plan": "user-integrations" } }\n' "$work" > "$work/fleet.json"
# The two are measured in turns, ROUNDS times, and the median ratio is the figure: a machine
# shared with other virtual machines drifts by 10-20 % within minutes, and one (a) taken
# long before one (b) would measure the drift.
ratios=()
for round in $(seq 1 "$rounds"); do
    copies "$work/single" "$count"
    t0=$(now)
    /usr/bin/time -f "cpu %U %S" -o "$work/singles.cpu" bash -c '
        for f in "$2"/single/*.db; do
            "$1" --headless --db "sqlite:$f" --plan user-integrations --apply --yes >/dev/null
        done' _ "$bin" "$work"
    t1=$(now)
    singles=$(echo "$t1 - $t0" | bc)
    rm -rf "$work/single"

    copies "$work/fleet" "$count"
    t0=$(now)
    set +e
    /usr/bin/time -v "$bin" --headless --fleet "$work/fleet.json" --apply --yes --parallel 2 --json \
        > "$work/fleet.out" 2> "$work/fleet.time"
    code=$?
    set -e
    t1=$(now)
    fleet=$(echo "$t1 - $t0" | bc)
    [ "$code" = 0 ] || { echo "the fleet exited $code" >&2; tail -20 "$work/fleet.time" >&2; exit 1; }
    ok=$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["summary"]["ok"])' "$work/fleet.out")
    [ "$ok" = "$count" ] || { echo "the fleet applied $ok of $count" >&2; exit 1; }
    rss_big=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/fleet.time")
    fleet_cpu=$(awk -F: '/User time|System time/ {s += $2} END {print s}' "$work/fleet.time")
    rm -rf "$work/fleet"
    ratio=$(echo "$fleet / ($singles / 2)" | bc -l)
    ratios+=("$ratio")
    printf 'round %d: single runs one after the other %.2f s (sum; CPU %.2f s), fleet --parallel 2 %.2f s (CPU %.2f s): ratio %.3f\n' \
        "$round" "$singles" "$(cpu "$work/singles.cpu")" "$fleet" "$fleet_cpu" "$ratio"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')

# Peak memory for SMALL targets, the same way.
copies "$work/fleet" "$small"
/usr/bin/time -v "$bin" --headless --fleet "$work/fleet.json" --apply --yes --parallel 2 --json \
    > /dev/null 2> "$work/small.time"
rss_small=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$work/small.time")

printf 'median ratio fleet / (sum / 2) over %d rounds: %.3f (the target: 1.2 or less)\n' "$rounds" "$median"
echo "peak RSS: $small targets $((rss_small / 1024)) MiB, $count targets $((rss_big / 1024)) MiB"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the test plans of tests/data/plans (task-labels v3 -> v4, task-positions v4 -> v5)
# as two single-plan runs (a) `--plan DIR --apply --yes`, one after the other, against one path
# run (b) `--plans tests/data/plans --apply --yes` without --plan (both plans, by default in one
# transaction), on copies of one SQLite demo database taken to v3 once by the built-ins.
# Usage: bench/path_vs_plans.sh [BUILD_DIR] [USERS] [RUNS]   (defaults: build 200000 3)
# Prints one line per run and the medians; the ratio is path / plans. A binary without paths
# (it refuses --plans) gets (a) only.
set -euo pipefail
build=${1:-build}
users=${2:-200000}
runs=${3:-3}
bin="$build/app/migration-assistant"
plans="$(cd "$(dirname "$0")/../tests/data/plans" && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# v1 -> v3 once, each built-in named (without --plan a run would follow the path).
"$bin" --demo "$work/v3.db" --users "$users" >/dev/null
python3 -c 'import os; print(os.urandom(32).hex())' > "$work/tokens.key"
"$bin" --headless --db "sqlite:$work/v3.db" --plan user-integrations --apply --yes >/dev/null
"$bin" --headless --db "sqlite:$work/v3.db" --plan encrypt-tokens --apply --yes --key-file "$work/tokens.key" >/dev/null
rm -f "$work"/v3.db.before-*.bak
size=$(du -h "$work/v3.db" | cut -f1)
echo "database: $users users at v3, $size; $("$bin" --version)"

# What both ways must leave: v5, with the same rows.
v5_facts() {
    sqlite3 "$1" "SELECT (SELECT count(*) FROM tasks) || ' tasks, ' || (SELECT coalesce(sum(list_position), 0) FROM tasks)
                  || ' position sum, ' || (SELECT count(*) FROM task_labels) || ' labels'"
}

# Path runs exist when the binary accepts --plans (exit 1 is bad usage: an unknown flag).
paths=1
cp "$work/v3.db" "$work/probe.db"
if ! "$bin" --headless --db "sqlite:$work/probe.db" --plans "$plans" --check >/dev/null 2>&1; then
    paths=0
    echo "note: this binary does not run paths (--plans ... --check failed): timing (a) only"
fi
rm -f "$work/probe.db"

now() { date +%s.%N; }
plan_times=(); path_times=()
for i in $(seq "$runs"); do
    cp "$work/v3.db" "$work/plans.db"
    sync
    t0=$(now)
    "$bin" --headless --db "sqlite:$work/plans.db" --plan "$plans/task-labels" --apply --yes >/dev/null
    "$bin" --headless --db "sqlite:$work/plans.db" --plan "$plans/task-positions" --apply --yes >/dev/null
    t1=$(now)
    plan_times+=("$(printf "%.3f" "$(echo "$t1 - $t0" | bc)")")
    line="run $i: plans ${plan_times[-1]} s"
    if [ "$paths" = 1 ]; then
        expected=$(v5_facts "$work/plans.db")
        rm -f "$work/plans.db" "$work"/plans.db.before-*.bak
        cp "$work/v3.db" "$work/path.db"
        sync
        t0=$(now)
        "$bin" --headless --db "sqlite:$work/path.db" --plans "$plans" --apply --yes >/dev/null
        t1=$(now)
        path_times+=("$(printf "%.3f" "$(echo "$t1 - $t0" | bc)")")
        got=$(v5_facts "$work/path.db")
        [ "$got" = "$expected" ] || { echo "the path run left $got, the plans $expected" >&2; exit 1; }
        rm -f "$work/path.db" "$work"/path.db.before-*.bak
        line+=", path ${path_times[-1]} s"
    else
        rm -f "$work/plans.db" "$work"/plans.db.before-*.bak
    fi
    echo "$line"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
mp=$(median "${plan_times[@]}")
if [ "$paths" = 1 ]; then
    mq=$(median "${path_times[@]}")
    echo "median: plans $mp s, path $mq s, ratio $(printf "%.3f" "$(echo "scale=6; $mq / $mp" | bc)")"
else
    echo "median: plans $mp s (no path run)"
fi

#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `migration-assistant --headless --apply` against the sqlite3 shell running the
# very same migration SQL (from --print-sql), on copies of one generated v1 database.
# Usage: bench/sqlite-apply.sh [BUILD_DIR] [USERS] [RUNS]   (needs sqlite3 and GNU time)
# Prints one line per run and the medians; the ratio is assistant / shell.
set -euo pipefail
build=${1:-build}
users=${2:-200000}
runs=${3:-5}
bin="$build/app/migration-assistant"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$bin" --demo "$work/source.db" --users "$users" >/dev/null
"$bin" --print-sql sqlite > "$work/migration.sql"
size=$(du -h "$work/source.db" | cut -f1)
echo "database: $users users, $size; $(sqlite3 --version | cut -d' ' -f1) shell vs $("$bin" --version)"

now() { date +%s.%N; }
shell_times=(); tool_times=(); tool_rss=()
for i in $(seq "$runs"); do
    # Drop the previous copies first so the page cache holds the same data for both.
    cp "$work/source.db" "$work/shell.db"
    sync
    t0=$(now); sqlite3 "$work/shell.db" < "$work/migration.sql"; t1=$(now)
    shell_times+=("$(echo "$t1 - $t0" | bc)")
    rm -f "$work/shell.db"

    cp "$work/source.db" "$work/tool.db"
    sync
    t0=$(now)
    /usr/bin/time -f "%M" -o "$work/rss" "$bin" --headless --db "sqlite:$work/tool.db" --plan user-integrations --apply --yes >/dev/null
    t1=$(now)
    tool_times+=("$(echo "$t1 - $t0" | bc)")
    tool_rss+=("$(cat "$work/rss")")
    rm -f "$work/tool.db" "$work"/tool.db.before-*.bak
    echo "run $i: shell ${shell_times[-1]} s, assistant ${tool_times[-1]} s, assistant peak RSS ${tool_rss[-1]} KiB"
done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
ms=$(median "${shell_times[@]}"); mt=$(median "${tool_times[@]}"); mr=$(median "${tool_rss[@]}")
echo "median: shell $ms s, assistant $mt s, ratio $(echo "scale=3; $mt / $ms" | bc), peak RSS $((mr / 1024)) MiB"

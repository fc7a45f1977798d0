#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzzers with clang (a build tree of their own) and runs each for a bounded time
# on the committed seeds in fuzz/corpus/<target>/. Fails on any crash, sanitizer report, leak
# or hang (-timeout). What a run found is kept in BUILD_DIR/findings/.
#   fuzz/run.sh BUILD_DIR [SECONDS_EACH]      (CTest runs it with 30)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
build="${1:?usage: fuzz/run.sh BUILD_DIR [SECONDS_EACH]}"
mkdir -p "$build" && build="$(cd "$build" && pwd)"
seconds="${2:-30}"
if ! command -v clang++ >/dev/null; then
    echo "fuzz/run.sh: clang++ is missing: packaging/install-build-deps.sh installs clang" >&2
    exit 1
fi
# One configure per build tree; a clean tree needs ~20 s to build four sources and two mains.
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
fi
nice cmake --build "$build"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:${UBSAN_OPTIONS:-}"
status=0
for target in plan_manifest statement_splitter; do
    work="$build/findings/$target"
    rm -rf "$work" && mkdir -p "$work/corpus"
    dict=()
    [ -f "$here/$target.dict" ] && dict=(-dict="$here/$target.dict")
    echo "== fuzz_$target for ${seconds}s (seeds: fuzz/corpus/$target)"
    if ! (cd "$work" && "$build/fuzz_$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -max_len=65536 -print_final_stats=1 "${dict[@]}" "$work/corpus" "$here/corpus/$target" \
            >"$work/log.txt" 2>&1); then
        status=1
        echo "fuzz_$target FAILED; the input is in $work (crash-*, leak-*, timeout-*):"
        grep -E "ERROR|SUMMARY|runtime error|Test unit written|==[0-9]+==" "$work/log.txt" | head -30
    fi
    grep -E "^stat::number_of_executed_units|^stat::new_units_added|cov: " "$work/log.txt" | tail -3
done
exit $status

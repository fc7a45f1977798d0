#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# The core and wizard-logic libraries and their unit tests (tests/core, tests/wizard), built once more with AddressSanitizer and
# UndefinedBehaviorSanitizer in a build tree of their own, then run. Any sanitizer report fails
# the run: UBSan halts on the first error, ASan reports leaks (LeakSanitizer). Known noise from
# Qt and the system libraries is in tests/sanitize/lsan.supp, each entry with its reason.
#   tests/sanitize/run.sh BUILD_DIR [all|unit|core]     (CTest runs it with "unit")
# "unit": every core and wizard test but tst_postgresql and tst_backfill_postgresql, which also run the binary (the wizard's
# widgets would have to be built sanitized too); "all" adds it; "core" builds only the
# engine's tests (runner, plan loader, splitter, connection spec, snapshots, run lock).
set -euo pipefail
source_dir="$(cd "$(dirname "$0")/../.." && pwd)"
build="${1:?usage: tests/sanitize/run.sh BUILD_DIR [all|core]}"
mkdir -p "$build" && build="$(cd "$build" && pwd)"
which="${2:-all}"
if ! command -v clang++ >/dev/null; then
    echo "tests/sanitize/run.sh: clang++ is missing: packaging/install-build-deps.sh installs clang" >&2
    exit 1
fi
if [ "$which" = core ]; then
    tests="tst_migrationrunner tst_planloader tst_statementsplitter tst_connectionspec tst_tablesnapshot tst_runlock"
elif [ "$which" = unit ]; then
    tests="$(cd "$source_dir/tests" && find core wizard -name 'tst_*.cpp' -printf '%f\n' | sort | sed 's/\.cpp$//' | grep -v -e '^tst_postgresql$' -e '^tst_backfill_postgresql$' | tr '\n' ' ')"
else
    tests="$(cd "$source_dir/tests" && find core wizard -name 'tst_*.cpp' -printf '%f\n' | sort | sed 's/\.cpp$//' | tr '\n' ' ')"
fi
flags="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer"
if [ ! -f "$build/build.ninja" ]; then
    # -O1: the sanitizers' usual level; no debug info, which would only slow the build.
    CC=clang CXX=clang++ cmake -S "$source_dir" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=None \
        -DCMAKE_CXX_FLAGS="-O1 $flags" -DCMAKE_C_FLAGS="-O1 $flags" \
        -DCMAKE_EXE_LINKER_FLAGS="$flags" >/dev/null
fi
start=$(date +%s)
# tst_postgresql also runs the binary (MA_BINARY is this tree's): "all" builds it, sanitized too.
binary=""
if [ "$which" = all ]; then binary=migration-assistant; fi
# shellcheck disable=SC2086
nice cmake --build "$build" --target $tests $binary
echo "sanitizer build: $(( $(date +%s) - start )) s"
export ASAN_OPTIONS="detect_leaks=1:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
export LSAN_OPTIONS="suppressions=$source_dir/tests/sanitize/lsan.supp:print_suppressions=0"
regex="^($(echo $tests | tr ' ' '|'))\$"
# A sanitizer report makes the test binary exit non-zero, so ctest counts it failed.
ctest --test-dir "$build" -R "$regex" --output-on-failure --timeout 600

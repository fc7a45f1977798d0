#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks at customer scale, in one command: the assistant against the sqlite3 shell, psql
# and Sqitch running the same migration SQL, on SQLite and PostgreSQL at each size; check,
# rehearse, rollback, peak memory, the wizard's longest GUI gap, start-up. See
# docs/benchmarks.md ("Harness") for what each column means and what it needs.
#
#   bench/run.sh BUILD_DIR [--sizes 100000,1000000] [--runs 3] [--quick]
#                [--engines sqlite,postgresql] [--out DIR] [--work DIR]
#                [--no-sqitch] [--no-gui] [--keep-work]
#
# Writes results.json, results.csv, results.md and apply-time.png into BUILD_DIR/bench-results
# (or --out) and prints results.md. As root it runs the throwaway PostgreSQL server as the
# postgres user. Heavy: 1 000 000 users take a few GB in --work and tens of minutes.
set -euo pipefail
exec python3 "$(dirname "$0")/harness.py" "$@"

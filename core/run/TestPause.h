// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>

// Test hook for the crash, signal and resource suites (tests/app): MA_TEST_PAUSE_AT=<moment>
// makes a run wait at that named moment, holding whatever it holds there, so a test can kill,
// signal or starve it at a known point. Moments are the plan's step ids plus `lock` (run lock
// taken, database not yet opened), `checks`, `backup` (a SQLite backup about to be copied),
// `backup-written` (copied and verified, not yet given its name), `validate`, `verify`
// (rollback), `commit` and `rollback-commit`; batched runs add `batch:N` (the Nth batch, inside
// its transaction just before COMMIT) and `read:N` (that batch read, nothing written yet).
// `<moment>:<ms>` waits at most that long and then goes on (default one minute); a cancel
// ends the wait at once. Prints "MA_TEST_PAUSED <moment>" on stderr when it starts waiting.
// Inert unless the variable is set.
namespace TestPause {
void at(const QString &moment, const std::atomic<bool> *cancelled);
}

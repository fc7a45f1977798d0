// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>

// The moments of a run besides its plan's own steps, in the order a run meets them, declared
// here and nowhere else. `step` is what progress events carry (and --progress prints) while
// the run is in the phase; `pause` is the name MA_TEST_PAUSE_AT stops it at (TestPause).
enum class RunPhase { Lock, Checks, SnapshotBefore, Backup, Validate, SnapshotAfter, Verify, Commit, RollbackCommit };

struct RunPhaseName
{
    RunPhase phase;
    const char *step;
    const char *pause;
};

inline constexpr std::array<RunPhaseName, 9> kRunPhases{{
    {RunPhase::Lock, "lock", "lock"},
    {RunPhase::Checks, "checks", "checks"},
    {RunPhase::SnapshotBefore, "snapshot-before", "snapshot-before"},
    {RunPhase::Backup, "backup", "backup"},
    {RunPhase::Validate, "validate", "validate"},
    {RunPhase::SnapshotAfter, "snapshot-after", "snapshot-after"},
    {RunPhase::Verify, "verify", "verify"},
    {RunPhase::Commit, "commit", "commit"},
    // The interfaces show one "commit"; the tests stop a rollback's commit by its own name.
    {RunPhase::RollbackCommit, "commit", "rollback-commit"},
}};

constexpr const RunPhaseName &runPhaseName(RunPhase phase)
{
    for (const RunPhaseName &p : kRunPhases)
        if (p.phase == phase)
            return p;
    return kRunPhases.front();
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunOutcome.h"

// The documented exit codes of the headless interface (shared/spec/cli.md).
// Installers depend on them: add, never change. They belong to the command line: the core
// ends a run with a RunOutcome, and only the CLI turns it into a process exit code.
enum class ExitCode : int {
    Ok = 0,                 // done, or nothing to do
    BadInput = 1,           // bad usage, malformed URL, unreadable or invalid plan
    CannotConnect = 2,      // cannot connect to or open the database
    ChecksStopped = 3,      // a blocker, or warnings not accepted; nothing changed
    Locked = 4,             // another run holds the lock; nothing changed
    FailedRolledBack = 5,   // migration or validation failed and was rolled back
    NeedsPerson = 6,        // rollback failed or its verification found a difference
    Interrupted = 130,      // SIGINT/SIGTERM; everything rolled back
};

inline ExitCode exitCodeFor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Ok:
    case RunOutcome::NothingToDo:
    case RunOutcome::RolledBack:
        return ExitCode::Ok;
    case RunOutcome::Blocked:
        return ExitCode::ChecksStopped;
    case RunOutcome::Locked:
        return ExitCode::Locked;
    case RunOutcome::Failed:
        return ExitCode::FailedRolledBack;
    case RunOutcome::Interrupted:
        return ExitCode::Interrupted;
    case RunOutcome::NeedsPerson:
        return ExitCode::NeedsPerson;
    case RunOutcome::BadInput:
        return ExitCode::BadInput;
    case RunOutcome::CannotConnect:
        return ExitCode::CannotConnect;
    }
    return ExitCode::FailedRolledBack;
}

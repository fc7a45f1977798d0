#pragma once

#include "run/ExitCode.h"

#include <QString>

// How a run ended: exactly one of these. Each maps to one documented exit code and one
// "result" word of the --json document.
enum class RunOutcome {
    Ok,             // done: checks passed, rehearsal done, migration applied
    NothingToDo,    // already applied (or nothing to roll back)
    RolledBack,     // --rollback restored the source version and verified it
    Blocked,        // checks stopped the run
    Locked,         // another run (or writer) holds the lock
    Failed,         // migration or validation failed, rolled back
    Interrupted,    // cancelled or a signal; rolled back
    NeedsPerson,    // a rollback failed, or its verification found a difference
    BadInput,       // bad usage, plan or URL
    CannotConnect,  // the database could not be opened
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

// The "result" field of the --json document (shared/spec/cli.md).
inline QString resultWordFor(RunOutcome outcome)
{
    switch (outcome) {
    case RunOutcome::Ok:
        return QStringLiteral("ok");
    case RunOutcome::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case RunOutcome::RolledBack:
        return QStringLiteral("rolled-back");
    case RunOutcome::Blocked:
        return QStringLiteral("blocked");
    case RunOutcome::Locked:
        return QStringLiteral("locked");
    default:
        return QStringLiteral("failed");
    }
}

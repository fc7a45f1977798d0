// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// How a run ended: exactly one of these. Each has one "result" word of the --json document;
// the command line maps it to an exit code (cli/ExitCode.h), the wizard to a sentence.
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

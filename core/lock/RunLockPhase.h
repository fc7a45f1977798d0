// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "lock/RunLock.h"

#include <QCoreApplication>
#include <memory>

class RunContext;
class RunResult;

// The first thing a run that changes the database does: take the run lock file (waiting
// --wait-lock seconds when asked), whoever runs — one plan (MigrationRunner) or a path
// (PathRun). A held lock or an unusable lock file is the run's end, and result says why.
class RunLockPhase
{
    Q_DECLARE_TR_FUNCTIONS(RunLockPhase)

public:
    // The lock, held until it is destroyed; null: result.outcome and result.error say why.
    static std::unique_ptr<RunLock> take(RunContext &context, RunResult &result);
};

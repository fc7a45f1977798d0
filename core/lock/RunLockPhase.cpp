// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/RunLockPhase.h"

#include "lock/LockRefusal.h"
#include "run/RunContext.h"
#include "run/RunResult.h"

std::unique_ptr<RunLock> RunLockPhase::take(RunContext &context, RunResult &result)
{
    const RunOptions &options = context.options();
    auto lock = std::make_unique<RunLock>(options.lockFile.isEmpty() ? RunLock::defaultPath(options.connection)
                                                                     : options.lockFile);
    if (options.waitLockSeconds > 0)
        context.log(tr("Waiting up to %1 s for the run lock %2").arg(options.waitLockSeconds).arg(lock->path()));
    ErrorInfo error;
    const auto taken = lock->acquire(options.waitLockSeconds, context.cancelFlag(), &error);
    if (taken == RunLock::Result::Acquired) {
        context.pause(RunPhase::Lock);
        return lock;
    }
    if (taken == RunLock::Result::Error) {
        result.outcome = RunOutcome::CannotConnect;
        result.error = error;
    } else {
        result.outcome = context.cancelled() ? RunOutcome::Interrupted : RunOutcome::Locked;
        LockRefusal::runLockHeld(*lock, result);
    }
    return nullptr;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/LockedConnection.h"

#include "lock/LockRefusal.h"
#include "run/CancelToken.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "transaction/RunTransaction.h"

LockedConnection::LockedConnection(RunContext &context)
    : m_context(context)
{
}

LockedConnection::~LockedConnection()
{
    if (m_cancelAttached && m_context.cancelToken())
        m_context.cancelToken()->detach();
    m_db.reset(); // the connection closes before the lock file is released
    m_lock.reset();
}

bool LockedConnection::open(RunResult &result)
{
    const RunOptions &options = m_context.options();
    ErrorInfo error;
    m_lock = std::make_unique<RunLock>(options.lockFile.isEmpty() ? RunLock::defaultPath(options.connection)
                                                                  : options.lockFile);
    if (options.waitLockSeconds > 0)
        m_context.log(tr("Waiting up to %1 s for the run lock %2").arg(options.waitLockSeconds).arg(m_lock->path()));
    const auto taken = m_lock->acquire(options.waitLockSeconds, m_context.cancelFlag(), &error);
    if (taken == RunLock::Result::Error) {
        result.outcome = RunOutcome::CannotConnect;
        result.error = error;
    } else if (taken == RunLock::Result::Held) {
        result.outcome = m_context.cancelled() ? RunOutcome::Interrupted : RunOutcome::Locked;
        LockRefusal::runLockHeld(*m_lock, result);
    }
    if (taken != RunLock::Result::Acquired) {
        m_lock.reset();
        return false;
    }
    m_context.pause(RunPhase::Lock);
    m_db = std::make_unique<DatabaseConnection>(options.connection);
    if (!m_db->open(DatabaseConnection::Mode::ReadWrite, &error, qMax(2000, options.waitLockSeconds * 1000))) {
        // Another program's write transaction (SQLite busy) is a held lock, not a broken database.
        result.outcome = RunTransaction::heldByAnotherWriter(*m_db) ? RunOutcome::Locked : RunOutcome::CannotConnect;
        result.error = error;
        m_db.reset();
        m_lock.reset();
        return false;
    }
    if (CancelToken *cancel = m_context.cancelToken()) {
        cancel->attach(m_db.get());
        m_cancelAttached = true;
    }
    return true;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/LockedConnection.h"

#include "lock/RunLockPhase.h"
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
    m_lock = RunLockPhase::take(m_context, result);
    if (!m_lock)
        return false;
    ErrorInfo error;
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

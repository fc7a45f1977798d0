// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DatabaseConnection.h"
#include "lock/RunLock.h"

#include <QCoreApplication>
#include <memory>

class RunContext;
class RunResult;

// The run lock file (RunLockPhase), then a read-write connection opened in this thread, as a
// run that changes the database takes them (MigrationRunner and PathRun do the same for apply
// and rollback): for the runs of their own, --baseline and --finalize. Released, in reverse
// order, when it goes.
class LockedConnection
{
    Q_DECLARE_TR_FUNCTIONS(LockedConnection)

public:
    explicit LockedConnection(RunContext &context);
    ~LockedConnection();
    LockedConnection(const LockedConnection &) = delete;
    LockedConnection &operator=(const LockedConnection &) = delete;

    // Lock (waiting --wait-lock seconds), then the connection, with the cancel attached to it.
    // False: result says why (Locked, Interrupted, CannotConnect), nothing is held.
    bool open(RunResult &result);
    DatabaseConnection &db() { return *m_db; }

private:
    RunContext &m_context;
    std::unique_ptr<RunLock> m_lock;
    std::unique_ptr<DatabaseConnection> m_db;
    bool m_cancelAttached = false;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ServerSession.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class DatabaseConnection;
class RunLock;
class RunResult;

// What a run says when another one holds a lock it needs: who holds it (the result's
// lockHolder, for the interfaces and --json) and a message that names them. Both engines
// refuse in these words, whichever lock stopped them (the lock file, the plan's advisory lock
// on the server, the tables).
class LockRefusal
{
    Q_DECLARE_TR_FUNCTIONS(LockRefusal)

public:
    // The lock file is held by another run (on this machine).
    static void runLockHeld(const RunLock &lock, RunResult &result);
    // The plan's advisory lock with that key is held by those sessions (maybe none known).
    static void serverLockHeld(const QList<ServerSession> &holders, qint64 key, RunResult &result);
    // LOCK TABLE on `tables` ran out of time: names the sessions that still hold a lock on them.
    // Call it after the ROLLBACK, so that this run's own request is no longer among them.
    static ErrorInfo tablesInUse(DatabaseConnection &db, const QStringList &tables, int timeoutMs,
                                 const QString &details);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lock/LockRefusal.h"

#include "db/PostgresSessions.h"
#include "lock/RunLock.h"
#include "run/RunResult.h"

void LockRefusal::runLockHeld(const RunLock &lock, RunResult &result)
{
    result.lockHolder = lock.holder();
    result.error = ErrorInfo::make(tr("Another run is migrating this database: %1. Nothing was changed.")
                                       .arg(result.lockHolder.describe()),
                                   tr("Lock file: %1").arg(lock.path()));
}

void LockRefusal::serverLockHeld(const QList<ServerSession> &holders, qint64 key, RunResult &result)
{
    if (!holders.isEmpty()) {
        const ServerSession &h = holders.first();
        result.lockHolder.pid = h.pid;
        result.lockHolder.host = h.client;
        result.lockHolder.application = h.application;
        result.lockHolder.since = h.since;
    }
    result.error = ErrorInfo::make(
        holders.isEmpty()
            ? tr("Another run is migrating this database (it holds the plan's lock on the server). "
                 "Nothing was changed.")
            : tr("Another run is migrating this database: PostgreSQL session %1. Nothing was changed.")
                  .arg(PostgresSessions::describe(holders)),
        tr("Advisory lock %1 on the server").arg(key));
}

ErrorInfo LockRefusal::tablesInUse(DatabaseConnection &db, const QStringList &tables, int timeoutMs,
                                   const QString &details)
{
    const auto inTheWay = PostgresSessions::holdingTables(db, tables, nullptr);
    const QString who = inTheWay && !inTheWay->isEmpty()
        ? tr(" In the way: %1.").arg(PostgresSessions::describe(*inTheWay))
        : QString();
    return ErrorInfo::make(tr("The tables to migrate are in use by other sessions and could not be "
                              "locked within %1 s. Nothing was changed.%2")
                               .arg(timeoutMs / 1000)
                               .arg(who),
                           details);
}

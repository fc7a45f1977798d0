// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction/RunTransaction.h"

#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "lock/AdvisoryLock.h"
#include "lock/LockRefusal.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "util/LoggingCategories.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <sqlite3.h>

bool RunTransaction::heldByAnotherWriter(const DatabaseConnection &db)
{
    const int code = db.sqliteHandle() ? sqlite3_errcode(db.sqliteHandle()) & 0xff : 0;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

bool RunTransaction::begin(const Plan &plan, bool write, RunResult &result)
{
    ErrorInfo error;
    if (m_db.isSqlite()) {
        // IMMEDIATE takes SQLite's write lock now: no other writer can slip in between the
        // checks and the migration, and the backup sees what the migration will see.
        if (m_db.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error))
            return true;
        result.outcome = heldByAnotherWriter(m_db) ? RunOutcome::Locked
                         : m_context.cancelled()  ? RunOutcome::Interrupted
                                                  : RunOutcome::CannotConnect;
        result.error = error;
        return false;
    }
    const QString mode = write ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!m_db.exec(mode, &error)) {
        result.outcome = RunOutcome::CannotConnect;
        result.error = error;
        return false;
    }
    if (!write)
        return true;
    return join(plan, result);
}

bool RunTransaction::join(const Plan &plan, RunResult &result)
{
    if (m_db.isSqlite())
        return true; // BEGIN IMMEDIATE took the write lock, for every plan of the transaction
    ErrorInfo error;
    // Another assistant on another machine: the lock file cannot see it, the server can.
    QList<ServerSession> holders;
    const qint64 key = AdvisoryLock::key(plan.id, m_db.spec());
    const auto advisory = AdvisoryLock::acquire(m_db, key, m_context.options().waitLockSeconds, &holders, &error);
    if (advisory != AdvisoryLock::Result::Acquired) {
        m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
        if (advisory == AdvisoryLock::Result::Error) {
            result.outcome = m_context.cancelled() ? RunOutcome::Interrupted : RunOutcome::CannotConnect;
            result.error = error;
            return false;
        }
        result.outcome = m_context.cancelled() ? RunOutcome::Interrupted : RunOutcome::Locked;
        LockRefusal::serverLockHeld(holders, key, result);
        return false;
    }
    // Writers of a still-running application wait for the migration instead of being lost.
    // SHARE ROW EXCLUSIVE stops every writer but lets readers on, so the snapshot before the
    // run can be taken by a second session beside the checks; before the steps the engine
    // raises it to ACCESS EXCLUSIVE (lockTables again, in that mode).
    return lockTables(plan, QStringLiteral("SHARE ROW EXCLUSIVE"), result);
}

bool RunTransaction::lockTables(const Plan &plan, const QString &mode, RunResult &result)
{
    ErrorInfo error;
    QStringList names;
    QStringList tables;
    for (const QString &t : plan.lockTables) {
        if (m_db.tableExists(t)) {
            names << t;
            tables << m_db.qualified(t);
        }
    }
    const int timeoutMs = qMax(5000, m_context.options().waitLockSeconds * 1000);
    if (m_db.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(timeoutMs), &error)
        && (tables.isEmpty()
            || m_db.exec(QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(tables.join(QStringLiteral(", ")), mode),
                         &error)))
        return true;
    m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
    if (m_context.cancelled()) {
        result.outcome = RunOutcome::Interrupted;
        result.error = ErrorInfo::make(tr("The run was cancelled before it changed anything."), error.details);
        return false;
    }
    // Our own request is gone with the ROLLBACK: whoever still holds a lock is in the way.
    result.outcome = RunOutcome::Locked;
    result.error = LockRefusal::tablesInUse(m_db, names, timeoutMs, error.details);
    return false;
}

void RunTransaction::rollBack()
{
    m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
}

void RunTransaction::abort(RunResult &result, const ErrorInfo &error, RunOutcome outcome)
{
    // An interrupted statement may already have ended the transaction; ROLLBACK is then a no-op error.
    QSqlQuery q(m_db.database());
    q.exec(QStringLiteral("ROLLBACK"));
    if (m_context.cancelled())
        outcome = RunOutcome::Interrupted;
    ErrorInfo shown = error;
    if (outcome == RunOutcome::Interrupted) {
        shown = ErrorInfo::make(tr("The run was cancelled and everything was rolled back: the database is as it was."),
                                error.details);
    } else if (m_db.connectionLost()) {
        // The server ends a dead session's transaction itself: nothing of this run was kept.
        outcome = RunOutcome::Failed;
        shown = ErrorInfo::make(tr("The connection to the PostgreSQL server was lost during the run. The server "
                                   "rolled back everything this run had done: the database is as it was before it."),
                                error.message + QLatin1Char('\n') + error.details);
    }
    qCInfo(lcRunner, "rolled back the transaction (%s): %s", qUtf8Printable(resultWordFor(outcome)),
           qUtf8Printable(error.message));
    result.outcome = outcome;
    result.error = shown;
}

bool RunTransaction::commit(const Plan &plan, const HistoryEntry &entry, RunResult &result, ErrorInfo *error)
{
    const bool apply = entry.action == runActionName(RunAction::Apply);
    m_context.enter(RunPhase::Commit, tr("Committing"));
    m_context.pause(apply ? RunPhase::Commit : RunPhase::RollbackCommit);
    if (m_context.cancelled())
        return fail(error, tr("Cancelled"));
    QElapsedTimer commitClock;
    commitClock.start();
    ErrorInfo commitError;
    if (!m_db.exec(QStringLiteral("COMMIT"), &commitError,
                   apply ? tr("Committing the migration") : tr("Committing the rollback"))) {
        if (!m_db.connectionLost()) {
            if (error)
                *error = commitError;
            return false;
        }
        // The one moment a lost connection leaves a question: did the COMMIT reach the server?
        // The history row was part of the transaction, so a fresh session can tell.
        settleLostCommit(plan, entry, result, commitError);
        return true;
    }
    result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
    m_context.log(apply ? tr("Migration committed") : tr("Rollback committed"));
    qCInfo(lcRunner, "committed the %s in %lld ms", apply ? "migration" : "rollback", commitClock.elapsed());
    return true;
}

void RunTransaction::settleLostCommit(const Plan &plan, const HistoryEntry &entry, RunResult &result,
                                      const ErrorInfo &commitError)
{
    const bool apply = entry.action == runActionName(RunAction::Apply);
    DatabaseConnection fresh(m_db.spec());
    ErrorInfo error;
    std::optional<HistoryEntry> last;
    if (fresh.open(DatabaseConnection::Mode::ReadOnly, &error))
        last = HistoryStore(fresh).last(plan.id, &error);
    if (error.isError()) {
        result.outcome = RunOutcome::NeedsPerson;
        result.error = ErrorInfo::make(tr("The connection to the server was lost while committing, and the server "
                                          "cannot be reached to tell whether the commit took effect. Run --status "
                                          "once the server is back: its history says which state the database is in."),
                                       commitError.details + QLatin1Char('\n') + error.message);
        return;
    }
    if (last && RunHistory::isSameRun(*last, entry)) {
        result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
        result.notes << tr("The connection was lost just after COMMIT was sent; the server's history shows the "
                           "commit took effect.");
        m_context.log(apply ? tr("Migration committed") : tr("Rollback committed"));
        return;
    }
    result.outcome = RunOutcome::Failed;
    result.error = ErrorInfo::make(tr("The connection to the PostgreSQL server was lost while committing; the "
                                      "commit did not take effect, so the database is as it was before this run."),
                                   commitError.details);
    // The backup was named for a commit that did not happen; the database is as it was.
    result.backupPath.clear();
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunOutcome.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>

class DatabaseConnection;
class HistoryEntry;
class Plan;
class RunContext;
class RunResult;

// The one transaction of a one-transaction run, from BEGIN to COMMIT or ROLLBACK: SQLite's
// write lock taken at BEGIN; on PostgreSQL the plan's advisory lock (another assistant on
// another machine) and LOCK TABLE on the plan's tables; the rollback of a run that fails, with
// a message that says what became of the database; and the COMMIT, including the one question
// a lost connection leaves — did the COMMIT reach the server?
class RunTransaction
{
    Q_DECLARE_TR_FUNCTIONS(RunTransaction)

public:
    RunTransaction(RunContext &context, DatabaseConnection &db) : m_context(context), m_db(db) {}

    // SQLite's error of the last statement says another program holds the write lock.
    static bool heldByAnotherWriter(const DatabaseConnection &db);

    // BEGIN; a writing one also takes the locks (above). False: result says why, nothing held.
    bool begin(const Plan &plan, bool write, RunResult &result);
    // A further plan joins the open writing transaction of a path: on PostgreSQL its advisory
    // lock and its tables' locks, as begin() takes them for the first; SQLite holds its write
    // lock already. False: rolled back, result says why.
    bool join(const Plan &plan, RunResult &result);
    // PostgreSQL: LOCK TABLE on the plan's tables in `mode`, with lock_timeout; on failure the
    // transaction is rolled back and the result names the sessions in the way (Locked).
    bool lockTables(const Plan &plan, const QString &mode, RunResult &result);
    // ROLLBACK, and result says why (cancelled, lost connection or `error`) with `outcome`.
    void abort(RunResult &result, const ErrorInfo &error, RunOutcome outcome);
    // ROLLBACK of a run that has nothing to keep (a rehearsal, nothing to do, read only).
    void rollBack();
    // COMMIT of the transaction holding `entry`, the run's history row. True: result.outcome
    // says how it ended (a lost connection settled by reading the history in a new session).
    // False: `error` says why it did not commit; the caller aborts.
    bool commit(const Plan &plan, const HistoryEntry &entry, RunResult &result, ErrorInfo *error);

private:
    void settleLostCommit(const Plan &plan, const HistoryEntry &entry, RunResult &result,
                          const ErrorInfo &commitError);

    RunContext &m_context;
    DatabaseConnection &m_db;
};

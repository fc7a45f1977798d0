// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupPhase.h"
#include "checks/CheckResult.h"
#include "history/HistoryEntry.h"
#include "plan/PlanValidation.h"
#include "run/RunAction.h"
#include "run/RunOutcome.h"
#include "run/StepExecutor.h"
#include "transaction/ForeignKeyGuard.h"
#include "transaction/RunTransaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <optional>

class DatabaseConnection;
class ParallelReads;
class Plan;
class RunContext;
class RunResult;
class SharedTransaction;

// A plan without batched steps, checked, applied, rehearsed or rolled back in ONE transaction
// (RunTransaction): checks, backup, steps, validations and the history row. Any failure,
// cancel or failed validation rolls the transaction back, so the database is as it was; a
// rehearsal rolls back at the end. The run lock and the connection are the caller's
// (MigrationRunner). Given a SharedTransaction, the plan is one part of a path's transaction
// (PathRun): it joins the transaction instead of beginning one, and leaves the COMMIT, the
// final ROLLBACK of a check or rehearsal and the path's one backup to the path.
class OneTransactionRun
{
    Q_DECLARE_TR_FUNCTIONS(OneTransactionRun)

public:
    OneTransactionRun(RunContext &context, DatabaseConnection &db, const Plan &plan,
                      SharedTransaction *shared = nullptr);

    void check(RunResult &result);
    void apply(RunResult &result);
    void rollback(RunResult &result);
    // A path's check, after this plan's checks: its steps and validations inside the path's
    // transaction, so that the next plan's checks see the database this plan leaves. False:
    // the transaction was rolled back, result says why.
    bool rehearseForNextChecks(RunResult &result);

private:
    // BEGIN (with the locks when `write`), then the plan's last run from the history. False:
    // the run ends here, result says why (failure when the history cannot be read).
    bool beginAndReadLast(bool write, RunOutcome failure, RunResult &result, std::optional<HistoryEntry> *last);
    // The plan's check queries, to be shared out with helper connections.
    void addCheckReads(ParallelReads &reads) const;
    bool validate(const QList<PlanValidation> &validations, const QList<CheckResult> &checks,
                  RunResult &result, ErrorInfo *error);
    // Backup named, history row written, COMMIT: the last part of an apply or a rollback.
    void finish(RunAction action, const QDateTime &startedAt, RunResult &result);
    void abort(RunResult &result, const ErrorInfo &error, RunOutcome outcome);
    // The end of a transaction that changed nothing: ROLLBACK, unless a path's shared
    // transaction goes on.
    void endUnchanged();
    BackupPhase &backup();

    RunContext &m_context;
    DatabaseConnection &m_db;
    const Plan &m_plan;
    RunTransaction m_transaction;
    BackupPhase m_backup;
    StepExecutor m_steps;
    SharedTransaction *m_shared = nullptr;
    ForeignKeyGuard m_foreignKeys;
    bool m_joined = false; // joined a path's transaction that earlier plans have written in
};

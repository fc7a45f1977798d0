// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunResult.h"
#include "run/StepExecutor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

class DatabaseConnection;
class Plan;
class PlanStep;
class RunContext;
class TokenCipher;

// Apply, rehearse and rollback of a plan with batched steps (encrypt-tokens). Unlike
// OneTransactionRun's one transaction, such a run is a sequence of short transactions, so
// that the application keeps working while it runs:
//   - each SQL step is one transaction, together with its checkpoint;
//   - each batch of a batched step is one transaction, together with its checkpoint;
//   - the validations, the history row and the clearing of the checkpoints are the last one.
// The guarantee: every batch is all or nothing, and the checkpoints make the whole run
// resumable and idempotent — a cancel (between batches, exit 130), a kill -9 or a lost
// connection leaves a valid checkpoint, and the next run of the same action resumes exactly
// there. The run lock is held for the whole run: the lock file (by MigrationRunner) and on
// PostgreSQL the plan's advisory lock at session level (SessionAdvisoryLock).
// A rehearsal runs the same batches as savepoints inside one transaction and rolls it back.
class BatchedRun
{
    Q_DECLARE_TR_FUNCTIONS(BatchedRun)

public:
    // The run lock file is the caller's (MigrationRunner); the connection is open.
    BatchedRun(RunContext &context, DatabaseConnection &db, const Plan &plan);
    ~BatchedRun();

    // Apply, rehearse or rollback, as the context's options say. Fills result.
    void run(RunResult &result);
    // A rehearsal inside a path's open transaction, after the plans before this one: no BEGIN,
    // and the final ROLLBACK is the path's (a failure still rolls the whole back).
    void joinTransaction() { m_joined = true; }

private:
    void apply(RunResult &result);
    void rollback(RunResult &result);
    // The steps of `action` ("apply" or "rollback") from their checkpoints; false: result filled.
    bool runSteps(const QList<PlanStep> &steps, const QString &action, bool onlyBatched, RunResult &result);
    bool runSqlStep(const PlanStep &step, const QString &action, ErrorInfo *error);
    // Validations, history row, checkpoints cleared: one last transaction.
    void finish(RunResult &result);
    void stop(RunResult &result, RunOutcome outcome, const ErrorInfo &error);
    std::optional<qint64> pendingRows(const QList<PlanStep> &steps, ErrorInfo *error);
    QList<TableState> counts(const QStringList &tables);
    bool begin(ErrorInfo *error);
    bool commit(ErrorInfo *error, const QString &what = {});

    RunContext &m_context;
    DatabaseConnection &m_db;
    const Plan &m_plan;
    StepExecutor m_steps;
    std::unique_ptr<TokenCipher> m_cipher;
    QString m_keyId;
    bool m_rehearse = false;
    bool m_open = false; // a transaction of ours is open (stop() rolls it back)
    bool m_joined = false; // rehearsing inside a path's transaction (joinTransaction)
    QDateTime m_startedAt;
    qint64 m_leftBehind = 0; // rows a batched step could not finish (conflicts, written behind it)
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanStep.h"

#include <QCoreApplication>
#include <QList>

class DatabaseConnection;
class Plan;
class RunContext;
class RunResult;
class StepExecutor;

// The steps of a plan that run outside its transaction ("outside_transaction": CREATE INDEX
// CONCURRENTLY, VACUUM …): after the apply's COMMIT, in autocommit, one statement at a time.
// What they do is not rolled back with the rest; a failure leaves the migration committed
// without it (NeedsPerson). Once they ran, the history row's tables after are taken again, so
// that a later rollback compares with the database as they left it.
class OutsideTransactionSteps
{
    Q_DECLARE_TR_FUNCTIONS(OutsideTransactionSteps)

public:
    // The steps that run inside the transaction (the loader put the others last).
    static QList<PlanStep> inside(const QList<PlanStep> &steps);
    // After an apply that committed (result.outcome Ok): the other steps; anything else: nothing.
    static void run(RunContext &context, DatabaseConnection &db, const Plan &plan, StepExecutor &steps,
                    RunResult &result);
};

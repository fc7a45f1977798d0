// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction/OutsideTransactionSteps.h"

#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "run/StepExecutor.h"
#include "snapshot/TableSnapshot.h"
#include "util/LoggingCategories.h"

QList<PlanStep> OutsideTransactionSteps::inside(const QList<PlanStep> &steps)
{
    QList<PlanStep> out;
    for (const PlanStep &s : steps)
        if (!s.outsideTransaction)
            out << s;
    return out;
}

void OutsideTransactionSteps::run(RunContext &context, DatabaseConnection &db, const Plan &plan, StepExecutor &steps,
                                  RunResult &result)
{
    QList<PlanStep> outside;
    QStringList ids;
    for (const PlanStep &s : plan.steps)
        if (s.outsideTransaction) {
            outside << s;
            ids << s.id;
        }
    if (outside.isEmpty() || result.outcome != RunOutcome::Ok)
        return;
    // Committed: each statement from here on is a transaction of its own (autocommit).
    qCInfo(lcRunner, "%lld step(s) outside the transaction, after the commit", qint64(outside.size()));
    ErrorInfo error;
    if (!steps.runAll(db, outside, &error)) {
        result.outcome = RunOutcome::NeedsPerson;
        result.error = ErrorInfo::make(tr("The migration was committed, but a step that runs outside the transaction "
                                          "failed: %1 The database is at %2 without what that step does; a person "
                                          "needs to finish it.").arg(error.message, plan.toVersion),
                                       error.details);
        context.log(result.error.message);
        return;
    }
    result.notes << tr("%n step(s) ran after the commit, outside the transaction: %1", nullptr, int(ids.size()))
                        .arg(ids.join(QStringLiteral(", ")));
    // An index on SQLite is part of its table's shape: the history must hold the tables as
    // these steps left them, or the rollback would find them "changed since the migration".
    const auto after = TableSnapshot::take(db, plan.tablesAfter, &error);
    HistoryStore history(db);
    const auto row = after ? history.last(plan.id, &error) : std::nullopt;
    if (!after || !row || !history.replaceTablesAfter(row->id, *after, &error)) {
        result.notes << tr("The history still holds the tables as the transaction left them, before those steps: %1")
                            .arg(error.message);
        return;
    }
    result.tablesAfter = *after;
}

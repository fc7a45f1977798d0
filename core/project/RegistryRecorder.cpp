// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/RegistryRecorder.h"

#include "db/DatabaseConnection.h"
#include "plan/Plan.h"
#include "project/ForeignRegistry.h"
#include "run/RunResult.h"

RegistryChange RegistryRecorder::changeFor(const Plan &plan, RunAction action, const QDateTime &startedAt,
                                           const QString &operatorName)
{
    RegistryChange change;
    change.planId = plan.id;
    change.action = action;
    change.startedAt = startedAt.toUTC();
    change.finishedAt = QDateTime::currentDateTimeUtc();
    change.operatorName = operatorName;
    return change;
}

bool RegistryRecorder::inTransaction(DatabaseConnection &db, const Plan &plan, const RegistryChange &change,
                                     ErrorInfo *error)
{
    if (!plan.registry)
        return true;
    ErrorInfo recordError;
    if (plan.registry->record(db, change, &recordError))
        return true;
    return fail(error,
                tr("%1's registry could not be written, so nothing was kept: %2")
                    .arg(plan.registry->toolName(), recordError.message),
                recordError.details);
}

void RegistryRecorder::afterCommit(DatabaseConnection &db, const ForeignRegistry &registry,
                                   const QList<RegistryChange> &changes, RunResult &result)
{
    if (changes.isEmpty())
        return;
    ErrorInfo error;
    if (registry.recordAfterCommit(db, changes, &error))
        return;
    result.outcome = RunOutcome::NeedsPerson;
    result.error = ErrorInfo::make(
        tr("The database was migrated and committed, but %1's registry (%2) could not be updated: %3 Until it is, "
           "%1 reports an older state than the database has; run --status to see both.")
            .arg(registry.toolName(), registry.whereText(db), error.message),
        error.details);
}

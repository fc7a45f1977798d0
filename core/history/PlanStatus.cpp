// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/PlanStatus.h"

#include "backfill/CheckpointStore.h"
#include "history/AppliedPlanCheck.h"
#include "finalize/FinalizedPlan.h"
#include "history/HistoryStore.h"
#include "db/DatabaseConnection.h"
#include "path/DatabaseVersion.h"
#include "plan/Plan.h"
#include "plan/PlanCatalogue.h"
#include "run/RunResult.h"

void PlanStatus::read(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    HistoryStore history(db);
    ErrorInfo error;
    const auto entries = history.entries({}, &error);
    if (!entries) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return;
    }
    result.history = *entries;
    const auto last = history.last(plan.id, &error);
    if (last && last->action == QLatin1String("apply")) {
        result.notes << tr("The plan %1 is applied: the database is at %2.").arg(plan.id, plan.toVersion);
        AppliedPlanCheck::addTo(result, *last, plan);
        // The keep period: what --finalize will drop, and when; or who dropped it.
        if (const auto finalized = FinalizedPlan::in(*entries, plan.id))
            result.notes << tr("The plan %1 was finalized %2: its rollback is refused.")
                                .arg(plan.id, FinalizedPlan::byWhomAndWhen(*finalized));
        else if (plan.finalize.isDeclared())
            result.notes << tr("Its finalize (--finalize) is due from %1, %n day(s) after the apply.", nullptr,
                               plan.finalize.keepDays)
                                .arg(last->finishedAt.addDays(plan.finalize.keepDays).toLocalTime().toString(
                                    QStringLiteral("yyyy-MM-dd HH:mm")));
    } else {
        result.notes << tr("The plan %1 is not applied to this database.").arg(plan.id);
    }
    const QString interrupted = interruptedRun(db, plan);
    if (!interrupted.isEmpty())
        result.notes << interrupted;
    result.outcome = RunOutcome::Ok;
}

QString PlanStatus::interruptedRun(DatabaseConnection &db, const Plan &plan)
{
    // A batched run (BatchedRun) that stopped half-way left its checkpoints: say where it stands.
    const auto checkpoints = CheckpointStore(db).load(plan.id, runActionName(RunAction::Apply), nullptr);
    if (!checkpoints || checkpoints->isEmpty())
        return {};
    return tr("An interrupted run of %1 left checkpoints (%n step(s)); --apply resumes it, --rollback undoes it.",
              nullptr, int(checkpoints->size()))
        .arg(plan.id);
}

bool PlanStatus::readVersion(DatabaseConnection &db, const PlanCatalogue &catalogue, RunResult &result)
{
    ErrorInfo error;
    const auto version = DatabaseVersion::locate(db, catalogue, &error);
    if (!version)
        return false;
    result.version = version->version;
    result.pending.clear();
    if (version->isKnown()) {
        if (const auto pending = catalogue.path(db.spec().driverName(), version->version, {}, nullptr))
            for (const Plan *plan : *pending)
                result.pending << plan->id;
    }
    return true;
}

void PlanStatus::readPath(DatabaseConnection &db, const PlanCatalogue &catalogue, const DatabaseVersion &version,
                          const QList<const Plan *> &plans, RunResult &result)
{
    QStringList ids;
    for (const Plan *plan : plans)
        ids << plan->id;
    ErrorInfo error;
    const auto entries = HistoryStore(db).entries({}, &error);
    if (!entries) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return;
    }
    result.history = *entries;
    result.version = version.version;
    result.pending = ids;
    result.planId = plans.isEmpty() ? QString() : plans.first()->id;
    result.notes << version.describe();
    const QString latest = catalogue.latestVersion(db.spec().driverName());
    const QString blocker = version.blocker(latest);
    if (!blocker.isEmpty())
        result.notes << blocker;
    result.notes << version.drift;
    if (version.isKnown()) {
        if (plans.isEmpty())
            result.notes << tr("It is at the newest version this assistant knows.");
        else
            result.notes << tr("The newest version is %1: %n plan(s) to run: %2.", nullptr, int(plans.size()))
                                .arg(latest, result.pending.join(QStringLiteral(", ")));
    }
    for (const Plan *plan : plans) {
        const QString interrupted = PlanStatus::interruptedRun(db, *plan);
        if (!interrupted.isEmpty())
            result.notes << interrupted;
    }
    result.outcome = RunOutcome::Ok;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalize/FinalizeRun.h"

#include "db/DatabaseConnection.h"
#include "finalize/FinalizedPlan.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "lock/LockedConnection.h"
#include "plan/PlanCatalogue.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "run/StepExecutor.h"
#include "transaction/RunTransaction.h"
#include "util/LoggingCategories.h"

#include <QFile>

namespace {

QString day(const QDateTime &t) { return t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")); }

// The plan's latest apply, when that is the last thing that happened to it (not rolled back).

} // namespace

RunResult FinalizeRun::run()
{
    const RunOptions &options = m_context.options();
    m_context.startClock();
    RunResult result;
    result.action = RunAction::Finalize;
    result.database = options.connection.displayUrl();
    result.operatorName = m_context.operatorName();
    const auto done = [&]() -> RunResult {
        result.durationMs = m_context.elapsedMs();
        return result;
    };
    const QString driver = options.connection.driverName();
    QList<const Plan *> plans;
    if (options.plan)
        plans << options.plan.get();
    else if (options.catalogue)
        plans = options.catalogue->chain(driver);
    if (options.plan) {
        result.planId = options.plan->id;
        result.planTitle = options.plan->title;
        result.planChecksum = options.plan->checksum;
        result.fromVersion = result.toVersion = options.plan->toVersion;
    }

    LockedConnection locked(m_context);
    if (!locked.open(result))
        return done();
    DatabaseConnection &db = locked.db();
    ErrorInfo error;
    const auto entries = HistoryStore(db).entries({}, &error);
    if (!entries) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return done();
    }

    // What is due now, and what is still in its keep period (with the day it ends).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<QPair<const Plan *, HistoryEntry>> due;
    QStringList waiting;
    for (const Plan *plan : std::as_const(plans)) {
        if (!plan->finalize.isDeclared() || !plan->supportsDriver(driver))
            continue;
        const auto dueAt = FinalizedPlan::dueAt(*plan, *entries);
        if (!dueAt)
            continue;
        const auto apply = FinalizedPlan::lastApply(*entries, plan->id);
        if (*dueAt <= now)
            due << qMakePair(plan, *apply);
        else
            waiting << tr("The plan %1 keeps what its rollback needs until %2 (%n day(s) after its apply on %3): its "
                          "finalize is not due before then.",
                          nullptr, plan->finalize.keepDays)
                           .arg(plan->id, day(*dueAt), day(apply->finishedAt));
    }
    if (due.isEmpty()) {
        if (waiting.isEmpty()) {
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("Nothing to finalize: no applied plan with a finalize is waiting for one.");
        } else {
            result.outcome = RunOutcome::Blocked;
            result.error = ErrorInfo::make(waiting.join(QLatin1Char(' ')) + QLatin1Char(' ')
                                           + tr("Nothing was changed."));
        }
        return done();
    }
    for (const auto &[plan, apply] : std::as_const(due))
        if (!finalize(db, *plan, apply, result))
            return done();
    result.notes << waiting;
    result.outcome = RunOutcome::Ok;
    return done();
}

bool FinalizeRun::finalize(DatabaseConnection &db, const Plan &plan, const HistoryEntry &apply, RunResult &result)
{
    qCInfo(lcRunner, "finalize of the plan %s on %s", qUtf8Printable(plan.id), qUtf8Printable(result.database));
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    RunTransaction transaction(m_context, db);
    if (!transaction.begin(plan, true, result))
        return false;
    ErrorInfo error;
    // Read again under the locks: another assistant (another host, past the lock file) may have
    // finalized it since.
    const auto finalized = FinalizedPlan::read(db, plan.id, &error);
    if (!finalized) {
        transaction.abort(result, error, RunOutcome::Failed);
        return false;
    }
    if (*finalized) {
        transaction.rollBack();
        result.notes << tr("The plan %1 was finalized %2 meanwhile.").arg(plan.id, FinalizedPlan::byWhomAndWhen(**finalized));
        return true;
    }
    StepExecutor steps(m_context);
    steps.setVariables(plan.variables);
    HistoryEntry entry = RunHistory::baseEntry(plan, RunAction::Finalize, QStringLiteral("finalized"), startedAt,
                                               result.operatorName);
    entry.fromVersion = entry.toVersion = plan.toVersion;
    if (!steps.runAll(db, plan.finalize.steps, &error) || !HistoryStore(db).append(entry, &error)) {
        transaction.abort(result, error, RunOutcome::Failed);
        return false;
    }
    m_context.enter(RunPhase::Commit, tr("Committing"));
    if (!db.exec(QStringLiteral("COMMIT"), &error, tr("Committing the finalize"))) {
        if (db.connectionLost()) {
            // The answer to COMMIT was lost: whether it took, only the history on the server says.
            result.outcome = RunOutcome::NeedsPerson;
            result.error = ErrorInfo::make(tr("The connection was lost while committing the finalize of %1; run "
                                              "--status once the server is back: its history says whether it took.")
                                               .arg(plan.id),
                                           error.details);
            return false;
        }
        transaction.abort(result, error, RunOutcome::Failed);
        return false;
    }
    m_context.log(tr("Finalize of %1 committed").arg(plan.id));
    result.planId = plan.id;
    result.planTitle = plan.title;
    result.planChecksum = plan.checksum;
    result.fromVersion = result.toVersion = plan.toVersion;
    result.notes << tr("The plan %1 is finalized (applied on %2, kept at least %n day(s)): its rollback is refused "
                       "from now on.",
                       nullptr, plan.finalize.keepDays)
                        .arg(plan.id, day(apply.finishedAt));
    // The backup the apply made is the other way back; it goes with what the finalize dropped.
    if (db.isSqlite() && !apply.backupPath.isEmpty()) {
        if (!QFile::exists(apply.backupPath))
            result.notes << tr("The backup %1 made before the migration was already gone.").arg(apply.backupPath);
        else if (QFile::remove(apply.backupPath))
            result.notes << tr("Deleted the backup %1 made before the migration.").arg(apply.backupPath);
        else
            result.notes << tr("The backup %1 made before the migration could not be deleted: delete it by hand.")
                                .arg(apply.backupPath);
    }
    return true;
}

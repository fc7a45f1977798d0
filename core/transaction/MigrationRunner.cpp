// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction/MigrationRunner.h"

#include "backfill/BatchedRun.h"
#include "backup/BackupRestore.h"
#include "checks/RiskGate.h"
#include "db/DatabaseConnection.h"
#include "finalize/FinalizeRun.h"
#include "history/PlanStatus.h"
#include "lock/RunLockPhase.h"
#include "path/BaselineRun.h"
#include "path/PathRun.h"
#include "plan/PlanOnDisk.h"
#include "run/CancelToken.h"
#include "transaction/OneTransactionRun.h"
#include "transaction/RunTransaction.h"
#include "util/LoggingCategories.h"

MigrationRunner::MigrationRunner(RunOptions options)
    : m_context(std::move(options))
{
}

RunResult MigrationRunner::run()
{
    // --baseline and --finalize are runs of their own, with their own lock and connection.
    if (m_context.options().action == RunAction::Baseline)
        return BaselineRun(m_context).run();
    if (m_context.options().action == RunAction::Finalize)
        return FinalizeRun(m_context).run();

    const RunOptions &options = m_context.options();
    m_context.startClock();
    RunResult result;
    result.action = options.action;
    result.database = options.connection.displayUrl();
    result.operatorName = m_context.operatorName();
    const auto done = [&]() -> RunResult {
        result.durationMs = m_context.elapsedMs();
        return result;
    };

    ErrorInfo error;
    const std::shared_ptr<const Plan> plan = options.plan;
    if (!plan) {
        // No plan named: the path from the database's version through the catalogue.
        qCInfo(lcRunner, "%s along the path on %s", qUtf8Printable(runActionName(options.action)),
               qUtf8Printable(result.database));
        PathRun(m_context).run(result);
        result.durationMs = m_context.elapsedMs();
        qCInfo(lcRunner, "finished: %s in %lld ms", qUtf8Printable(resultWordFor(result.outcome)),
               qint64(result.durationMs));
        return result;
    }
    result.planId = plan->id;
    result.planTitle = plan->title;
    result.planChecksum = plan->checksum;
    result.fromVersion = plan->fromVersion;
    result.toVersion = plan->toVersion;
    qCInfo(lcRunner, "%s with the plan %s on %s", qUtf8Printable(runActionName(options.action)),
           qUtf8Printable(plan->id), qUtf8Printable(result.database));
    const QString driver = options.connection.driverName();
    if (!plan->supportsDriver(driver)) {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("The plan \"%1\" has no SQL for %2 databases.").arg(plan->id, driver));
        return done();
    }
    if (!RiskGate::acceptsOnlyWarnings(*plan, options, &error)) {
        result.outcome = RunOutcome::BadInput;
        result.error = error;
        return done();
    }

    // Reading actions need no lock; changing ones take the run lock before touching anything.
    // A check with the impact preview writes too (its rehearsal is rolled back): it takes the
    // lock and a writing connection like a rehearsal.
    const bool changes = options.action == RunAction::Apply || options.action == RunAction::Rehearse
                         || options.action == RunAction::Rollback
                         || (options.action == RunAction::Check && plan->impactPreview && !plan->isBatched());
    std::unique_ptr<RunLock> lock;
    if (changes) {
        lock = RunLockPhase::take(m_context, result);
        if (!lock)
            return done();
        // What runs is what was checked: a plan folder edited since it was loaded is refused.
        if (!PlanOnDisk::unchanged(*plan, &error)) {
            result.outcome = RunOutcome::BadInput;
            result.error = error;
            return done();
        }
    }

    if (options.action == RunAction::Rollback && plan->rollbackSteps.isEmpty() && options.connection.isSqlite()) {
        // No steps to run backwards: the apply's backup goes back in place of the file, which
        // no connection may hold open — BackupRestore opens and closes its own.
        BackupRestore(m_context, *plan).rollback(result);
    } else {
        DatabaseConnection db(options.connection);
        const auto mode = changes ? DatabaseConnection::Mode::ReadWrite : DatabaseConnection::Mode::ReadOnly;
        if (!db.open(mode, &error, qMax(2000, options.waitLockSeconds * 1000))) {
            // Another program's write transaction (SQLite busy) is a held lock, not a broken database.
            result.outcome = RunTransaction::heldByAnotherWriter(db) ? RunOutcome::Locked : RunOutcome::CannotConnect;
            result.error = error;
        } else {
            CancelToken *cancel = m_context.cancelToken();
            if (cancel)
                cancel->attach(&db);
            if (options.action == RunAction::Status) {
                PlanStatus::read(db, *plan, result);
                if (options.catalogue)
                    PlanStatus::readVersion(db, *options.catalogue, result);
            }
            else if (changes && plan->isBatched())
                BatchedRun(m_context, db, *plan).run(result);
            else if (options.action == RunAction::Check)
                OneTransactionRun(m_context, db, *plan).check(result);
            else if (options.action == RunAction::Rollback)
                OneTransactionRun(m_context, db, *plan).rollback(result);
            else
                OneTransactionRun(m_context, db, *plan).apply(result);
            if (cancel)
                cancel->detach();
        }
    }
    lock.reset();
    result.durationMs = m_context.elapsedMs();
    qCInfo(lcRunner, "finished: %s in %lld ms", qUtf8Printable(resultWordFor(result.outcome)),
           qint64(result.durationMs));
    return result;
}

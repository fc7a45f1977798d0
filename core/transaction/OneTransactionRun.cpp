// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction/OneTransactionRun.h"

#include "backup/BackupRestore.h"
#include "checks/CheckRunner.h"
#include "checks/ImpactPreview.h"
#include "checks/RiskGate.h"
#include "db/DatabaseConnection.h"
#include "db/ParallelReads.h"
#include "history/AppliedPlanCheck.h"
#include "finalize/FinalizedPlan.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "project/RegistryRecorder.h"
#include "plan/Plan.h"
#include "plan/ScriptTransactionControl.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "snapshot/SqliteWriteTracker.h"
#include "snapshot/TableSnapshot.h"
#include "transaction/OutsideTransactionSteps.h"
#include "transaction/SharedTransaction.h"
#include "util/LoggingCategories.h"
#include "validation/ValidationRunner.h"

#include <QFileInfo>
#include <QRegularExpression>

OneTransactionRun::OneTransactionRun(RunContext &context, DatabaseConnection &db, const Plan &plan,
                                     SharedTransaction *shared)
    : m_context(context)
    , m_db(db)
    , m_plan(plan)
    , m_transaction(context, db)
    , m_backup(context)
    , m_steps(context)
    , m_shared(shared)
    , m_foreignKeys(db)
{
    m_steps.setVariables(plan.variables);
}

BackupPhase &OneTransactionRun::backup()
{
    return m_shared ? m_shared->backup : m_backup;
}

void OneTransactionRun::abort(RunResult &result, const ErrorInfo &error, RunOutcome outcome)
{
    // A path's part rolls back the path's whole transaction: nothing of the path is kept.
    m_transaction.abort(result, error, outcome);
    if (m_shared)
        m_shared->open = false;
    m_foreignKeys.restore();
    backup().discard(result);
    m_context.log(result.error.message);
}

void OneTransactionRun::endUnchanged()
{
    if (!m_shared) {
        m_transaction.rollBack();
        m_foreignKeys.restore();
    }
}

bool OneTransactionRun::beginAndReadLast(bool write, RunOutcome failure, RunResult &result,
                                         std::optional<HistoryEntry> *last)
{
    m_joined = m_shared && m_shared->open;
    if (m_joined) {
        if (!m_transaction.join(m_plan, result)) {
            m_shared->open = false;
            return false;
        }
    } else {
        // PRAGMA foreign_keys only takes effect outside a transaction: now, before the BEGIN.
        ErrorInfo fkError;
        if (m_db.isSqlite()
            && ScriptTransactionControl::togglesForeignKeys(m_plan, m_context.options().action == RunAction::Rollback)
            && !m_foreignKeys.turnOff(&fkError)) {
            result.outcome = RunOutcome::Failed;
            result.error = fkError;
            return false;
        }
        // A path's check rehearses each plan for the next one's checks: it writes.
        if (!m_transaction.begin(m_plan, write || m_shared, result))
            return false;
        if (m_shared)
            m_shared->open = true;
    }
    ErrorInfo error;
    *last = HistoryStore(m_db).last(m_plan.id, &error);
    if (!error.isError())
        return true;
    abort(result, error, failure);
    return false;
}

void OneTransactionRun::addCheckReads(ParallelReads &reads) const
{
    for (const QString &sql : CheckRunner::queries(m_plan, m_db.spec()))
        reads.addQuery(sql);
}

void OneTransactionRun::check(RunResult &result)
{
    std::optional<HistoryEntry> last;
    // The impact preview rehearses the steps (rolled back): a transaction that may write.
    if (!beginAndReadLast(m_plan.impactPreview && !m_plan.isBatched(), RunOutcome::Failed, result, &last))
        return;
    ErrorInfo error;
    if (last && last->action == QLatin1String("apply")) {
        endUnchanged();
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 was already applied on %2: nothing to check.")
                            .arg(m_plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate));
        return;
    }
    CheckContext context;
    context.keyFile = m_context.options().keyFile;
    if (m_db.isSqlite()) {
        context.backupFolder = QFileInfo(m_db.spec().path).absolutePath();
        context.backupBytesNeeded = SqliteBackup::bytesNeeded(m_db.spec().path);
    }
    // The checks' scans are shared out with helper connections that see exactly what this one
    // sees — except in a path's transaction, which holds what the plans before this one did.
    ParallelReads reads;
    addCheckReads(reads);
    if (!m_shared && !reads.startHelpersSharing(m_db, m_context.cancelToken())) {
        // The failed export aborted the transaction, which answers nothing more: start it
        // again and let this connection read alone.
        m_transaction.rollBack();
        if (!m_transaction.begin(m_plan, false, result))
            return;
    }
    reads.work(m_db, ParallelReads::Scope::QueriesOnly);
    auto checks = CheckRunner::run(m_db, m_plan, context, &error, &reads);
    reads.stop();
    reads.waitForHelpers();
    if (checks && !addImplicitChecks(*checks, false, &error))
        checks.reset();
    if (!checks && m_shared)
        return abort(result, error, RunOutcome::Failed);
    endUnchanged();
    if (!checks) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return;
    }
    result.checks = *checks;
    result.outcome = RiskGate::pass(m_context.options(), result) ? RunOutcome::Ok : RunOutcome::Blocked;
}

void OneTransactionRun::apply(RunResult &result)
{
    const bool rehearse = m_context.options().action == RunAction::Rehearse;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    std::optional<HistoryEntry> last;
    if (!beginAndReadLast(true, RunOutcome::Failed, result, &last))
        return;
    ErrorInfo error;
    if (last && last->action == QLatin1String("apply")) {
        endUnchanged();
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 was already applied on %2 by %3: nothing to do.")
                            .arg(m_plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate), last->operatorName);
        AppliedPlanCheck::addTo(result, *last, m_plan);
        return;
    }

    m_context.enter(RunPhase::Checks, tr("Running the checks"));
    m_context.pause(RunPhase::Checks);
    const bool takeBackup = !rehearse && !(m_shared && m_shared->backupStarted);
    CheckContext context;
    if (m_db.isSqlite() && takeBackup) {
        context.backupFolder = QFileInfo(m_db.spec().path).absolutePath();
        context.backupBytesNeeded = SqliteBackup::bytesNeeded(m_db.spec().path);
    }
    // The checks' scans and the snapshot only read tables that nobody can change now (SQLite:
    // the run holds the write lock; PostgreSQL: its SHARE ROW EXCLUSIVE locks stop every
    // writer) and that the run has not written yet, so helper connections on other cores
    // (other server backends) share them out with this one. A table the plan does not lock
    // could change under a second session: then this connection reads everything alone.
    const bool allLocked = std::all_of(m_plan.tablesBefore.begin(), m_plan.tablesBefore.end(),
                                       [&](const QString &t) { return m_plan.lockTables.contains(t); });
    ParallelReads reads;
    addCheckReads(reads);
    for (const QString &table : m_plan.tablesBefore)
        reads.addTable(table);
    // Helpers would not see what earlier plans of a path did in this transaction.
    if ((m_db.isSqlite() || allLocked) && !m_joined)
        reads.startHelpers(m_db.spec(), ParallelReads::helpersForThisMachine(), m_context.cancelToken());
    auto stopReads = [&] {
        reads.stop();
        reads.waitForHelpers();
    };
    QElapsedTimer checksClock;
    checksClock.start();
    // This connection, too, goes on to the tables once no query is left rather than wait
    // for the helpers' last query: the snapshot is needed as soon as the checks pass.
    reads.work(m_db);
    const auto checks = CheckRunner::run(m_db, m_plan, context, &error, &reads);
    if (!checks) {
        stopReads();
        return abort(result, error, RunOutcome::Failed);
    }
    result.checks = *checks;
    if (m_plan.impactPreview) {
        // The helpers read the tables for the snapshot: they finish before the rehearsal writes.
        reads.waitForHelpers();
    }
    if (!addImplicitChecks(result.checks, true, &error)) {
        stopReads();
        return abort(result, error, RunOutcome::Failed);
    }
    qCInfo(lcRunner, "%lld check(s) ran in %lld ms", qint64(result.checks.size()), checksClock.elapsed());
    if (!RiskGate::pass(m_context.options(), result)) {
        stopReads();
        const ErrorInfo blocked = result.error;
        abort(result, blocked, RunOutcome::Blocked);
        result.error = blocked;
        return;
    }
    if (m_shared && !m_shared->commitEachPlan && m_plan.hasStepsOutsideTransaction())
        return abort(result,
                     ErrorInfo::make(tr("The plan %1 has steps that run after its own COMMIT, outside the transaction, "
                                        "so it cannot be one part of a path's one transaction: run it on its own, or "
                                        "commit each plan of the path.").arg(m_plan.id)),
                     RunOutcome::Failed);
    m_context.log(tr("Checks passed"));
    m_context.enter(RunPhase::SnapshotBefore, tr("Recording row counts and checksums before the migration"));
    QElapsedTimer phaseClock;
    phaseClock.start();
    reads.waitForHelpers();
    const bool snapshotOk = reads.retakeMissingTables(m_db, &error);
    qCInfo(lcRunner, "snapshot before: %lld ms after the checks", phaseClock.elapsed());
    if (!snapshotOk)
        return abort(result, error, RunOutcome::Failed);
    result.tablesBefore = reads.states();
    // The backup only once the checks let the run go ahead (free space included): a blocked
    // run must not copy every token of the database for nothing.
    if (takeBackup) {
        m_startedBackup = true;
        if (m_shared)
            m_shared->backupStarted = true;
        if (!backup().start(m_db, m_plan.id, result.tablesBefore, &error))
            return abort(result, error, RunOutcome::Failed);
    }

    if (!m_db.isSqlite() && !m_transaction.lockTables(m_plan, QStringLiteral("ACCESS EXCLUSIVE"), result))
        return;
    m_context.setRowsTotal(StepExecutor::estimateRows(m_db, m_plan.steps));
    m_context.setRowsDone(0);
    m_context.startRows();
    std::unique_ptr<SqliteWriteTracker> writes;
    if (m_db.isSqlite())
        writes = std::make_unique<SqliteWriteTracker>(m_db);
    m_steps.setWriteTracker(writes.get());
    const bool stepsOk = m_steps.runAll(m_db, OutsideTransactionSteps::inside(m_plan.steps), &error);
    m_steps.setWriteTracker(nullptr);
    if (!stepsOk || !ForeignKeyGuard::checkAfterSteps(m_db, m_plan, false, &error))
        return abort(result, error, RunOutcome::Failed);
    phaseClock.start();
    if (!validate(m_plan.validations, result.checks, result, &error))
        return abort(result, error, RunOutcome::Failed);
    qCInfo(lcRunner, "validation: %lld ms", phaseClock.restart());
    m_context.enter(RunPhase::SnapshotAfter, tr("Recording row counts and checksums after the migration"));
    const auto after = TableSnapshot::take(m_db, m_plan.tablesAfter, &error, result.tablesBefore, writes.get());
    writes.reset();
    if (!after)
        return abort(result, error, RunOutcome::Failed);
    result.tablesAfter = *after;
    qCInfo(lcRunner, "snapshot after: %lld ms", phaseClock.elapsed());

    if (rehearse && m_context.cancelled())
        return abort(result, ErrorInfo::make(tr("Cancelled")), RunOutcome::Interrupted);
    if (rehearse) {
        result.outcome = RunOutcome::Ok;
        if (m_shared)
            return; // the path rolls its transaction back after its last plan
        m_transaction.rollBack();
        m_foreignKeys.restore();
        qCInfo(lcRunner, "rehearsal done: rolled back the transaction");
        result.notes << tr("Rehearsal only: everything was rolled back, the database is unchanged.");
        if (m_plan.hasStepsOutsideTransaction())
            result.notes << tr("The steps that run outside the transaction were not rehearsed: they would commit.");
        return;
    }
    finish(RunAction::Apply, startedAt, result);
    OutsideTransactionSteps::run(m_context, m_db, m_plan, m_steps, result);
}

void OneTransactionRun::rollback(RunResult &result)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    std::optional<HistoryEntry> last;
    if (!beginAndReadLast(true, RunOutcome::NeedsPerson, result, &last))
        return;
    ErrorInfo error;
    if (!last || last->action != QLatin1String("apply")) {
        endUnchanged();
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 is not applied to this database: nothing to roll back.").arg(m_plan.id);
        return;
    }
    // A finalized apply dropped what the rollback restores from (users_old): refused, unchanged.
    const auto finalized = FinalizedPlan::read(m_db, m_plan.id, &error);
    if (!finalized)
        return abort(result, error, RunOutcome::NeedsPerson);
    if (*finalized) {
        // Like a refusal below: a path's rollback stops whole, what it undid before is rolled back too.
        m_transaction.rollBack();
        if (m_shared)
            m_shared->open = false;
        return FinalizedPlan::refuseRollback(**finalized, result);
    }
    if (m_plan.rollbackSteps.isEmpty()) {
        // Nothing to run: refused before anything changes (SQLite's restore of the backup is
        // BackupRestore's, outside a transaction; a path's rollback stops whole here).
        m_transaction.rollBack();
        if (m_shared)
            m_shared->open = false;
        result.outcome = RunOutcome::Blocked;
        result.error = BackupRestore::noRollbackSteps(m_plan, m_db.isSqlite());
        return;
    }
    AppliedPlanCheck::addTo(result, *last, m_plan);

    // Whatever was written since the apply would be lost by going back: refuse, and say what.
    m_context.enter(RunPhase::Checks, tr("Comparing with the state after the migration"));
    m_context.pause(RunPhase::Checks);
    const auto current = TableSnapshot::take(m_db, m_plan.tablesAfter, &error);
    if (!current)
        return abort(result, error, RunOutcome::NeedsPerson);
    result.tablesBefore = *current;
    const QStringList changed = TableSnapshot::differences(last->tablesAfter, *current);
    CheckResult check;
    check.id = QStringLiteral("changed-since-apply");
    check.planId = m_plan.id;
    check.title = tr("Changes since the migration");
    check.severity = PlanCheck::Severity::Blocker;
    check.value = changed.size();
    check.passed = changed.isEmpty();
    check.message = changed.isEmpty() ? tr("No table changed since the migration")
                                      : tr("%n table(s) changed since the migration: going back would lose those "
                                           "changes",
                                           nullptr, int(changed.size()));
    check.explanation = tr("Rolling back restores the tables as they were before the migration. Rows written "
                           "since then would be lost, so the rollback is refused.");
    result.checks << check;
    if (!changed.isEmpty()) {
        // A path's rollback stops whole here: what it undid before this plan is rolled back too.
        m_transaction.rollBack();
        if (m_shared)
            m_shared->open = false;
        result.differences = changed;
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(tr("The database changed after the migration; rolling back would lose those "
                                          "changes, so nothing was changed."),
                                       changed.join(QLatin1Char('\n')));
        return;
    }
    if (!(m_shared && m_shared->backupStarted)) {
        if (m_shared)
            m_shared->backupStarted = true;
        if (!backup().start(m_db, QStringLiteral("rollback-") + m_plan.id, *current, &error))
            return abort(result, error, RunOutcome::NeedsPerson);
    }

    if (!m_db.isSqlite() && !m_transaction.lockTables(m_plan, QStringLiteral("ACCESS EXCLUSIVE"), result))
        return;
    m_context.setRowsTotal(0);
    m_context.setRowsDone(0);
    m_context.startRows();
    // A rollback's validations compare with no check of the apply: those ran in another run.
    if (!m_steps.runAll(m_db, m_plan.rollbackSteps, &error) || !ForeignKeyGuard::checkAfterSteps(m_db, m_plan, true, &error)
        || !validate(m_plan.rollbackValidations, {}, result, &error))
        return abort(result, error, RunOutcome::NeedsPerson);
    // The proof: the restored tables hold exactly what they held before the apply.
    m_context.enter(RunPhase::Verify, tr("Verifying the restore"));
    m_context.pause(RunPhase::Verify);
    const auto restored = TableSnapshot::take(m_db, m_plan.tablesBefore, &error, *current);
    if (!restored)
        return abort(result, error, RunOutcome::NeedsPerson);
    result.tablesAfter = *restored;
    const QStringList differences = TableSnapshot::differences(last->tablesBefore, *restored);
    if (!differences.isEmpty()) {
        result.differences = differences;
        return abort(result,
                     ErrorInfo::make(tr("The restored tables differ from the state before the migration, so the "
                                        "rollback was undone: the database is still migrated. A person needs to look "
                                        "at this."),
                                     differences.join(QLatin1Char('\n'))),
                     RunOutcome::NeedsPerson);
    }
    m_context.log(tr("Restore verified: every table matches its row count and checksum from before the migration"));

    finish(RunAction::Rollback, startedAt, result);
}

bool OneTransactionRun::addImplicitChecks(QList<CheckResult> &checks, bool applying, ErrorInfo *error)
{
    return ImpactPreview::addChecks(m_context, m_db, m_plan, checks, applying, error);
}

bool OneTransactionRun::validate(const QList<PlanValidation> &validations, const QList<CheckResult> &checks,
                                 RunResult &result, ErrorInfo *error)
{
    m_context.enter(RunPhase::Validate, tr("Validating"));
    m_context.pause(RunPhase::Validate);
    QStringList failed;
    switch (ValidationRunner(m_context, m_plan, checks).run(m_db, validations, result, &failed, error)) {
    case ValidationRunner::Outcome::Passed:
        return true;
    case ValidationRunner::Outcome::CouldNotRun:
        return false;
    case ValidationRunner::Outcome::Failed:
        break;
    }
    return fail(error, tr("The validation after the migration failed, so nothing was kept: %1").arg(failed.first()),
                failed.join(QLatin1Char('\n')));
}

void OneTransactionRun::finish(RunAction action, const QDateTime &startedAt, RunResult &result)
{
    const RunOutcome failure = action == RunAction::Apply ? RunOutcome::Failed : RunOutcome::NeedsPerson;
    ErrorInfo error;
    // A foreign project's registry learns of the change in the same transaction where it
    // lives in the database (sqitch schema, flyway_schema_history, schema_migrations).
    const RegistryChange change = RegistryRecorder::changeFor(m_plan, action, startedAt, m_context.operatorName());
    if (!RegistryRecorder::inTransaction(m_db, m_plan, change, &error))
        return abort(result, error, failure);
    if (m_shared && !m_shared->commitEachPlan) {
        // A part of a path's one transaction: its history row goes in with it; the path
        // completes the backup and commits after its last plan.
        HistoryEntry entry = RunHistory::entryFor(m_plan, action, startedAt, result);
        // The path's one backup precedes this plan only when this plan started it: its row
        // names it (completed before the path's COMMIT, so it exists exactly when the row does),
        // for a rollback by restore (BackupRestore).
        if (m_startedBackup && action == RunAction::Apply)
            entry.backupPath = backup().pendingPath();
        if (!HistoryStore(m_db).append(entry, &error))
            return abort(result, error, failure);
        m_shared->lastEntry = entry;
        m_shared->lastPlan = &m_plan;
        if (m_plan.registry) {
            m_shared->registry = m_plan.registry;
            m_shared->registryChanges << change;
        }
        result.outcome = action == RunAction::Apply ? RunOutcome::Ok : RunOutcome::RolledBack;
        return;
    }
    // Nothing is committed before the backup it promises is on disk under its name.
    if (!backup().complete(result, &error))
        return abort(result, error, m_context.cancelled() ? RunOutcome::Interrupted : failure);
    // The history row goes into the same transaction: it exists exactly when the run committed.
    HistoryEntry entry = RunHistory::entryFor(m_plan, action, startedAt, result);
    if (!HistoryStore(m_db).append(entry, &error) || !m_transaction.commit(m_plan, entry, result, &error))
        return abort(result, error, failure);
    if (m_shared)
        m_shared->open = false;
    m_foreignKeys.restore();
    if (m_plan.registry && (result.outcome == RunOutcome::Ok || result.outcome == RunOutcome::RolledBack))
        RegistryRecorder::afterCommit(m_db, *m_plan.registry, {change}, result);
}

bool OneTransactionRun::rehearseForNextChecks(RunResult &result)
{
    ErrorInfo error;
    if (!m_db.isSqlite() && !m_transaction.lockTables(m_plan, QStringLiteral("ACCESS EXCLUSIVE"), result)) {
        if (m_shared)
            m_shared->open = false;
        return false;
    }
    m_context.setRowsTotal(0);
    m_context.setRowsDone(0);
    if (!m_steps.runAll(m_db, OutsideTransactionSteps::inside(m_plan.steps), &error)
        || !ForeignKeyGuard::checkAfterSteps(m_db, m_plan, false, &error)
        || !validate(m_plan.validations, result.checks, result, &error)) {
        abort(result, error, RunOutcome::Failed);
        return false;
    }
    return true;
}

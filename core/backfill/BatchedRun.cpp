// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "backfill/BatchedRun.h"

#include "backfill/BackfillChecks.h"
#include "backfill/BatchedStepRunner.h"
#include "backfill/CheckpointStore.h"
#include "backfill/TokenRowTransform.h"
#include "checks/CheckRunner.h"
#include "checks/RiskGate.h"
#include "crypto/KeyFile.h"
#include "crypto/TokenCipher.h"
#include "db/DatabaseConnection.h"
#include "finalize/FinalizedPlan.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "lock/AdvisoryLock.h"
#include "lock/LockRefusal.h"
#include "lock/SessionAdvisoryLock.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "util/LoggingCategories.h"
#include "validation/ValidationRunner.h"

namespace {

QString keyList(const QList<qint64> &keys, int limit = 20)
{
    QStringList parts;
    for (qsizetype i = 0; i < keys.size() && i < limit; ++i)
        parts << QString::number(keys.at(i));
    if (keys.size() > limit)
        parts << QStringLiteral("…");
    return parts.join(QStringLiteral(", "));
}

} // namespace

BatchedRun::BatchedRun(RunContext &context, DatabaseConnection &db, const Plan &plan)
    : m_context(context)
    , m_db(db)
    , m_plan(plan)
    , m_steps(context)
{
    m_steps.setVariables(plan.variables);
}

BatchedRun::~BatchedRun() = default;

bool BatchedRun::begin(ErrorInfo *error)
{
    if (m_joined)
        return m_open = true; // a path's rehearsal: its transaction is open already
    m_open = m_db.exec(m_db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    return m_open;
}

bool BatchedRun::commit(ErrorInfo *error, const QString &what)
{
    const bool ok = m_db.exec(QStringLiteral("COMMIT"), error, what);
    m_open = !ok && !m_db.connectionLost();
    return ok;
}

void BatchedRun::stop(RunResult &result, RunOutcome outcome, const ErrorInfo &error)
{
    // Only the open transaction (a step, the last one, or the rehearsal) is undone; committed
    // batches stay. (A batch's own transaction is BatchedStepRunner's, rolled back there.)
    if (m_open)
        m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
    m_open = false;
    if (m_context.cancelled())
        outcome = RunOutcome::Interrupted;
    result.outcome = outcome;
    result.error = error;
    if (outcome == RunOutcome::Interrupted)
        result.error = ErrorInfo::make(
            m_rehearse ? tr("The rehearsal was cancelled; everything was rolled back.")
                       : tr("Stopped between batches: every finished batch is kept and recorded in the checkpoint, "
                            "the batch in progress was rolled back. Run the same action again to resume."),
            error.details);
    else if (!m_rehearse && outcome != RunOutcome::Blocked && outcome != RunOutcome::Locked)
        result.notes << tr("Batches committed before the failure are kept and recorded in the checkpoint; run the "
                           "same action again to resume once the cause is fixed.");
    m_context.log(result.error.message);
}

void BatchedRun::run(RunResult &result)
{
    // Rows written behind the walk can make the work grow past the first count.
    m_context.setTotalBehaviour(RunContext::Total::Grows);
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_rehearse = m_context.options().action == RunAction::Rehearse;
    ErrorInfo error;
    if (m_plan.needsKey) {
        const auto key = KeyFile::read(m_context.options().keyFile, &error);
        if (!key) {
            result.outcome = RunOutcome::BadInput;
            result.error = error;
            return;
        }
        m_keyId = KeyFile::fingerprint(*key);
        m_cipher = std::make_unique<TokenCipher>(*key);
    } else {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("The plan \"%1\" has batched steps but no key: its transforms need one "
                                          "(\"needs_key\": true).")
                                           .arg(m_plan.id));
        return;
    }
    std::unique_ptr<SessionAdvisoryLock> serverLock;
    if (m_db.isSqlite()) {
        // The application keeps writing during an online run: every statement of ours may have to
        // wait for one of its commits (slow disks: tens of milliseconds each). Waiting is right here.
        m_db.exec(
            QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(60000, m_context.options().waitLockSeconds * 1000)),
            nullptr);
    } else {
        // No single transaction holds a transaction-level lock for the whole run: a session-level one does.
        const qint64 key = AdvisoryLock::key(m_plan.id, m_db.spec());
        serverLock = std::make_unique<SessionAdvisoryLock>(m_db, key);
        QList<ServerSession> holders;
        const auto taken = serverLock->acquire(m_context.options().waitLockSeconds, &holders, &error);
        if (taken != SessionAdvisoryLock::Result::Acquired) {
            result.outcome = m_context.cancelled()                         ? RunOutcome::Interrupted
                             : taken == SessionAdvisoryLock::Result::Error ? RunOutcome::CannotConnect
                                                                           : RunOutcome::Locked;
            if (taken == SessionAdvisoryLock::Result::Error) {
                result.error = error;
                return;
            }
            LockRefusal::serverLockHeld(holders, key, result);
            return;
        }
    }
    if (m_context.options().action == RunAction::Rollback)
        rollback(result);
    else
        apply(result);
    if (serverLock)
        serverLock->release();
}

std::optional<qint64> BatchedRun::pendingRows(const QList<PlanStep> &steps, ErrorInfo *error)
{
    qint64 total = 0;
    for (const PlanStep &step : steps) {
        if (!step.isBatched())
            continue;
        // Before the plan's DDL the columns a decrypt reads do not exist: nothing to do then.
        if (step.batch.transform == QLatin1String("decrypt")) {
            const auto exists = BackfillChecks::columnExists(m_db, step.batch.table,
                                                             step.batch.encryptedColumn(step.batch.columns.first()), error);
            if (!exists)
                return std::nullopt;
            if (!*exists)
                continue;
        }
        TokenRowTransform transform(step.batch, *m_cipher, m_keyId);
        BatchedStepRunner runner(m_db, step, transform, {}, m_context.cancelToken());
        const auto n = runner.pending(error);
        if (!n)
            return std::nullopt;
        total += *n;
    }
    return total;
}

QList<TableState> BatchedRun::counts(const QStringList &tables)
{
    QList<TableState> out;
    for (const QString &t : tables) {
        TableState s;
        s.table = t;
        s.rows = m_db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(m_db.qualified(t)), nullptr).toLongLong();
        out << s;
    }
    return out;
}

void BatchedRun::apply(RunResult &result)
{
    const QString action = QStringLiteral("apply");
    ErrorInfo error;
    const auto last = HistoryStore(m_db).last(m_plan.id, &error);
    if (error.isError())
        return stop(result, RunOutcome::Failed, error);
    CheckpointStore store(m_db);
    const auto checkpoints = store.load(m_plan.id, action, &error);
    if (!checkpoints)
        return stop(result, RunOutcome::Failed, error);
    // Applied before: a re-run encrypts what was written in plaintext since (or left behind), else nothing to do.
    const bool catchUp = last && last->action == QLatin1String("apply");
    const bool resuming = !checkpoints->isEmpty();
    if (catchUp && !resuming) {
        const auto pending = pendingRows(m_plan.steps, &error);
        if (!pending)
            return stop(result, RunOutcome::Failed, error);
        if (*pending == 0) {
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The plan %1 was already applied on %2 by %3: nothing to do.")
                                .arg(m_plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate), last->operatorName);
            return;
        }
        result.notes << tr("The plan %1 was applied before; %n row(s) hold values written since (or left behind): "
                           "this run completes them.",
                           nullptr, int(*pending))
                            .arg(m_plan.id);
    }
    if (m_rehearse && !begin(&error))
        return stop(result, RunOutcome::Locked, error);

    m_context.enter(RunPhase::Checks, tr("Running the checks"));
    CheckContext context;
    context.keyFile = m_context.options().keyFile;
    context.resuming = resuming || catchUp;
    context.planApplied = catchUp;
    const auto checks = CheckRunner::run(m_db, m_plan, context, &error);
    if (!checks)
        return stop(result, RunOutcome::Failed, error);
    result.checks = *checks;
    if (!RiskGate::pass(m_context.options(), result)) {
        const ErrorInfo blocked = result.error;
        return stop(result, RunOutcome::Blocked, blocked);
    }
    m_context.log(tr("Checks passed"));
    if (resuming) {
        QStringList where;
        for (const Checkpoint &c : *checkpoints)
            where << (c.done ? tr("%1 done").arg(c.stepId)
                             : tr("%1 up to key %2 (%n row(s))", nullptr, int(c.rowsDone)).arg(c.stepId).arg(c.lastKey));
        result.notes << tr("Resumed an interrupted run from its checkpoint: %1.").arg(where.join(QStringLiteral("; ")));
        m_context.log(result.notes.last());
    }
    result.tablesBefore = counts(m_plan.tablesBefore);
    if (!runSteps(m_plan.steps, action, catchUp, result))
        return;
    finish(result);
}

void BatchedRun::rollback(RunResult &result)
{
    const QString action = QStringLiteral("rollback");
    ErrorInfo error;
    const auto last = HistoryStore(m_db).last(m_plan.id, &error);
    if (error.isError())
        return stop(result, RunOutcome::NeedsPerson, error);
    // A finalized apply dropped what the rollback restores from: refused, unchanged.
    const auto finalized = FinalizedPlan::read(m_db, m_plan.id, &error);
    if (!finalized)
        return stop(result, RunOutcome::NeedsPerson, error);
    if (*finalized)
        return FinalizedPlan::refuseRollback(**finalized, result);
    CheckpointStore store(m_db);
    const auto applying = store.load(m_plan.id, QStringLiteral("apply"), &error);
    const auto checkpoints = applying ? store.load(m_plan.id, action, &error) : std::nullopt;
    if (!checkpoints)
        return stop(result, RunOutcome::NeedsPerson, error);
    // An interrupted apply can be rolled back too: that is the way back from half-way.
    const bool applied = last && last->action == QLatin1String("apply");
    if (!applied && applying->isEmpty() && checkpoints->isEmpty()) {
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 is not applied to this database: nothing to roll back.").arg(m_plan.id);
        return;
    }
    if (!applied) {
        // Interrupted before the plan's columns existed: there is nothing to undo but the checkpoints.
        const auto first = std::find_if(m_plan.rollbackSteps.begin(), m_plan.rollbackSteps.end(),
                                        [](const PlanStep &s) { return s.isBatched(); });
        const auto exists = first == m_plan.rollbackSteps.end()
            ? std::optional<bool>(true)
            : BackfillChecks::columnExists(m_db, first->batch.table,
                                           first->batch.encryptedColumn(first->batch.columns.first()), &error);
        if (!exists)
            return stop(result, RunOutcome::NeedsPerson, error);
        if (!*exists) {
            if (!m_rehearse
                && !(begin(&error) && store.clear(m_plan.id, QStringLiteral("apply"), &error)
                     && commit(&error)))
                return stop(result, RunOutcome::NeedsPerson, error);
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The interrupted run of %1 had not changed the table yet: nothing to roll back.")
                                .arg(m_plan.id);
            return;
        }
    }
    if (m_rehearse && !begin(&error))
        return stop(result, RunOutcome::Locked, error);
    // Only the key matters here: rows encrypted with another key would not decrypt.
    m_context.enter(RunPhase::Checks, tr("Checking the key"));
    Plan keyChecks = m_plan;
    keyChecks.checks.clear();
    for (const PlanCheck &c : m_plan.checks)
        if (c.builtin == QLatin1String("key-fingerprint"))
            keyChecks.checks << c;
    CheckContext context;
    context.keyFile = m_context.options().keyFile;
    const auto checks = CheckRunner::run(m_db, keyChecks, context, &error);
    if (!checks)
        return stop(result, RunOutcome::NeedsPerson, error);
    result.checks = *checks;
    if (!RiskGate::pass(m_context.options(), result)) {
        const ErrorInfo blocked = result.error;
        return stop(result, RunOutcome::Blocked, blocked);
    }
    if (!checkpoints->isEmpty())
        result.notes << tr("Resumed an interrupted rollback from its checkpoint.");
    result.tablesBefore = counts(m_plan.tablesAfter);
    if (!runSteps(m_plan.rollbackSteps, action, false, result))
        return;
    finish(result);
}

bool BatchedRun::runSteps(const QList<PlanStep> &steps, const QString &action, bool onlyBatched,
                          RunResult &result)
{
    const bool rollback = action == QLatin1String("rollback");
    const RunOutcome failure = rollback ? RunOutcome::NeedsPerson : RunOutcome::Failed;
    ErrorInfo error;
    CheckpointStore store(m_db);
    if (!store.ensureTable(&error)) {
        stop(result, failure, error);
        return false;
    }
    auto checkpoints = store.load(m_plan.id, action, &error);
    if (!checkpoints) {
        stop(result, failure, error);
        return false;
    }
    // Rows done by earlier runs count as done; the rest is what needs work now.
    for (const Checkpoint &c : std::as_const(*checkpoints))
        m_context.setRowsBefore(m_context.rowsBefore() + c.rowsDone);
    const auto pending = pendingRows(steps, &error);
    if (!pending) {
        stop(result, failure, error);
        return false;
    }
    m_context.setRowsTotal(m_context.rowsBefore() + *pending);

    for (const PlanStep &step : steps) {
        Checkpoint checkpoint = checkpoints->value(step.id);
        checkpoint.stepId = step.id;
        if (checkpoint.done || (onlyBatched && !step.isBatched()))
            continue;
        if (m_context.cancelled()) {
            stop(result, RunOutcome::Interrupted, ErrorInfo::make(tr("Cancelled")));
            return false;
        }
        m_context.enterStep(step);
        QElapsedTimer stepClock;
        stepClock.start();
        if (!step.isBatched()) {
            // A SQL step after a batched one (dropping the columns it emptied) must not run
            // while rows are left behind: their values would go with the columns.
            if (m_leftBehind > 0) {
                stop(result, failure,
                     ErrorInfo::make(tr("The step \"%1\" did not run: %n row(s) could not be completed by the "
                                        "batches before it (see the notes). Run the same action again.",
                                        nullptr, int(m_leftBehind))
                                         .arg(step.title)));
                return false;
            }
            m_context.pause(step.id);
            if (!runSqlStep(step, action, &error)) {
                stop(result, failure, error);
                return false;
            }
            qCInfo(lcRunner, "step %s done in %lld ms", qUtf8Printable(step.id), stepClock.elapsed());
            continue;
        }
        TokenRowTransform transform(step.batch, *m_cipher, m_keyId);
        BatchedStepRunner::Settings settings;
        settings.batchSize = qMax(1, m_context.options().batchSize);
        settings.pauseMs = qMax(0, m_context.options().batchPauseMs);
        settings.savepoints = m_rehearse;
        BatchedStepRunner runner(m_db, step, transform, settings, m_context.cancelToken());
        runner.setSaveCheckpoint([&](const Checkpoint &c, ErrorInfo *e) { return store.save(m_plan.id, action, c, e); });
        const qint64 base = m_context.rowsDone();
        if (!m_context.rowsStarted())
            m_context.startRows();
        runner.setRowsDone([&](qint64 rows) {
            m_context.setRowsDone(base + rows);
            m_context.progress();
        });
        const auto outcome = runner.run(checkpoint, &error);
        m_context.progress(true); // the last batch's count, whatever the throttle let through
        const QList<qint64> conflicts = runner.conflicts();
        if (!conflicts.isEmpty())
            result.notes << tr("%n row(s) kept changing while the step \"%1\" tried to write them and were left as they "
                               "are (never overwritten); keys: %2. Run the same action again to complete them.",
                               nullptr, int(conflicts.size()))
                                .arg(step.title, keyList(conflicts));
        if (outcome != BatchedStepRunner::Result::Done) {
            stop(result, outcome == BatchedStepRunner::Result::Cancelled ? RunOutcome::Interrupted : failure, error);
            return false;
        }
        if (runner.rowsReadAgain() > 0)
            result.notes << tr("%n time(s) a row changed between the batch's read and its write; it was read again "
                               "and redone from its new values.",
                               nullptr, int(runner.rowsReadAgain()));
        m_leftBehind += conflicts.size();
        // Rows an application wrote behind the last pass: they are not lost, the next run completes them.
        ErrorInfo err;
        const auto behind = runner.pendingKeys(21, &err);
        if (behind && !behind->isEmpty()) {
            const qint64 n = runner.pending(&err).value_or(behind->size()) - conflicts.size();
            m_leftBehind += n;
            result.notes << tr("%n row(s) were written again during the step \"%1\" after their batch; they are "
                               "kept as written and completed by the next run of the same action; keys: %2.",
                               nullptr, int(n))
                                .arg(step.title, keyList(*behind));
        }
        m_context.log(tr("%1: %n row(s) in %2 batch(es)", nullptr, int(checkpoint.rowsDone))
                          .arg(step.title)
                          .arg(runner.batchesCommitted()));
        qCInfo(lcRunner, "step %s done: %lld rows in %lld batches, %lld ms", qUtf8Printable(step.id),
               m_context.rowsDone() - base, runner.batchesCommitted(), stepClock.elapsed());
    }
    return true;
}

bool BatchedRun::runSqlStep(const PlanStep &step, const QString &action, ErrorInfo *error)
{
    if (!m_rehearse && !begin(error))
        return false;
    if (m_rehearse && !m_db.exec(QStringLiteral("SAVEPOINT ma_step"), error))
        return false;
    // ALTER TABLE waits for the application's open transactions: bounded, so a busy table fails
    // the step (resumable) instead of queueing every writer behind it.
    if (!m_db.isSqlite()
        && !m_db.exec(
            QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(5000, m_context.options().waitLockSeconds * 1000)),
            error))
        return false;
    if (!m_steps.run(m_db, step, error))
        return false;
    Checkpoint done;
    done.stepId = step.id;
    done.done = true;
    if (!CheckpointStore(m_db).save(m_plan.id, action, done, error))
        return false;
    if (m_rehearse)
        return m_db.exec(QStringLiteral("RELEASE SAVEPOINT ma_step"), error);
    return commit(error, tr("The step \"%1\"").arg(step.title));
}

void BatchedRun::finish(RunResult &result)
{
    const bool apply = m_context.options().action != RunAction::Rollback;
    const RunOutcome failure = apply ? RunOutcome::Failed : RunOutcome::NeedsPerson;
    ErrorInfo error;
    m_context.enter(RunPhase::Validate, tr("Validating"));
    if (!m_rehearse && !begin(&error))
        return stop(result, failure, error);
    // An apply's validations may compare with its checks; a rollback's ran only the key's.
    QStringList failed;
    const auto validated = ValidationRunner(m_context, m_plan, apply ? result.checks : QList<CheckResult>())
                               .run(m_db, apply ? m_plan.validations : m_plan.rollbackValidations, result, &failed,
                                    &error);
    if (validated == ValidationRunner::Outcome::Failed)
        error = ErrorInfo::make(tr("The validation failed: %1").arg(failed.first()), failed.join(QLatin1Char('\n')));
    if (validated != ValidationRunner::Outcome::Passed)
        return stop(result, failure, error);
    result.tablesAfter = counts(apply ? m_plan.tablesAfter : m_plan.tablesBefore);
    if (m_rehearse) {
        if (!m_joined)
            m_db.exec(QStringLiteral("ROLLBACK"), nullptr);
        m_open = false;
        result.outcome = RunOutcome::Ok;
        result.notes << tr("Rehearsal only: every batch ran inside one transaction that was rolled back; the "
                           "database is unchanged.");
        return;
    }
    HistoryEntry entry =
        RunHistory::entryFor(m_plan, apply ? RunAction::Apply : RunAction::Rollback, m_startedAt, result);
    CheckpointStore store(m_db);
    // A rollback also ends an interrupted apply: its checkpoints go with it.
    if (!HistoryStore(m_db).append(entry, &error) || (!apply && !store.clear(m_plan.id, QStringLiteral("apply"), &error))
        || !store.clear(m_plan.id, runActionName(apply ? RunAction::Apply : RunAction::Rollback), &error))
        return stop(result, failure, error);
    m_context.enter(RunPhase::Commit, tr("Committing"));
    m_context.pause(apply ? RunPhase::Commit : RunPhase::RollbackCommit);
    if (!commit(&error))
        return stop(result, failure, error);
    result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
    m_context.log(apply ? tr("Every batch committed; the run is recorded in the history")
                        : tr("Rollback committed; the run is recorded in the history"));
}

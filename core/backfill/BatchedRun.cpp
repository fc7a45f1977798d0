#include "backfill/BatchedRun.h"

#include "lock/AdvisoryLock.h"
#include "backfill/BackfillChecks.h"
#include "backfill/BatchedStepRunner.h"
#include "run/CancelToken.h"
#include "checks/CheckRunner.h"
#include "backfill/CheckpointStore.h"
#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "crypto/KeyFile.h"
#include "util/LoggingCategories.h"
#include "plan/Plan.h"
#include "plan/PlanScript.h"
#include "db/PostgresSessions.h"
#include "lock/SessionAdvisoryLock.h"
#include "plan/StatementSplitter.h"
#include "run/TestPause.h"
#include "crypto/TokenCipher.h"
#include "backfill/TokenRowTransform.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

namespace {

QString osUser()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

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

BatchedRun::BatchedRun(const RunOptions &options, const CancelToken *cancel, ProgressSink progress, LogSink log)
    : m_options(options)
    , m_cancel(cancel)
    , m_progress(std::move(progress))
    , m_log(std::move(log))
{
}

BatchedRun::~BatchedRun() = default;

bool BatchedRun::cancelled() const
{
    return m_cancel && m_cancel->isCancelled();
}

void BatchedRun::log(const QString &line)
{
    if (m_log)
        m_log(line);
}

void BatchedRun::progress(bool force)
{
    ProgressEvent e;
    e.step = m_step;
    e.stepTitle = m_stepTitle;
    // Rows written behind the walk can make the work grow past the first count.
    m_rowsTotal = qMax(m_rowsTotal, m_rowsBefore + m_rowsRun);
    e.total = m_rowsTotal;
    e.done = m_rowsBefore + m_rowsRun;
    e.elapsedMs = m_clock.elapsed();
    // Time left from this run's measured throughput (a resumed run's earlier rows took other time).
    m_progress.report(e, m_rowsRun, force);
}

bool BatchedRun::begin(DatabaseConnection &db, ErrorInfo *error)
{
    m_open = db.exec(db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), error);
    return m_open;
}

bool BatchedRun::commit(DatabaseConnection &db, ErrorInfo *error, const QString &what)
{
    const bool ok = db.exec(QStringLiteral("COMMIT"), error, what);
    m_open = !ok && !db.connectionLost();
    return ok;
}

void BatchedRun::stop(DatabaseConnection &db, RunResult &result, RunOutcome outcome, const ErrorInfo &error)
{
    // Only the open transaction (a step, the last one, or the rehearsal) is undone; committed
    // batches stay. (A batch's own transaction is BatchedStepRunner's, rolled back there.)
    if (m_open)
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
    m_open = false;
    if (cancelled())
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
    log(result.error.message);
}

bool BatchedRun::gate(RunResult &result) const
{
    for (CheckResult &c : result.checks)
        if (c.isWarning() && (m_options.acceptAllWarnings || m_options.acceptedRisks.contains(c.id))) {
            c.accepted = true;
            c.acceptedBy = result.operatorName;
        }
    const int blockers = result.blockers();
    const qsizetype unaccepted = std::count_if(result.checks.begin(), result.checks.end(),
                                               [](const CheckResult &c) { return c.isWarning() && !c.accepted; });
    if (blockers == 0 && unaccepted == 0)
        return true;
    result.error = blockers > 0
        ? ErrorInfo::make(tr("%n blocker(s) found: nothing was changed. Fix what they name and run again.", nullptr,
                             blockers))
        : ErrorInfo::make(tr("%n warning(s) need your agreement: nothing was changed.",
                             nullptr, int(unaccepted)));
    return false;
}

void BatchedRun::run(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    m_clock.start();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_rehearse = m_options.action == RunAction::Rehearse;
    ErrorInfo error;
    if (plan.needsKey) {
        const auto key = KeyFile::read(m_options.keyFile, &error);
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
                                           .arg(plan.id));
        return;
    }
    std::unique_ptr<SessionAdvisoryLock> serverLock;
    if (db.isSqlite()) {
        // The application keeps writing during an online run: every statement of ours may have to
        // wait for one of its commits (slow disks: tens of milliseconds each). Waiting is right here.
        db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(qMax(60000, m_options.waitLockSeconds * 1000)), nullptr);
    } else {
        // No single transaction holds a transaction-level lock for the whole run: a session-level one does.
        const qint64 key = AdvisoryLock::key(plan.id, db.spec());
        serverLock = std::make_unique<SessionAdvisoryLock>(db, key);
        QList<ServerSession> holders;
        const auto taken = serverLock->acquire(m_options.waitLockSeconds, &holders, &error);
        if (taken != SessionAdvisoryLock::Result::Acquired) {
            result.outcome = cancelled()                                    ? RunOutcome::Interrupted
                             : taken == SessionAdvisoryLock::Result::Error ? RunOutcome::CannotConnect
                                                                           : RunOutcome::Locked;
            if (taken == SessionAdvisoryLock::Result::Error) {
                result.error = error;
                return;
            }
            if (!holders.isEmpty()) {
                const ServerSession &h = holders.first();
                result.lockHolder.pid = h.pid;
                result.lockHolder.host = h.client;
                result.lockHolder.application = h.application;
                result.lockHolder.since = h.since;
            }
            result.error = ErrorInfo::make(
                holders.isEmpty()
                    ? tr("Another run is migrating this database (it holds the plan's lock on the server). "
                         "Nothing was changed.")
                    : tr("Another run is migrating this database: PostgreSQL session %1. Nothing was changed.")
                          .arg(PostgresSessions::describe(holders)),
                tr("Advisory lock %1 on the server").arg(key));
            return;
        }
    }
    if (m_options.action == RunAction::Rollback)
        rollback(db, plan, result);
    else
        apply(db, plan, result);
    if (serverLock)
        serverLock->release();
}

std::optional<qint64> BatchedRun::pendingRows(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error)
{
    qint64 total = 0;
    for (const PlanStep &step : steps) {
        if (!step.isBatched())
            continue;
        // Before the plan's DDL the columns a decrypt reads do not exist: nothing to do then.
        if (step.batch.transform == QLatin1String("decrypt")) {
            const auto exists = BackfillChecks::columnExists(db, step.batch.table,
                                                             step.batch.encryptedColumn(step.batch.columns.first()), error);
            if (!exists)
                return std::nullopt;
            if (!*exists)
                continue;
        }
        TokenRowTransform transform(step.batch, *m_cipher, m_keyId);
        BatchedStepRunner runner(db, step, transform, {}, m_cancel);
        const auto n = runner.pending(error);
        if (!n)
            return std::nullopt;
        total += *n;
    }
    return total;
}

QList<TableState> BatchedRun::counts(DatabaseConnection &db, const QStringList &tables)
{
    QList<TableState> out;
    for (const QString &t : tables) {
        TableState s;
        s.table = t;
        s.rows = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(db.qualified(t)), nullptr).toLongLong();
        out << s;
    }
    return out;
}

void BatchedRun::apply(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    const QString action = QStringLiteral("apply");
    ErrorInfo error;
    const auto last = HistoryStore(db).last(plan.id, &error);
    if (error.isError())
        return stop(db, result, RunOutcome::Failed, error);
    CheckpointStore store(db);
    const auto checkpoints = store.load(plan.id, action, &error);
    if (!checkpoints)
        return stop(db, result, RunOutcome::Failed, error);
    // Applied before: a re-run encrypts what was written in plaintext since (or left behind), else nothing to do.
    const bool catchUp = last && last->action == QLatin1String("apply");
    const bool resuming = !checkpoints->isEmpty();
    if (catchUp && !resuming) {
        const auto pending = pendingRows(db, plan.steps, &error);
        if (!pending)
            return stop(db, result, RunOutcome::Failed, error);
        if (*pending == 0) {
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The plan %1 was already applied on %2 by %3: nothing to do.")
                                .arg(plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate), last->operatorName);
            return;
        }
        result.notes << tr("The plan %1 was applied before; %n row(s) hold values written since (or left behind): "
                           "this run completes them.",
                           nullptr, int(*pending))
                            .arg(plan.id);
    }
    if (m_rehearse && !begin(db, &error))
        return stop(db, result, RunOutcome::Locked, error);

    m_step = QStringLiteral("checks");
    m_stepTitle = tr("Running the checks");
    progress(true);
    CheckContext context;
    context.keyFile = m_options.keyFile;
    context.resuming = resuming || catchUp;
    context.planApplied = catchUp;
    const auto checks = CheckRunner::run(db, plan, context, &error);
    if (!checks)
        return stop(db, result, RunOutcome::Failed, error);
    result.checks = *checks;
    for (const CheckResult &c : result.checks)
        m_checkValues.insert(c.id, c.value);
    if (!gate(result)) {
        const ErrorInfo blocked = result.error;
        return stop(db, result, RunOutcome::Blocked, blocked);
    }
    log(tr("Checks passed"));
    if (resuming) {
        QStringList where;
        for (const Checkpoint &c : *checkpoints)
            where << (c.done ? tr("%1 done").arg(c.stepId)
                             : tr("%1 up to key %2 (%n row(s))", nullptr, int(c.rowsDone)).arg(c.stepId).arg(c.lastKey));
        result.notes << tr("Resumed an interrupted run from its checkpoint: %1.").arg(where.join(QStringLiteral("; ")));
        log(result.notes.last());
    }
    result.tablesBefore = counts(db, plan.tablesBefore);
    if (!runSteps(db, plan, plan.steps, action, catchUp, result))
        return;
    finish(db, plan, result);
}

void BatchedRun::rollback(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    const QString action = QStringLiteral("rollback");
    ErrorInfo error;
    const auto last = HistoryStore(db).last(plan.id, &error);
    if (error.isError())
        return stop(db, result, RunOutcome::NeedsPerson, error);
    CheckpointStore store(db);
    const auto applying = store.load(plan.id, QStringLiteral("apply"), &error);
    const auto checkpoints = applying ? store.load(plan.id, action, &error) : std::nullopt;
    if (!checkpoints)
        return stop(db, result, RunOutcome::NeedsPerson, error);
    // An interrupted apply can be rolled back too: that is the way back from half-way.
    const bool applied = last && last->action == QLatin1String("apply");
    if (!applied && applying->isEmpty() && checkpoints->isEmpty()) {
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 is not applied to this database: nothing to roll back.").arg(plan.id);
        return;
    }
    if (!applied) {
        // Interrupted before the plan's columns existed: there is nothing to undo but the checkpoints.
        const auto first = std::find_if(plan.rollbackSteps.begin(), plan.rollbackSteps.end(),
                                        [](const PlanStep &s) { return s.isBatched(); });
        const auto exists = first == plan.rollbackSteps.end()
            ? std::optional<bool>(true)
            : BackfillChecks::columnExists(db, first->batch.table,
                                           first->batch.encryptedColumn(first->batch.columns.first()), &error);
        if (!exists)
            return stop(db, result, RunOutcome::NeedsPerson, error);
        if (!*exists) {
            if (!m_rehearse
                && !(begin(db, &error) && store.clear(plan.id, QStringLiteral("apply"), &error)
                     && commit(db, &error)))
                return stop(db, result, RunOutcome::NeedsPerson, error);
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The interrupted run of %1 had not changed the table yet: nothing to roll back.")
                                .arg(plan.id);
            return;
        }
    }
    if (m_rehearse && !begin(db, &error))
        return stop(db, result, RunOutcome::Locked, error);
    // Only the key matters here: rows encrypted with another key would not decrypt.
    m_step = QStringLiteral("checks");
    m_stepTitle = tr("Checking the key");
    progress(true);
    Plan keyChecks = plan;
    keyChecks.checks.clear();
    for (const PlanCheck &c : plan.checks)
        if (c.builtin == QLatin1String("key-fingerprint"))
            keyChecks.checks << c;
    CheckContext context;
    context.keyFile = m_options.keyFile;
    const auto checks = CheckRunner::run(db, keyChecks, context, &error);
    if (!checks)
        return stop(db, result, RunOutcome::NeedsPerson, error);
    result.checks = *checks;
    if (!gate(result)) {
        const ErrorInfo blocked = result.error;
        return stop(db, result, RunOutcome::Blocked, blocked);
    }
    if (!checkpoints->isEmpty())
        result.notes << tr("Resumed an interrupted rollback from its checkpoint.");
    result.tablesBefore = counts(db, plan.tablesAfter);
    if (!runSteps(db, plan, plan.rollbackSteps, action, false, result))
        return;
    finish(db, plan, result);
}

bool BatchedRun::runSteps(DatabaseConnection &db, const Plan &plan, const QList<PlanStep> &steps,
                          const QString &action, bool onlyBatched, RunResult &result)
{
    const bool rollback = action == QLatin1String("rollback");
    const RunOutcome failure = rollback ? RunOutcome::NeedsPerson : RunOutcome::Failed;
    ErrorInfo error;
    CheckpointStore store(db);
    if (!store.ensureTable(&error)) {
        stop(db, result, failure, error);
        return false;
    }
    auto checkpoints = store.load(plan.id, action, &error);
    if (!checkpoints) {
        stop(db, result, failure, error);
        return false;
    }
    // Rows done by earlier runs count as done; the rest is what needs work now.
    for (const Checkpoint &c : std::as_const(*checkpoints))
        m_rowsBefore += c.rowsDone;
    const auto pending = pendingRows(db, steps, &error);
    if (!pending) {
        stop(db, result, failure, error);
        return false;
    }
    m_rowsTotal = m_rowsBefore + *pending;

    for (const PlanStep &step : steps) {
        Checkpoint checkpoint = checkpoints->value(step.id);
        checkpoint.stepId = step.id;
        if (checkpoint.done || (onlyBatched && !step.isBatched()))
            continue;
        if (cancelled()) {
            stop(db, result, RunOutcome::Interrupted, ErrorInfo::make(tr("Cancelled")));
            return false;
        }
        m_step = step.id;
        m_stepTitle = step.title;
        log(tr("Step: %1").arg(step.title));
        progress(true);
        QElapsedTimer stepClock;
        stepClock.start();
        if (!step.isBatched()) {
            // A SQL step after a batched one (dropping the columns it emptied) must not run
            // while rows are left behind: their values would go with the columns.
            if (m_leftBehind > 0) {
                stop(db, result, failure,
                     ErrorInfo::make(tr("The step \"%1\" did not run: %n row(s) could not be completed by the "
                                        "batches before it (see the notes). Run the same action again.",
                                        nullptr, int(m_leftBehind))
                                         .arg(step.title)));
                return false;
            }
            TestPause::at(step.id, m_cancel ? m_cancel->flag() : nullptr);
            if (!runSqlStep(db, plan, step, action, &error)) {
                stop(db, result, failure, error);
                return false;
            }
            qCInfo(lcRunner, "step %s done in %lld ms", qUtf8Printable(step.id), stepClock.elapsed());
            continue;
        }
        TokenRowTransform transform(step.batch, *m_cipher, m_keyId);
        BatchedStepRunner::Settings settings;
        settings.batchSize = qMax(1, m_options.batchSize);
        settings.pauseMs = qMax(0, m_options.batchPauseMs);
        settings.savepoints = m_rehearse;
        BatchedStepRunner runner(db, step, transform, settings, m_cancel);
        runner.setSaveCheckpoint([&](const Checkpoint &c, ErrorInfo *e) { return store.save(plan.id, action, c, e); });
        const qint64 base = m_rowsRun;
        if (!m_progress.rowsStarted())
            m_progress.startRows();
        runner.setRowsDone([&](qint64 rows) {
            m_rowsRun = base + rows;
            progress();
        });
        const auto outcome = runner.run(checkpoint, &error);
        progress(true); // the last batch's count, whatever the throttle let through
        const QList<qint64> conflicts = runner.conflicts();
        if (!conflicts.isEmpty())
            result.notes << tr("%n row(s) kept changing while the step \"%1\" tried to write them and were left as they "
                               "are (never overwritten); keys: %2. Run the same action again to complete them.",
                               nullptr, int(conflicts.size()))
                                .arg(step.title, keyList(conflicts));
        if (outcome != BatchedStepRunner::Result::Done) {
            stop(db, result, outcome == BatchedStepRunner::Result::Cancelled ? RunOutcome::Interrupted : failure, error);
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
        log(tr("%1: %n row(s) in %2 batch(es)", nullptr, int(checkpoint.rowsDone))
                .arg(step.title)
                .arg(runner.batchesCommitted()));
        qCInfo(lcRunner, "step %s done: %lld rows in %lld batches, %lld ms", qUtf8Printable(step.id),
               m_rowsRun - base, runner.batchesCommitted(), stepClock.elapsed());
    }
    return true;
}

bool BatchedRun::runSqlStep(DatabaseConnection &db, const Plan &plan, const PlanStep &step, const QString &action,
                            ErrorInfo *error)
{
    if (!m_rehearse && !begin(db, error))
        return false;
    if (m_rehearse && !db.exec(QStringLiteral("SAVEPOINT ma_step"), error))
        return false;
    // ALTER TABLE waits for the application's open transactions: bounded, so a busy table fails
    // the step (resumable) instead of queueing every writer behind it.
    if (!db.isSqlite()
        && !db.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(qMax(5000, m_options.waitLockSeconds * 1000)),
                    error))
        return false;
    const QString script = PlanScript::substitute(step.sql.value(db.spec().driverName()), db.spec().schema, QString());
    const auto statements = StatementSplitter::split(
        script, db.isSqlite() ? StatementSplitter::Dialect::Sqlite : StatementSplitter::Dialect::Postgresql);
    for (const QString &statement : statements)
        if (!db.exec(statement, error, tr("The step \"%1\"").arg(step.title)))
            return false;
    Checkpoint done;
    done.stepId = step.id;
    done.done = true;
    if (!CheckpointStore(db).save(plan.id, action, done, error))
        return false;
    if (m_rehearse)
        return db.exec(QStringLiteral("RELEASE SAVEPOINT ma_step"), error);
    return commit(db, error, tr("The step \"%1\"").arg(step.title));
}

bool BatchedRun::validate(DatabaseConnection &db, const QList<PlanValidation> &validations, RunResult &result,
                          ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    QStringList failed;
    for (const PlanValidation &v : validations) {
        if (!v.sql.has(driver))
            continue;
        ErrorInfo err;
        const QVariant value = db.scalar(PlanScript::substitute(v.sql.value(driver), db.spec().schema, QString()), &err);
        if (err.isError())
            return fail(error, tr("The validation \"%1\" could not run: %2").arg(v.title, err.message), err.details);
        ValidationResult r;
        r.id = v.id;
        r.title = v.title;
        r.value = value.toLongLong();
        if (!v.equalsCheck.isEmpty()) {
            const qint64 expected = m_checkValues.value(v.equalsCheck);
            r.expected = QStringLiteral("= %1 (%2)").arg(CheckRunner::formatCount(expected), v.equalsCheck);
            r.passed = r.value == expected;
        } else if (v.equals) {
            r.expected = QStringLiteral("= %1").arg(CheckRunner::formatCount(*v.equals));
            r.passed = r.value == *v.equals;
        } else {
            r.expected = QStringLiteral("≥ %1").arg(CheckRunner::formatCount(v.min.value_or(0)));
            r.passed = r.value >= v.min.value_or(0);
        }
        if (!r.passed)
            failed << tr("%1: found %2, expected %3").arg(r.title, CheckRunner::formatCount(r.value), r.expected);
        result.validations << r;
    }
    if (!failed.isEmpty())
        return fail(error, tr("The validation failed: %1").arg(failed.first()), failed.join(QLatin1Char('\n')));
    log(tr("All %n validation(s) passed", nullptr, int(result.validations.size())));
    return true;
}

void BatchedRun::finish(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    const bool apply = m_options.action != RunAction::Rollback;
    const RunOutcome failure = apply ? RunOutcome::Failed : RunOutcome::NeedsPerson;
    ErrorInfo error;
    m_step = QStringLiteral("validate");
    m_stepTitle = tr("Validating");
    progress(true);
    if (!m_rehearse && !begin(db, &error))
        return stop(db, result, failure, error);
    if (!validate(db, apply ? plan.validations : plan.rollbackValidations, result, &error))
        return stop(db, result, failure, error);
    result.tablesAfter = counts(db, apply ? plan.tablesAfter : plan.tablesBefore);
    if (m_rehearse) {
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        m_open = false;
        result.outcome = RunOutcome::Ok;
        result.notes << tr("Rehearsal only: every batch ran inside one transaction that was rolled back; the "
                           "database is unchanged.");
        return;
    }
    HistoryEntry entry;
    entry.planId = plan.id;
    entry.planChecksum = plan.checksum;
    entry.fromVersion = apply ? plan.fromVersion : plan.toVersion;
    entry.toVersion = apply ? plan.toVersion : plan.fromVersion;
    entry.action = runActionName(apply ? RunAction::Apply : RunAction::Rollback);
    entry.outcome = apply ? QStringLiteral("applied") : QStringLiteral("rolled-back");
    entry.startedAt = m_startedAt;
    entry.finishedAt = QDateTime::currentDateTimeUtc();
    entry.host = QSysInfo::machineHostName();
    entry.osUser = osUser();
    entry.operatorName = result.operatorName;
    entry.appVersion = QStringLiteral(MA_VERSION);
    for (const CheckResult &c : result.checks)
        if (c.accepted)
            entry.acceptedRisks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                                   {QStringLiteral("value"), c.value},
                                                   {QStringLiteral("accepted_by"), c.acceptedBy}});
    entry.tablesBefore = result.tablesBefore;
    entry.tablesAfter = result.tablesAfter;
    CheckpointStore store(db);
    // A rollback also ends an interrupted apply: its checkpoints go with it.
    if (!HistoryStore(db).append(entry, &error) || (!apply && !store.clear(plan.id, QStringLiteral("apply"), &error))
        || !store.clear(plan.id, runActionName(apply ? RunAction::Apply : RunAction::Rollback), &error))
        return stop(db, result, failure, error);
    m_step = QStringLiteral("commit");
    m_stepTitle = tr("Committing");
    progress(true);
    TestPause::at(apply ? QStringLiteral("commit") : QStringLiteral("rollback-commit"), m_cancel ? m_cancel->flag() : nullptr);
    if (!commit(db, &error))
        return stop(db, result, failure, error);
    result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
    log(apply ? tr("Every batch committed; the run is recorded in the history")
              : tr("Rollback committed; the run is recorded in the history"));
}

#include "transaction/MigrationRunner.h"

#include "lock/AdvisoryLock.h"
#include "backfill/BatchedRun.h"
#include "run/CancelToken.h"
#include "checks/CheckRunner.h"
#include "backfill/CheckpointStore.h"
#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "util/LoggingCategories.h"
#include "plan/PlanLoader.h"
#include "plan/PlanScript.h"
#include "db/PostgresSessions.h"
#include "lock/RunLock.h"
#include "checks/SharedQueryCache.h"
#include "db/ParallelReads.h"
#include "backup/SqliteBackup.h"
#include "plan/StatementSplitter.h"
#include "snapshot/TableSnapshot.h"
#include "run/TestPause.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>
#include <QtConcurrent>
#include <sqlite3.h>

#include <pwd.h>
#include <unistd.h>

namespace {



QString osUser()
{
    if (const passwd *pw = getpwuid(geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

// Test hook (TestPause.h): MA_TEST_PAUSE_AT=<step id or moment> makes the run wait there.
void pauseForTests(const QString &stepId, const CancelToken *cancel)
{
    TestPause::at(stepId, cancel ? cancel->flag() : nullptr);
}

} // namespace

MigrationRunner::MigrationRunner(RunOptions options)
    : m_options(std::move(options))
{
}

bool MigrationRunner::cancelled() const
{
    return m_cancel && m_cancel->isCancelled();
}

void MigrationRunner::log(const QString &line)
{
    if (m_log)
        m_log(line);
}

void MigrationRunner::progress(bool force)
{
    ProgressEvent e;
    e.step = m_currentStep;
    e.stepTitle = m_currentTitle;
    e.done = qMin(m_rowsDone, m_rowsTotal);
    e.total = m_rowsTotal;
    e.elapsedMs = m_clock.elapsed();
    // Every row done was timed: the rows clock starts again with each apply's or rollback's steps.
    m_progress.report(e, e.done, force);
}

QString MigrationRunner::prepared(const DatabaseConnection &db, const QString &sql) const
{
    return PlanScript::substitute(sql, db.spec().schema, QString());
}

RunResult MigrationRunner::run()
{
    m_clock.start();
    RunResult result;
    result.action = m_options.action;
    result.database = m_options.connection.displayUrl();
    result.operatorName = m_options.operatorName.isEmpty() ? osUser() : m_options.operatorName;

    ErrorInfo error;
    const auto plan = PlanLoader::load(m_options.plan, &error);
    if (!plan) {
        result.outcome = RunOutcome::BadInput;
        result.error = error;
        result.durationMs = m_clock.elapsed();
        return result;
    }
    m_plan = &*plan;
    result.planId = plan->id;
    result.planTitle = plan->title;
    result.planChecksum = plan->checksum;
    result.fromVersion = plan->fromVersion;
    result.toVersion = plan->toVersion;
    qCInfo(lcRunner, "%s with the plan %s on %s", qUtf8Printable(runActionName(m_options.action)),
           qUtf8Printable(plan->id), qUtf8Printable(result.database));
    const QString driver = m_options.connection.driverName();
    if (!plan->supportsDriver(driver)) {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("The plan \"%1\" has no SQL for %2 databases.").arg(plan->id, driver));
        result.durationMs = m_clock.elapsed();
        return result;
    }
    for (const QString &id : std::as_const(m_options.acceptedRisks)) {
        const PlanCheck *check = plan->check(id);
        if (!check || check->severity != PlanCheck::Severity::Warning) {
            result.outcome = RunOutcome::BadInput;
            result.error = ErrorInfo::make(
                check ? tr("\"%1\" is a %2, not a warning: only warnings can be accepted.")
                            .arg(id, PlanCheck::severityName(check->severity))
                      : tr("--accept-risk names \"%1\", which is not a check of the plan \"%2\".").arg(id, plan->id));
            result.durationMs = m_clock.elapsed();
            return result;
        }
    }

    // Reading actions need no lock; changing ones take the run lock before touching anything.
    const bool changes = m_options.action == RunAction::Apply || m_options.action == RunAction::Rehearse
                         || m_options.action == RunAction::Rollback;
    std::unique_ptr<RunLock> lock;
    if (changes) {
        lock = std::make_unique<RunLock>(m_options.lockFile.isEmpty() ? RunLock::defaultPath(m_options.connection)
                                                                      : m_options.lockFile);
        if (m_options.waitLockSeconds > 0)
            log(tr("Waiting up to %1 s for the run lock %2").arg(m_options.waitLockSeconds).arg(lock->path()));
        const auto taken = lock->acquire(m_options.waitLockSeconds, m_cancel ? m_cancel->flag() : nullptr, &error);
        if (taken == RunLock::Result::Error) {
            result.outcome = RunOutcome::CannotConnect;
            result.error = error;
        } else if (taken == RunLock::Result::Held) {
            result.lockHolder = lock->holder();
            result.outcome = cancelled() ? RunOutcome::Interrupted : RunOutcome::Locked;
            result.error = ErrorInfo::make(tr("Another run is migrating this database: %1. Nothing was changed.")
                                               .arg(result.lockHolder.describe()),
                                           tr("Lock file: %1").arg(lock->path()));
        }
        if (taken != RunLock::Result::Acquired) {
            result.durationMs = m_clock.elapsed();
            return result;
        }
        pauseForTests(QStringLiteral("lock"), m_cancel);
    }

    {
        DatabaseConnection db(m_options.connection);
        const auto mode = changes ? DatabaseConnection::Mode::ReadWrite : DatabaseConnection::Mode::ReadOnly;
        if (!db.open(mode, &error, qMax(2000, m_options.waitLockSeconds * 1000))) {
            // Another program's write transaction (SQLite busy) is a held lock, not a broken database.
            const int code = db.sqliteHandle() ? sqlite3_errcode(db.sqliteHandle()) & 0xff : 0;
            result.outcome = code == SQLITE_BUSY || code == SQLITE_LOCKED ? RunOutcome::Locked : RunOutcome::CannotConnect;
            result.error = error;
        } else {
            if (m_cancel)
                m_cancel->attach(&db);
            // Plans with batched steps run batch by batch, not in one transaction (BatchedRun).
            if (changes && plan->isBatched())
                BatchedRun(m_options, m_cancel, m_progress.sink(), m_log).run(db, *plan, result);
            else
            switch (m_options.action) {
            case RunAction::Status:
                runStatus(db, *plan, result);
                break;
            case RunAction::Check:
                runCheck(db, *plan, result);
                break;
            case RunAction::Apply:
            case RunAction::Rehearse:
                runApply(db, *plan, result);
                break;
            case RunAction::Rollback:
                runRollback(db, *plan, result);
                break;
            }
            if (m_cancel)
                m_cancel->detach();
        }
    }
    lock.reset();
    result.durationMs = m_clock.elapsed();
    qCInfo(lcRunner, "finished: %s in %lld ms", qUtf8Printable(resultWordFor(result.outcome)),
           qint64(result.durationMs));
    return result;
}

void MigrationRunner::runStatus(DatabaseConnection &db, const Plan &plan, RunResult &result)
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
        if (last->planChecksum != plan.checksum)
            result.notes << tr("The plan has changed since it was applied (checksum %1 then, %2 now).")
                                .arg(last->planChecksum.left(12), plan.checksum.left(12));
    } else {
        result.notes << tr("The plan %1 is not applied to this database.").arg(plan.id);
    }
    // A batched run (BatchedRun) that stopped half-way left its checkpoints: say where it stands.
    const auto checkpoints = CheckpointStore(db).load(plan.id, runActionName(RunAction::Apply), nullptr);
    if (checkpoints && !checkpoints->isEmpty())
        result.notes << tr("An interrupted run of %1 left checkpoints (%n step(s)); --apply resumes it, --rollback undoes it.",
                           nullptr, int(checkpoints->size()))
                            .arg(plan.id);
    result.outcome = RunOutcome::Ok;
}

bool MigrationRunner::begin(DatabaseConnection &db, const Plan &plan, bool write, RunResult &result)
{
    ErrorInfo error;
    if (db.isSqlite()) {
        // IMMEDIATE takes SQLite's write lock now: no other writer can slip in between the
        // checks and the migration, and the backup sees what the migration will see.
        if (db.exec(write ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"), &error))
            return true;
        const int code = db.sqliteHandle() ? sqlite3_errcode(db.sqliteHandle()) & 0xff : 0;
        result.outcome = (code == SQLITE_BUSY || code == SQLITE_LOCKED) ? RunOutcome::Locked
                         : cancelled()                                  ? RunOutcome::Interrupted
                                                                        : RunOutcome::CannotConnect;
        result.error = error;
        return false;
    }
    const QString mode = write ? QStringLiteral("BEGIN ISOLATION LEVEL READ COMMITTED")
                               : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    if (!db.exec(mode, &error)) {
        result.outcome = RunOutcome::CannotConnect;
        result.error = error;
        return false;
    }
    if (write) {
        // Another assistant on another machine: the lock file cannot see it, the server can.
        QList<ServerSession> holders;
        const auto advisory = AdvisoryLock::acquire(db, AdvisoryLock::key(plan.id, db.spec()),
                                                    m_options.waitLockSeconds, &holders, &error);
        if (advisory != AdvisoryLock::Result::Acquired) {
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
            if (advisory == AdvisoryLock::Result::Error) {
                result.outcome = cancelled() ? RunOutcome::Interrupted : RunOutcome::CannotConnect;
                result.error = error;
                return false;
            }
            result.outcome = cancelled() ? RunOutcome::Interrupted : RunOutcome::Locked;
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
                tr("Advisory lock %1 on the server").arg(AdvisoryLock::key(plan.id, db.spec())));
            return false;
        }
        // Writers of a still-running application wait for the migration instead of being lost.
        // SHARE ROW EXCLUSIVE stops every writer but lets readers on, so the snapshot before
        // the run can be taken by a second session beside the checks; the steps then raise it
        // to ACCESS EXCLUSIVE (lockTablesForSteps).
        if (!lockTables(db, plan, QStringLiteral("SHARE ROW EXCLUSIVE"), result))
            return false;
    }
    return true;
}

bool MigrationRunner::lockTables(DatabaseConnection &db, const Plan &plan, const QString &mode, RunResult &result)
{
    ErrorInfo error;
    QStringList names;
    QStringList tables;
    for (const QString &t : plan.lockTables) {
        if (db.tableExists(t)) {
            names << t;
            tables << db.qualified(t);
        }
    }
    const int timeoutMs = qMax(5000, m_options.waitLockSeconds * 1000);
    if (db.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(timeoutMs), &error)
        && (tables.isEmpty()
            || db.exec(QStringLiteral("LOCK TABLE %1 IN %2 MODE").arg(tables.join(QStringLiteral(", ")), mode), &error)))
        return true;
    db.exec(QStringLiteral("ROLLBACK"), nullptr);
    if (cancelled()) {
        result.outcome = RunOutcome::Interrupted;
        result.error = ErrorInfo::make(tr("The run was cancelled before it changed anything."), error.details);
        return false;
    }
    // Our own request is gone with the ROLLBACK: whoever still holds a lock is in the way.
    const auto inTheWay = PostgresSessions::holdingTables(db, names, nullptr);
    const QString who = inTheWay && !inTheWay->isEmpty()
        ? tr(" In the way: %1.").arg(PostgresSessions::describe(*inTheWay))
        : QString();
    result.outcome = RunOutcome::Locked;
    result.error = ErrorInfo::make(tr("The tables to migrate are in use by other sessions and could not be "
                                      "locked within %1 s. Nothing was changed.%2")
                                       .arg(timeoutMs / 1000)
                                       .arg(who),
                                   error.details);
    return false;
}

void MigrationRunner::abort(DatabaseConnection &db, RunResult &result, const ErrorInfo &error, RunOutcome outcome)
{
    // An interrupted statement may already have ended the transaction; ROLLBACK is then a no-op error.
    QSqlQuery q(db.database());
    q.exec(QStringLiteral("ROLLBACK"));
    if (cancelled())
        outcome = RunOutcome::Interrupted;
    ErrorInfo shown = error;
    if (outcome == RunOutcome::Interrupted) {
        shown = ErrorInfo::make(tr("The run was cancelled and everything was rolled back: the database is as it was."),
                                error.details);
    } else if (db.connectionLost()) {
        // The server ends a dead session's transaction itself: nothing of this run was kept.
        outcome = RunOutcome::Failed;
        shown = ErrorInfo::make(tr("The connection to the PostgreSQL server was lost during the run. The server "
                                   "rolled back everything this run had done: the database is as it was before it."),
                                error.message + QLatin1Char('\n') + error.details);
    }
    qCInfo(lcRunner, "rolled back the transaction (%s): %s", qUtf8Printable(resultWordFor(outcome)),
           qUtf8Printable(error.message));
    result.outcome = outcome;
    result.error = shown;
    if (m_backup) {
        // Unfinished: its child is stopped and the partial copy removed.
        m_backup.reset();
        qCInfo(lcBackup, "dropped the unfinished backup: the database was not changed");
    }
    if (!result.backupPath.isEmpty()) {
        // The database is unchanged: a second copy of every token is only a liability.
        QFile::remove(result.backupPath);
        qCInfo(lcBackup, "removed the backup %s: the database was not changed", qUtf8Printable(result.backupPath));
        result.notes << tr("The backup %1 was removed: the database was not changed.").arg(result.backupPath);
        result.backupPath.clear();
    }
    log(result.error.message);
}

bool MigrationRunner::gate(RunResult &result)
{
    for (CheckResult &c : result.checks) {
        if (c.isWarning() && (m_options.acceptAllWarnings || m_options.acceptedRisks.contains(c.id))) {
            c.accepted = true;
            c.acceptedBy = result.operatorName;
        }
    }
    const int blockers = result.blockers();
    const qsizetype unaccepted = std::count_if(result.checks.begin(), result.checks.end(),
                                               [](const CheckResult &c) { return c.isWarning() && !c.accepted; });
    if (blockers == 0 && unaccepted == 0)
        return true;
    result.outcome = RunOutcome::Blocked;
    if (blockers > 0)
        result.error = ErrorInfo::make(tr("%n blocker(s) found: nothing was changed. Fix what they name and run again.",
                                          nullptr, blockers));
    else
        result.error = ErrorInfo::make(tr("%n warning(s) need your agreement: nothing was changed.",
                                          nullptr, int(unaccepted)));
    return false;
}

void MigrationRunner::runCheck(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    if (!begin(db, plan, false, result))
        return;
    ErrorInfo error;
    HistoryStore history(db);
    const auto last = history.last(plan.id, &error);
    if (error.isError())
        return abort(db, result, error, RunOutcome::Failed);
    if (last && last->action == QLatin1String("apply")) {
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 was already applied on %2: nothing to check.")
                            .arg(plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate));
        return;
    }
    CheckContext context;
    context.keyFile = m_options.keyFile;
    if (db.isSqlite()) {
        context.backupFolder = QFileInfo(db.spec().path).absolutePath();
        context.backupBytesNeeded = SqliteBackup::bytesNeeded(db.spec().path);
    }
    // The checks' scans are shared out with helper connections that see exactly what this
    // one sees. SQLite: this transaction's SHARED lock (taken by the history read above) stops
    // every commit while it lasts — but not in WAL mode, so there it reads alone. PostgreSQL:
    // the helpers import this transaction's snapshot.
    ParallelReads reads;
    for (const QString &sql : CheckRunner::queries(plan, db.spec()))
        reads.addQuery(sql);
    if (db.isSqlite()) {
        if (db.scalar(QStringLiteral("PRAGMA journal_mode"), nullptr).toString().compare(QLatin1String("wal"),
                                                                                          Qt::CaseInsensitive))
            reads.startHelpers(db.spec(), ParallelReads::helpersForThisMachine(), m_cancel);
    } else {
        ErrorInfo exportError;
        const QString snapshot = db.scalar(QStringLiteral("SELECT pg_export_snapshot()"), &exportError).toString();
        if (exportError.isError()) {
            // The failed statement aborted the transaction, which answers nothing more: start
            // it again and let this connection read alone.
            qCInfo(lcRunner, "no snapshot to share, the checks read alone: %s", qUtf8Printable(exportError.message));
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
            if (!begin(db, plan, false, result))
                return;
        } else if (QRegularExpression(QStringLiteral("^[0-9A-Fa-f-]+$")).match(snapshot).hasMatch()) {
            reads.startHelpers(db.spec(), ParallelReads::helpersForThisMachine(), m_cancel,
                               {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                                QStringLiteral("SET TRANSACTION SNAPSHOT '%1'").arg(snapshot)});
        }
    }
    reads.work(db, ParallelReads::Scope::QueriesOnly);
    const auto checks = CheckRunner::run(db, plan, context, &error, &reads);
    reads.stop();
    reads.waitForHelpers();
    db.exec(QStringLiteral("ROLLBACK"), nullptr);
    if (!checks) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return;
    }
    result.checks = *checks;
    result.outcome = gate(result) ? RunOutcome::Ok : RunOutcome::Blocked;
}

void MigrationRunner::estimateRows(DatabaseConnection &db, const QList<PlanStep> &steps)
{
    m_rowsTotal = 0;
    qint64 lastKnown = 0;
    for (const PlanStep &step : steps) {
        if (step.chunkTable.isEmpty())
            continue;
        // A table a later step creates (users_old) has as many rows as the one it comes from.
        if (db.tableExists(step.chunkTable))
            lastKnown = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(db.qualified(step.chunkTable)), nullptr)
                            .toLongLong();
        m_rowsTotal += lastKnown;
    }
}

bool MigrationRunner::runChunked(DatabaseConnection &db, const PlanStep &step, const QString &sql, ErrorInfo *error)
{
    const QString table = db.qualified(step.chunkTable);
    // Chunks are ranges of the table's physical order: rowid ranges on SQLite (a range scan of
    // the table's own b-tree), block ranges of ctid on PostgreSQL (a TID range scan, 14+). Each
    // is as fast as one full scan, yet it gives rows done and a place to cancel. A chunked step
    // reads one table and writes others (the loader made sure), so rows never move under it.
    QSqlQuery bounds = db.query();
    const QString boundsSql = db.isSqlite()
        ? QStringLiteral("SELECT min(rowid), max(rowid), count(*) FROM %1").arg(table)
        : QStringLiteral("SELECT 0, pg_relation_size(to_regclass(?)) / current_setting('block_size')::int8 - 1, "
                         "count(*) FROM %1").arg(table);
    bool ok = bounds.prepare(boundsSql);
    if (ok && !db.isSqlite())
        bounds.bindValue(0, table);
    if (!ok || !bounds.exec() || !bounds.next()) {
        const ErrorInfo e = db.describe(bounds.lastError(), step.title, boundsSql);
        return fail(error, e.message, e.details);
    }
    const qint64 first = bounds.value(0).toLongLong();
    const qint64 last = bounds.value(1).toLongLong();
    const qint64 rows = bounds.value(2).toLongLong();
    bounds.finish();
    if (rows == 0)
        return true;
    const qint64 span = last - first + 1;
    const qint64 width = qMax<qint64>(1, qint64(double(span) * m_options.chunkRows / double(rows)));
    QString text = sql;
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{chunk(?::([A-Za-z_][A-Za-z0-9_]*))?\\}\\}"));
    const auto match = placeholder.match(text);
    const QString key = db.isSqlite() ? QStringLiteral("rowid") : QStringLiteral("ctid");
    const QString column = match.captured(1).isEmpty() ? key : match.captured(1) + QLatin1Char('.') + key;
    // Bound as block numbers; '(n,0)' is the first tuple of block n.
    text.replace(placeholder, db.isSqlite()
                                  ? QStringLiteral("%1 >= ? AND %1 < ?").arg(column)
                                  : QStringLiteral("%1 >= format('(%s,0)', ?::int8)::tid AND "
                                                   "%1 < format('(%s,0)', ?::int8)::tid").arg(column));
    QSqlQuery q = db.query();
    const qint64 base = m_rowsDone;
    for (qint64 lo = first; lo <= last; lo += width) {
        if (cancelled())
            return fail(error, tr("Cancelled"));
        const qint64 hi = qMin(last + 1, lo + width);
        if (!db.exec(q, text, {lo, hi}, error, step.title))
            return false;
        m_rowsDone = base + qint64(double(hi - first) / double(span) * double(rows));
        progress();
    }
    m_rowsDone = base + rows;
    progress(true);
    return true;
}

bool MigrationRunner::runSteps(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    const auto dialect = db.isSqlite() ? StatementSplitter::Dialect::Sqlite : StatementSplitter::Dialect::Postgresql;
    for (const PlanStep &step : steps) {
        if (cancelled())
            return fail(error, tr("Cancelled"));
        m_currentStep = step.id;
        m_currentTitle = step.title;
        log(tr("Step: %1").arg(step.title));
        progress(true);
        pauseForTests(step.id, m_cancel);
        qCInfo(lcRunner, "step %s started", qUtf8Printable(step.id));
        QElapsedTimer stepClock;
        stepClock.start();
        const qint64 rowsBefore = m_rowsDone;
        const QString script = prepared(db, step.sql.value(driver));
        if (!step.chunkTable.isEmpty()) {
            // One statement (the loader made sure), without its ';' and trailing comments.
            if (!runChunked(db, step, StatementSplitter::split(script, dialect).value(0), error))
                return false;
            if (m_writes)
                m_writes->statementDone();
            qCInfo(lcRunner, "step %s done: %lld rows of %s in %lld ms", qUtf8Printable(step.id),
                   m_rowsDone - rowsBefore, qUtf8Printable(step.chunkTable), stepClock.elapsed());
            continue;
        }
        const QStringList statements = StatementSplitter::split(script, dialect);
        for (const QString &statement : statements) {
            if (cancelled())
                return fail(error, tr("Cancelled"));
            if (!db.exec(statement, error, tr("The step \"%1\"").arg(step.title)))
                return false;
            if (m_writes)
                m_writes->statementDone();
        }
        // Plain steps are DDL or set-based statements: their row counts are not known here.
        qCInfo(lcRunner, "step %s done: %lld statement(s) in %lld ms", qUtf8Printable(step.id),
               qint64(statements.size()), stepClock.elapsed());
    }
    return true;
}

bool MigrationRunner::validate(DatabaseConnection &db, const QList<PlanValidation> &validations, RunResult &result,
                               ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    QStringList failed;
    m_currentStep = QStringLiteral("validate");
    m_currentTitle = tr("Validating");
    progress(true);
    pauseForTests(m_currentStep, m_cancel);
    SharedQueryCache shared(db, *m_plan);
    for (const PlanValidation &v : validations) {
        if (v.valueFrom.isEmpty() && !v.sql.has(driver))
            continue;
        ErrorInfo err;
        const qint64 value = (v.valueFrom.isEmpty() ? db.scalar(prepared(db, v.sql.value(driver)), &err)
                                                    : shared.value(v.valueFrom, &err))
                                 .toLongLong();
        if (err.isError())
            return fail(error, tr("The validation \"%1\" could not run: %2").arg(v.title, err.message), err.details);
        ValidationResult r;
        r.id = v.id;
        r.title = v.title;
        r.value = value;
        if (!v.equalsCheck.isEmpty()) {
            const qint64 expected = m_checkValues.value(v.equalsCheck);
            r.expected = QStringLiteral("= %1 (%2)").arg(CheckRunner::formatCount(expected), v.equalsCheck);
            r.passed = value == expected;
        } else if (v.equals) {
            r.expected = QStringLiteral("= %1").arg(CheckRunner::formatCount(*v.equals));
            r.passed = value == *v.equals;
        } else {
            r.expected = QStringLiteral("≥ %1").arg(CheckRunner::formatCount(v.min.value_or(0)));
            r.passed = value >= v.min.value_or(0);
        }
        if (!r.passed)
            failed << tr("%1: found %2, expected %3").arg(r.title, CheckRunner::formatCount(value), r.expected);
        result.validations << r;
    }
    if (!failed.isEmpty())
        return fail(error, tr("The validation after the migration failed, so nothing was kept: %1")
                               .arg(failed.first()),
                    failed.join(QLatin1Char('\n')));
    log(tr("All %n validation(s) passed", nullptr, int(result.validations.size())));
    qCInfo(lcRunner, "%lld validation(s) passed", qint64(result.validations.size()));
    return true;
}

bool MigrationRunner::makeBackup(DatabaseConnection &db, const QString &label, const QList<TableState> &expected,
                                 RunResult &result, ErrorInfo *error)
{
    Q_UNUSED(result)
    if (!db.isSqlite())
        return true;
    m_currentStep = QStringLiteral("backup");
    m_currentTitle = tr("Backing up the database");
    progress(true);
    const QString journalMode = db.scalar(QStringLiteral("PRAGMA journal_mode"), nullptr).toString().toLower();
    QElapsedTimer clock;
    clock.start();
    m_backup = SqliteBackup::start(db.spec().path, label, journalMode, expected, m_cancel ? m_cancel->flag() : nullptr,
                                   error);
    if (!m_backup)
        return false;
    qCInfo(lcBackup, "copied and verified the database (journal mode %s) in %lld ms; on disk before the commit",
           qUtf8Printable(journalMode), clock.elapsed());
    return true;
}

bool MigrationRunner::completeBackup(RunResult &result, ErrorInfo *error)
{
    if (!m_backup)
        return true;
    QElapsedTimer clock;
    clock.start();
    const bool ok = m_backup->complete(&result.backupPath, error);
    m_backup.reset();
    if (!ok)
        return false;
    log(tr("Backup written and verified: %1").arg(result.backupPath));
    qCInfo(lcBackup, "wrote and verified %s (%lld bytes; waited %lld ms for it to reach the disk)",
           qUtf8Printable(result.backupPath), QFileInfo(result.backupPath).size(), clock.elapsed());
    return true;
}

void MigrationRunner::finish(DatabaseConnection &db, const Plan &plan, RunAction action, const QDateTime &startedAt,
                             RunResult &result)
{
    // The history row goes into the same transaction: it exists exactly when the run committed.
    const bool apply = action == RunAction::Apply;
    const RunOutcome failure = apply ? RunOutcome::Failed : RunOutcome::NeedsPerson;
    // Nothing is committed before the backup it promises is on disk under its name.
    if (ErrorInfo backupError; !completeBackup(result, &backupError))
        return abort(db, result, backupError,
                     cancelled() ? RunOutcome::Interrupted : failure);
    HistoryEntry entry;
    entry.planId = plan.id;
    entry.planChecksum = plan.checksum;
    entry.fromVersion = apply ? plan.fromVersion : plan.toVersion;
    entry.toVersion = apply ? plan.toVersion : plan.fromVersion;
    entry.action = runActionName(action);
    entry.outcome = apply ? QStringLiteral("applied") : QStringLiteral("rolled-back");
    entry.startedAt = startedAt;
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
    entry.backupPath = result.backupPath;
    ErrorInfo error;
    if (!HistoryStore(db).append(entry, &error))
        return abort(db, result, error, failure);
    m_currentStep = QStringLiteral("commit");
    m_currentTitle = tr("Committing");
    progress(true);
    pauseForTests(apply ? QStringLiteral("commit") : QStringLiteral("rollback-commit"), m_cancel);
    if (cancelled())
        return abort(db, result, ErrorInfo::make(tr("Cancelled")), RunOutcome::Interrupted);
    QElapsedTimer commitClock;
    commitClock.start();
    if (!db.exec(QStringLiteral("COMMIT"), &error,
                 apply ? tr("Committing the migration") : tr("Committing the rollback"))) {
        if (!db.connectionLost())
            return abort(db, result, error, failure);
        // The one moment a lost connection leaves a question: did the COMMIT reach the server?
        // The history row was part of the transaction, so a fresh session can tell.
        return settleLostCommit(db.spec(), plan, entry, result, error);
    }
    result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
    log(apply ? tr("Migration committed") : tr("Rollback committed"));
    qCInfo(lcRunner, "committed the %s in %lld ms", apply ? "migration" : "rollback", commitClock.elapsed());
}

void MigrationRunner::settleLostCommit(const ConnectionSpec &spec, const Plan &plan, const HistoryEntry &entry,
                                       RunResult &result, const ErrorInfo &commitError)
{
    const bool apply = entry.action == runActionName(RunAction::Apply);
    DatabaseConnection fresh(spec);
    ErrorInfo error;
    std::optional<HistoryEntry> last;
    if (fresh.open(DatabaseConnection::Mode::ReadOnly, &error))
        last = HistoryStore(fresh).last(plan.id, &error);
    if (error.isError()) {
        result.outcome = RunOutcome::NeedsPerson;
        result.error = ErrorInfo::make(tr("The connection to the server was lost while committing, and the server "
                                          "cannot be reached to tell whether the commit took effect. Run --status "
                                          "once the server is back: its history says which state the database is in."),
                                       commitError.details + QLatin1Char('\n') + error.message);
        return;
    }
    const bool committed = last && last->action == entry.action && last->startedAt == entry.startedAt
                           && last->host == entry.host && last->osUser == entry.osUser;
    if (committed) {
        result.outcome = apply ? RunOutcome::Ok : RunOutcome::RolledBack;
        result.notes << tr("The connection was lost just after COMMIT was sent; the server's history shows the "
                           "commit took effect.");
        log(apply ? tr("Migration committed") : tr("Rollback committed"));
        return;
    }
    result.outcome = RunOutcome::Failed;
    result.error = ErrorInfo::make(tr("The connection to the PostgreSQL server was lost while committing; the "
                                      "commit did not take effect, so the database is as it was before this run."),
                                   commitError.details);
    if (!result.backupPath.isEmpty())
        result.backupPath.clear();
}

void MigrationRunner::runApply(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    const bool rehearse = m_options.action == RunAction::Rehearse;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    if (!begin(db, plan, true, result))
        return;
    ErrorInfo error;
    HistoryStore history(db);
    const auto last = history.last(plan.id, &error);
    if (error.isError())
        return abort(db, result, error, RunOutcome::Failed);
    if (last && last->action == QLatin1String("apply")) {
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 was already applied on %2 by %3: nothing to do.")
                            .arg(plan.id, last->finishedAt.toLocalTime().toString(Qt::ISODate), last->operatorName);
        if (last->planChecksum != plan.checksum)
            result.notes << tr("Note: the plan has changed since it was applied (checksum %1 then, %2 now).")
                                .arg(last->planChecksum.left(12), plan.checksum.left(12));
        return;
    }

    m_currentStep = QStringLiteral("checks");
    m_currentTitle = tr("Running the checks");
    progress(true);
    pauseForTests(m_currentStep, m_cancel);
    CheckContext context;
    if (db.isSqlite() && !rehearse) {
        context.backupFolder = QFileInfo(db.spec().path).absolutePath();
        context.backupBytesNeeded = SqliteBackup::bytesNeeded(db.spec().path);
    }
    // The checks' scans and the snapshot only read tables that nobody can change now (SQLite:
    // the run holds the write lock; PostgreSQL: its SHARE ROW EXCLUSIVE locks stop every
    // writer) and that the run has not written yet, so helper connections on other cores
    // (other server backends) share them out with this one. A table the plan does not lock
    // could change under a second session: then this connection reads everything alone.
    const bool allLocked = std::all_of(plan.tablesBefore.begin(), plan.tablesBefore.end(),
                                       [&](const QString &t) { return plan.lockTables.contains(t); });
    ParallelReads reads;
    for (const QString &sql : CheckRunner::queries(plan, db.spec()))
        reads.addQuery(sql);
    for (const QString &table : plan.tablesBefore)
        reads.addTable(table);
    if (db.isSqlite() || allLocked)
        reads.startHelpers(db.spec(), ParallelReads::helpersForThisMachine(), m_cancel);
    auto stopReads = [&] {
        reads.stop();
        reads.waitForHelpers();
    };
    QElapsedTimer checksClock;
    checksClock.start();
    // This connection, too, goes on to the tables once no query is left rather than wait
    // for the helpers' last query: the snapshot is needed as soon as the checks pass.
    reads.work(db);
    const auto checks = CheckRunner::run(db, plan, context, &error, &reads);
    if (!checks) {
        stopReads();
        return abort(db, result, error, RunOutcome::Failed);
    }
    result.checks = *checks;
    qCInfo(lcRunner, "%lld check(s) ran in %lld ms", qint64(result.checks.size()), checksClock.elapsed());
    for (const CheckResult &c : result.checks)
        m_checkValues.insert(c.id, c.value);
    if (!gate(result)) {
        stopReads();
        const ErrorInfo blocked = result.error;
        abort(db, result, blocked, RunOutcome::Blocked);
        result.error = blocked;
        return;
    }
    log(tr("Checks passed"));
    m_currentStep = QStringLiteral("snapshot-before");
    m_currentTitle = tr("Recording row counts and checksums before the migration");
    progress(true);
    QElapsedTimer phaseClock;
    phaseClock.start();
    reads.waitForHelpers();
    const bool snapshotOk = reads.retakeMissingTables(db, &error);
    qCInfo(lcRunner, "snapshot before: %lld ms after the checks", phaseClock.elapsed());
    if (!snapshotOk)
        return abort(db, result, error, RunOutcome::Failed);
    const QList<TableState> before = reads.states();
    result.tablesBefore = before;
    // The backup only once the checks let the run go ahead (free space included): a blocked
    // run must not copy every token of the database for nothing.
    if (!rehearse && !makeBackup(db, plan.id, result.tablesBefore, result, &error))
        return abort(db, result, error, RunOutcome::Failed);

    if (!db.isSqlite() && !lockTables(db, plan, QStringLiteral("ACCESS EXCLUSIVE"), result))
        return;
    estimateRows(db, plan.steps);
    m_rowsDone = 0;
    m_progress.startRows();
    std::unique_ptr<SqliteWriteTracker> writes;
    if (db.isSqlite())
        writes = std::make_unique<SqliteWriteTracker>(db);
    m_writes = writes.get();
    const auto stopTracking = qScopeGuard([&] { m_writes = nullptr; });
    if (!runSteps(db, plan.steps, &error))
        return abort(db, result, error, RunOutcome::Failed);
    phaseClock.start();
    if (!validate(db, plan.validations, result, &error))
        return abort(db, result, error, RunOutcome::Failed);
    qCInfo(lcRunner, "validation: %lld ms", phaseClock.restart());
    m_currentStep = QStringLiteral("snapshot-after");
    m_currentTitle = tr("Recording row counts and checksums after the migration");
    progress(true);
    const auto after = TableSnapshot::take(db, plan.tablesAfter, &error, result.tablesBefore, writes.get());
    m_writes = nullptr;
    writes.reset();
    if (!after)
        return abort(db, result, error, RunOutcome::Failed);
    result.tablesAfter = *after;
    qCInfo(lcRunner, "snapshot after: %lld ms", phaseClock.elapsed());

    if (rehearse && cancelled())
        return abort(db, result, ErrorInfo::make(tr("Cancelled")), RunOutcome::Interrupted);
    if (rehearse) {
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        qCInfo(lcRunner, "rehearsal done: rolled back the transaction");
        result.outcome = RunOutcome::Ok;
        result.notes << tr("Rehearsal only: everything was rolled back, the database is unchanged.");
        return;
    }
    finish(db, plan, RunAction::Apply, startedAt, result);
}

void MigrationRunner::runRollback(DatabaseConnection &db, const Plan &plan, RunResult &result)
{
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    if (!begin(db, plan, true, result))
        return;
    ErrorInfo error;
    HistoryStore history(db);
    const auto last = history.last(plan.id, &error);
    if (error.isError())
        return abort(db, result, error, RunOutcome::NeedsPerson);
    if (!last || last->action != QLatin1String("apply")) {
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        result.outcome = RunOutcome::NothingToDo;
        result.notes << tr("The plan %1 is not applied to this database: nothing to roll back.").arg(plan.id);
        return;
    }
    if (last->planChecksum != plan.checksum)
        result.notes << tr("Note: the plan has changed since it was applied (checksum %1 then, %2 now).")
                            .arg(last->planChecksum.left(12), plan.checksum.left(12));

    // Whatever was written since the apply would be lost by going back: refuse, and say what.
    m_currentStep = QStringLiteral("checks");
    m_currentTitle = tr("Comparing with the state after the migration");
    progress(true);
    pauseForTests(m_currentStep, m_cancel);
    const auto current = TableSnapshot::take(db, plan.tablesAfter, &error);
    if (!current)
        return abort(db, result, error, RunOutcome::NeedsPerson);
    result.tablesBefore = *current;
    const QStringList changed = TableSnapshot::differences(last->tablesAfter, *current);
    CheckResult check;
    check.id = QStringLiteral("changed-since-apply");
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
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
        result.differences = changed;
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(tr("The database changed after the migration; rolling back would lose those "
                                          "changes, so nothing was changed."),
                                       changed.join(QLatin1Char('\n')));
        return;
    }
    if (!makeBackup(db, QStringLiteral("rollback-") + plan.id, *current, result, &error))
        return abort(db, result, error, RunOutcome::NeedsPerson);

    if (!db.isSqlite() && !lockTables(db, plan, QStringLiteral("ACCESS EXCLUSIVE"), result))
        return;
    m_rowsTotal = 0;
    m_rowsDone = 0;
    m_progress.startRows();
    if (!runSteps(db, plan.rollbackSteps, &error) || !validate(db, plan.rollbackValidations, result, &error))
        return abort(db, result, error, RunOutcome::NeedsPerson);
    // The proof: the restored tables hold exactly what they held before the apply.
    m_currentStep = QStringLiteral("verify");
    m_currentTitle = tr("Verifying the restore");
    progress(true);
    pauseForTests(m_currentStep, m_cancel);
    const auto restored = TableSnapshot::take(db, plan.tablesBefore, &error, *current);
    if (!restored)
        return abort(db, result, error, RunOutcome::NeedsPerson);
    result.tablesAfter = *restored;
    const QStringList differences = TableSnapshot::differences(last->tablesBefore, *restored);
    if (!differences.isEmpty()) {
        result.differences = differences;
        return abort(db, result,
                     ErrorInfo::make(tr("The restored tables differ from the state before the migration, so the "
                                        "rollback was undone: the database is still migrated. A person needs to look "
                                        "at this."),
                                     differences.join(QLatin1Char('\n'))),
                     RunOutcome::NeedsPerson);
    }
    log(tr("Restore verified: every table matches its row count and checksum from before the migration"));

    finish(db, plan, RunAction::Rollback, startedAt, result);
}

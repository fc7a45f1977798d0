// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "path/PathRun.h"

#include "backup/BackupRestore.h"
#include "path/PathCheck.h"
#include "project/ForeignRegistry.h"
#include "project/RegistryRecorder.h"

#include "backfill/BatchedRun.h"
#include "checks/RiskGate.h"
#include "db/DatabaseConnection.h"
#include "history/PlanStatus.h"
#include "lock/RunLockPhase.h"
#include "plan/PlanCatalogue.h"
#include "plan/PlanOnDisk.h"
#include "run/CancelToken.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "run/StepExecutor.h"
#include "transaction/OneTransactionRun.h"
#include "transaction/RunTransaction.h"
#include "transaction/SharedTransaction.h"
#include "util/LoggingCategories.h"

#include <QScopeGuard>
#include <algorithm>
#include <numeric>

namespace {

QStringList planIds(const QList<const Plan *> &plans)
{
    QStringList ids;
    for (const Plan *plan : plans)
        ids << plan->id;
    return ids;
}

bool succeeded(const RunResult &part)
{
    return part.outcome == RunOutcome::Ok || part.outcome == RunOutcome::RolledBack
           || part.outcome == RunOutcome::NothingToDo;
}

} // namespace

PathRun::PathRun(RunContext &context)
    : m_context(context)
    , m_catalogue(context.options().catalogue)
{
}

bool PathRun::changes() const
{
    const RunAction action = m_context.options().action;
    return action == RunAction::Apply || action == RunAction::Rehearse || action == RunAction::Rollback;
}

void PathRun::run(RunResult &result)
{
    const RunOptions &options = m_context.options();
    const QString driver = options.connection.driverName();
    if (!m_catalogue || m_catalogue->versions(driver).isEmpty()) {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("No plan has SQL for %1 databases.").arg(driver));
        return;
    }
    // A check of one plan only reads. A check of several rehearses each plan for the next
    // one's checks, which writes (rolled back): it learns that only once it knows where the
    // database is, and then starts over with the lock and a writing connection.
    bool write = changes();
    for (int attempt = 0; attempt < 2; ++attempt) {
        m_missingInput.clear();
        std::unique_ptr<RunLock> lock;
        if (write && !(lock = RunLockPhase::take(m_context, result)))
            return;
        DatabaseConnection db(options.connection);
        if (!open(db, write, result))
            return;
        CancelToken *cancel = m_context.cancelToken();
        if (cancel)
            cancel->attach(&db);
        const auto detach = qScopeGuard([cancel] {
            if (cancel)
                cancel->detach();
        });
        const auto found = route(db, result);
        if (!found)
            return;
        qCInfo(lcRunner, "path %s: %s", qUtf8Printable(runActionName(options.action)),
               qUtf8Printable(planIds(found->plans).join(QStringLiteral(", "))));
        if (options.action == RunAction::Status)
            return status(db, *found, result);
        if (found->plans.isEmpty() || !inputsGiven(*found, result))
            return;
        if (options.action == RunAction::Check && PathCheck::writes(found->plans) && !write) {
            write = true;
            continue;
        }
        m_context.log(found->version.describe());
        // What runs is what was checked: a plan folder edited since it was loaded is refused.
        if (ErrorInfo error; write && !PlanOnDisk::unchanged(found->plans, &error)) {
            result.outcome = RunOutcome::BadInput;
            result.error = error;
            return;
        }
        if (options.action == RunAction::Rollback && db.isSqlite() && found->plans.first()->rollbackSteps.isEmpty()) {
            db.close(); // the one plan (allowedAlongPath): its backup replaces the file, the lock stays held
            RunResult part = result.partFor(*found->plans.first());
            BackupRestore(m_context, *found->plans.first()).rollback(part);
            result.path.push_back(part);
            gather(*found, result);
            return;
        }
        switch (options.action) {
        case RunAction::Check:
            check(db, *found, result);
            break;
        default:
            walk(db, *found, result);
            break;
        }
        return;
    }
}

bool PathRun::open(DatabaseConnection &db, bool write, RunResult &result)
{
    ErrorInfo error;
    const auto mode = write ? DatabaseConnection::Mode::ReadWrite : DatabaseConnection::Mode::ReadOnly;
    if (db.open(mode, &error, qMax(2000, m_context.options().waitLockSeconds * 1000)))
        return true;
    // Another program's write transaction (SQLite busy) is a held lock, not a broken database.
    result.outcome = RunTransaction::heldByAnotherWriter(db) ? RunOutcome::Locked : RunOutcome::CannotConnect;
    result.error = error;
    return false;
}

std::optional<PathRun::Route> PathRun::route(DatabaseConnection &db, RunResult &result)
{
    const RunOptions &options = m_context.options();
    const QString driver = db.spec().driverName();
    ErrorInfo error;
    if (const MigrationProject *project = m_catalogue->project(); project && m_catalogue->chain(driver).isEmpty()) {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("The %1 project %2 has no migrations for %3 databases (it is written for %4).")
                                           .arg(projectKindName(project->kind), project->name, db.spec().driverName(),
                                                project->driver.isEmpty() ? tr("another engine") : project->driver));
        return std::nullopt;
    }
    const auto version = DatabaseVersion::locate(db, *m_catalogue, &error);
    if (!version) {
        result.outcome = RunOutcome::Failed;
        result.error = error;
        return std::nullopt;
    }
    Route route;
    route.version = *version;
    result.fromVersion = version->version;
    result.toVersion = version->version;
    const QString latest = m_catalogue->latestVersion(driver);
    if (options.action == RunAction::Status) {
        if (version->isKnown()) {
            if (const auto pending = m_catalogue->path(driver, version->version, {}, nullptr))
                route.plans = *pending;
        }
        route.target = latest;
        return route;
    }
    const QString blocker = version->blocker(latest);
    if (!blocker.isEmpty()) {
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(blocker, version->describe());
        return std::nullopt;
    }
    if (!version->drift.isEmpty()) {
        // The plans are written for the schema of their version: on another, they could damage it.
        result.outcome = RunOutcome::Blocked;
        result.differences = version->drift;
        result.error = ErrorInfo::make(tr("The database's history and its schema disagree, so nothing was changed: "
                                          "%1")
                                           .arg(version->drift.first()),
                                       version->drift.join(QLatin1Char('\n')));
        return std::nullopt;
    }

    std::optional<QList<const Plan *>> plans;
    // --to as people name it: a version, or another name of one (a Sqitch tag).
    const QString wanted = m_catalogue->resolveVersion(driver, options.targetVersion);
    if (options.action == RunAction::Rollback) {
        if (version->source != DatabaseVersion::Source::History && version->source != DatabaseVersion::Source::Registry) {
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The assistant has not migrated this database (it has no history): nothing to roll "
                               "back.");
            return std::nullopt;
        }
        // Without --to: the last applied plan, the one that brought the database here.
        route.target = wanted;
        if (route.target.isEmpty()) {
            for (const Plan *plan : m_catalogue->chain(driver))
                if (plan->toVersion == version->version)
                    route.target = plan->fromVersion;
        }
        if (route.target.isEmpty() || route.target == version->version) {
            result.outcome = RunOutcome::NothingToDo;
            result.notes << tr("The database is at %1: nothing to roll back.").arg(version->version);
            return std::nullopt;
        }
        plans = m_catalogue->path(driver, route.target, version->version, &error);
        if (plans)
            std::reverse(plans->begin(), plans->end());
    } else {
        route.target = wanted.isEmpty() ? latest : wanted;
        plans = m_catalogue->path(driver, version->version, wanted, &error);
        if (!plans && options.catalogue->versions(driver).contains(wanted))
            error = ErrorInfo::make(tr("The database is at %1, past %2: to go back, use --rollback --to %2.")
                                        .arg(version->version, options.targetVersion));
    }
    if (!plans) {
        result.outcome = RunOutcome::BadInput;
        result.error = error;
        return std::nullopt;
    }
    route.plans = *plans;
    if (route.plans.isEmpty()) {
        result.outcome = RunOutcome::NothingToDo;
        result.notes << (route.target == latest
                             ? tr("The database is at %1, the newest version: nothing to do.").arg(version->version)
                             : tr("The database is at %1 already: nothing to do.").arg(version->version));
        return route;
    }
    result.planId = route.plans.first()->id;
    result.planTitle = route.plans.first()->title;
    result.planChecksum = route.plans.first()->checksum;
    if (options.action != RunAction::Apply && options.action != RunAction::Rollback)
        result.toVersion = route.target;
    return route;
}

bool PathRun::inputsGiven(const Route &route, RunResult &result)
{
    const RunOptions &options = m_context.options();
    ErrorInfo error;
    if (!RiskGate::acceptsOnlyWarnings(route.plans, options, &error)) {
        result.outcome = RunOutcome::BadInput;
        result.error = error;
        return false;
    }
    if (options.action == RunAction::Rollback && !BackupRestore::allowedAlongPath(route.plans, options, result))
        return false;
    for (const Plan *plan : route.plans) {
        if (!plan->needsKey || !options.keyFile.isEmpty())
            continue;
        CheckResult check;
        check.id = QStringLiteral("key-file-given");
        check.planId = plan->id;
        check.title = tr("A key for %1").arg(plan->id);
        check.severity = PlanCheck::Severity::Blocker;
        check.passed = false;
        check.message = options.action == RunAction::Rollback || plan == route.plans.first()
                            ? tr("The plan %1 (%2 → %3) needs a key: give it with --key-file FILE.")
                                  .arg(plan->id, plan->fromVersion, plan->toVersion)
                            : tr("The plan %1 (%2 → %3) needs a key: give it with --key-file FILE, or stop before it "
                                 "with --to %2.")
                                  .arg(plan->id, plan->fromVersion, plan->toVersion);
        check.explanation = tr("The plan encrypts or decrypts with a key that only you have. Nothing was changed.");
        // A check goes on: every other risk of the path is shown beside this one, in its plan.
        if (options.action == RunAction::Check) {
            m_missingInput.insert(plan, check);
            continue;
        }
        result.checks << check;
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(check.message);
        return false;
    }
    return true;
}

void PathRun::status(DatabaseConnection &db, const Route &route, RunResult &result)
{
    PlanStatus::readPath(db, *m_catalogue, route.version, route.plans, result);
}

void PathRun::check(DatabaseConnection &db, const Route &route, RunResult &result)
{
    PathCheck(m_context, m_missingInput).run(db, route.plans, result);
    gather(route, result);
}

bool PathRun::commitShared(DatabaseConnection &db, SharedTransaction &shared, RunResult &result)
{
    ErrorInfo error;
    RunTransaction transaction(m_context, db);
    RunResult committed;
    committed.action = result.action;
    // Nothing is committed before the backup it promises is on disk under its name.
    if (!shared.backup.complete(result, &error)
        || !transaction.commit(*shared.lastPlan, shared.lastEntry, committed, &error)) {
        transaction.abort(committed, error, m_context.cancelled() ? RunOutcome::Interrupted : RunOutcome::Failed);
        shared.backup.discard(result);
        shared.open = false;
        result.outcome = committed.outcome;
        result.error = committed.error;
        return false;
    }
    shared.open = false;
    result.notes << committed.notes;
    if (succeeded(committed)) {
        const QList<RegistryChange> changes = std::exchange(shared.registryChanges, {});
        if (shared.registry)
            RegistryRecorder::afterCommit(db, *shared.registry, changes, result);
        return result.outcome != RunOutcome::NeedsPerson;
    }
    // A lost connection, settled: the commit did not take effect (or nobody can tell).
    result.outcome = committed.outcome;
    result.error = committed.error;
    result.backupPath.clear();
    return false;
}

void PathRun::walk(DatabaseConnection &db, const Route &route, RunResult &result)
{
    const bool rehearse = m_context.options().action == RunAction::Rehearse;
    const bool rollingBack = m_context.options().action == RunAction::Rollback;
    SharedTransaction shared(m_context);
    shared.commitEachPlan = m_context.options().commitEach && !rehearse;
    qsizetype uncommitted = 0; // the first part whose work is not committed yet
    bool stopped = false;
    std::optional<RunResult> commitFailure;
    const auto undoUncommitted = [&](qsizetype end) {
        for (qsizetype j = uncommitted; j < end; ++j)
            if (succeeded(result.path.at(j)))
                result.path.at(j).pathWord = QStringLiteral("rolled-back");
    };
    // Progress counts the rows of the whole path: each plan's, estimated before the first runs
    // (a batched plan counts its own rows as it goes).
    QList<qint64> estimates;
    for (const Plan *plan : route.plans)
        estimates << (plan->isBatched() || rollingBack ? 0 : StepExecutor::estimateRows(db, plan->steps));
    qint64 rowsBefore = 0;
    for (qsizetype i = 0; i < route.plans.size(); ++i) {
        const Plan &plan = *route.plans.at(i);
        RunResult part = result.partFor(plan);
        if (stopped) {
            part.pathWord = QStringLiteral("skipped");
            part.outcome = RunOutcome::NothingToDo;
            result.path.push_back(part);
            continue;
        }
        if (route.plans.size() > 1)
            m_context.enterPlan(plan.id, int(i + 1), int(route.plans.size()), rowsBefore,
                                std::accumulate(estimates.begin() + i + 1, estimates.end(), qint64(0)));
        const auto planDone = qScopeGuard([&] { rowsBefore += qMax(m_context.planRowsDone(), estimates.at(i)); });
        if (route.plans.size() > 1)
            m_context.log(tr("Plan %1 of %2: %3 (%4 → %5)")
                              .arg(i + 1)
                              .arg(route.plans.size())
                              .arg(plan.id, rollingBack ? plan.toVersion : plan.fromVersion,
                                   rollingBack ? plan.fromVersion : plan.toVersion));
        if (plan.isBatched()) {
            BatchedRun batched(m_context, db, plan);
            if (rehearse) {
                // A rehearsal is one transaction whole: the batches run as savepoints in it.
                if (!shared.open) {
                    ErrorInfo error;
                    shared.open = db.exec(db.isSqlite() ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"),
                                          &error);
                    if (!shared.open) {
                        part.outcome = RunOutcome::Failed;
                        part.error = error;
                    }
                }
                batched.joinTransaction();
            } else if (shared.open) {
                // The transactional plans before it commit first: its batches commit one by one.
                if (!commitShared(db, shared, result)) {
                    commitFailure = result;
                    undoUncommitted(i);
                    stopped = true;
                }
                uncommitted = i;
            }
            if (!stopped && !part.error.isError())
                batched.run(part);
            if (!rehearse && !stopped)
                uncommitted = i + 1;
            if (rehearse && !succeeded(part))
                shared.open = false; // its failure rolled the rehearsal back
        } else {
            OneTransactionRun run(m_context, db, plan, &shared);
            if (rollingBack)
                run.rollback(part);
            else
                run.apply(part);
            if (shared.commitEachPlan && succeeded(part))
                uncommitted = i + 1;
        }
        if (stopped) {
            part.pathWord = QStringLiteral("skipped");
            part.outcome = RunOutcome::NothingToDo;
        } else if (!succeeded(part)) {
            stopped = true;
            undoUncommitted(i);
        }
        result.path.push_back(part);
    }
    if (!stopped && shared.open) {
        if (rehearse) {
            db.exec(QStringLiteral("ROLLBACK"), nullptr);
            shared.open = false;
        } else if (!commitShared(db, shared, result)) {
            commitFailure = result;
            undoUncommitted(route.plans.size());
        }
    }
    if (rehearse)
        result.notes << tr("Rehearsal only: everything was rolled back, the database is unchanged.");
    gather(route, result);
    if (commitFailure) {
        result.outcome = commitFailure->outcome;
        result.error = commitFailure->error;
    }
}

void PathRun::gather(const Route &route, RunResult &result) const
{
    const RunAction action = m_context.options().action;
    QString reached = route.version.version;
    const RunResult *failed = nullptr;
    bool allNothing = true;
    QMap<QString, qsizetype> afterIndex;
    for (const RunResult &part : result.path) {
        result.checks << part.checks;
        result.validations << part.validations;
        result.differences << part.differences;
        for (const QString &note : part.notes)
            if (!result.notes.contains(note))
                result.notes << note;
        if (result.tablesBefore.isEmpty())
            result.tablesBefore = part.tablesBefore;
        // The counts after: each table as the last plan that touched it left it.
        for (const TableState &t : part.tablesAfter) {
            if (afterIndex.contains(t.table)) {
                result.tablesAfter[afterIndex.value(t.table)] = t;
            } else {
                afterIndex.insert(t.table, result.tablesAfter.size());
                result.tablesAfter << t;
            }
        }
        if (result.backupPath.isEmpty())
            result.backupPath = part.backupPath;
        if (part.lockHolder.isKnown())
            result.lockHolder = part.lockHolder;
        if (part.pathWord.isEmpty() && part.outcome == RunOutcome::Ok && action == RunAction::Apply)
            reached = part.toVersion;
        if (part.pathWord.isEmpty() && part.outcome == RunOutcome::RolledBack)
            reached = part.fromVersion;
        if (!failed && !succeeded(part) && part.pathWord.isEmpty()
            && !(action == RunAction::Check && part.outcome == RunOutcome::Blocked))
            failed = &part;
        if (part.pathWord.isEmpty() && part.outcome != RunOutcome::NothingToDo)
            allNothing = false;
    }
    if (action == RunAction::Apply || action == RunAction::Rollback)
        result.toVersion = reached;
    if (failed) {
        result.outcome = failed->outcome;
        result.error = failed->error;
        if (result.path.size() > 1) {
            result.error.message = tr("%1 (plan %2 of the path, %3 → %4)")
                                       .arg(failed->error.message, failed->planId, failed->fromVersion,
                                            failed->toVersion);
            if (action == RunAction::Apply || action == RunAction::Rollback)
                result.notes << (reached == route.version.version
                                     ? tr("Nothing of the path was kept: the database is still at %1.").arg(reached)
                                     : tr("The plans before it are committed: the database is at %1. Run again to "
                                          "go on from there.")
                                           .arg(reached));
        }
        return;
    }
    if (action == RunAction::Check && !allNothing) {
        // Every plan's risks together: one message, the warnings to accept named across the path.
        result.outcome = RunOutcome::Ok;
        if (!RiskGate::pass(m_context.options(), result) && !m_missingInput.isEmpty())
            result.error.message = m_missingInput.begin().value().message + QLatin1Char(' ') + result.error.message;
        return;
    }
    result.outcome = allNothing ? RunOutcome::NothingToDo
                     : action == RunAction::Rollback ? RunOutcome::RolledBack
                                                     : RunOutcome::Ok;
}

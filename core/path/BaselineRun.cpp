// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "path/BaselineRun.h"

#include "db/DatabaseConnection.h"
#include "history/HistoryStore.h"
#include "history/RunHistory.h"
#include "lock/LockedConnection.h"
#include "path/DatabaseVersion.h"
#include "plan/PlanCatalogue.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "transaction/RunTransaction.h"
#include "util/LoggingCategories.h"


RunResult BaselineRun::run()
{
    const RunOptions &options = m_context.options();
    m_context.startClock();
    RunResult result;
    result.action = RunAction::Baseline;
    result.database = options.connection.displayUrl();
    result.operatorName = m_context.operatorName();
    const auto done = [&]() -> RunResult {
        result.durationMs = m_context.elapsedMs();
        return result;
    };
    const QString version = options.baselineVersion;
    const QString driver = options.connection.driverName();
    if (!options.catalogue) {
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(tr("No plans are loaded: a baseline needs the plans that know the versions."));
        return done();
    }
    // The plan that names the version: the one leading to it, or for the oldest version the
    // first plan, leaving it. Its detect query is the proof.
    const QList<const Plan *> chain = options.catalogue->chain(driver);
    const Plan *plan = nullptr;
    const DriverSql *detect = nullptr;
    for (const Plan *p : chain)
        if (p->toVersion == version) {
            plan = p;
            detect = &p->detectTarget;
        }
    if (!plan && !chain.isEmpty() && chain.first()->fromVersion == version) {
        plan = chain.first();
        detect = &plan->detectSource;
    }
    if (!plan || !detect->has(driver)) {
        const QStringList known = options.catalogue->versions(driver);
        result.outcome = RunOutcome::BadInput;
        result.error = ErrorInfo::make(
            known.isEmpty() ? tr("No plan knows the version %1: no plan has SQL for %2 databases.").arg(version, driver)
                            : tr("No plan knows the version %1 (the versions known for %2 databases: %3).")
                                  .arg(version, driver, known.join(QStringLiteral(", "))));
        return done();
    }
    result.planId = plan->id;
    result.planTitle = plan->title;
    result.planChecksum = plan->checksum;
    result.toVersion = version;
    qCInfo(lcRunner, "baseline %s (plan %s) on %s", qUtf8Printable(version), qUtf8Printable(plan->id),
           qUtf8Printable(result.database));

    LockedConnection locked(m_context);
    if (!locked.open(result))
        return done();
    DatabaseConnection &db = locked.db();
    RunTransaction transaction(m_context, db);
    // Writing: SQLite's write lock, PostgreSQL's advisory lock of the plan and its tables held
    // still, so the schema the detect sees is the one the row records.
    if (!transaction.begin(*plan, true, result))
        return done();
    ErrorInfo error;
    const QDateTime startedAt = QDateTime::currentDateTimeUtc();
    HistoryStore history(db);
    const auto entries = history.entries({}, &error);
    if (!entries) {
        transaction.abort(result, error, RunOutcome::Failed);
        return done();
    }
    if (!entries->isEmpty()) {
        transaction.rollBack();
        const HistoryEntry &last = entries->last();
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(
            tr("This database already has a history of the assistant's (%n row(s), the last: %1 of %2 on %3): a "
               "baseline is only for a database made outside the assistant, so nothing was recorded.",
               nullptr, int(entries->size()))
                .arg(last.action, last.planId, last.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        return done();
    }
    const auto matches = DatabaseVersion::recognises(db, *detect, &error);
    if (!matches) {
        transaction.abort(result, error, RunOutcome::Failed);
        return done();
    }
    if (!*matches) {
        transaction.rollBack();
        result.outcome = RunOutcome::Blocked;
        result.error = ErrorInfo::make(
            tr("The database does not look like %1: the detect query of the plan %2 for %1 does not recognise its "
               "schema, so nothing was recorded.")
                .arg(version, plan->id));
        return done();
    }

    HistoryEntry entry = RunHistory::baseEntry(*plan, RunAction::Baseline, QStringLiteral("baselined"), startedAt,
                                               result.operatorName);
    entry.toVersion = version;
    if (!history.append(entry, &error) || !db.exec(QStringLiteral("COMMIT"), &error, tr("Committing the baseline"))) {
        // A lost answer to COMMIT is harmless here: running it again says whether it took.
        transaction.abort(result, error, RunOutcome::Failed);
        return done();
    }
    result.outcome = RunOutcome::Ok;
    result.notes << tr("Recorded: the database is at %1 (a baseline, confirmed by the detect query of the plan %2).")
                        .arg(version, plan->id);
    m_context.log(tr("Baseline committed"));
    return done();
}

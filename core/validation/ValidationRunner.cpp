// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation/ValidationRunner.h"

#include "checks/CheckRunner.h"
#include "checks/SharedQueryCache.h"
#include "db/DatabaseConnection.h"
#include "plan/Plan.h"
#include "plan/PlanScript.h"
#include "plan/PlanValidation.h"
#include "plan/ScriptTransactionControl.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "util/LoggingCategories.h"

ValidationRunner::ValidationRunner(RunContext &context, const Plan &plan, const QList<CheckResult> &checks)
    : m_context(context), m_plan(plan), m_checks(checks)
{
}

ValidationRunner::Outcome ValidationRunner::run(DatabaseConnection &db, const QList<PlanValidation> &validations,
                                                RunResult &result, QStringList *failures, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    // A fresh cache: the shared queries must read the tables as the steps left them.
    SharedQueryCache shared(db, m_plan);
    QStringList failed;
    for (const PlanValidation &v : validations) {
        if (v.valueFrom.isEmpty() && !v.sql.has(driver))
            continue;
        if (v.mustSucceed) {
            ErrorInfo err;
            QString failure;
            const auto r = runScript(db, v, &failure, &err);
            if (!r) {
                fail(error, tr("The validation \"%1\" could not run: %2").arg(v.title, err.message), err.details);
                return Outcome::CouldNotRun;
            }
            if (!r->passed)
                failed << failure;
            result.validations << *r;
            continue;
        }
        ErrorInfo err;
        const qint64 value = (v.valueFrom.isEmpty()
                                  ? db.scalar(PlanScript::substitute(v.sql.value(driver), db.spec().schema, QString()),
                                              &err)
                                  : shared.value(v.valueFrom, &err))
                                 .toLongLong();
        if (err.isError()) {
            fail(error, tr("The validation \"%1\" could not run: %2").arg(v.title, err.message), err.details);
            return Outcome::CouldNotRun;
        }
        ValidationResult r;
        r.id = v.id;
        r.title = v.title;
        r.value = value;
        if (!v.equalsCheck.isEmpty()) {
            const auto check = std::find_if(m_checks.begin(), m_checks.end(),
                                            [&](const CheckResult &c) { return c.id == v.equalsCheck; });
            const qint64 expected = check == m_checks.end() ? 0 : check->value;
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
    if (failures)
        *failures = failed;
    if (!failed.isEmpty())
        return Outcome::Failed;
    m_context.log(tr("All %n validation(s) passed", nullptr, int(result.validations.size())));
    qCInfo(lcRunner, "%lld validation(s) passed", qint64(result.validations.size()));
    return Outcome::Passed;
}

// Sqitch runs a verify script with the database's client and fails on a non-zero exit: the
// script fails exactly when one of its statements raises an error (SQLite's 1/0 is NULL, no
// error; PostgreSQL's is). It runs inside a savepoint that is always rolled back, so what it
// did — and its own ROLLBACK, left out — leaves the run's transaction as it was; on PostgreSQL
// that also ends the abort its failed statement caused.
std::optional<ValidationResult> ValidationRunner::runScript(DatabaseConnection &db, const PlanValidation &v,
                                                            QString *failure, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    const QString file = v.sql.files.value(driver, QStringLiteral("plan.json"));
    const PreparedScript prepared = ScriptTransactionControl::prepare(
        PlanScript::substitute(v.sql.value(driver), db.spec().schema, QString()), driver,
        ScriptTransactionControl::Use::Verify, m_plan.variables, db.postgresqlVersion());
    if (!prepared.ok()) {
        const LintFinding &f = prepared.faults.first();
        fail(error, QStringLiteral("%1:%2: %3").arg(file).arg(f.line).arg(f.message));
        return std::nullopt;
    }
    static const QString savepoint = QStringLiteral("ma_verify");
    if (!db.exec(QStringLiteral("SAVEPOINT %1").arg(savepoint), error))
        return std::nullopt;
    ValidationResult r;
    r.id = v.id;
    r.title = v.title;
    r.expected = tr("the script succeeds");
    r.passed = true;
    for (const StatementSplitter::Piece &statement : prepared.statements) {
        ErrorInfo err;
        if (db.exec(statement.text, &err, v.title))
            continue;
        r.passed = false;
        *failure = tr("%1: %2:%3 failed: %4").arg(v.title, file).arg(statement.line).arg(err.message);
        break;
    }
    r.value = r.passed ? 1 : 0;
    if (!db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT %1").arg(savepoint), error)
        || !db.exec(QStringLiteral("RELEASE SAVEPOINT %1").arg(savepoint), error))
        return std::nullopt;
    qCInfo(lcRunner, "verify script %s: %s", qUtf8Printable(v.id), r.passed ? "succeeded" : "failed");
    return r;
}

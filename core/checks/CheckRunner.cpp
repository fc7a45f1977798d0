// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/CheckRunner.h"

#include "backfill/BackfillChecks.h"
#include "db/PostgresSessions.h"

#include "db/DatabaseConnection.h"
#include "plan/PlanScript.h"
#include "plan/ScriptTransactionControl.h"
#include "db/ParallelReads.h"
#include "checks/SharedQueryCache.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStorageInfo>

namespace {

QString withSql(const QString &sql, const QString &schemaName)
{
    return PlanScript::substitute(sql, schemaName, QString());
}

QString humanBytes(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

qint64 versionNumber(const QString &dotted)
{
    const QStringList parts = dotted.split(QLatin1Char('.'));
    return parts.value(0).toLongLong() * 1000000 + parts.value(1).toLongLong() * 1000 + parts.value(2).toLongLong();
}

// A built-in check: the value and a sentence; `passed` is set for those whose rule is fixed.
struct BuiltinOutcome
{
    qint64 value = 0;
    QString detail;
    std::optional<bool> passed;
};

std::optional<BuiltinOutcome> runBuiltin(DatabaseConnection &db, const Plan &plan, const PlanCheck &check,
                                         const CheckContext &context, ErrorInfo *error)
{
    BuiltinOutcome out;
    const QString driver = db.spec().driverName();
    if (check.builtin == QLatin1String("schema-version")) {
        ErrorInfo err;
        const bool atSource = CheckRunner::detect(db, plan.detectSource, &err);
        if (err.isError()) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        // A batched run that resumes finds the schema half-way or at the target: that is expected.
        if (!atSource && context.resuming && CheckRunner::detect(db, plan.detectTarget, &err)) {
            out.value = 1;
            out.detail = CheckRunner::tr("The database is part-way to %1: an earlier run of this plan is resumed")
                             .arg(plan.toVersion);
            out.passed = true;
            return out;
        }
        if (atSource) {
            out.value = 1;
            out.detail = CheckRunner::tr("The database is at %1, ready to move to %2").arg(plan.fromVersion, plan.toVersion);
            out.passed = true;
            return out;
        }
        const bool atTarget = CheckRunner::detect(db, plan.detectTarget, &err);
        out.passed = false;
        out.detail = atTarget
            ? CheckRunner::tr("The database already looks like %1, but this assistant's history has no record of migrating it: "
                 "it was probably migrated by hand").arg(plan.toVersion)
            : CheckRunner::tr("The database is not at %1 of this schema (tables or columns the plan needs are missing, or tables "
                 "it would create already exist)").arg(plan.fromVersion);
        return out;
    }
    if (check.builtin == QLatin1String("unaccounted-table")) {
        const QString table = check.parameters.value(QLatin1String("table")).toString();
        ErrorInfo err;
        const bool exists = db.tableExists(table, &err);
        if (err.isError()) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        out.value = (exists && !context.planApplied) ? 1 : 0;
        out.detail = out.value ? CheckRunner::tr("A table %1 exists that this assistant did not create").arg(table)
                               : CheckRunner::tr("No unexpected table %1").arg(table);
        return out;
    }
    if (check.builtin == QLatin1String("active-connections")) {
        if (db.isSqlite()) {
            out.detail = CheckRunner::tr("SQLite has no sessions to list: the run holds the database's write lock, so other "
                            "programs wait");
            return out;
        }
        ErrorInfo err;
        const auto sessions = PostgresSessions::connectedToDatabase(db, &err);
        if (!sessions) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        out.value = sessions->size();
        out.detail = out.value == 0 ? CheckRunner::tr("No other session is connected to this database")
                                    : CheckRunner::tr("%n other session(s) connected: %1", nullptr, int(out.value))
                                          .arg(PostgresSessions::describe(*sessions));
        return out;
    }
    if (check.builtin == QLatin1String("server-version")) {
        ErrorInfo err;
        QString shown;
        if (db.isSqlite()) {
            shown = db.scalar(QStringLiteral("SELECT sqlite_version()"), &err).toString();
            out.value = versionNumber(shown);
        } else {
            out.value = db.scalar(QStringLiteral("SHOW server_version_num"), &err).toLongLong();
            shown = db.scalar(QStringLiteral("SHOW server_version"), &err).toString();
        }
        if (err.isError()) {
            fail(error, err.message, err.details);
            return std::nullopt;
        }
        const qint64 minimum = plan.minimumServerVersion.value(driver, 0);
        out.passed = out.value >= minimum;
        out.detail = *out.passed ? CheckRunner::tr("%1 %2 is new enough").arg(db.isSqlite() ? QStringLiteral("SQLite")
                                                                              : QStringLiteral("PostgreSQL"), shown)
                                 : CheckRunner::tr("%1 %2 is too old: the plan needs version %3 or newer")
                                       .arg(db.isSqlite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                                            shown, QString::number(minimum));
        return out;
    }
    if (check.builtin == QLatin1String("free-space")) {
        if (context.backupFolder.isEmpty()) {
            out.value = -1;
            out.passed = true;
            out.detail = db.isSqlite() ? CheckRunner::tr("No backup is made for this action")
                                       : CheckRunner::tr("No backup file is made on a server: the run is one transaction");
            return out;
        }
        QStorageInfo storage(context.backupFolder);
        storage.refresh();
        out.value = storage.bytesAvailable();
        out.passed = out.value >= context.backupBytesNeeded;
        out.detail = *out.passed
            ? CheckRunner::tr("%1 free in %2; the backup needs %3").arg(humanBytes(out.value), context.backupFolder,
                                                          humanBytes(context.backupBytesNeeded))
            : CheckRunner::tr("Only %1 free in %2, but the backup needs %3").arg(humanBytes(out.value), context.backupFolder,
                                                                    humanBytes(context.backupBytesNeeded));
        return out;
    }
    if (BackfillChecks::handles(check.builtin)) {
        const auto backfill = BackfillChecks::run(db, check, context, error);
        if (!backfill)
            return std::nullopt;
        out.value = backfill->value;
        out.detail = backfill->detail;
        out.passed = backfill->passed;
        return out;
    }
    fail(error, CheckRunner::tr("Unknown built-in check %1").arg(check.builtin));
    return std::nullopt;
}

bool loadSamples(DatabaseConnection &db, const Plan &plan, const PlanCheck &check, CheckResult &result,
                 ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    if (!check.samples.has(driver))
        return true;
    QSqlQuery q = db.query();
    const QString sql = withSql(check.samples.value(driver), db.spec().schema);
    if (!q.exec(sql)) {
        const ErrorInfo e = db.describe(q.lastError(), check.title, sql);
        return fail(error, e.message, e.details);
    }
    const QSqlRecord record = q.record();
    for (int i = 0; i < record.count(); ++i)
        result.sampleColumns << record.fieldName(i);
    while (q.next() && result.sampleRows.size() < 10) {
        QStringList row;
        for (int i = 0; i < record.count(); ++i) {
            const QVariant v = q.value(i);
            row << (plan.maskedColumns.contains(record.fieldName(i)) ? CheckRunner::maskValue(v)
                    : v.isNull()                                     ? QStringLiteral("NULL")
                                                                     : v.toString());
        }
        result.sampleRows << row;
    }
    return true;
}

// The engine's own checks of the plan's scripts, as it will run them (ScriptTransactionControl):
// a blocker naming each statement it would refuse at file:line (before anything changes, rather
// than half-way through a step), and the warning that steps outside the transaction make the
// plan not all-or-nothing, which the operator accepts by id.
QList<CheckResult> scriptChecks(DatabaseConnection &db, const Plan &plan)
{
    QList<CheckResult> out;
    const QString driver = db.spec().driverName();
    const QList<LintFinding> faults = ScriptTransactionControl::planFaults(plan, driver, db.postgresqlVersion());
    if (!faults.isEmpty()) {
        CheckResult r;
        r.id = QStringLiteral("script-statements");
        r.planId = plan.id;
        r.title = CheckRunner::tr("Statements the assistant cannot run as written");
        r.severity = PlanCheck::Severity::Blocker;
        r.passed = false;
        r.value = faults.size();
        QStringList lines;
        for (const LintFinding &f : faults)
            lines << QStringLiteral("%1:%2: %3").arg(f.file).arg(f.line).arg(f.message);
        r.message = lines.join(QStringLiteral("\n      "));
        r.explanation = CheckRunner::tr("Every step runs inside the run's one transaction: a statement that ends it, "
                                        "cannot run inside one, or needs psql is refused before anything changes.");
        out << r;
    }
    if (plan.hasStepsOutsideTransaction()) {
        QStringList ids;
        for (const PlanStep &s : plan.steps)
            if (s.outsideTransaction)
                ids << s.id;
        CheckResult r;
        r.id = Plan::outsideTransactionCheckId();
        r.planId = plan.id;
        r.title = CheckRunner::tr("Steps outside the transaction");
        r.severity = PlanCheck::Severity::Warning;
        r.passed = false;
        r.value = ids.size();
        r.message = CheckRunner::tr("%n step(s) run after the COMMIT, outside the transaction: %1. This plan is not "
                                    "all-or-nothing.", nullptr, int(ids.size()))
                        .arg(ids.join(QStringLiteral(", ")));
        r.explanation = CheckRunner::tr("These steps run once the rest of the migration is committed, in autocommit, "
                                        "one statement at a time. If one fails, the migration stays committed "
                                        "without what it does, and the validations never saw it: a person finishes "
                                        "it by hand.");
        out << r;
    }
    return out;
}

} // namespace

QString CheckRunner::formatCount(qint64 value)
{
    // Thin spaces group digits in any language without a locale's comma/dot ambiguity.
    QString digits = QString::number(qAbs(value));
    for (int i = int(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(i, QChar(0x202F));
    return value < 0 ? QLatin1Char('-') + digits : digits;
}

QString CheckRunner::maskValue(const QVariant &value)
{
    if (value.isNull())
        return QStringLiteral("NULL");
    if (value.toString().isEmpty())
        return QStringLiteral("(empty)");
    return QStringLiteral("••••••");
}

bool CheckRunner::detect(DatabaseConnection &db, const DriverSql &query, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    if (!query.has(driver))
        return fail(error, tr("The plan cannot recognise a %1 database.").arg(driver));
    return db.scalar(withSql(query.value(driver), db.spec().schema), error).toLongLong() == 1;
}

QStringList CheckRunner::queries(const Plan &plan, const ConnectionSpec &spec)
{
    QStringList out;
    const QString driver = spec.driverName();
    for (const PlanCheck &check : plan.checks) {
        if (!check.builtin.isEmpty())
            continue;
        const QString sql = !check.valueFrom.isEmpty() ? SharedQueryCache::sqlFor(plan, check.valueFrom, driver, spec.schema)
                            : check.sql.has(driver)     ? withSql(check.sql.value(driver), spec.schema)
                                                        : QString();
        if (!sql.isEmpty() && !out.contains(sql))
            out << sql;
    }
    return out;
}

std::optional<QList<CheckResult>> CheckRunner::run(DatabaseConnection &db, const Plan &plan,
                                                   const CheckContext &context, ErrorInfo *error,
                                                   const ParallelReads *ready)
{
    QList<CheckResult> results;
    const QString driver = db.spec().driverName();
    bool schemaKnown = true;
    SharedQueryCache shared(db, plan, ready);
    for (const PlanCheck &check : plan.checks) {
        CheckResult r;
        r.id = check.id;
        r.planId = plan.id;
        r.title = check.title;
        r.severity = check.severity;
        r.explanation = check.explanation;
        QString detail;
        if (!check.builtin.isEmpty()) {
            const auto outcome = runBuiltin(db, plan, check, context, error);
            if (!outcome)
                return std::nullopt;
            r.value = outcome->value;
            detail = outcome->detail;
            r.passed = outcome->passed.value_or(check.passes(r.value));
            if (check.builtin == QLatin1String("schema-version") && !r.passed)
                schemaKnown = false;
        } else {
            // The SQL checks read the source schema: on an unknown one they would only fail.
            if (!schemaKnown || (check.valueFrom.isEmpty() && !check.sql.has(driver)))
                continue;
            ErrorInfo err;
            QVariant v;
            if (!check.valueFrom.isEmpty()) {
                v = shared.value(check.valueFrom, &err);
            } else {
                const QString sql = withSql(check.sql.value(driver), db.spec().schema);
                const auto row = ready ? ready->row(sql) : std::nullopt;
                v = row && !row->values.isEmpty() ? row->values.first() : db.scalar(sql, &err);
            }
            if (err.isError())
                return fail(error, tr("The check \"%1\" could not run: %2").arg(check.title, err.message),
                            err.details),
                       std::nullopt;
            r.value = v.toLongLong();
            r.passed = check.passes(r.value);
        }
        QString message = check.message.isEmpty() ? QStringLiteral("{value}") : check.message;
        message.replace(QLatin1String("{value}"), formatCount(r.value));
        message.replace(QLatin1String("{detail}"), detail);
        r.message = message;
        if (!r.passed && !loadSamples(db, plan, check, r, error))
            return std::nullopt;
        results << r;
    }
    results << scriptChecks(db, plan);
    return results;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/ImpactPreview.h"

#include <algorithm>

#include "checks/CheckRunner.h"
#include "db/DatabaseConnection.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/StepExecutor.h"
#include "snapshot/SqliteWriteTracker.h"
#include "util/LoggingCategories.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <memory>

namespace {

const QString kSavepoint = QStringLiteral("ma_impact_preview");

// count(*) and count(column) for each column, in one scan of the table.
std::optional<QList<qint64>> counts(DatabaseConnection &db, const CatalogueTable &table, const QStringList &columns,
                                    ErrorInfo *error)
{
    QStringList fields{QStringLiteral("count(*)")};
    for (const QString &c : columns)
        fields << QStringLiteral("count(%1)").arg(DatabaseConnection::quoteIdentifier(c));
    const QString sql = QStringLiteral("SELECT %1 FROM %2").arg(fields.join(QStringLiteral(", ")), table.sqlName());
    QSqlQuery q = db.query();
    if (!q.exec(sql) || !q.next()) {
        const ErrorInfo e = db.describe(q.lastError(), ImpactPreview::tr("Counting the rows of %1").arg(table.name), sql);
        fail(error, e.message, e.details);
        return std::nullopt;
    }
    QList<qint64> out;
    for (int i = 0; i < fields.size(); ++i)
        out << q.value(i).toLongLong();
    return out;
}

QString rowsText(qint64 rows)
{
    // The plural form by %n's rule, the digits grouped as every count of the checks is.
    return ImpactPreview::tr("%1 row(s)", nullptr, int(qMin<qint64>(rows, INT_MAX))).arg(CheckRunner::formatCount(rows));
}

QStringList sample(const QString &object, const QString &change, qint64 before, qint64 after)
{
    return {object, change, before < 0 ? QString() : QString::number(before),
            after < 0 ? QString() : QString::number(after)};
}

} // namespace

std::optional<CatalogueDiff> ImpactPreview::rehearse(RunContext &context, DatabaseConnection &db, const Plan &plan,
                                                     ErrorInfo *error, ErrorInfo *stepsFailed)
{
    QElapsedTimer clock;
    clock.start();
    // SQLite: no dirty page of the rehearsal may reach the file (a spill of the cache would
    // write it there until the transaction ends): the backup of an apply copies the file's bytes
    // while the run holds its write lock, trusting that the run has written nothing yet.
    const QVariant spill = db.isSqlite() ? db.scalar(QStringLiteral("PRAGMA cache_spill"), nullptr) : QVariant();
    if (db.isSqlite() && !db.exec(QStringLiteral("PRAGMA cache_spill = false"), error))
        return std::nullopt;
    if (!db.exec(QStringLiteral("SAVEPOINT ") + kSavepoint, error))
        return std::nullopt;
    // Whatever happens from here, the savepoint is rolled back: nothing of the rehearsal stays.
    bool open = true;
    const auto undo = [&] {
        if (!open)
            return true;
        open = false;
        ErrorInfo e;
        const bool ok = db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + kSavepoint, &e)
                        && db.exec(QStringLiteral("RELEASE SAVEPOINT ") + kSavepoint, &e)
                        && (!db.isSqlite()
                            || db.exec(QStringLiteral("PRAGMA cache_spill = %1").arg(spill.toLongLong()), &e));
        if (!ok && error && !error->isError())
            *error = e;
        return ok;
    };
    const auto before = CatalogueSnapshot::take(db, error);
    if (!before) {
        undo();
        return std::nullopt;
    }
    std::unique_ptr<SqliteWriteTracker> writes;
    if (db.isSqlite())
        writes = std::make_unique<SqliteWriteTracker>(db);
    StepExecutor steps(context);
    steps.setWriteTracker(writes.get());
    ErrorInfo stepError;
    const bool stepsOk = steps.runAll(db, plan.steps, &stepError);
    steps.setWriteTracker(nullptr);
    if (!stepsOk) {
        undo();
        if (context.cancelled() || !stepsFailed) {
            fail(error, stepError.message, stepError.details);
        } else {
            *stepsFailed = stepError;
        }
        return std::nullopt;
    }
    const auto after = CatalogueSnapshot::take(db, error);
    if (!after) {
        undo();
        return std::nullopt;
    }
    const SqliteWriteTracker *tracker = writes.get();
    CatalogueDiff diff = CatalogueDiff::between(*before, *after, [tracker](const CatalogueTable &old,
                                                                           const CatalogueTable &now) {
        if (tracker)
            return old.relation != now.relation || tracker->mayHaveWritten(now.relation);
        return old.writes < 0 || now.writes < 0 || old.writes != now.writes || old.storage != now.storage
               || old.relation != now.relation;
    });
    writes.reset();
    // After: the tables written and the new ones, while the steps' work is still there.
    for (QList<CatalogueDiff::Change> *list : {&diff.rows, &diff.tablesAdded}) {
        for (CatalogueDiff::Change &c : *list) {
            const auto n = counts(db, *after->table(c.table), {}, error);
            if (!n) {
                undo();
                return std::nullopt;
            }
            c.after = n->first();
        }
    }
    if (!undo())
        return std::nullopt;
    // Before, as the database is again: each table's rows and dropped columns in one scan.
    for (const CatalogueTable &t : before->tables) {
        QStringList dropped;
        for (const CatalogueDiff::Change &c : std::as_const(diff.columnsDropped))
            if (c.table == t.name)
                dropped << c.object;
        const auto isThis = [&](const CatalogueDiff::Change &c) {
            return (c.object.isEmpty() ? c.table : c.object) == t.name;
        };
        const bool rowsNeeded = std::any_of(diff.rows.begin(), diff.rows.end(), isThis)
                                || std::any_of(diff.tablesDropped.begin(), diff.tablesDropped.end(),
                                               [&](const CatalogueDiff::Change &c) { return c.table == t.name; });
        if (dropped.isEmpty() && !rowsNeeded)
            continue;
        const auto n = counts(db, t, dropped, error);
        if (!n)
            return std::nullopt;
        for (CatalogueDiff::Change &c : diff.rows)
            if (isThis(c))
                c.before = n->first();
        for (CatalogueDiff::Change &c : diff.tablesDropped)
            if (c.table == t.name)
                c.before = n->first();
        for (CatalogueDiff::Change &c : diff.columnsDropped)
            if (c.table == t.name)
                c.before = n->at(1 + dropped.indexOf(c.object));
    }
    qCInfo(lcRunner, "impact preview of %s: %lld table(s) written, %lld schema change(s), %lld ms",
           qUtf8Printable(plan.id), qint64(diff.rows.size()), diff.schemaChanges(), clock.elapsed());
    return diff;
}

QList<CheckResult> ImpactPreview::results(const Plan &plan, const CatalogueDiff &diff)
{
    const QStringList columns{tr("object"), tr("change"), tr("before"), tr("after")};
    CheckResult rows;
    rows.id = QStringLiteral("impact-rows");
    rows.planId = plan.id;
    rows.title = tr("Rows the steps change");
    rows.severity = PlanCheck::Severity::Info;
    rows.explanation = tr("Counted in a rehearsal of the plan's steps that was rolled back.");
    rows.sampleColumns = columns;
    QStringList parts;
    for (const CatalogueDiff::Change &c : diff.rows) {
        if (c.before != c.after)
            ++rows.value;
        parts << tr("%1: %2 → %3").arg(c.table, CheckRunner::formatCount(c.before), rowsText(c.after));
        rows.sampleRows << sample(c.table, tr("rows"), c.before, c.after);
    }
    rows.message = parts.isEmpty() ? tr("The steps write no row of the existing tables")
                                   : tr("Rows before → after: %1").arg(parts.join(QStringLiteral("; ")));

    CheckResult schema;
    schema.id = QStringLiteral("impact-schema");
    schema.planId = plan.id;
    schema.title = tr("Tables, columns, indexes and foreign keys the steps change");
    schema.severity = PlanCheck::Severity::Info;
    schema.explanation = rows.explanation;
    schema.sampleColumns = columns;
    schema.value = diff.schemaChanges();
    parts.clear();
    const auto group = [&](const QList<CatalogueDiff::Change> &list, const QString &label, const QString &change,
                           const std::function<QString(const CatalogueDiff::Change &)> &name) {
        QStringList names;
        for (const CatalogueDiff::Change &c : list) {
            names << name(c);
            schema.sampleRows << sample(c.object.isEmpty() ? c.table : c.table + QLatin1Char('.') + c.object, change,
                                        c.before, c.after);
        }
        if (!names.isEmpty())
            parts << label.arg(names.join(QStringLiteral(", ")));
    };
    const auto qualified = [](const CatalogueDiff::Change &c) { return c.table + QLatin1Char('.') + c.object; };
    const auto onTable = [](const CatalogueDiff::Change &c) { return tr("%1 on %2").arg(c.object, c.table); };
    group(diff.tablesAdded, tr("tables added: %1"), tr("table added"),
          [](const CatalogueDiff::Change &c) { return tr("%1 (%2)").arg(c.table, rowsText(c.after)); });
    group(diff.tablesDropped, tr("tables dropped: %1"), tr("table dropped"),
          [](const CatalogueDiff::Change &c) { return tr("%1 (%2)").arg(c.table, rowsText(c.before)); });
    group(diff.tablesRenamed, tr("tables renamed: %1"), tr("table renamed"),
          [](const CatalogueDiff::Change &c) { return tr("%1 → %2").arg(c.table, c.object); });
    group(diff.columnsAdded, tr("columns added: %1"), tr("column added"), qualified);
    group(diff.columnsDropped, tr("columns dropped: %1"), tr("column dropped"), [&](const CatalogueDiff::Change &c) {
        return tr("%1 (%2 value(s))", nullptr, int(qMin<qint64>(c.before, INT_MAX)))
            .arg(qualified(c), CheckRunner::formatCount(c.before));
    });
    group(diff.indexesAdded, tr("indexes added: %1"), tr("index added"), onTable);
    group(diff.indexesDropped, tr("indexes dropped: %1"), tr("index dropped"), onTable);
    group(diff.foreignKeysAdded, tr("foreign keys added: %1"), tr("foreign key added"), onTable);
    group(diff.foreignKeysDropped, tr("foreign keys dropped: %1"), tr("foreign key dropped"), onTable);
    schema.message = parts.isEmpty() ? tr("The steps change no table, column, index or foreign key")
                                     : parts.join(QStringLiteral("; "));

    CheckResult drops;
    drops.id = QStringLiteral("drops-data");
    drops.planId = plan.id;
    drops.title = tr("Data the steps drop");
    drops.severity = PlanCheck::Severity::Warning;
    drops.value = diff.droppedData();
    drops.passed = drops.value == 0;
    drops.sampleColumns = columns;
    parts.clear();
    for (const CatalogueDiff::Change &c : diff.tablesDropped) {
        if (c.before > 0) {
            parts << tr("the table %1 with %2").arg(c.table, rowsText(c.before));
            drops.sampleRows << sample(c.table, tr("table dropped"), c.before, -1);
        }
    }
    for (const CatalogueDiff::Change &c : diff.columnsDropped) {
        if (c.before > 0) {
            parts << tr("the column %1 with %2 value(s)", nullptr, int(qMin<qint64>(c.before, INT_MAX)))
                         .arg(qualified(c), CheckRunner::formatCount(c.before));
            drops.sampleRows << sample(qualified(c), tr("column dropped"), c.before, -1);
        }
    }
    drops.message = parts.isEmpty() ? tr("Nothing the steps drop holds data")
                                    : tr("The steps drop %1").arg(parts.join(QStringLiteral(", ")));
    drops.explanation = tr("Once applied, these rows and values are gone: only a rollback or the backup brings them "
                           "back. Make sure nobody needs them, then accept this warning by its id.");
    return {rows, schema, drops};
}

std::optional<QList<CheckResult>> ImpactPreview::run(RunContext &context, DatabaseConnection &db, const Plan &plan,
                                                     ErrorInfo *error, ErrorInfo *stepsFailed)
{
    if (plan.isBatched()) {
        CheckResult skipped;
        skipped.id = QStringLiteral("impact-preview");
        skipped.planId = plan.id;
        skipped.title = tr("Impact preview");
        skipped.severity = PlanCheck::Severity::Info;
        skipped.message = tr("Not previewed: the plan runs batch by batch, each batch committed, so it cannot be "
                             "rehearsed and rolled back whole");
        return QList<CheckResult>{skipped};
    }
    context.log(tr("Rehearsing the steps to preview what they change"));
    const auto diff = rehearse(context, db, plan, error, stepsFailed);
    if (!diff)
        return std::nullopt;
    return results(plan, *diff);
}

std::optional<CheckResult> ImpactPreview::rollbackCheck(const Plan &plan, bool sqlite)
{
    if (!plan.rollbackSteps.isEmpty())
        return std::nullopt;
    CheckResult check;
    check.planId = plan.id;
    if (sqlite) {
        check.id = QStringLiteral("rollback-by-restore");
        check.title = tr("How a rollback goes back");
        check.severity = PlanCheck::Severity::Info;
        check.message = tr("The plan has no rollback steps: a rollback restores the backup taken before the "
                           "migration, and is refused once the database changed after it");
        return check;
    }
    check.id = QStringLiteral("no-rollback");
    check.title = tr("No way back");
    check.severity = PlanCheck::Severity::Warning;
    check.value = 1;
    check.passed = false;
    check.message = tr("The plan has no rollback steps: once applied, it cannot be rolled back");
    check.explanation = tr("A PostgreSQL server keeps no backup of the run: going back would need your own backup "
                           "(pg_dump) or hand-written SQL. Make one first, then accept this warning by its id.");
    return check;
}

const PlanCheck *ImpactPreview::implicitWarning(const Plan &plan, const QString &id)
{
    static const PlanCheck dropsData = [] {
        PlanCheck c;
        c.id = QStringLiteral("drops-data");
        c.severity = PlanCheck::Severity::Warning;
        return c;
    }();
    static const PlanCheck noRollback = [] {
        PlanCheck c;
        c.id = QStringLiteral("no-rollback");
        c.severity = PlanCheck::Severity::Warning;
        return c;
    }();
    if (id == dropsData.id && plan.impactPreview && !plan.isBatched())
        return &dropsData;
    if (id == noRollback.id && plan.rollbackSteps.isEmpty())
        return &noRollback;
    return nullptr;
}

bool ImpactPreview::addChecks(RunContext &context, DatabaseConnection &db, const Plan &plan, QList<CheckResult> &checks,
                              bool applying, ErrorInfo *error)
{
    // A blocker already stops the run (a script that cannot run as it is, say): rehearsing the
    // steps would only fail on it again, and hide it behind a failure.
    const bool blocked = std::any_of(checks.cbegin(), checks.cend(), [](const CheckResult &c) {
        return !c.passed && c.severity == PlanCheck::Severity::Blocker;
    });
    if (plan.impactPreview && !blocked) {
        ErrorInfo stepsFailed;
        const auto preview = run(context, db, plan, error, &stepsFailed);
        if (!preview && !stepsFailed.isError())
            return false;
        // An apply would fail at the same step: it fails now, before anything changed.
        if (!preview && applying)
            return fail(error, tr("The plan's steps failed when rehearsed for the impact preview: %1")
                                   .arg(stepsFailed.message),
                        stepsFailed.details);
        if (preview) {
            checks << *preview;
        } else {
            CheckResult failed;
            failed.id = QStringLiteral("impact-preview");
            failed.planId = plan.id;
            failed.title = tr("Impact preview");
            failed.severity = PlanCheck::Severity::Blocker;
            failed.passed = false;
            failed.value = 1;
            failed.message = tr("The plan's steps failed when rehearsed: %1").arg(stepsFailed.message);
            failed.explanation = tr("Applying the plan would fail here and roll back. Nothing was changed.");
            checks << failed;
        }
    }
    if (const auto rollback = rollbackCheck(plan, db.isSqlite()))
        checks << *rollback;
    return true;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/StepExecutor.h"

#include "db/DatabaseConnection.h"
#include "plan/PlanScript.h"
#include "plan/PlanStep.h"
#include "plan/ScriptTransactionControl.h"
#include "plan/StatementSplitter.h"
#include "run/RunContext.h"
#include "snapshot/SqliteWriteTracker.h"
#include "util/LoggingCategories.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {

// {{chunk}} (or {{chunk:alias}}) becomes the condition "this row is in the range bound by the
// two ?": rowid on SQLite; on PostgreSQL ctid between the first tuples of two blocks, '(n,0)'.
QString withChunkRange(const QString &sql, bool sqlite)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{chunk(?::([A-Za-z_][A-Za-z0-9_]*))?\\}\\}"));
    const auto match = placeholder.match(sql);
    const QString key = sqlite ? QStringLiteral("rowid") : QStringLiteral("ctid");
    const QString column = match.captured(1).isEmpty() ? key : match.captured(1) + QLatin1Char('.') + key;
    QString text = sql;
    text.replace(placeholder, sqlite ? QStringLiteral("%1 >= ? AND %1 < ?").arg(column)
                                     : QStringLiteral("%1 >= format('(%s,0)', ?::int8)::tid AND "
                                                      "%1 < format('(%s,0)', ?::int8)::tid").arg(column));
    return text;
}

} // namespace

qint64 StepExecutor::estimateRows(DatabaseConnection &db, const QList<PlanStep> &steps)
{
    qint64 total = 0;
    qint64 lastKnown = 0;
    for (const PlanStep &step : steps) {
        if (step.chunkTable.isEmpty())
            continue;
        // A table a later step creates (users_old) has as many rows as the one it comes from.
        if (db.tableExists(step.chunkTable))
            lastKnown = db.scalar(QStringLiteral("SELECT count(*) FROM %1").arg(db.qualified(step.chunkTable)), nullptr)
                            .toLongLong();
        total += lastKnown;
    }
    return total;
}

bool StepExecutor::runAll(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    QStringList faults;
    for (const PlanStep &step : steps) {
        if (step.isBatched() || !step.sql.has(driver))
            continue;
        const QString file = step.sql.files.value(driver, QStringLiteral("plan.json"));
        const PreparedScript prepared = ScriptTransactionControl::prepare(
            step.sql.value(driver), driver,
            step.outsideTransaction ? ScriptTransactionControl::Use::StepOutsideTransaction
                                    : ScriptTransactionControl::Use::Step,
            m_variables, db.isSqlite() ? 0 : db.postgresqlVersion());
        for (const LintFinding &f : prepared.faults)
            faults << QStringLiteral("%1:%2: %3").arg(file).arg(f.line).arg(f.message);
    }
    if (!faults.isEmpty())
        return fail(error, tr("The plan's scripts cannot run as they are, so nothing was run: %1").arg(faults.first()),
                    faults.join(QLatin1Char('\n')));
    for (const PlanStep &step : steps) {
        if (m_context.cancelled())
            return fail(error, tr("Cancelled"));
        m_context.enterStep(step);
        m_context.pause(step.id);
        qCInfo(lcRunner, "step %s started", qUtf8Printable(step.id));
        QElapsedTimer stepClock;
        stepClock.start();
        const qint64 rowsBefore = m_context.rowsDone();
        if (!run(db, step, error))
            return false;
        if (step.chunkTable.isEmpty())
            // Plain steps are DDL or set-based statements: their row counts are not known here.
            qCInfo(lcRunner, "step %s done: %lld statement(s) in %lld ms", qUtf8Printable(step.id),
                   m_statementsRun, stepClock.elapsed());
        else
            qCInfo(lcRunner, "step %s done: %lld rows of %s in %lld ms", qUtf8Printable(step.id),
                   m_context.rowsDone() - rowsBefore, qUtf8Printable(step.chunkTable), stepClock.elapsed());
    }
    return true;
}

bool StepExecutor::run(DatabaseConnection &db, const PlanStep &step, ErrorInfo *error)
{
    const QString driver = db.spec().driverName();
    const QString script = PlanScript::substitute(step.sql.value(driver), db.spec().schema, QString());
    const PreparedScript prepared = ScriptTransactionControl::prepare(
        script, driver,
        step.outsideTransaction ? ScriptTransactionControl::Use::StepOutsideTransaction
                                : ScriptTransactionControl::Use::Step,
        m_variables, db.isSqlite() ? 0 : db.postgresqlVersion());
    if (!prepared.ok()) {
        const LintFinding &f = prepared.faults.first();
        return fail(error, tr("The step \"%1\" cannot run: %2:%3: %4")
                               .arg(step.title, step.sql.files.value(driver, QStringLiteral("plan.json")))
                               .arg(f.line)
                               .arg(f.message));
    }
    QStringList statements;
    for (const StatementSplitter::Piece &piece : prepared.statements)
        statements << piece.text;
    m_statementsRun = statements.size();
    if (!step.chunkTable.isEmpty()) {
        // One statement (the loader made sure), without its ';' and trailing comments.
        if (!runChunked(db, step, statements.value(0), error))
            return false;
        if (m_writes)
            m_writes->statementDone();
        return true;
    }
    for (const QString &statement : statements) {
        if (m_context.cancelled())
            return fail(error, tr("Cancelled"));
        if (!db.exec(statement, error, tr("The step \"%1\"").arg(step.title)))
            return false;
        if (m_writes)
            m_writes->statementDone();
    }
    return true;
}

bool StepExecutor::runChunked(DatabaseConnection &db, const PlanStep &step, const QString &sql, ErrorInfo *error)
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
    const qint64 width = qMax<qint64>(1, qint64(double(span) * m_context.options().chunkRows / double(rows)));
    const QString text = withChunkRange(sql, db.isSqlite());
    QSqlQuery q = db.query();
    const qint64 base = m_context.rowsDone();
    for (qint64 lo = first; lo <= last; lo += width) {
        if (m_context.cancelled())
            return fail(error, tr("Cancelled"));
        const qint64 hi = qMin(last + 1, lo + width);
        if (!db.exec(q, text, {lo, hi}, error, step.title))
            return false;
        m_context.setRowsDone(base + qint64(double(hi - first) / double(span) * double(rows)));
        m_context.progress();
    }
    m_context.setRowsDone(base + rows);
    m_context.progress(true);
    return true;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanScript.h"

#include "db/DatabaseConnection.h"
#include "plan/ScriptTransactionControl.h"

#include <QRegularExpression>

QString PlanScript::substitute(const QString &sql, const QString &schema, const QString &chunkPredicate)
{
    QString out = sql;
    QString literal = schema;
    literal.replace(QLatin1Char('\''), QLatin1String("''"));
    out.replace(QLatin1String("{{schema}}"), DatabaseConnection::quoteIdentifier(schema));
    out.replace(QLatin1String("{{schema_literal}}"), QLatin1Char('\'') + literal + QLatin1Char('\''));
    if (!chunkPredicate.isNull()) {
        static const QRegularExpression chunk(QStringLiteral("\\{\\{chunk(:[A-Za-z_][A-Za-z0-9_]*)?\\}\\}"));
        out.replace(chunk, chunkPredicate);
    }
    return out;
}

namespace {
QString script(const Plan &plan, const QList<PlanStep> &steps, const QString &driver, const QString &schema,
               const QString &what)
{
    QString out = QStringLiteral("-- %1: %2 (%3)\n-- plan checksum %4\n")
                      .arg(plan.id, plan.title, what, plan.checksum);
    if (driver == QLatin1String("sqlite")) {
        out += QStringLiteral("BEGIN IMMEDIATE;\n");
    } else {
        // The plan's SQL names tables unqualified, as the assistant runs it with search_path set.
        out += QStringLiteral("BEGIN;\nSET LOCAL search_path TO %1;\n").arg(DatabaseConnection::quoteIdentifier(schema));
    }
    bool committed = false;
    for (const PlanStep &step : steps) {
        if (step.outsideTransaction && !committed) {
            // What the runner does: these run after the COMMIT, each statement on its own.
            out += QStringLiteral("\nCOMMIT;\n-- the steps below run outside the transaction, in autocommit\n");
            committed = true;
        }
        out += QStringLiteral("\n-- step %1: %2\n").arg(step.id, step.title);
        if (step.isBatched()) {
            // Its work is computed row by row (e.g. AES-GCM) by the assistant: no SQL can show it.
            out += QStringLiteral("-- batched step: %1 of %2.(%3) by %4, done by the assistant, not by SQL\n")
                       .arg(step.batch.transform, step.batch.table, step.batch.columns.join(QStringLiteral(", ")),
                            step.batch.key);
            continue;
        }
        // The statements the runner sends: the script's own BEGIN and COMMIT left out, psql's
        // variables filled in (ScriptTransactionControl).
        const PreparedScript prepared = ScriptTransactionControl::prepare(
            PlanScript::substitute(step.sql.value(driver), schema, QStringLiteral("1 = 1")), driver,
            step.outsideTransaction ? ScriptTransactionControl::Use::StepOutsideTransaction
                                    : ScriptTransactionControl::Use::Step,
            plan.variables, plan.minimumServerVersion.value(QStringLiteral("postgresql"), 0));
        for (const LintFinding &f : prepared.faults)
            out += QStringLiteral("-- refused, line %1: %2\n").arg(f.line).arg(f.message);
        for (const StatementSplitter::Piece &statement : prepared.statements)
            out += statement.text + QStringLiteral(";\n");
    }
    if (!committed)
        out += QStringLiteral("\nCOMMIT;\n");
    return out;
}
} // namespace

QString PlanScript::migration(const Plan &plan, const QString &driver, const QString &schema)
{
    return script(plan, plan.steps, driver, schema,
                  QStringLiteral("migration %1 → %2").arg(plan.fromVersion, plan.toVersion));
}

QString PlanScript::rollback(const Plan &plan, const QString &driver, const QString &schema)
{
    return script(plan, plan.rollbackSteps, driver, schema,
                  QStringLiteral("rollback %1 → %2").arg(plan.toVersion, plan.fromVersion));
}

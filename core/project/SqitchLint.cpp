// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/SqitchLint.h"

#include "plan/ScriptLint.h"
#include "project/SqitchProjectReader.h"
#include "project/SqitchRegistry.h"

#include <QDir>
#include <QRegularExpression>

QList<LintFinding> SqitchLint::lint(const QString &folder)
{
    ErrorInfo error;
    const auto project = SqitchProjectReader::read(folder, QString(), &error);
    if (!project) {
        // The reader's messages start with the place: "sqitch.plan:12: …" or "deploy/x.sql: …".
        static const QRegularExpression place(QStringLiteral("^([^\\s:]+)(?::(\\d+))?: (.*)$"),
                                              QRegularExpression::DotMatchesEverythingOption);
        const auto m = place.match(error.message);
        if (m.hasMatch())
            return {LintFinding{m.captured(1), m.capturedStart(2) >= 0 ? m.captured(2).toInt() : 1, m.captured(3)}};
        return {LintFinding{QStringLiteral("sqitch.conf"), 1, error.message}};
    }
    const auto registry = std::dynamic_pointer_cast<const SqitchRegistry>(project->registry);
    const QString planFile = QStringLiteral("sqitch.plan");
    QList<LintFinding> out;
    for (int i = 0; i < project->plans.size(); ++i) {
        const Plan &plan = project->plans.at(i);
        const int line = registry ? registry->planFile().changes.value(i).line : 1;
        if (plan.rollbackSteps.isEmpty())
            out << LintFinding{planFile, line, tr("the change \"%1\" has no revert script: it cannot be rolled back").arg(plan.id)};
        if (plan.validations.isEmpty())
            out << LintFinding{planFile, line, tr("the change \"%1\" has no verify script: nothing checks its deploy").arg(plan.id)};
        auto lintScript = [&](const QString &file, const DriverSql &sql, ScriptTransactionControl::Use use) {
            for (auto it = sql.byDriver.begin(); it != sql.byDriver.end(); ++it)
                for (LintFinding f : ScriptLint::check(it.value(), it.key(), 0, use, plan.variables)) {
                    f.file = file;
                    out << f;
                }
        };
        for (const PlanStep &s : plan.steps)
            lintScript(s.title, s.sql, ScriptTransactionControl::Use::Step);
        for (const PlanStep &s : plan.rollbackSteps)
            lintScript(s.title, s.sql, ScriptTransactionControl::Use::Step);
        for (const PlanValidation &v : plan.validations)
            lintScript(v.title, v.sql, ScriptTransactionControl::Use::Verify);
    }
    return out;
}

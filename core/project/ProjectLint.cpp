// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectLint.h"

#include "plan/ScriptLint.h"
#include "project/FlywayProjectReader.h"
#include "project/MigrateProjectReader.h"

#include <algorithm>

QList<LintFinding> ProjectLint::lint(const QString &folder, ProjectKind kind)
{
    QList<LintFinding> out;
    ErrorInfo error;
    const std::optional<MigrationProject> project = kind == ProjectKind::Flyway
        ? FlywayProjectReader::read(folder, QString(), &error, &out)
        : MigrateProjectReader::read(folder, QString(), &error, &out);
    if (!project) {
        out << LintFinding{QString(), 1, error.message};
        return out;
    }
    const QString driver = project->driver.isEmpty() ? QStringLiteral("postgresql") : project->driver;
    for (const Plan &plan : project->plans)
        for (const QList<PlanStep> *steps : {&plan.steps, &plan.rollbackSteps})
            for (const PlanStep &step : *steps) {
                // A script with a fault of its own (an unknown placeholder) has no SQL to look at.
                if (!step.sql.has(driver))
                    continue;
                for (LintFinding f : ScriptLint::check(step.sql.value(driver), driver, 0)) {
                    f.file = step.title; // the script's path in the folder
                    out << f;
                }
            }
    std::stable_sort(out.begin(), out.end(), [](const LintFinding &a, const LintFinding &b) {
        return a.file != b.file ? a.file < b.file : a.line < b.line;
    });
    return out;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "LintCommand.h"

#include "CommandLine.h"
#include "ExitCode.h"
#include "plan/PlanLint.h"
#include "project/ProjectLoader.h"
#include "project/SqitchLint.h"

#include <QDir>
#include <QTextStream>

QList<QCommandLineOption> LintCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("lint"),
                               tr("Check the plan folder DIR (or a folder of plan folders, or a Sqitch project) and exit: 0 "
                                  "clean, 1 faults (file:line messages on stderr)."),
                               QStringLiteral("DIR"))};
}

int LintCommand::execute(const CommandLine &line)
{
    const QString folder = QDir::cleanPath(line.value(options().constFirst()));
    // A Sqitch project's plan file and scripts are linted as the reader and the runner take them.
    const QList<LintFinding> findings = ProjectLoader::kindOf(folder) == ProjectKind::Sqitch ? SqitchLint::lint(folder)
                                                                                            : PlanLint::lint(folder);
    for (const LintFinding &f : findings)
        line.err() << (f.file.isEmpty() ? QStringLiteral("%1: %2").arg(folder, f.message) : f.toString(folder))
                   << QLatin1Char('\n');
    if (findings.isEmpty())
        line.out() << tr("%1: no faults found.\n").arg(folder);
    else
        line.err() << tr("Faults found: %1.\n").arg(findings.size());
    line.out().flush();
    line.err().flush();
    return findings.isEmpty() ? 0 : int(ExitCode::BadInput);
}

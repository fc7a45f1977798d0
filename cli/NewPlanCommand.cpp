// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "NewPlanCommand.h"

#include "CommandLine.h"
#include "SharedOptions.h"
#include "plan/PlanSkeleton.h"

#include <QDir>
#include <QTextStream>

QCommandLineOption NewPlanCommand::from()
{
    return {QStringLiteral("from"), tr("The version a new plan starts from (with --new-plan)."), QStringLiteral("VERSION")};
}

QList<QCommandLineOption> NewPlanCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("new-plan"),
                               tr("Write a plan skeleton into DIR (with --from VERSION --to VERSION) and exit."),
                               QStringLiteral("DIR")),
            from()};
}

QString NewPlanCommand::strayOptions(const CommandLine &line) const
{
    return line.isSet(from()) ? tr("--from goes with --new-plan.") : QString();
}

int NewPlanCommand::execute(const CommandLine &line)
{
    if (!line.isSet(from()) || !line.isSet(SharedOptions::to()))
        return line.usageError(tr("--new-plan needs --from VERSION and --to VERSION."));
    const QString folder = QDir::cleanPath(line.value(options().constFirst()));
    ErrorInfo error;
    const QStringList written = PlanSkeleton::write(folder, line.value(from()), line.value(SharedOptions::to()), &error);
    if (written.isEmpty())
        return line.usageError(error.message);
    line.out() << tr("Wrote a plan skeleton from %1 to %2 in %3:\n")
                      .arg(line.value(from()), line.value(SharedOptions::to()), folder);
    for (const QString &file : written)
        line.out() << QStringLiteral("  %1\n").arg(file);
    line.out() << tr("Replace the stand-in table and the example step (README.md in the folder says how), then run "
                     "--lint %1.\n").arg(folder);
    line.out().flush();
    return 0;
}

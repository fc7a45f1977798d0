// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PrintSqlCommand.h"

#include "CommandLine.h"
#include "SharedOptions.h"
#include "plan/PlanLoader.h"
#include "plan/PlanScript.h"

#include <QTextStream>

QList<QCommandLineOption> PrintSqlCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("print-sql"),
                               tr("Print the plan's migration as one SQL script for DRIVER (sqlite or postgresql) "
                                  "and exit; with --rollback, the rollback script."),
                               QStringLiteral("DRIVER"))};
}

int PrintSqlCommand::execute(const CommandLine &line)
{
    const QString driver = line.value(options().constFirst());
    ErrorInfo error;
    const auto loaded = PlanLoader::load(line.value(SharedOptions::plan()), &error);
    if (!loaded)
        return line.usageError(error.message);
    if (!loaded->supportsDriver(driver))
        return line.usageError(tr("The plan \"%1\" has no SQL for \"%2\".").arg(loaded->id, driver));
    // The schema of --db when given (PostgreSQL), so the script runs as the assistant would.
    QString schema = QStringLiteral("public");
    if (line.isSet(SharedOptions::db())) {
        const auto target = ConnectionSpec::parse(line.value(SharedOptions::db()), &error);
        if (!target)
            return line.usageError(error.message);
        schema = target->schema;
    }
    line.out() << (line.isSet(QStringLiteral("rollback")) ? PlanScript::rollback(*loaded, driver, schema)
                                                          : PlanScript::migration(*loaded, driver, schema));
    line.out().flush();
    return 0;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "BaselineCommand.h"

#include "CommandLine.h"

QList<QCommandLineOption> BaselineCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("baseline"),
                               tr("Record that a database made outside the assistant is at VERSION; refused unless "
                                  "that version's detect query confirms it."),
                               QStringLiteral("VERSION"))};
}

bool BaselineCommand::readOwnOptions(const CommandLine &line, RunOptions *run, QString *problem) const
{
    run->baselineVersion = line.value(options().constFirst()).trimmed();
    if (run->baselineVersion.isEmpty()) {
        *problem = tr("--baseline takes a version, such as v2.");
        return false;
    }
    return true;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "HelpCommand.h"

#include "CommandLine.h"

#include <QTextStream>

QList<QCommandLineOption> HelpCommand::options() const
{
    return {QCommandLineOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."))};
}

int HelpCommand::execute(const CommandLine &line)
{
    line.out() << line.helpText()
               << tr("\nExit codes: 0 done or nothing to do, 1 bad usage or input, 2 cannot open the database,\n"
                     "3 checks stopped the run, 4 another run holds the lock, 5 failed and rolled back,\n"
                     "6 rollback failed or its verification found a difference, 130 interrupted.\n");
    line.out().flush();
    return 0;
}

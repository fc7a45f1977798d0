// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "VersionCommand.h"

#include "CommandLine.h"
#include "util/ApplicationIdentity.h"

#include <QTextStream>

QList<QCommandLineOption> VersionCommand::options() const
{
    return {QCommandLineOption({QStringLiteral("v"), QStringLiteral("version")}, tr("Show the version."))};
}

int VersionCommand::execute(const CommandLine &line)
{
    line.out() << QStringLiteral("%1 %2\n").arg(ApplicationIdentity::applicationName(), ApplicationIdentity::version());
    line.out().flush();
    return 0;
}

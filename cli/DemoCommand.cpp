// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCommand.h"

#include "CommandLine.h"
#include "demo/DemoDatabaseWriter.h"

#include <QFileInfo>
#include <QTextStream>

QCommandLineOption DemoCommand::users()
{
    return {QStringLiteral("users"), tr("Users in the demo database (default 10000)."), QStringLiteral("N")};
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {QCommandLineOption(QStringLiteral("demo"), tr("Write a v1 demo SQLite database at PATH."),
                               QStringLiteral("PATH")),
            users()};
}

QString DemoCommand::strayOptions(const CommandLine &line) const
{
    return line.isSet(users()) ? tr("--users goes with --demo.") : QString();
}

int DemoCommand::execute(const CommandLine &line)
{
    bool ok = true;
    const int count = line.isSet(users()) ? line.value(users()).toInt(&ok) : 10000;
    if (!ok || count < 1 || count > 50'000'000)
        return line.usageError(tr("--users takes a whole number from 1 to 50000000."));
    const QString path = line.value(options().constFirst());
    ErrorInfo error;
    if (!DemoDatabaseWriter::write(path, count, &error))
        return line.usageError(error.message);
    line.out() << tr("Wrote a v1 demo database with %n users: %1\n", nullptr, count).arg(QFileInfo(path).absoluteFilePath());
    line.out().flush();
    return 0;
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --print-sql DRIVER: the plan's migration as one SQL script (with --rollback, its rollback
// script) for a person to read or a DBA to run; needs no database, nor --headless.
class PrintSqlCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PrintSqlCommand)

public:
    QList<QCommandLineOption> options() const override;
    int execute(const CommandLine &line) override;
};

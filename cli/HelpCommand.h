// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --help: every option with its description, then the exit codes (packaging/migration-assistant.1
// says the same; tests/app/tst_manpage keeps them in agreement).
class HelpCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(HelpCommand)

public:
    QList<QCommandLineOption> options() const override;
    int execute(const CommandLine &line) override;
};

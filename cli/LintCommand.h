// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --lint DIR: checks a plan folder (or a folder of plan folders) and exits: 0 clean, 1 faults,
// one "file:line: message" a fault on stderr (core/plan/PlanLint).
class LintCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LintCommand)

public:
    QList<QCommandLineOption> options() const override;
    int execute(const CommandLine &line) override;
};

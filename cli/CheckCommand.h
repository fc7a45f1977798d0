// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --check: the pre-migration checks, printed; nothing changes.
class CheckCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    CheckCommand() : RunCommand(RunAction::Check) {}
    QList<QCommandLineOption> options() const override;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --apply: checks, then the migration, then validation.
class ApplyCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyCommand)

public:
    ApplyCommand() : RunCommand(RunAction::Apply) {}
    QList<QCommandLineOption> options() const override;
};

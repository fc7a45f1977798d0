// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --status: the plan's history in this database.
class StatusCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    StatusCommand() : RunCommand(RunAction::Status) {}
    QList<QCommandLineOption> options() const override;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --rollback: undo the last applied run of the plan, then verify the restore.
class RollbackCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RollbackCommand)

public:
    RollbackCommand() : RunCommand(RunAction::Rollback) {}
    QList<QCommandLineOption> options() const override;
};

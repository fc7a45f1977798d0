// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --finalize: run the finalize script of applied plans whose keep period is over (drop
// users_old); afterwards their rollback is refused (core/finalize/FinalizeRun).
class FinalizeCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(FinalizeCommand)

public:
    FinalizeCommand() : RunCommand(RunAction::Finalize) {}
    QList<QCommandLineOption> options() const override;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --baseline VERSION: record that a database made outside the assistant is at VERSION, once
// that version's detect query confirms it (core/path/BaselineRun).
class BaselineCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(BaselineCommand)

public:
    BaselineCommand() : RunCommand(RunAction::Baseline) {}
    QList<QCommandLineOption> options() const override;

protected:
    bool readOwnOptions(const CommandLine &line, RunOptions *run, QString *problem) const override;
};

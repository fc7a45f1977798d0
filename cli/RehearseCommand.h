// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RunCommand.h"

// --rehearse: the whole migration and its validation in a transaction, reported, then rolled back.
class RehearseCommand : public RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(RehearseCommand)

public:
    RehearseCommand() : RunCommand(RunAction::Rehearse) {}
    QList<QCommandLineOption> options() const override;
};

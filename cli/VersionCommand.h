// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --version: "migration-assistant VERSION".
class VersionCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VersionCommand)

public:
    QList<QCommandLineOption> options() const override;
    int execute(const CommandLine &line) override;
};

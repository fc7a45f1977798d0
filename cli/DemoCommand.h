// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --demo PATH [--users N]: writes a v1 demo SQLite database for trying the assistant out.
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QList<QCommandLineOption> options() const override;
    QString strayOptions(const CommandLine &line) const override;
    int execute(const CommandLine &line) override;

private:
    static QCommandLineOption users();
};

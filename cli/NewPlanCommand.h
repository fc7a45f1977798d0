// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

// --new-plan DIR --from VERSION --to VERSION: writes a plan skeleton that lints clean and runs
// (core/plan/PlanSkeleton) and exits; an existing folder that is not empty is refused (exit 1).
class NewPlanCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(NewPlanCommand)

public:
    QList<QCommandLineOption> options() const override;
    QString strayOptions(const CommandLine &line) const override;
    int execute(const CommandLine &line) override;

private:
    static QCommandLineOption from();
};

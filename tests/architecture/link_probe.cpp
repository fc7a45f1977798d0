// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Uses the core and the wizard's logic, so the linker takes objects of both: check_no_gui.sh
// reads what this binary needs at run time.
#include "WizardConfig.h"
#include "transaction/MigrationRunner.h"

#include <QCoreApplication>
#include <QSettings>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("link-probe"));
    WizardConfig config(&settings);
    MigrationRunner runner(config.runOptions(RunAction::Check));
    return argc > 1 ? int(runner.run().outcome) : 0;
}

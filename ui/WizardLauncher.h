// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The wizard's side of main(): creates the QApplication (only here: the headless mode never
// needs a display), reads `migration-assistant [DBFILE]`, shows the wizard and runs.
class WizardLauncher
{
public:
    static int main(int argc, char **argv);
};

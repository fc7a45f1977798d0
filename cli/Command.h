// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

class CommandLine;

// One action of the command line (KeePassXC's src/cli): it declares its own options, the
// first of them the flag that picks it (--check, --demo, --print-sql …), and executes with
// what was parsed. The options every run shares are in SharedOptions.
class Command
{
public:
    virtual ~Command() = default;
    // This command's own options; the first one picks it.
    virtual QList<QCommandLineOption> options() const = 0;
    // Was this command asked for?
    bool isPicked(const CommandLine &line) const;
    // A message when an option of this command is given without it ("--users goes with
    // --demo."); empty when nothing is amiss.
    virtual QString strayOptions(const CommandLine &line) const;
    // Does its job; returns the process exit code (cli/ExitCode.h).
    virtual int execute(const CommandLine &line) = 0;
};

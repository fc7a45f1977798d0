// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "run/RunAction.h"
#include "run/RunOptions.h"

#include <QCoreApplication>

class RunResult;

// What the run actions (--check, --rehearse, --apply, --rollback, --status, --baseline, --finalize) have in
// common: read the shared options, run the MigrationRunner on a worker thread while this
// thread waits for SIGINT/SIGTERM, print the report (text, or --json) and --progress events,
// write --report, and map the outcome to the exit code. Each action is a subclass.
class RunCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    explicit RunCommand(RunAction action);
    RunAction action() const { return m_action; }
    int execute(const CommandLine &line) override;

    // What goes on stderr when the run did not do its job, with how to go on from here.
    static QString failureMessage(const RunResult &result);

protected:
    // A command's own options beyond the shared ones (--baseline's VERSION); false with
    // *problem on bad input. Nothing by default.
    virtual bool readOwnOptions(const CommandLine &, RunOptions *, QString *) const { return true; }

private:
    RunAction m_action;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "report/FleetReport.h"
#include "run/RunAction.h"

#include <QCoreApplication>
#include <optional>

class FleetResult;
class FleetTargetResult;

// --fleet FILE ACTION (shared/spec/cli.md "Fleets"): ACTION on every target of a manifest
// (core/fleet), at most --parallel at once. Prints a line per target as it ends and the summary
// table (text), or the fleet's --json document; --progress events carry a "target" field;
// --report writes every target's result. The exit code: 130 when interrupted, else the most
// severe of the targets' single-run codes in the order 6, 5, 1, 2, 3, 4, else 0.
class FleetCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)

public:
    static QCommandLineOption fleet();
    static QCommandLineOption parallel();
    QList<QCommandLineOption> options() const override { return {fleet(), parallel()}; }
    QString strayOptions(const CommandLine &line) const override;

    // The action every target runs (--check, --rehearse, --apply, --rollback or --status).
    void setAction(RunAction action) { m_action = action; }
    int execute(const CommandLine &line) override;

    // A target's exit code as its single run would have exited; none when it never ran.
    static std::optional<int> exitCodeOf(const FleetTargetResult &target);
    static FleetReport::ExitCodes exitCodesOf(const FleetResult &result);
    static int fleetExitCode(const FleetResult &result, const FleetReport::ExitCodes &codes);

private:
    RunAction m_action = RunAction::Check;
};

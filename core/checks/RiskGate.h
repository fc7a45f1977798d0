// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>

class CheckResult;
class Plan;
class RunOptions;
class RunResult;

// Between the checks and the first change: warnings the operator agreed to (--accept-risk,
// --yes, the wizard's tick boxes) are marked accepted in their name; any blocker, or any
// warning left unaccepted, stops the run. The message says how many; the interfaces add the
// advice of how to agree (the CLI's --accept-risk ids, the wizard's tick boxes).
class RiskGate
{
    Q_DECLARE_TR_FUNCTIONS(RiskGate)

public:
    // Before the run: every risk the options accept must be a warning of the plan.
    static bool acceptsOnlyWarnings(const Plan &plan, const RunOptions &options, ErrorInfo *error);
    // The same for a path: a plain ID must be a warning of some plan of the path (it accepts it
    // in each), PLAN:ID a warning of that plan.
    static bool acceptsOnlyWarnings(const QList<const Plan *> &plans, const RunOptions &options, ErrorInfo *error);
    // Does --yes or --accept-risk (ID or PLAN:ID) accept this failing warning?
    static bool accepts(const RunOptions &options, const CheckResult &check);
    // After the checks: true lets the run go on; false: result.outcome Blocked, result.error why.
    static bool pass(const RunOptions &options, RunResult &result);
};

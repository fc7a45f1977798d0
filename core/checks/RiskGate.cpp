// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/RiskGate.h"

#include "plan/Plan.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

bool RiskGate::acceptsOnlyWarnings(const Plan &plan, const RunOptions &options, ErrorInfo *error)
{
    for (const QString &id : std::as_const(options.acceptedRisks)) {
        const PlanCheck *check = plan.check(id);
        if (check && check->severity == PlanCheck::Severity::Warning)
            continue;
        return fail(error,
                    check ? tr("\"%1\" is a %2, not a warning: only warnings can be accepted.")
                                .arg(id, PlanCheck::severityName(check->severity))
                          : tr("--accept-risk names \"%1\", which is not a check of the plan \"%2\".").arg(id, plan.id));
    }
    return true;
}

bool RiskGate::pass(const RunOptions &options, RunResult &result)
{
    for (CheckResult &c : result.checks) {
        if (c.isWarning() && (options.acceptAllWarnings || options.acceptedRisks.contains(c.id))) {
            c.accepted = true;
            c.acceptedBy = result.operatorName;
        }
    }
    const int blockers = result.blockers();
    const qsizetype unaccepted = std::count_if(result.checks.begin(), result.checks.end(),
                                               [](const CheckResult &c) { return c.isWarning() && !c.accepted; });
    if (blockers == 0 && unaccepted == 0)
        return true;
    result.outcome = RunOutcome::Blocked;
    if (blockers > 0)
        result.error = ErrorInfo::make(tr("%n blocker(s) found: nothing was changed. Fix what they name and run again.",
                                          nullptr, blockers));
    else
        result.error = ErrorInfo::make(tr("%n warning(s) need your agreement: nothing was changed.",
                                          nullptr, int(unaccepted)));
    return false;
}

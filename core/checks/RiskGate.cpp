// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "checks/RiskGate.h"

#include "checks/ImpactPreview.h"
#include "plan/Plan.h"
#include "run/RunOptions.h"
#include "run/RunResult.h"

bool RiskGate::acceptsOnlyWarnings(const Plan &plan, const RunOptions &options, ErrorInfo *error)
{
    return acceptsOnlyWarnings(QList<const Plan *>{&plan}, options, error);
}

bool RiskGate::acceptsOnlyWarnings(const QList<const Plan *> &plans, const RunOptions &options, ErrorInfo *error)
{
    QStringList planIds;
    for (const Plan *plan : plans)
        planIds << plan->id;
    for (const QString &risk : std::as_const(options.acceptedRisks)) {
        const qsizetype colon = risk.indexOf(QLatin1Char(':'));
        const QString planId = colon < 0 ? QString() : risk.left(colon);
        const QString id = colon < 0 ? risk : risk.mid(colon + 1);
        if (!planId.isEmpty() && !planIds.contains(planId))
            return fail(error, tr("--accept-risk names \"%1\", but the plan \"%2\" is not part of this run (%3).")
                                   .arg(risk, planId, planIds.join(QStringLiteral(", "))));
        const PlanCheck *found = nullptr;
        for (const Plan *plan : plans) {
            if (!planId.isEmpty() && plan->id != planId)
                continue;
            // drops-data and no-rollback are the plan's warnings too, though no plan.json names them.
            const PlanCheck *check = plan->check(id);
            if (!check)
                check = ImpactPreview::implicitWarning(*plan, id);
            if (check && (!found || check->severity == PlanCheck::Severity::Warning))
                found = check;
        }
        if (found && found->severity == PlanCheck::Severity::Warning)
            continue;
        if (found)
            return fail(error, tr("\"%1\" is a %2, not a warning: only warnings can be accepted.")
                                   .arg(risk, PlanCheck::severityName(found->severity)));
        return fail(error, plans.size() == 1
                               ? tr("--accept-risk names \"%1\", which is not a check of the plan \"%2\".")
                                     .arg(risk, plans.first()->id)
                               : tr("--accept-risk names \"%1\", which is not a check of any plan of this run (%2).")
                                     .arg(risk, planIds.join(QStringLiteral(", "))));
    }
    return true;
}

bool RiskGate::accepts(const RunOptions &options, const CheckResult &check)
{
    if (!check.isWarning())
        return false;
    return options.acceptAllWarnings || options.acceptedRisks.contains(check.id)
           || (!check.planId.isEmpty() && options.acceptedRisks.contains(check.planId + QLatin1Char(':') + check.id));
}

bool RiskGate::pass(const RunOptions &options, RunResult &result)
{
    for (CheckResult &c : result.checks) {
        if (accepts(options, c)) {
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

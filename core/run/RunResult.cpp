// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "run/RunResult.h"

#include "plan/Plan.h"

#include <algorithm>

int RunResult::blockers() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const CheckResult &c) { return c.isBlocking(); }));
}

int RunResult::warnings() const
{
    return int(std::count_if(checks.begin(), checks.end(), [](const CheckResult &c) { return c.isWarning(); }));
}

QStringList RunResult::unacceptedWarnings() const
{
    QStringList ids;
    for (const CheckResult &c : checks) {
        if (!c.isWarning() || c.accepted)
            continue;
        // An id two plans of a path share is named with its plan: PLAN:ID accepts just that one.
        const bool shared = std::any_of(checks.begin(), checks.end(), [&](const CheckResult &other) {
            return other.id == c.id && other.planId != c.planId;
        });
        ids << (shared ? c.planId + QLatin1Char(':') + c.id : c.id);
    }
    return ids;
}

RunResult RunResult::partFor(const Plan &plan) const
{
    RunResult part;
    part.action = action;
    part.database = database;
    part.operatorName = operatorName;
    part.planId = plan.id;
    part.planTitle = plan.title;
    part.planChecksum = plan.checksum;
    part.fromVersion = plan.fromVersion;
    part.toVersion = plan.toVersion;
    return part;
}

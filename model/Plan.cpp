#include "Plan.h"

bool Plan::supportsDriver(const QString &driver) const
{
    for (const PlanStep &step : steps)
        if (!step.sql.has(driver))
            return false;
    return !steps.isEmpty() && detectSource.has(driver);
}

const PlanCheck *Plan::check(const QString &checkId) const
{
    for (const PlanCheck &c : checks)
        if (c.id == checkId)
            return &c;
    return nullptr;
}

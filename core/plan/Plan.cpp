// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/Plan.h"

bool Plan::supportsDriver(const QString &driver) const
{
    // Applying on a driver the plan cannot roll back on would strand the database.
    for (const PlanStep &step : steps + rollbackSteps)
        if (!step.isBatched() && !step.sql.has(driver))
            return false;
    // A foreign project's change has no detect query: its tool's registry says where the
    // database is (DatabaseVersion).
    return !steps.isEmpty() && (detectSource.has(driver) || registry != nullptr);
}

const PlanCheck *Plan::check(const QString &checkId) const
{
    for (const PlanCheck &c : checks)
        if (c.id == checkId)
            return &c;
    // The engine's own warning for such a plan (CheckRunner): accepted by id like the plan's.
    if (checkId == outsideTransactionCheckId() && hasStepsOutsideTransaction()) {
        static const PlanCheck warning = [] {
            PlanCheck c;
            c.id = outsideTransactionCheckId();
            c.severity = PlanCheck::Severity::Warning;
            return c;
        }();
        return &warning;
    }
    return nullptr;
}

QString Plan::outsideTransactionCheckId()
{
    return QStringLiteral("outside-transaction");
}

bool Plan::isBatched() const
{
    for (const PlanStep &step : steps + rollbackSteps)
        if (step.isBatched())
            return true;
    return false;
}

bool Plan::hasStepsOutsideTransaction() const
{
    for (const PlanStep &step : steps)
        if (step.outsideTransaction)
            return true;
    return false;
}

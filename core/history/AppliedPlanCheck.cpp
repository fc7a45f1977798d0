// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/AppliedPlanCheck.h"

#include "plan/Plan.h"
#include "plan/PlanChecksum.h"
#include "run/RunResult.h"

bool AppliedPlanCheck::isSamePlan(const HistoryEntry &applied, const Plan &plan)
{
    const QString recorded = applied.planChecksum.trimmed().toLower();
    if (recorded == plan.checksum || plan.acceptedChecksums.contains(recorded))
        return true;
    // A row of an earlier version: its checksum is compared as that version computed it, so
    // that upgrading the assistant does not make every applied plan look changed.
    return PlanChecksum::algorithmOf(recorded) == PlanChecksum::legacyAlgorithm() && !plan.legacyChecksum.isEmpty()
           && recorded == plan.legacyChecksum;
}

QStringList AppliedPlanCheck::changedFiles(const HistoryEntry &applied, const Plan &plan)
{
    QStringList changed;
    for (auto it = applied.planFiles.begin(); it != applied.planFiles.end(); ++it)
        if (plan.fileChecksums.value(it.key()) != it.value())
            changed << (plan.fileChecksums.contains(it.key()) ? it.key() : tr("%1 (removed)").arg(it.key()));
    if (applied.planFiles.isEmpty())
        return changed;
    for (auto it = plan.fileChecksums.begin(); it != plan.fileChecksums.end(); ++it)
        if (!applied.planFiles.contains(it.key()))
            changed << tr("%1 (new)").arg(it.key());
    return changed;
}

std::optional<CheckResult> AppliedPlanCheck::compare(const HistoryEntry &applied, const Plan &plan)
{
    if (isSamePlan(applied, plan))
        return std::nullopt;
    const QStringList files = changedFiles(applied, plan);
    CheckResult check;
    check.id = id();
    check.title = tr("Plan changed since it was applied");
    check.severity = PlanCheck::Severity::Warning;
    check.passed = false;
    check.value = files.size();
    if (applied.planFiles.isEmpty())
        check.message = tr("The plan changed since it was applied; which files cannot be told: files recorded before "
                           "this version of the assistant");
    else if (files.isEmpty())
        check.message = tr("The plan changed since it was applied");
    else
        check.message = tr("%n file(s) of the plan changed since it was applied: %1", nullptr, int(files.size()))
                            .arg(files.join(QStringLiteral(", ")));
    check.explanation = tr("The database was migrated with plan files that differ from the ones loaded now (checksum "
                           "%1 then, %2 now). Find out what changed before relying on this plan's rollback. A change "
                           "that means nothing (a comment, say) is accepted by listing the earlier checksum in "
                           "\"accepted_checksums\" in plan.json.")
                            .arg(applied.planChecksum, plan.checksum);
    return check;
}

void AppliedPlanCheck::addTo(RunResult &result, const HistoryEntry &applied, const Plan &plan)
{
    if (const auto check = compare(applied, plan))
        result.checks << *check;
}

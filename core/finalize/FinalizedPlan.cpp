// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "finalize/FinalizedPlan.h"

#include "history/HistoryStore.h"
#include "plan/Plan.h"
#include "run/RunResult.h"

std::optional<HistoryEntry> FinalizedPlan::in(const QList<HistoryEntry> &entries, const QString &planId)
{
    // Newest first: a finalize counts until an older apply is reached; an apply after it (the
    // plan rolled back by hand and applied again) starts a new keep period.
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->planId != planId)
            continue;
        if (it->action == QLatin1String("finalize"))
            return *it;
        if (it->action == QLatin1String("apply") || it->action == QLatin1String("rollback"))
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<std::optional<HistoryEntry>> FinalizedPlan::read(DatabaseConnection &db, const QString &planId,
                                                               ErrorInfo *error)
{
    const auto entries = HistoryStore(db).entries(planId, error);
    if (!entries)
        return std::nullopt;
    return std::optional<std::optional<HistoryEntry>>(std::in_place, in(*entries, planId));
}

QString FinalizedPlan::byWhomAndWhen(const HistoryEntry &finalized)
{
    return tr("on %1 by %2 (%3)")
        .arg(finalized.finishedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
             finalized.operatorName.isEmpty() ? finalized.osUser : finalized.operatorName, finalized.host);
}

void FinalizedPlan::refuseRollback(const HistoryEntry &finalized, RunResult &result)
{
    result.outcome = RunOutcome::Blocked;
    result.error = ErrorInfo::make(tr("The plan %1 was finalized %2: what its rollback restores from is gone, so the "
                                      "rollback is refused and nothing was changed.")
                                       .arg(finalized.planId, byWhomAndWhen(finalized)));
}

std::optional<HistoryEntry> FinalizedPlan::lastApply(const QList<HistoryEntry> &entries, const QString &planId)
{
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->planId != planId)
            continue;
        if (it->action == QLatin1String("apply"))
            return *it;
        if (it->action == QLatin1String("rollback"))
            return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QDateTime> FinalizedPlan::dueAt(const Plan &plan, const QList<HistoryEntry> &entries)
{
    if (!plan.finalize.isDeclared() || in(entries, plan.id))
        return std::nullopt;
    const auto apply = lastApply(entries, plan.id);
    if (!apply)
        return std::nullopt;
    return apply->finishedAt.addDays(plan.finalize.keepDays);
}

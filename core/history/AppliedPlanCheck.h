// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "history/HistoryEntry.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class Plan;
class RunResult;

// Whether the plan loaded now is the plan an apply row of the history recorded. Wherever the
// history is compared with the plan (--status, an apply with nothing to do, a rollback) a
// changed plan is a warning naming its files: the database was migrated by other SQL than
// this plan holds, which a person should know before trusting its rollback or its status.
// Not a change: the same checksum as the row's algorithm computes it (plain hex in rows of
// earlier versions: the raw bytes), or a checksum the plan lists in accepted_checksums.
class AppliedPlanCheck
{
    Q_DECLARE_TR_FUNCTIONS(AppliedPlanCheck)

public:
    static QString id() { return QStringLiteral("plan-changed-since-apply"); }

    static bool isSamePlan(const HistoryEntry &applied, const Plan &plan);
    // The files whose checksums differ, with "(removed)" or "(new)"; empty when the row has no
    // per-file checksums (written by an earlier version).
    static QStringList changedFiles(const HistoryEntry &applied, const Plan &plan);
    // A failing warning when the plan changed since `applied`; nothing when it is the same plan.
    static std::optional<CheckResult> compare(const HistoryEntry &applied, const Plan &plan);
    // compare()'s warning, if any, added to the result's checks: the one line the engines call.
    static void addTo(RunResult &result, const HistoryEntry &applied, const Plan &plan);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class DatabaseConnection;
class Plan;
class RunContext;
class RunResult;

// The check of a path (PathRun, --check without --plan): every plan's checks, the first
// against the database as it is, each later one inside a rehearsal of the plans before it, in
// one transaction that is rolled back at the end — so every risk of the whole path is shown
// before anything changes. A plan after a batched one is checked when its turn comes (its
// batches commit one by one); a rehearsal that fails is a blocker of its plan. One plan alone
// is checked read-only, as with --plan.
class PathCheck
{
    Q_DECLARE_TR_FUNCTIONS(PathCheck)

public:
    // `missing`: blockers for input a plan needs and was not given, shown in that plan's checks.
    PathCheck(RunContext &context, const QHash<const Plan *, CheckResult> &missing)
        : m_context(context)
        , m_missing(missing)
    {
    }

    // Does the check of these plans write (rolled back)? A rehearsal for the next plan's checks,
    // or a plan's impact preview: then it needs the lock and a writing connection.
    static bool writes(const QList<const Plan *> &plans);
    // One result per plan into result.path; the caller gathers them.
    void run(DatabaseConnection &db, const QList<const Plan *> &plans, RunResult &result);

private:
    RunContext &m_context;
    const QHash<const Plan *, CheckResult> &m_missing;
};

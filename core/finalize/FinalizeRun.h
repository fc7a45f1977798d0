// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"

#include <QCoreApplication>

class DatabaseConnection;
class Plan;
class RunContext;
class RunResult;

// --finalize: the post-migration checklist's last item. An applied plan that declares a
// finalize (PlanFinalize: drop users_old) keeps what its rollback needs for keep_days after
// the apply; once that is over this run drops it — the finalize steps and the history row in
// one transaction, per plan, under the run lock — and deletes the SQLite backup the apply
// made. From then on that plan's rollback is refused (FinalizedPlan). Before the period is
// over: Blocked, with the date it is due. The plan named with --plan, else every plan of the
// catalogue for the database's driver.
class FinalizeRun
{
    Q_DECLARE_TR_FUNCTIONS(FinalizeRun)

public:
    explicit FinalizeRun(RunContext &context) : m_context(context) {}
    RunResult run();

private:
    // One plan's finalize; false: the run stops, result says why (nothing of this plan kept).
    bool finalize(DatabaseConnection &db, const Plan &plan, const HistoryEntry &apply, RunResult &result);

    RunContext &m_context;
};

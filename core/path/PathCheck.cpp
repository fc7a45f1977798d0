// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "path/PathCheck.h"

#include "db/DatabaseConnection.h"
#include "path/PathRun.h"
#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "transaction/OneTransactionRun.h"
#include "transaction/SharedTransaction.h"

bool PathCheck::writes(const QList<const Plan *> &plans)
{
    return plans.size() > 1
           || std::any_of(plans.begin(), plans.end(), [](const Plan *p) { return p->impactPreview && !p->isBatched(); });
}

void PathCheck::run(DatabaseConnection &db, const QList<const Plan *> &plans, RunResult &result)
{
    if (plans.size() == 1) {
        RunResult part = result.partFor(*plans.first());
        OneTransactionRun(m_context, db, *plans.first()).check(part);
        if (m_missing.contains(plans.first()))
            part.checks << m_missing.value(plans.first());
        result.path.push_back(part);
        return;
    }
    SharedTransaction shared(m_context);
    QString notChecked; // why the plans from here on could not be checked ahead
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const Plan &plan = *plans.at(i);
        RunResult part = result.partFor(plan);
        if (!notChecked.isEmpty()) {
            part.pathWord = QStringLiteral("skipped");
            part.outcome = RunOutcome::NothingToDo;
            part.notes << notChecked;
            result.path.push_back(part);
            continue;
        }
        OneTransactionRun run(m_context, db, plan, &shared);
        run.check(part);
        if (m_missing.contains(&plan))
            part.checks << m_missing.value(&plan);
        if (part.outcome == RunOutcome::Failed) {
            notChecked = tr("Not checked: the checks of %1 before it could not run.").arg(plan.id);
        } else if (i + 1 < plans.size()) {
            if (plan.isBatched()) {
                // Its batches commit one by one: the database it leaves exists only once it ran.
                notChecked = tr("Checked when its turn comes: %1 before it runs batch by batch, so it cannot be "
                                "rehearsed ahead.")
                                 .arg(plan.id);
            } else {
                m_context.log(tr("Rehearsing %1 for the checks of the next plan").arg(plan.id));
                RunResult rehearsal = part;
                if (!run.rehearseForNextChecks(rehearsal)) {
                    CheckResult failed;
                    failed.id = QStringLiteral("rehearsal");
                    failed.planId = plan.id;
                    failed.title = tr("Rehearsal of %1").arg(plan.id);
                    failed.severity = PlanCheck::Severity::Blocker;
                    failed.passed = false;
                    failed.message = tr("The plan's steps failed when rehearsed: %1").arg(rehearsal.error.message);
                    failed.explanation = tr("Applying the path would fail here and roll back. Nothing was changed.");
                    part.checks << failed;
                    part.outcome = RunOutcome::Blocked;
                    notChecked = tr("Not checked: the rehearsal of %1 before it failed.").arg(plan.id);
                }
            }
        }
        result.path.push_back(part);
    }
    if (shared.open)
        db.exec(QStringLiteral("ROLLBACK"), nullptr);
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/PlanStep.h"

#include <QList>

// What a plan keeps after its apply so that it can be rolled back (users_old), and when that
// may go: "finalize" in plan.json. --finalize runs these steps once keepDays have passed since
// the apply (FinalizeRun); from then on the plan's rollback is refused, since what it would
// restore from is gone.
class PlanFinalize
{
public:
    int keepDays = 0;
    QList<PlanStep> steps; // plain steps: no chunk, no batch

    bool isDeclared() const { return !steps.isEmpty(); }
};

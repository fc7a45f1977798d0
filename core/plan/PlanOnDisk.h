// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>

// The plan is loaded once and that value is what the checks, the pages, the run and the
// history see. Before a run changes anything it asks whether the folder still holds those
// bytes, so that what runs is what a person checked.
class PlanOnDisk
{
    Q_DECLARE_TR_FUNCTIONS(PlanOnDisk)

public:
    // False (with the files named in `error`) when a file of a plan folder changed, went or
    // cannot be read since the plan was loaded. Built-in plans are part of the binary: true.
    static bool unchanged(const Plan &plan, ErrorInfo *error);
    // The same for every plan of a path: false at the first that changed.
    static bool unchanged(const QList<const Plan *> &plans, ErrorInfo *error);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"

#include <QCoreApplication>
#include <QList>

// --lint DIR: what is wrong with a plan folder before anyone runs it (docs/plans.md). The
// loader's own fault comes first (with its line in plan.json); a plan that loads is then
// checked for what the loader allows but a product team should not ship: every SQL script
// split and looked at for each driver it has SQL for (ScriptLint), no rollback, no
// validations, a driver without detect queries or without SQL for a step, a batched
// encrypt/decrypt step without "needs_key". A folder without plan.json whose subfolders are
// plan folders (like --plans DIR) is linted plan by plan; other migration projects are not.
class PlanLint
{
    Q_DECLARE_TR_FUNCTIONS(PlanLint)

public:
    // Findings with files relative to `folder` ("task-labels/sqlite/02.sql" for a folder of plans).
    static QList<LintFinding> lint(const QString &folder);

private:
    static QList<LintFinding> lintPlan(const QString &folder);
};

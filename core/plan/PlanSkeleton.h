// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// --new-plan DIR --from VERSION --to VERSION: a plan folder to start from (docs/plans.md,
// "Starting a plan"). It lints clean and runs: plan.json, sqlite/ and postgresql/ with one
// example step (CREATE TABLE example_<to>) and its rollback, a detect query for each side, a
// schema-version blocker, one info check, a validation for the apply and one for the rollback.
// It cannot know the product's schema, so it stands the from-version schema in with one table,
// example_<from>, that its detect queries look for: README.md in the folder says what to replace.
class PlanSkeleton
{
    Q_DECLARE_TR_FUNCTIONS(PlanSkeleton)

public:
    // Writes the files into `folder` (made if missing; refused when it exists and is not empty).
    // Returns the files written, relative to `folder`; empty with `error` set on failure.
    static QStringList write(const QString &folder, const QString &fromVersion, const QString &toVersion,
                             ErrorInfo *error);
    // The stand-in table of a version: "example_" + the version, other characters than
    // letters, digits and '_' made '_' ("1.2" → example_1_2).
    static QString standInTable(const QString &version);
};

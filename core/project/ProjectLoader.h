// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/MigrationProject.h"
#include "project/ProjectKind.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

// Recognises what a folder holds and reads a foreign migration project into plans. The
// assistant's own plan folders stay PlanLoader's.
class ProjectLoader
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLoader)

public:
    // plan.json first (a plan folder), then sqitch.conf or sqitch.plan, then golang-migrate's
    // *.up.sql, then Flyway's V*__*.sql; Unknown otherwise (or when the folder does not exist).
    static ProjectKind kindOf(const QString &folder);
    // A Sqitch, Flyway or golang-migrate project, loaded once; nullopt with a message naming
    // the file and line of the fault. `driver` (may be empty) picks the engine when the project
    // has SQL for more than one.
    static std::optional<MigrationProject> load(const QString &folder, const QString &driver, ErrorInfo *error);
};

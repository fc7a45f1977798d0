// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

// What a folder given with --plan DIR, --lint DIR or the wizard's "Open plan folder…" holds:
// one of the assistant's own plan folders (plan.json), or a migration project written for
// another tool, whose changes become the plans of a path (MigrationProject).
enum class ProjectKind {
    PlanFolder,    // plan.json and its SQL (docs/plans.md)
    Sqitch,        // sqitch.conf + sqitch.plan, deploy/ revert/ verify/
    Flyway,        // V<version>__<desc>.sql, U… undo, R__… repeatable (flyway.conf / flyway.toml)
    GolangMigrate, // <n>_<name>.up.sql / .down.sql
    Unknown,       // none of these
};

// The name people know the tool by: "Sqitch", "Flyway", "golang-migrate", "plan folder".
QString projectKindName(ProjectKind kind);
// The word used in --json and the reports: "plan", "sqitch", "flyway", "golang-migrate".
QString projectKindId(ProjectKind kind);

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"
#include "project/ProjectKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// --lint DIR of a Flyway or golang-migrate folder: what its reader refuses or notes (a name
// Flyway or golang-migrate ignores, such as V1_init.sql with one underscore; two migrations of
// one version; an unknown ${placeholder}; a migration without its undo/down script; an undo/down
// without its migration), then every script split and looked at as ScriptLint looks at a plan's
// SQL, each finding at the script's own file and line. The folders name no engine (flyway.url
// may): scripts are linted as PostgreSQL's unless flyway.url names SQLite.
class ProjectLint
{
    Q_DECLARE_TR_FUNCTIONS(ProjectLint)

public:
    static QList<LintFinding> lint(const QString &folder, ProjectKind kind);
};

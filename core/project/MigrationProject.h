// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/Plan.h"
#include "project/ForeignRegistry.h"
#include "project/ProjectKind.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

// A migration project written for another tool, read as plans: each change (Sqitch) or
// migration (Flyway, golang-migrate) becomes one Plan of a chain, in order, from the project's
// start version (nothing deployed) to its last change. Each plan's steps are its deploy/up
// script, its rollbackSteps the revert/down/undo script (empty when there is none), and a
// Sqitch verify script its validation. Every plan has registry set to the project's registry,
// projectKind to the project's kind and folder to the project's folder (what PlanOnDisk reads
// again before a run changes anything).
class MigrationProject
{
public:
    // An empty project of `kind` in `folder`, named after the folder, starting at `startVersion`:
    // where a reader of a project that has no name of its own (Flyway, golang-migrate) begins.
    static MigrationProject inFolder(ProjectKind kind, const QString &folder, const QString &startVersion);

    ProjectKind kind = ProjectKind::Unknown;
    QString folder;
    QString name;          // Sqitch's %project, else the folder's name
    QString driver;        // "sqlite" or "postgresql": the engine the project is for (empty: both)
    QString startVersion;  // the fromVersion of the first plan: nothing of the project deployed
    QList<Plan> plans;     // in the order they deploy
    // Other names of a version that --to accepts: a Sqitch tag ("v1.0.0-dev1" and "@v1.0.0-dev1")
    // → the version of the change it is on.
    QMap<QString, QString> versionAliases;
    std::shared_ptr<const ForeignRegistry> registry;
    // What could not be mapped, each with what to do ("deploy/x.sql: …"); loading still succeeds.
    QStringList notes;
};

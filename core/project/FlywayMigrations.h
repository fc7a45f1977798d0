// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/FlywayMigration.h"

#include <QList>
#include <QString>

// What the registry needs of the whole project: the versioned migrations in order, the
// repeatable ones, and the plan that runs them.
class FlywayMigrations
{
public:
    QList<FlywayMigration> versioned;  // in version order
    QList<FlywayMigration> repeatable; // in description order, as Flyway runs them
    QString repeatablePlanId;          // empty when the project has no repeatable migration
    QString repeatableVersion;         // that plan's toVersion: "<last version>+repeatable"
    QString startVersion;
    QString table = QStringLiteral("flyway_schema_history");
    QString installedBy;               // flyway.installedBy (empty: the database user)
};

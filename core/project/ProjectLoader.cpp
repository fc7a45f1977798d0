// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectLoader.h"

#include "project/FlywayProjectReader.h"
#include "project/MigrateProjectReader.h"
#include "project/SqitchProjectReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

ProjectKind ProjectLoader::kindOf(const QString &folder)
{
    const QDir dir(folder);
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        return ProjectKind::Unknown;
    if (dir.exists(QStringLiteral("plan.json")))
        return ProjectKind::PlanFolder;
    if (dir.exists(QStringLiteral("sqitch.conf")) || dir.exists(QStringLiteral("sqitch.plan")))
        return ProjectKind::Sqitch;
    // golang-migrate: 1_create_users.up.sql (the number may have leading zeros or be a timestamp).
    static const QRegularExpression migrateName(QStringLiteral("^[0-9]+_.*\\.(up|down)\\.sql$"));
    // Flyway: V1__init.sql, V1.1__x.sql, V1_1__x.sql, U2__undo.sql, R__views.sql.
    static const QRegularExpression flywayName(QStringLiteral("^(V[0-9][0-9._]*|U[0-9][0-9._]*|R)__.+\\.sql$"));
    const QStringList files = dir.entryList(QDir::Files);
    bool flyway = false;
    for (const QString &file : files) {
        if (migrateName.match(file).hasMatch())
            return ProjectKind::GolangMigrate;
        flyway = flyway || flywayName.match(file).hasMatch();
    }
    if (flyway || dir.exists(QStringLiteral("flyway.conf")) || dir.exists(QStringLiteral("flyway.toml")))
        return ProjectKind::Flyway;
    return ProjectKind::Unknown;
}

std::optional<MigrationProject> ProjectLoader::load(const QString &folder, const QString &driver, ErrorInfo *error)
{
    const ProjectKind kind = kindOf(folder);
    switch (kind) {
    case ProjectKind::Sqitch:
        return SqitchProjectReader::read(folder, driver, error);
    case ProjectKind::Flyway:
        return FlywayProjectReader::read(folder, driver, error);
    case ProjectKind::GolangMigrate:
        return MigrateProjectReader::read(folder, driver, error);
    case ProjectKind::PlanFolder:
        fail(error, tr("%1 is a plan folder, not a migration project of another tool.")
                        .arg(QDir::toNativeSeparators(folder)));
        return std::nullopt;
    case ProjectKind::Unknown:
        break;
    }
    fail(error, tr("%1 holds neither a plan (plan.json) nor a Sqitch, Flyway or golang-migrate project.")
                    .arg(QDir::toNativeSeparators(folder)));
    return std::nullopt;
}

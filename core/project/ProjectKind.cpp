// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "project/ProjectKind.h"

#include <QCoreApplication>

QString projectKindName(ProjectKind kind)
{
    switch (kind) {
    case ProjectKind::PlanFolder:
        return QCoreApplication::translate("ProjectKind", "plan folder");
    case ProjectKind::Sqitch:
        return QStringLiteral("Sqitch");
    case ProjectKind::Flyway:
        return QStringLiteral("Flyway");
    case ProjectKind::GolangMigrate:
        return QStringLiteral("golang-migrate");
    case ProjectKind::Unknown:
        break;
    }
    return QCoreApplication::translate("ProjectKind", "unknown");
}

QString projectKindId(ProjectKind kind)
{
    switch (kind) {
    case ProjectKind::PlanFolder:
        return QStringLiteral("plan");
    case ProjectKind::Sqitch:
        return QStringLiteral("sqitch");
    case ProjectKind::Flyway:
        return QStringLiteral("flyway");
    case ProjectKind::GolangMigrate:
        return QStringLiteral("golang-migrate");
    case ProjectKind::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

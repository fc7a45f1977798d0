// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class DatabaseVersion;
class PlanCatalogue;

// What the plan page says of a migration project opened from disk (Sqitch, Flyway,
// golang-migrate): its kind, name and folder, where its registry is, and every change in order
// with what it is for this database — deployed, will run, or past the chosen target.
class ProjectSummary
{
    Q_DECLARE_TR_FUNCTIONS(ProjectSummary)

public:
    // Rich text for the page; empty when the catalogue is not a foreign project's.
    // `version` may be null (not located yet); `target` empty means the latest.
    static QString html(const PlanCatalogue &catalogue, const QString &driver, const DatabaseVersion *version,
                        const QString &target);
    // One line: "Sqitch project “flipr”, 8 changes (/srv/flipr)".
    static QString headline(const PlanCatalogue &catalogue, const QString &driver);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"
#include "project/MigrationProject.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// A golang-migrate folder (docs/projects.md) as a chain of plans: <n>_<name>.up.sql is one
// plan, its <n>_<name>.down.sql the rollback (none: empty, noted). n is a whole number
// (uint64, leading zeros allowed, gaps too: 1, 3, 10 or timestamps) and orders the chain; two
// ups of one number are refused, as golang-migrate refuses them. The first plan starts from
// "none" (schema_migrations empty), toVersion is the number without leading zeros — what
// golang-migrate writes into schema_migrations.version. The folder has no engine of its own:
// the SQL serves both drivers. Only the folder itself is read, as golang-migrate's file source.
class MigrateProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(MigrateProjectReader)

public:
    static QString startVersion() { return QStringLiteral("none"); }

    // nullopt with a message naming the file of the first fault; with `findings`, every fault and
    // note becomes a finding and the reading goes on (--lint).
    static std::optional<MigrationProject> read(const QString &folder, const QString &driver, ErrorInfo *error,
                                                QList<LintFinding> *findings = nullptr);
};

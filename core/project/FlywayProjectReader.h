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

// A Flyway project folder (docs/projects.md) as a chain of plans. Every *.sql file below the
// folder counts, as Flyway scans its locations: V<version>__<description>.sql is a versioned
// migration, U<version>__<description>.sql the undo of V<version> (its rollback),
// R__<description>.sql a repeatable one. The versioned migrations, in FlywayVersion order, are
// one plan each: the first from the start version "none" (an empty schema history), each later
// one from the version before it; toVersion is the version as Flyway writes it ("1_1" → "1.1").
// Repeatable migrations (Flyway runs them after the versioned ones, each whenever its checksum
// changed) are one last plan of the chain, from the last version to "<last version>+repeatable",
// holding every repeatable script in description order; the registry reads the database at
// "<last>+repeatable" only while each repeatable's newest successful row carries the file's
// checksum, so a changed repeatable makes that plan pending again.
// ${…} placeholders are replaced as FlywayConfig says; a folder has no engine of its own, so each
// plan has SQL for both drivers unless flyway.url names one.
class FlywayProjectReader
{
    Q_DECLARE_TR_FUNCTIONS(FlywayProjectReader)

public:
    static QString startVersion() { return QStringLiteral("none"); }
    static QString repeatableSuffix() { return QStringLiteral("+repeatable"); }

    // nullopt with a message naming the file (and line) of the first fault. With `findings`,
    // every fault and every note becomes a finding instead and the reading goes on (--lint).
    static std::optional<MigrationProject> read(const QString &folder, const QString &driver, ErrorInfo *error,
                                                QList<LintFinding> *findings = nullptr);
};

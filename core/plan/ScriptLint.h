// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"

#include <QCoreApplication>
#include <QList>

// --lint's look at one SQL script of a plan, for one driver: split as the runner splits it
// (StatementSplitter), then every statement that cannot run inside the run's transaction
// (CREATE INDEX CONCURRENTLY, VACUUM, ALTER SYSTEM, CREATE DATABASE, ATTACH …), transaction
// control the assistant owns (BEGIN, COMMIT, ROLLBACK), and on SQLite a syntax error (each
// statement is prepared on an empty in-memory database: only the grammar is judged, not names).
class ScriptLint
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLint)

public:
    // Findings with an empty file and the line within `script` (1-based).
    // minimumPostgresql: the plan's minimum_server_version.postgresql (0 when not given).
    static QList<LintFinding> check(const QString &script, const QString &driver, qint64 minimumPostgresql);
};

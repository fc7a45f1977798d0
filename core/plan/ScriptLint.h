// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"
#include "plan/ScriptTransactionControl.h"

#include <QCoreApplication>
#include <QList>

// --lint's look at one SQL script of a plan, for one driver: prepared as the runner prepares it
// (ScriptTransactionControl: a ROLLBACK, psql meta-commands other than \set, every statement
// that cannot run inside the run's transaction — CREATE INDEX CONCURRENTLY, VACUUM, ALTER
// SYSTEM, CREATE DATABASE, ATTACH …), and on SQLite a syntax error (each statement is prepared
// on an empty in-memory database: only the grammar is judged, not names). A script's own
// BEGIN and COMMIT are no fault: the runner leaves them out.
class ScriptLint
{
    Q_DECLARE_TR_FUNCTIONS(ScriptLint)

public:
    // Findings with an empty file and the line within `script` (1-based).
    // minimumPostgresql: the plan's minimum_server_version.postgresql (0 when not given).
    static QList<LintFinding> check(const QString &script, const QString &driver, qint64 minimumPostgresql,
                                    ScriptTransactionControl::Use use = ScriptTransactionControl::Use::Step,
                                    const QHash<QString, QString> &variables = {});
};

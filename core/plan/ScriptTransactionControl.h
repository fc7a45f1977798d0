// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "plan/LintFinding.h"
#include "plan/PreparedScript.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

class Plan;

// Scripts written for other tools (Sqitch, Flyway, golang-migrate: run by psql or sqlite3,
// each in a transaction of its own) inside the assistant's one transaction. Over the statements
// StatementSplitter finds (so a BEGIN inside DO $$ … $$, a function body or a trigger body is
// never taken for one):
// - top-level BEGIN / START TRANSACTION / COMMIT / END are not sent: the run's transaction is
//   the boundary. A ROLLBACK (or ABORT) would undo the step: refused, unless the script is a
//   verify script, whose effects the assistant rolls back anyway (a savepoint).
// - psql's \set and \unset are followed and :name, :'name', :"name" filled in from the plan's
//   variables; any other meta-command (\i, \copy, \connect, \if …) is refused by name.
// - statements that cannot run inside a transaction (one list, below) are refused, unless the
//   step runs outside the transaction ("outside_transaction": true).
// - SQLite's PRAGMA foreign_keys does nothing inside a transaction: not sent; the run turns
//   foreign keys off before its BEGIN and runs PRAGMA foreign_key_check before its COMMIT.
// The lint, the checks and StepExecutor all ask here, so they agree on every script.
class ScriptTransactionControl
{
    Q_DECLARE_TR_FUNCTIONS(ScriptTransactionControl)

public:
    enum class Use { Step, StepOutsideTransaction, Verify };

    // `postgresqlVersion`: the server's (server_version_num), or the plan's minimum for --lint;
    // below 120000 ALTER TYPE … ADD VALUE cannot run in a transaction.
    static PreparedScript prepare(const QString &script, const QString &driver, Use use,
                                  const QHash<QString, QString> &variables, qint64 postgresqlVersion);

    // Every fault of the plan's scripts for `driver` (steps, validations, and the rollback's),
    // each with its file ("postgresql/deploy/x.sql", or "plan.json" for SQL written inline).
    static QList<LintFinding> planFaults(const Plan &plan, const QString &driver, qint64 postgresqlVersion);
    // Does any SQLite script of the plan's apply (or rollback) set PRAGMA foreign_keys?
    static bool togglesForeignKeys(const Plan &plan, bool rollback);
};

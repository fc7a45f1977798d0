// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class DatabaseConnection;
class PlanStep;
class RunContext;
class SqliteWriteTracker;

// Runs the SQL of a plan's steps in whatever transaction the engine has open: a plain step
// statement by statement, a chunked step ({{chunk}}) range by range of its table's rows, so
// that progress counts rows and a cancel takes effect between chunks. The one-transaction
// engine runs all its steps here; the batched engine its SQL steps, one transaction each.
class StepExecutor
{
    Q_DECLARE_TR_FUNCTIONS(StepExecutor)

public:
    explicit StepExecutor(RunContext &context) : m_context(context) {}

    // SQLite: told of every statement done, to know which tables the steps wrote.
    void setWriteTracker(SqliteWriteTracker *writes) { m_writes = writes; }
    // The plan's psql variables, for :name in its scripts (ScriptTransactionControl).
    void setVariables(const QHash<QString, QString> &variables) { m_variables = variables; }

    // The rows the chunked steps will walk, for the progress's total.
    static qint64 estimateRows(DatabaseConnection &db, const QList<PlanStep> &steps);
    // Every step in order, each announced (RunContext::enterStep); stops at the first failure.
    // Before the first statement, every step's script is prepared: a fault in any (a ROLLBACK,
    // \i, CREATE INDEX CONCURRENTLY inside the transaction) fails the run before it changes anything.
    bool runAll(DatabaseConnection &db, const QList<PlanStep> &steps, ErrorInfo *error);
    // One step's SQL; the caller announces it. Its own BEGIN and COMMIT are not sent
    // (ScriptTransactionControl): the engine's transaction is the boundary.
    bool run(DatabaseConnection &db, const PlanStep &step, ErrorInfo *error);

private:
    bool runChunked(DatabaseConnection &db, const PlanStep &step, const QString &sql, ErrorInfo *error);

    RunContext &m_context;
    SqliteWriteTracker *m_writes = nullptr;
    QHash<QString, QString> m_variables;
    qint64 m_statementsRun = 0; // of the last step, for the log
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/SqliteBackup.h"
#include "snapshot/TableState.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <memory>

class DatabaseConnection;
class RunContext;
class RunResult;

// The backup of a one-transaction run (SQLite only; a PostgreSQL server keeps its own): copied
// and verified inside the run's transaction, written to the disk beside the steps, named just
// before the COMMIT — and, should the run not commit, dropped: an unchanged database needs no
// second copy of every token.
class BackupPhase
{
    Q_DECLARE_TR_FUNCTIONS(BackupPhase)

public:
    explicit BackupPhase(RunContext &context) : m_context(context) {}

    // Copies and verifies the database, whose tables must be `expected`; PostgreSQL: nothing.
    bool start(DatabaseConnection &db, const QString &label, const QList<TableState> &expected, ErrorInfo *error);
    // Waits until the copy is on the disk and gives it its name (result.backupPath).
    bool complete(RunResult &result, ErrorInfo *error);
    // The name complete() will give the copy (empty: none started, or completed already): what a
    // history row written before the completion records (a path's first plan, PathRun).
    QString pendingPath() const { return m_pending ? m_pending->target() : QString(); }
    // The run did not commit: an unfinished copy is stopped, a finished one removed.
    void discard(RunResult &result);

private:
    RunContext &m_context;
    std::unique_ptr<SqliteBackup::Pending> m_pending;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

class DatabaseConnection;
class Plan;
class RunContext;
class RunOptions;
class RunResult;

// The rollback of a SQLite plan without rollback steps: the verified backup the apply took is
// put back in place of the database file. The run lock is the caller's; this opens and closes
// its own connections, since no connection may stay open on a file that is replaced.
//   1. Refused, nothing changed (Blocked): the plan's last run is not an apply, another plan ran
//      after it and was not rolled back (a restore would undo that too), the apply recorded no
//      backup or it is gone, the plan's tables differ from the apply's after-snapshot, or any
//      other table differs from the backup's or was added or dropped (what changed is named).
//   2. The backup verified: PRAGMA integrity_check, and its tables against the apply's
//      before-snapshot (failure: NeedsPerson, nothing changed).
//   3. With every connection closed and no -wal or hot -journal left beside the file (another
//      program would have the database open), the backup is copied to a temporary file in the
//      same folder, fsynced, the migrated file kept under a name of its own (a hard link), and
//      the copy renamed over the database — atomic: a crash leaves one or the other.
//   4. The proof: the restored tables equal the apply's before-snapshot; then the apply's row
//      (the backup predates it) and the rollback's row go into the restored history.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    BackupRestore(RunContext &context, const Plan &plan) : m_context(context), m_plan(plan) {}

    void rollback(RunResult &result);
    // A rollback along a path (PathRun) of plans newest first: false when it is refused before
    // anything changes (result: Blocked, and why). A plan without rollback steps goes back only by
    // restoring the backup of its apply (SQLite), which undoes whatever came after it too: so
    // only as the one plan rolled back. (Restoring the backup of the oldest plan of a range would
    // undo the whole range, if nothing changed since; not done.)
    static bool allowedAlongPath(const QList<const Plan *> &plans, const RunOptions &options, RunResult &result);
    // Why a rollback of plan, which has no rollback steps, is refused (sqlite: only its backup
    // can undo it; PostgreSQL: nothing can). One text for the path's check and the run's.
    static ErrorInfo noRollbackSteps(const Plan &plan, bool sqlite);

private:
    // Step 1 on its own connection, closed on return. False: result says why.
    bool readApply(RunResult &result, HistoryEntry *apply);
    // The tables the plan does not name, in the live database against the backup: what
    // differs, or was added or dropped since (a restore would undo it).
    std::optional<QStringList> othersChanged(DatabaseConnection &live, const HistoryEntry &apply, ErrorInfo *error);
    bool verifyBackup(const HistoryEntry &apply, RunResult &result);
    // Step 3; *kept: where the migrated file now is.
    bool replaceFile(const QString &backup, QString *kept, ErrorInfo *error);
    void proveAndRecord(const HistoryEntry &apply, const QDateTime &startedAt, RunResult &result);
    static QStringList tableNames(const QList<TableState> &states);

    RunContext &m_context;
    const Plan &m_plan;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backup/BackupPhase.h"
#include "history/HistoryEntry.h"
#include "project/RegistryChange.h"

#include <QList>
#include <memory>

class ForeignRegistry;
class Plan;

// The one transaction that the transactional plans of a path share (PathRun): the first plan
// BEGINs it, every plan takes its own locks, runs its checks, steps and validations and writes
// its own history row inside it, and the path alone COMMITs or rolls back the whole — so a
// failure in the third plan leaves the database at the version the path started from. With
// --commit-each each plan commits its part instead, and the path goes on from there. The
// path's one backup (SQLite) is taken before its first change and kept here.
class SharedTransaction
{
public:
    explicit SharedTransaction(RunContext &context) : backup(context) {}

    bool open = false;          // the path's BEGIN is open
    bool commitEachPlan = false; // each plan commits its own part (--commit-each)
    bool backupStarted = false;  // the path's backup is taken, or being taken
    BackupPhase backup;
    // The last history row written and its plan: what a COMMIT that lost its connection is
    // settled by (RunTransaction::commit).
    HistoryEntry lastEntry;
    const Plan *lastPlan = nullptr;
    // A foreign project's changes of this transaction, for a registry kept outside the
    // database: written once the path committed (RegistryRecorder::afterCommit).
    std::shared_ptr<const ForeignRegistry> registry;
    QList<RegistryChange> registryChanges;
};

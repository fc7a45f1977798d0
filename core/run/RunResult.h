// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "util/ErrorInfo.h"
#include "history/HistoryEntry.h"
#include "lock/LockHolder.h"
#include "run/RunAction.h"
#include "run/RunOutcome.h"
#include "snapshot/TableState.h"
#include "run/ValidationResult.h"

#include <QList>
#include <QStringList>
#include <vector>

class Plan;

// Everything a run found and did: what the headless mode prints, the wizard shows and a
// report carries. It never holds a password or a token (samples are masked).
class RunResult
{
public:
    RunAction action = RunAction::Check;
    RunOutcome outcome = RunOutcome::Failed;
    ErrorInfo error;
    QString database;   // the URL without password
    QString planId;
    QString planTitle;
    QString planChecksum;
    QString fromVersion;
    QString toVersion;
    QList<CheckResult> checks;
    QList<ValidationResult> validations;
    QList<TableState> tablesBefore;
    QList<TableState> tablesAfter;
    QStringList differences; // rollback verification, or what changed since the apply
    QStringList notes;       // things a person should know that are not errors
    QList<HistoryEntry> history; // --status
    LockHolder lockHolder;   // when Locked
    QString backupPath;
    QString operatorName;
    qint64 durationMs = 0;

    // A path's run: one result per plan of the path, in the order they ran (or would run).
    // This result is then the path's whole: from the database's version to the one reached,
    // every plan's checks (each CheckResult names its plan), the last counts. Empty for a run
    // of one plan named with --plan.
    std::vector<RunResult> path;
    // A part of a path that did not end as its outcome says: "rolled-back" (it ran, then the
    // path's transaction was rolled back with a later plan) or "skipped" (the path stopped
    // before it). Empty: resultWord().
    QString pathWord;
    // --status: the version the database is at now (empty: unknown) and the plans that would
    // take it to the latest.
    QString version;
    QStringList pending;

    int blockers() const;
    int warnings() const;     // failing warnings, accepted or not
    QStringList unacceptedWarnings() const; // ids of the failing warnings nobody accepted
    QString resultWord() const { return resultWordFor(outcome); }
    // One plan's part of this run (a path's), before it runs: the plan, its versions, and this
    // run's action, database and operator.
    RunResult partFor(const Plan &plan) const;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"
#include "run/RunAction.h"

#include <QCoreApplication>
#include <QDateTime>

class Plan;
class RunResult;

// The history row a successful apply or rollback leaves, whichever engine ran it: the plan
// and its versions in the direction of the run, who ran it where, the risks they accepted,
// the tables before and after and the backup. The engine writes it in its last transaction,
// so that the row exists exactly when the run committed.
class RunHistory
{
public:
    // What every row says of itself: the plan (its checksum and files), the action and outcome,
    // when, where, who and which assistant. The versions and the rest are the caller's.
    static HistoryEntry baseEntry(const Plan &plan, RunAction action, const QString &outcome,
                                  const QDateTime &startedAt, const QString &operatorName);
    static HistoryEntry entryFor(const Plan &plan, RunAction action, const QDateTime &startedAt,
                                 const RunResult &result);
    // Whether `last`, read by a fresh session, is the row `entry` this run tried to commit.
    static bool isSameRun(const HistoryEntry &last, const HistoryEntry &entry);
};

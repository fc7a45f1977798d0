// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "run/RunOutcome.h"

#include <QString>
#include <QStringList>

// How one target of a fleet ended: the words of the --json document's "result".
enum class FleetTargetState { Ok, NothingToDo, Blocked, Failed, Locked, Skipped, Interrupted };

inline QString fleetStateWord(FleetTargetState state)
{
    switch (state) {
    case FleetTargetState::Ok:
        return QStringLiteral("ok");
    case FleetTargetState::NothingToDo:
        return QStringLiteral("nothing-to-do");
    case FleetTargetState::Blocked:
        return QStringLiteral("blocked");
    case FleetTargetState::Failed:
        return QStringLiteral("failed");
    case FleetTargetState::Locked:
        return QStringLiteral("locked");
    case FleetTargetState::Skipped:
        return QStringLiteral("skipped");
    case FleetTargetState::Interrupted:
        return QStringLiteral("interrupted");
    }
    return {};
}

// What a fleet keeps of one target's run: a few words and numbers, never the whole RunResult
// (its checks, snapshots and history), so a fleet of thousands costs what its summaries do.
class FleetTargetResult
{
public:
    QString target;  // the URL without password
    QString label;
    QString stage;
    FleetTargetState state = FleetTargetState::Skipped;
    // The single run's outcome (what its exit code is made of); unset when it never ran.
    bool ran = false;
    RunOutcome outcome = RunOutcome::Ok;
    QString outcomeWord; // the single run's own "result" (rolled-back, ok …)
    QString fromVersion;
    QString toVersion;
    qint64 durationMs = 0;
    QString backupPath;
    QStringList acceptedRisks; // ids of the warnings accepted in this run
    QString message;           // why it did not do its job, in words; the lock's holder when locked
    // Blocked by warnings alone: their ids, for the interface's advice on how to accept them.
    QStringList unacceptedWarnings;
    // The checks in three numbers (a check's preview in the wizard's Fleet view shows them):
    // how many ran, how many blockers and warnings failed. The checks themselves are not kept.
    int checkCount = 0;
    int blockers = 0;
    int warnings = 0;
    // Every failing warning nobody accepted, whatever the outcome (a preview's, to ask for them).
    QStringList warningIds;

    static FleetTargetState stateFor(RunOutcome outcome);
    bool isFailure() const { return state == FleetTargetState::Blocked || state == FleetTargetState::Failed; }
};

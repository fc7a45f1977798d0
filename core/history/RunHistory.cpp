// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/RunHistory.h"

#include "plan/Plan.h"
#include "run/RunContext.h"
#include "run/RunResult.h"

#include <QSysInfo>

HistoryEntry RunHistory::baseEntry(const Plan &plan, RunAction action, const QString &outcome,
                                   const QDateTime &startedAt, const QString &operatorName)
{
    HistoryEntry entry;
    entry.planId = plan.id;
    entry.planChecksum = plan.checksum;
    entry.planFiles = plan.fileChecksums;
    entry.action = runActionName(action);
    entry.outcome = outcome;
    entry.startedAt = startedAt;
    entry.finishedAt = QDateTime::currentDateTimeUtc();
    entry.host = QSysInfo::machineHostName();
    entry.osUser = RunContext::osUser();
    entry.operatorName = operatorName;
    entry.appVersion = QStringLiteral(MA_VERSION);
    return entry;
}

HistoryEntry RunHistory::entryFor(const Plan &plan, RunAction action, const QDateTime &startedAt,
                                  const RunResult &result)
{
    const bool apply = action == RunAction::Apply;
    HistoryEntry entry = baseEntry(plan, action, apply ? QStringLiteral("applied") : QStringLiteral("rolled-back"),
                                   startedAt, result.operatorName);
    entry.fromVersion = apply ? plan.fromVersion : plan.toVersion;
    entry.toVersion = apply ? plan.toVersion : plan.fromVersion;
    for (const CheckResult &c : result.checks)
        if (c.accepted)
            entry.acceptedRisks.append(QJsonObject{{QStringLiteral("id"), c.id},
                                                   {QStringLiteral("value"), c.value},
                                                   {QStringLiteral("accepted_by"), c.acceptedBy}});
    entry.tablesBefore = result.tablesBefore;
    entry.tablesAfter = result.tablesAfter;
    entry.backupPath = result.backupPath;
    return entry;
}

bool RunHistory::isSameRun(const HistoryEntry &last, const HistoryEntry &entry)
{
    return last.action == entry.action && last.startedAt == entry.startedAt && last.host == entry.host
           && last.osUser == entry.osUser;
}

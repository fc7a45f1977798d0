// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "history/HistoryEntry.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QDateTime>
#include <optional>

class DatabaseConnection;
class Plan;
class RunResult;

// Whether a plan's apply was finalized: a "finalize" row in the history after the plan's
// latest apply. Its rollback would need what the finalize dropped (users_old), so both engines
// refuse it with who finalized it and when, before they change anything.
class FinalizedPlan
{
    Q_DECLARE_TR_FUNCTIONS(FinalizedPlan)

public:
    // The finalize row of `planId` in `entries` (oldest first) written after its latest apply.
    static std::optional<HistoryEntry> in(const QList<HistoryEntry> &entries, const QString &planId);
    // The same, read on `db`. nullopt with *error set when the history cannot be read.
    static std::optional<std::optional<HistoryEntry>> read(DatabaseConnection &db, const QString &planId,
                                                            ErrorInfo *error);
    // The refusal of a rollback: Blocked, nothing changed, who and when in the message.
    static void refuseRollback(const HistoryEntry &finalized, RunResult &result);
    // "on 2026-03-01 12:00 by anna (host)": who finalized it and when, for people.
    static QString byWhomAndWhen(const HistoryEntry &finalized);
    // The plan's apply that is in force (newest of its apply and rollback rows), if any;
    // `entries` oldest first.
    static std::optional<HistoryEntry> lastApply(const QList<HistoryEntry> &entries, const QString &planId);
    // When the plan's finalize is due: its apply in force plus keep_days. Nullopt when the plan
    // declares none, is not applied, or was finalized already. `entries` oldest first.
    static std::optional<QDateTime> dueAt(const Plan &plan, const QList<HistoryEntry> &entries);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/RegistryChange.h"
#include "run/RunAction.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

class DatabaseConnection;
class ForeignRegistry;
class Plan;
class RunResult;

// How a run tells a foreign project's registry what it did, for both engines' runs (one plan,
// a path's shared transaction): inside the transaction where the registry lives in the
// database, after the COMMIT where it lives beside it (Sqitch on SQLite).
class RegistryRecorder
{
    Q_DECLARE_TR_FUNCTIONS(RegistryRecorder)

public:
    static RegistryChange changeFor(const Plan &plan, RunAction action, const QDateTime &startedAt,
                                    const QString &operatorName);
    // Inside the open transaction, after the plan's validations: false (and *error) when the
    // registry could not be written, so the run rolls back rather than leave the tool wrong.
    static bool inTransaction(DatabaseConnection &db, const Plan &plan, const RegistryChange &change, ErrorInfo *error);
    // After the COMMIT: the database changed, so a registry that cannot follow is a person's
    // work (outcome NeedsPerson, with what to run), never a silent difference.
    static void afterCommit(DatabaseConnection &db, const ForeignRegistry &registry, const QList<RegistryChange> &changes,
                            RunResult &result);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class DatabaseConnection;
class DatabaseVersion;
class Plan;
class PlanCatalogue;
class RunResult;

// --status: where the database stands with a plan, read from its history (and, for a batched
// plan, from the checkpoints an interrupted run left). Reads only; takes no lock.
class PlanStatus
{
    Q_DECLARE_TR_FUNCTIONS(PlanStatus)

public:
    static void read(DatabaseConnection &db, const Plan &plan, RunResult &result);
    // The version the database is at now (empty: unknown) and the plans that would take it to
    // the catalogue's latest: RunResult::version and pending. False only when reading failed.
    static bool readVersion(DatabaseConnection &db, const PlanCatalogue &catalogue, RunResult &result);
    // --status of a path: the history, the version (where `version` found the database), the
    // plans pending to the latest, and where an interrupted plan of them stands.
    static void readPath(DatabaseConnection &db, const PlanCatalogue &catalogue, const DatabaseVersion &version,
                         const QList<const Plan *> &plans, RunResult &result);
    // Where an interrupted batched run of the plan stands, in words; empty when none is.
    static QString interruptedRun(DatabaseConnection &db, const Plan &plan);
};

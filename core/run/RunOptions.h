// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "run/RunAction.h"

#include <QString>
#include <memory>
#include <QStringList>

class Plan;
class PlanCatalogue;

// Everything a run needs to know, filled from the command line or from the wizard.
class RunOptions
{
public:
    RunAction action = RunAction::Check;
    ConnectionSpec connection;
    // The plan, loaded once by whoever made these options (PlanLoader): the checks a person saw,
    // the run and its history all use this value; the run reads no plan file of its own.
    // Null: the run works on the path from the database's version to `targetVersion` (empty:
    // the latest) through the catalogue. Set (--plan): exactly that one plan.
    std::shared_ptr<const Plan> plan;
    std::shared_ptr<const PlanCatalogue> catalogue; // every plan known, linked by versions (PlanCatalogue)
    QString targetVersion;        // --to: where the path stops; with rollback, back to where it goes
    bool commitEach = false;      // --commit-each: commit after each plan of a path
    QString baselineVersion;      // --baseline VERSION
    bool acceptAllWarnings = false; // --yes
    QStringList acceptedRisks;    // --accept-risk: ids of warnings to proceed past
    QString operatorName;         // --operator; empty: the OS user
    int waitLockSeconds = 0;      // --wait-lock
    QString lockFile;             // --lock-file; empty: the default place
    int chunkRows = 20000;        // rows per chunk of a chunked step: progress and cancel granularity
    int batchSize = 1000;         // --batch-size: rows per batch (one transaction each) of a batched step
    int batchPauseMs = 0;         // --batch-pause-ms: pause between batches, room for the application's writes
    QString keyFile;              // --key-file: the path only; the key itself is read when the run needs it
};

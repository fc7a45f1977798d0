// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/ConnectionSpec.h"
#include "run/RunAction.h"

#include <QString>
#include <memory>
#include <QStringList>

class Plan;

// Everything a run needs to know, filled from the command line or from the wizard.
class RunOptions
{
public:
    RunAction action = RunAction::Check;
    ConnectionSpec connection;
    // The plan, loaded once by whoever made these options (PlanLoader): the checks a person saw,
    // the run and its history all use this value; the run reads no plan file of its own.
    std::shared_ptr<const Plan> plan;
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

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfill/BatchSpec.h"
#include "db/DriverSql.h"

#include <QString>

// One step of a plan's migration or rollback: a script of one or more statements.
// A chunked step is a single statement holding {{chunk}} (or {{chunk:alias}}); the runner
// runs it once per range of the chunk table's rows, so progress shows rows and a cancel
// takes effect between chunks.
// A batched step (batch not empty) has no SQL: BatchedStepRunner walks the table in batches,
// each in its own transaction with its checkpoint (see BatchSpec).
class PlanStep
{
public:
    QString id;
    QString title;
    DriverSql sql;
    QString chunkTable; // empty: not chunked
    BatchSpec batch;    // empty: not batched
    // "outside_transaction": runs after the run's transaction committed, in autocommit, one
    // statement at a time (CREATE INDEX CONCURRENTLY, VACUUM …). What it does is not rolled
    // back with the rest: such a plan is not all-or-nothing (the warning outside-transaction).
    bool outsideTransaction = false;

    bool isBatched() const { return !batch.isEmpty(); }
};

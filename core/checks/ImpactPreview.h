// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "snapshot/CatalogueDiff.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class DatabaseConnection;
class Plan;
class PlanCheck;
class RunContext;

// What a plan without authored checks gets for free ("impact_preview": true; the plans of
// Sqitch, Flyway and golang-migrate projects): its steps rehearsed inside a savepoint of the
// caller's open transaction — never committed — between two catalogue snapshots, and what
// changed told as checks a person reads:
//   impact-rows    (info) rows before → after of each table the steps wrote;
//   impact-schema  (info) tables, columns, indexes and foreign keys added, dropped, renamed;
//   drops-data     (warning, accepted by id) tables and columns dropped with the rows and
//                  values they hold — passed when nothing that holds data is dropped.
// Cost: the catalogue is read twice (no table scan); COUNT(*) only for the tables the steps
// may have written (SQLite: SqliteWriteTracker; PostgreSQL: the transaction's statistics) and
// for dropped tables; non-NULL values only for the dropped columns, counted in the database as
// it was before (after the ROLLBACK TO SAVEPOINT), in one scan per table. The steps run twice
// in an apply (preview and run): the price of knowing before. A batched plan is not previewed.
class ImpactPreview
{
    Q_DECLARE_TR_FUNCTIONS(ImpactPreview)

public:
    // The checks above (a batched plan: one info saying it was not previewed). nullopt: the
    // preview could not run (error); when the plan's own steps failed, *stepsFailed says how
    // and error is empty — the database is as it was in both cases.
    static std::optional<QList<CheckResult>> run(RunContext &context, DatabaseConnection &db, const Plan &plan,
                                                 ErrorInfo *error, ErrorInfo *stepsFailed = nullptr);
    // The rehearsal and its counts alone (for run() and the tests).
    static std::optional<CatalogueDiff> rehearse(RunContext &context, DatabaseConnection &db, const Plan &plan,
                                                 ErrorInfo *error, ErrorInfo *stepsFailed = nullptr);
    static QList<CheckResult> results(const Plan &plan, const CatalogueDiff &diff);
    // The check of how a plan without rollback steps goes back: SQLite restores the backup of
    // the apply (info rollback-by-restore); on PostgreSQL it cannot (warning no-rollback).
    // Nothing for a plan with rollback steps.
    static std::optional<CheckResult> rollbackCheck(const Plan &plan, bool sqlite);
    // What a run adds to the plan's own checks: the preview (unless a blocker already stops the
    // run; a failed rehearsal is a blocker of --check, and fails an apply before anything
    // changed) and the rollback check. False (and *error) when it could not run.
    static bool addChecks(RunContext &context, DatabaseConnection &db, const Plan &plan, QList<CheckResult> &checks,
                          bool applying, ErrorInfo *error);
    // The warnings above that --accept-risk may name for this plan, as if the plan declared them.
    static const PlanCheck *implicitWarning(const Plan &plan, const QString &id);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "db/DriverSql.h"
#include "plan/PlanCheck.h"
#include "plan/PlanFinalize.h"
#include "plan/PlanStep.h"
#include "plan/PlanValidation.h"
#include "project/ProjectKind.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <memory>

class ForeignRegistry;

// A migration plan: data, not code. Loaded by PlanLoader from a folder holding
// plan.json and its SQL files (built-in plans are compiled in as Qt resources).
class Plan
{
public:
    QString id;
    QString title;
    QString description;
    QString fromVersion;
    QString toVersion;
    QString origin;   // "built-in" or the folder it was loaded from
    QString checksum; // "sha256-lf:<hex>" over the manifest and every SQL file it names (PlanChecksum)
    QString legacyChecksum; // plain hex over the raw bytes, as earlier versions wrote it into the history
    QString folder;   // where its files were read: a folder on disk, or :/plans/<id> for a built-in
    QMap<QString, QString> fileChecksums; // "plan.json" and each SQL file it names → "sha256-lf:<hex>"
    // "accepted_checksums": earlier published checksums of this plan that count as this plan
    // (a comment fixed in a later release must not make every applied database look changed).
    QStringList acceptedChecksums;

    QStringList tablesBefore; // the source version's tables: snapshot before, verified after rollback
    QStringList tablesAfter;  // the target version's tables: snapshot after apply
    QStringList lockTables;   // locked against writers for the run (PostgreSQL)
    QStringList maskedColumns; // shown as •••• in samples and reports
    QHash<QString, qint64> minimumServerVersion; // per driver, e.g. postgresql → 150000
    // psql variables for the scripts (:name, :'name', :"name"): plan.json's "variables", or
    // what another tool's project sets (Sqitch's deploy variables); a script's \set overrides.
    QHash<QString, QString> variables;
    bool needsKey = false;    // "needs_key": apply and rollback need --key-file (the wizard asks for one)

    // Named queries whose columns several checks or validations read ("users-facts.gmail"):
    // one scan of a large table answers many questions.
    QHash<QString, DriverSql> queries;

    DriverSql detectSource; // yields 1 when the database is at fromVersion
    DriverSql detectTarget; // yields 1 when the database is at toVersion

    QList<PlanCheck> checks;
    QList<PlanStep> steps;
    QList<PlanValidation> validations;
    QList<PlanStep> rollbackSteps;
    QList<PlanValidation> rollbackValidations;
    PlanFinalize finalize; // "finalize": what --finalize drops once the keep period is over

    // A change of a migration project written for another tool (project/MigrationProject):
    // which tool, and its registry, written with every apply and rollback of this plan.
    // PlanFolder and null for the assistant's own plans.
    ProjectKind projectKind = ProjectKind::PlanFolder;
    std::shared_ptr<const ForeignRegistry> registry;
    // Other names --to accepts for toVersion (a Sqitch tag on this change: "v1.0.0", "@v1.0.0").
    QStringList toVersionAliases;

    bool supportsDriver(const QString &driver) const;
    // A plan with a batched step runs batch by batch (BatchedRun), not in one transaction.
    bool isBatched() const;
    // Does a step of the migration run outside its transaction ("outside_transaction")?
    bool hasStepsOutsideTransaction() const;
    // A check of the plan by id; also the engine's warning outside-transaction for a plan with
    // steps outside the transaction, so that it is accepted by id like the plan's own.
    const PlanCheck *check(const QString &checkId) const;
    static QString outsideTransactionCheckId();
};

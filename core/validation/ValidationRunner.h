// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "run/ValidationResult.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class DatabaseConnection;
class Plan;
class PlanValidation;
class RunContext;
class RunResult;

// Runs a plan's validations after its steps (or its rollback's), in whatever transaction the
// engine has open: every kind the plan loader accepts — a query of the validation's own, or a
// column of one of the plan's shared queries ("value": "query.column") — compared with a
// constant, a minimum or the value a pre-migration check found; or a verify script that must
// run without an error ("expect": "succeeds"). Both engines run theirs here,
// so a validation a plan can declare is never skipped by one of them.
class ValidationRunner
{
    Q_DECLARE_TR_FUNCTIONS(ValidationRunner)

public:
    enum class Outcome { Passed, Failed, CouldNotRun };

    // `checks`: the results of the run's checks, for validations that must equal one of them.
    ValidationRunner(RunContext &context, const Plan &plan, const QList<CheckResult> &checks);

    // Appends each validation's result to result.validations. Failed: `failures` holds one line
    // a failed validation (title, found, expected); CouldNotRun: `error` says why.
    Outcome run(DatabaseConnection &db, const QList<PlanValidation> &validations, RunResult &result,
                QStringList *failures, ErrorInfo *error);

private:
    // A script that must succeed ("expect": "succeeds"): passed, or failed with `failure` (its
    // file, line and the database's error); nullopt and `error` when it could not run at all.
    std::optional<ValidationResult> runScript(DatabaseConnection &db, const PlanValidation &v, QString *failure,
                                              ErrorInfo *error);

    RunContext &m_context;
    const Plan &m_plan;
    const QList<CheckResult> &m_checks;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "checks/CheckResult.h"
#include "path/DatabaseVersion.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <memory>
#include <optional>

class DatabaseConnection;
class Plan;
class RunContext;
class RunLock;
class RunResult;
class SharedTransaction;

// A run without --plan: from the version the database is at to the latest (or --to), through
// the catalogue's plans (../shared/spec/cli.md, "Versions and paths").
//   - check: every plan's checks; the first against the database as it is, each later one
//     inside a rehearsal of the plans before it, all rolled back — every risk of the path is
//     shown before anything changes;
//   - apply and rehearse: the transactional plans in ONE transaction (SharedTransaction), each
//     with its checks, steps, validations and history row; a batched plan after the plans
//     before it have committed; --commit-each commits after each plan;
//   - rollback: the last applied plan, or back to --to, newest first, in one transaction where
//     the plans allow;
//   - status: the version, the pending plans and the history.
// A version no plan knows, one newer than every plan, or a plan needing input that was not
// given stops the run before anything changes (Blocked).
class PathRun
{
    Q_DECLARE_TR_FUNCTIONS(PathRun)

public:
    explicit PathRun(RunContext &context);

    // Fills result (whose database and operator are set), taking the run lock when it changes
    // anything.
    void run(RunResult &result);

private:
    struct Route
    {
        DatabaseVersion version;
        QList<const Plan *> plans; // in the order they run (a rollback's: newest first)
        QString target;            // the version the path ends at
    };

    bool changes() const;
    // Opens `db`; false: result says why.
    bool open(DatabaseConnection &db, bool write, RunResult &result);
    // Where the database is and the plans from there; nullopt: result says why the run ends.
    std::optional<Route> route(DatabaseConnection &db, RunResult &result);
    // Checks that need no connection: the warnings accepted, the inputs the plans need.
    bool inputsGiven(const Route &route, RunResult &result);

    void status(DatabaseConnection &db, const Route &route, RunResult &result);
    void check(DatabaseConnection &db, const Route &route, RunResult &result);
    // Apply, rehearse or rollback: the plans one after the other, sharing one transaction
    // where they can.
    void walk(DatabaseConnection &db, const Route &route, RunResult &result);

    // The COMMIT of the transactional plans run so far (the path's backup completed first).
    bool commitShared(DatabaseConnection &db, SharedTransaction &shared, RunResult &result);
    // The parts' checks, counts, notes and outcome gathered into the path's result.
    void gather(const Route &route, RunResult &result) const;

    RunContext &m_context;
    const std::shared_ptr<const class PlanCatalogue> m_catalogue;
    // A check's blockers for input a plan needs and was not given (--key-file), by plan.
    QHash<const Plan *, CheckResult> m_missingInput;
};

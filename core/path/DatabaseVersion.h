// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class DatabaseConnection;
class DriverSql;
class Plan;
class PlanCatalogue;

// The version a database is at, and how that is known: from the assistant's history first
// (the last apply or rollback of a plan says where it left the database, or a baseline that
// recorded a database made outside the assistant; a finalize does not move it), else from the
// plans' detect queries, else unknown. What people need beside the version is said too: a
// history that names a version no plan here knows (a newer assistant is needed), and a schema
// that does not match what the history says (drift).
class DatabaseVersion
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseVersion)

public:
    enum class Source {
        History,  // the last apply, rollback or baseline recorded in migration_assistant_history
        Detected, // no history: a plan's detect query recognised the schema
        Registry, // a foreign project's plans: what its own tool's registry records (Sqitch, Flyway, golang-migrate)
        Unknown,  // neither
    };

    Source source = Source::Unknown;
    QString version;     // empty when unknown
    bool newerThanKnown = false; // the version is past the newest plan of the catalogue
    QString lastPlanId;  // the plan of the history entry that decided it
    QString lastAction;  // that entry's action: "apply", "rollback" or "baseline"
    QStringList drift;   // what differs between the history and the schema, in words
    QString registryTool;    // Source::Registry: the tool whose registry said it ("Sqitch")
    QString registryProblem; // the registry is left half done (dirty): what happened and what to do

    bool isKnown() const { return !version.isEmpty() && !newerThanKnown && registryProblem.isEmpty(); }
    // One sentence for people: "The database is at v2 (from its history)."
    QString describe() const;
    // Why no path can start here, or empty: unknown, or newer than every plan.
    QString blocker(const QString &latestKnown) const;

    // Reads it on `db` (the caller's connection, in its thread) for the catalogue's chain of
    // db's driver. Only query failures are errors; an unknown version is a value.
    // Whether a detect query recognises the schema on `db`; nullopt (and *error) when the query
    // failed. The one way a detect query is asked: the detection, the drift check, a baseline.
    static std::optional<bool> recognises(DatabaseConnection &db, const DriverSql &query, ErrorInfo *error);

    static std::optional<DatabaseVersion> locate(DatabaseConnection &db, const PlanCatalogue &catalogue,
                                                 ErrorInfo *error);

private:
    static std::optional<DatabaseVersion> fromRegistry(DatabaseConnection &db, const QList<const Plan *> &chain,
                                                       ErrorInfo *error);
};

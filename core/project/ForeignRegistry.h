// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/RegistryChange.h"
#include "project/RegistryState.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

class DatabaseConnection;

// The registry a migration tool keeps of what it applied: Sqitch's (the sqitch schema on
// PostgreSQL, sqitch.db beside a SQLite database), flyway_schema_history, golang-migrate's
// schema_migrations. Read to know the database's version; written by every apply and rollback
// so the tool agrees with the assistant afterwards. One object per loaded project, shared by its
// plans (Plan::registry) and immutable: whatever it needs per change it was given by its loader.
// Called only on the run's own connection, in the run's thread.
class ForeignRegistry
{
public:
    virtual ~ForeignRegistry() = default;

    virtual QString toolName() const = 0; // "Sqitch"
    // Where it lives, for people: "the sqitch schema", "sqitch.db beside the database".
    virtual QString whereText(const DatabaseConnection &db) const = 0;
    // What the registry says now. A missing registry is a value (present = false), not an error.
    virtual std::optional<RegistryState> read(DatabaseConnection &db, ErrorInfo *error) const = 0;
    // Writes the change inside the run's open transaction on `db` (so it commits or rolls back with
    // the run). Called after the plan's validations passed, before its history row. Registries
    // kept outside the database do nothing here and write in recordAfterCommit.
    virtual bool record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const = 0;
    // Called once after the run's COMMIT, with every change of the run in order, for a registry
    // kept outside the database (Sqitch on SQLite: its own file). Default: nothing to do.
    virtual bool recordAfterCommit(DatabaseConnection &db, const QList<RegistryChange> &changes,
                                   ErrorInfo *error) const
    {
        Q_UNUSED(db);
        Q_UNUSED(changes);
        Q_UNUSED(error);
        return true;
    }
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/SqitchPlanFile.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class DatabaseConnection;

// The rows Sqitch 1.3 writes into its registry (App::Sqitch::Role::DBIEngine, Engine/pg.pm),
// on an open connection inside a transaction someone else owns: the registry created on first
// use with its release row, the project, and per change deployed its changes, dependencies,
// tags and `deploy` event rows, per change reverted the rows deleted and a `revert` event.
// PostgreSQL: the registry schema of the run's own database; SQLite: the registry file opened
// on a connection of its own (SqitchRegistry says why).
class SqitchRegistryWriter
{
    Q_DECLARE_TR_FUNCTIONS(SqitchRegistryWriter)

public:
    static QString registryRelease() { return QStringLiteral("1.1"); } // Engine.pm's registry_release

    SqitchRegistryWriter(DatabaseConnection &db, const QString &schema, const SqitchPlanFile &plan,
                         const QStringList &scriptHashes);

    // A table of the registry: "sqitch".changes on PostgreSQL, changes in the SQLite file.
    QString table(const QString &name) const;
    bool exists(ErrorInfo *error) const;
    // Creates the registry exactly as `sqitch deploy` does when there is none (the DDL Sqitch
    // ships, its release row); refuses a registry of another release (sqitch upgrade first).
    bool ensure(const QString &name, const QString &email, ErrorInfo *error) const;
    bool registerProject(const QString &name, const QString &email, ErrorInfo *error) const;
    // Sqitch's checks before a deploy: the change is not deployed yet, every requirement of
    // another project is, no conflict is. `earlier`: changes of this project deployed
    // before it in this run and not yet in the registry (SQLite's registry is written after
    // the COMMIT).
    bool checkDeploy(int index, int earlier, ErrorInfo *error) const;
    // `committedAt`: SQLite's "YYYY-MM-DD HH:MM:SS.fff" (each change strictly later than the
    // one before, so sqitch's ORDER BY committed_at finds the last); PostgreSQL uses clock_timestamp().
    bool deploy(int index, const QString &name, const QString &email, const QString &committedAt, ErrorInfo *error) const;
    bool revert(int index, const QString &name, const QString &email, const QString &committedAt, ErrorInfo *error) const;

private:
    bool pg() const;
    QString ts(const QString &committedAt, QVariantList *values) const;
    QString plannedAt(const QDateTime &utc) const;
    // The change id a requirement resolves to in the registry, or empty.
    QString registered(const SqitchDependency &dependency, ErrorInfo *error) const;

    DatabaseConnection &m_db;
    QString m_schema;
    const SqitchPlanFile &m_plan;
    const QStringList &m_scriptHashes;
};

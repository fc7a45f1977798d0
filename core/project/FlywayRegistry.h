// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/FlywayMigrations.h"
#include "project/ForeignRegistry.h"

#include <memory>

// Flyway's schema history table (flyway_schema_history, or flyway.table) in the session's
// schema, laid out exactly as Flyway creates it for PostgreSQL and for SQLite, so that
// `flyway info` and `flyway migrate` agree with the assistant afterwards:
//   installed_rank INT (primary key "<table>_pk" on PostgreSQL), version VARCHAR(50),
//   description VARCHAR(200), type VARCHAR(20), script VARCHAR(1000), checksum INT,
//   installed_by VARCHAR(100), installed_on TIMESTAMP DEFAULT now() (SQLite: TEXT, strftime),
//   execution_time INT, success BOOLEAN, and the index "<table>_s_idx" on success.
// An apply adds a row of type SQL; a rollback adds an UNDO_SQL row naming the undo script, as
// Flyway Teams' undo does. A row with success = false (a migration Flyway left failed) makes the
// database dirty until someone runs `flyway repair`.
class FlywayRegistry : public ForeignRegistry
{
    Q_DECLARE_TR_FUNCTIONS(FlywayRegistry)

public:
    explicit FlywayRegistry(std::shared_ptr<const FlywayMigrations> migrations);

    QString toolName() const override { return QStringLiteral("Flyway"); }
    QString whereText(const DatabaseConnection &db) const override;
    std::optional<RegistryState> read(DatabaseConnection &db, ErrorInfo *error) const override;
    bool record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const override;

    // The statements that create the table and its index, as Flyway runs them for this driver.
    QStringList createStatements(const DatabaseConnection &db) const;

private:
    bool ensureTable(DatabaseConnection &db, ErrorInfo *error) const;
    bool insertRow(DatabaseConnection &db, const QVariant &version, const QString &description, const QString &type,
                   const QString &script, qint32 checksum, const RegistryChange &change, ErrorInfo *error) const;
    // The newest successful checksum of each repeatable migration, by description.
    QHash<QString, qint32> repeatableChecksums(DatabaseConnection &db, ErrorInfo *error) const;

    std::shared_ptr<const FlywayMigrations> m_migrations;
};

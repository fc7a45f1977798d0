// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "project/ForeignRegistry.h"
#include "project/MigrateMigration.h"

#include <QList>

// golang-migrate's schema_migrations in the session's schema, exactly as its drivers create it:
// PostgreSQL `(version bigint not null primary key, dirty boolean not null)`, SQLite
// `(version uint64,dirty bool)` with the unique index version_unique. One row: the version the
// database is at and whether a run failed in it. Written as golang-migrate's SetVersion writes it
// (the table emptied, the new version inserted with dirty = false), but inside the run's own
// transaction — DELETE rather than its TRUNCATE, the same rows without TRUNCATE's table lock.
// Rolling back the first migration leaves the table empty (golang-migrate's nil version).
class MigrateRegistry : public ForeignRegistry
{
    Q_DECLARE_TR_FUNCTIONS(MigrateRegistry)

public:
    explicit MigrateRegistry(QList<MigrateMigration> migrations);

    QString toolName() const override { return QStringLiteral("golang-migrate"); }
    QString whereText(const DatabaseConnection &db) const override;
    std::optional<RegistryState> read(DatabaseConnection &db, ErrorInfo *error) const override;
    bool record(DatabaseConnection &db, const RegistryChange &change, ErrorInfo *error) const override;

    static QString table() { return QStringLiteral("schema_migrations"); }
    QStringList createStatements(const DatabaseConnection &db) const;

private:
    QList<MigrateMigration> m_migrations;
};

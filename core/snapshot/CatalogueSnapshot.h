// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/CatalogueTable.h"
#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class DatabaseConnection;

// Every table of the database at one moment, as the catalogue describes it: SQLite through
// sqlite_master and its table-valued pragmas, PostgreSQL through pg_catalog for the session's
// schemas. A handful of catalogue queries whatever the number of tables, and no table scan —
// cheap enough to take before and after a rehearsal of a plan's steps (ImpactPreview).
// Registries are left out: the assistant's own tables (migration_assistant_*), those of Sqitch
// (schema sqitch), Flyway (flyway_schema_history) and golang-migrate (schema_migrations), and
// SQLite's internal ones (sqlite_*) — they change with every run and say nothing of the data.
class CatalogueSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueSnapshot)

public:
    QList<CatalogueTable> tables; // by schema, then name

    static std::optional<CatalogueSnapshot> take(DatabaseConnection &db, ErrorInfo *error);
    const CatalogueTable *table(const QString &name) const;
    const CatalogueTable *byRelation(qint64 relation) const;
    static bool isRegistry(const QString &schema, const QString &table);
};

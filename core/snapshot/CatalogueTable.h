// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

// One table of a catalogue snapshot (CatalogueSnapshot): its shape as a person names it —
// columns, indexes ("name (columns)") and foreign keys ("(columns) REFERENCES table(columns)")
// — and what tells a later snapshot whether the rows may have changed. No rows are counted
// here: counting is left to the impact preview, for the few tables that need it.
class CatalogueTable
{
public:
    QString schema; // PostgreSQL: the namespace; SQLite: empty
    QString name;
    qint64 relation = 0; // SQLite: the b-tree's root page; PostgreSQL: the oid (both survive a rename)
    qint64 storage = 0;  // PostgreSQL: relfilenode (TRUNCATE and rewrites change it)
    qint64 writes = -1;  // PostgreSQL: rows inserted, updated, deleted by this transaction; -1: unknown
    QStringList columns; // in their order
    QStringList indexes;
    QStringList foreignKeys;

    // The quoted name for SQL (schema-qualified on PostgreSQL).
    QString sqlName() const;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "snapshot/CatalogueSnapshot.h"

#include <QList>
#include <QString>
#include <QStringList>

// What changed between two catalogue snapshots: tables, columns, indexes and foreign keys
// added and removed, and the tables whose rows may have changed. A table is followed through a
// rename by its relation (root page, oid). The counts (-1 until known) are the caller's to fill:
// they need the database before and after, which only the rehearsal has (ImpactPreview).
class CatalogueDiff
{
public:
    class Change
    {
    public:
        QString table;
        QString object;    // the column, index or foreign key; empty for a table or its rows
        qint64 before = -1; // rows before, or the non-NULL values a dropped column holds
        qint64 after = -1;  // rows after
    };

    QList<Change> rows;          // tables before and after that the steps may have written (object: the old name of a renamed one)
    QList<Change> tablesAdded;   // after: their rows
    QList<Change> tablesDropped; // before: their rows
    QList<Change> tablesRenamed; // object: the new name
    QList<Change> columnsAdded;
    QList<Change> columnsDropped; // before: the non-NULL values the column holds
    QList<Change> indexesAdded;
    QList<Change> indexesDropped;
    QList<Change> foreignKeysAdded;
    QList<Change> foreignKeysDropped;

    // `written`: may the steps have written this table of `after`? (the write tracker, the
    // transaction's statistics)
    template <typename Written>
    static CatalogueDiff between(const CatalogueSnapshot &before, const CatalogueSnapshot &after, Written written)
    {
        CatalogueDiff diff;
        diff.compare(before, after);
        for (const CatalogueTable &t : after.tables) {
            const CatalogueTable *old = diff.earlier(before, t);
            if (old && written(*old, t))
                diff.rows << Change{t.name, old->name == t.name ? QString() : old->name, -1, -1};
        }
        return diff;
    }

    bool isEmpty() const;
    qint64 schemaChanges() const;
    // Rows and values the dropped tables and columns held.
    qint64 droppedData() const;

private:
    void compare(const CatalogueSnapshot &before, const CatalogueSnapshot &after);
    // The table of `before` that `t` of after is: by name, else by relation (a rename).
    static const CatalogueTable *earlier(const CatalogueSnapshot &before, const CatalogueTable &t);
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/CatalogueDiff.h"

namespace {

void listDifference(const QString &table, const QStringList &before, const QStringList &after,
                    QList<CatalogueDiff::Change> &added, QList<CatalogueDiff::Change> &dropped)
{
    for (const QString &a : after)
        if (!before.contains(a))
            added << CatalogueDiff::Change{table, a, -1, -1};
    for (const QString &b : before)
        if (!after.contains(b))
            dropped << CatalogueDiff::Change{table, b, -1, -1};
}

} // namespace

const CatalogueTable *CatalogueDiff::earlier(const CatalogueSnapshot &before, const CatalogueTable &t)
{
    if (const CatalogueTable *same = before.table(t.name))
        return same;
    const CatalogueTable *renamed = before.byRelation(t.relation);
    return renamed; // nullptr: a new table
}

void CatalogueDiff::compare(const CatalogueSnapshot &before, const CatalogueSnapshot &after)
{
    QList<const CatalogueTable *> kept; // tables of before that are still there, under any name
    for (const CatalogueTable &t : after.tables) {
        const CatalogueTable *old = earlier(before, t);
        // A relation reused by a new table of another name is not a rename when the old name is still there.
        if (old && old->name != t.name && after.table(old->name))
            old = nullptr;
        if (!old) {
            tablesAdded << Change{t.name, {}, -1, -1};
            // A new table's keys are as much a part of the new schema as another's.
            for (const QString &index : t.indexes)
                indexesAdded << Change{t.name, index, -1, -1};
            for (const QString &key : t.foreignKeys)
                foreignKeysAdded << Change{t.name, key, -1, -1};
            continue;
        }
        kept << old;
        if (old->name != t.name)
            tablesRenamed << Change{old->name, t.name, -1, -1};
        listDifference(t.name, old->columns, t.columns, columnsAdded, columnsDropped);
        listDifference(t.name, old->indexes, t.indexes, indexesAdded, indexesDropped);
        listDifference(t.name, old->foreignKeys, t.foreignKeys, foreignKeysAdded, foreignKeysDropped);
    }
    for (const CatalogueTable &t : before.tables)
        if (!kept.contains(&t))
            tablesDropped << Change{t.name, {}, -1, -1};
    // A dropped column is named in the table as it was before (its values are counted there).
    for (Change &c : columnsDropped)
        for (const Change &r : std::as_const(tablesRenamed))
            if (r.object == c.table)
                c.table = r.table;
}

bool CatalogueDiff::isEmpty() const
{
    return schemaChanges() == 0 && std::all_of(rows.begin(), rows.end(), [](const Change &c) { return c.before == c.after; });
}

qint64 CatalogueDiff::schemaChanges() const
{
    return tablesAdded.size() + tablesDropped.size() + tablesRenamed.size() + columnsAdded.size()
           + columnsDropped.size() + indexesAdded.size() + indexesDropped.size() + foreignKeysAdded.size()
           + foreignKeysDropped.size();
}

qint64 CatalogueDiff::droppedData() const
{
    qint64 total = 0;
    for (const Change &c : tablesDropped)
        total += qMax<qint64>(0, c.before);
    for (const Change &c : columnsDropped)
        total += qMax<qint64>(0, c.before);
    return total;
}

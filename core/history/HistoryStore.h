// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"
#include "history/HistoryEntry.h"

#include <QList>
#include <optional>

class DatabaseConnection;

// The table migration_assistant_history in the migrated database. Rows are written inside
// the run's own transaction, so a run that does not commit leaves no trace here either.
class HistoryStore
{
public:
    explicit HistoryStore(DatabaseConnection &db) : m_db(db) {}

    static QString tableName() { return QStringLiteral("migration_assistant_history"); }

    bool exists(ErrorInfo *error) const;
    // Creates the table, or adds the columns a table of an earlier version lacks (ALTER TABLE):
    // call it inside the run's transaction, before writing.
    bool ensureTable(ErrorInfo *error);
    // All entries, oldest first; for one plan when planId is given. Empty when no table.
    std::optional<QList<HistoryEntry>> entries(const QString &planId, ErrorInfo *error) const;
    // The plan's latest apply or rollback, if any: the row that says where a run of the plan
    // left the database. Baseline and finalize rows are in entries(), not here.
    std::optional<HistoryEntry> last(const QString &planId, ErrorInfo *error) const;
    bool append(HistoryEntry &entry, ErrorInfo *error);
    // The row's tables after, taken again: an apply whose steps outside the transaction ran
    // after its COMMIT records the tables as those steps left them (OutsideTransactionSteps).
    bool replaceTablesAfter(qint64 id, const QList<TableState> &tables, ErrorInfo *error);

private:
    bool hasColumn(const QString &column, ErrorInfo *error) const;

    DatabaseConnection &m_db;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "backfill/Checkpoint.h"
#include "util/ErrorInfo.h"

#include <QHash>
#include <optional>

class DatabaseConnection;

// The table migration_assistant_checkpoints in the migrated database: where a batched run
// (BatchedRun) stands, one row per plan, action and step. Every save() belongs to the
// caller's open transaction (the batch's own), so a killed or cancelled run resumes exactly
// after its last committed batch. A run that finishes clears its rows in the transaction that
// writes its history row, and drops the table once it is empty: a database that is not in
// the middle of a batched run holds no trace of one.
class CheckpointStore
{
public:
    explicit CheckpointStore(DatabaseConnection &db) : m_db(db) {}

    static QString tableName() { return QStringLiteral("migration_assistant_checkpoints"); }

    bool ensureTable(ErrorInfo *error);
    // step id → checkpoint; empty when the table or the rows are not there.
    std::optional<QHash<QString, Checkpoint>> load(const QString &planId, const QString &action, ErrorInfo *error);
    bool save(const QString &planId, const QString &action, const Checkpoint &checkpoint, ErrorInfo *error);
    // Removes the rows of (plan, action); drops the table when no row is left.
    bool clear(const QString &planId, const QString &action, ErrorInfo *error);

private:
    DatabaseConnection &m_db;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "util/ErrorInfo.h"
#include "snapshot/TableState.h"

#include <QJsonArray>
#include <QList>
#include <QStringList>
#include <optional>

class DatabaseConnection;
class SqliteWriteTracker;

// Takes TableStates of a list of tables, at the engine's speed (the checksum is one SQL
// aggregate per table), and compares two lists of them in words a person can read.
class TableSnapshot
{
    Q_DECLARE_TR_FUNCTIONS(TableSnapshot)

public:
    // `earlier`: states taken before in the same transaction. On PostgreSQL a table that is
    // the same relation with the same storage and shape, and that this transaction has not
    // written to (pg_stat_xact_user_tables), keeps its earlier count and checksum. On SQLite
    // the same, with the same root page, when `writes` says nothing wrote that b-tree.
    static std::optional<QList<TableState>> take(DatabaseConnection &db, const QStringList &tables,
                                                 ErrorInfo *error, const QList<TableState> &earlier = {},
                                                 const SqliteWriteTracker *writes = nullptr);
    // Sentences naming every difference ("users: 10 000 rows before, 9 999 now"); empty when equal.
    static QStringList differences(const QList<TableState> &expected, const QList<TableState> &actual);
    static QJsonArray toJson(const QList<TableState> &states);
    static QList<TableState> fromJson(const QJsonArray &array);
};

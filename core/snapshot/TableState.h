// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

// One table at one moment: how many rows, a checksum of their content (independent of row
// order), and a fingerprint of its shape (columns, keys, foreign keys, unique indexes).
// Kept in the history before and after a run, so a rollback can prove it restored exactly.
class TableState
{
public:
    QString table;
    qint64 rows = 0;
    QString checksum;
    QString schema;
    // Not kept in the history: which relation (PostgreSQL: its oid; SQLite: its root page) and
    // which storage file (PostgreSQL) the state was read from, so that a later snapshot in the
    // same transaction can tell the table is untouched and reuse the checksum instead of
    // reading every row again.
    quint32 relation = 0;
    quint32 storage = 0;

    bool operator==(const TableState &other) const
    {
        return table == other.table && rows == other.rows && checksum == other.checksum && schema == other.schema;
    }
    QJsonObject toJson() const;
    static TableState fromJson(const QJsonObject &object);
};

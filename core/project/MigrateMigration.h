// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

// One golang-migrate migration as schema_migrations knows it: its number, and the number the
// database is at once it is rolled back (none before the first migration: the table is empty).
class MigrateMigration
{
public:
    QString planId;   // "3_add_orders"
    quint64 version = 0;
    std::optional<quint64> previous;
    bool hasDown = false; // without a down script a rollback undoes nothing, and is refused
};

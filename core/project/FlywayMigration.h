// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

// One Flyway migration as flyway_schema_history knows it: what FlywayProjectReader found in a
// file name and its bytes, and what FlywayRegistry writes for it.
class FlywayMigration
{
public:
    QString planId;      // the Plan::id of its plan (the file name without .sql)
    QString version;     // FlywayVersion::text(): "1.1"; empty for a repeatable migration
    QString description; // from the file name, `_` → space: "add users"
    QString script;      // the path relative to the project folder, as Flyway writes it: "V1_1__add_users.sql"
    qint32 checksum = 0; // FlywayChecksum of the file
    // The undo migration U<version>__….sql of a versioned one (Flyway Teams); empty when none.
    QString undoScript;
    QString undoDescription;
    qint32 undoChecksum = 0;
};

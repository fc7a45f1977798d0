// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/ErrorInfo.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// What a Flyway project's flyway.conf (Java properties: flyway.placeholders.name=value) or
// flyway.toml ([flyway.placeholders] name = "value", [flyway] table = "…",
// [environments.default] url/user/schemas) says that the assistant uses: the placeholders,
// the history table's name, and what the built-in placeholders ${flyway:…} need. Keys that
// change what a migration is (sqlMigrationPrefix, locations, …) are not followed: notes say so.
class FlywayConfig
{
    Q_DECLARE_TR_FUNCTIONS(FlywayConfig)

public:
    QMap<QString, QString> placeholders; // names in lower case: Flyway matches them case-insensitively
    bool placeholderReplacement = true;  // flyway.placeholderReplacement=false: scripts run as written
    QString table = QStringLiteral("flyway_schema_history");
    QString defaultSchema; // flyway.defaultSchema, else the first of flyway.schemas (may be empty)
    QString user;          // flyway.user
    QString database;      // the database named in flyway.url (may be empty)
    QString urlDriver;     // "postgresql" or "sqlite" when flyway.url names one
    QString installedBy;   // flyway.installedBy
    QStringList notes;     // keys present but not followed, with what that means

    // Reads folder/flyway.conf or folder/flyway.toml (neither: the defaults). nullopt on a line
    // neither format allows, naming file and line.
    static std::optional<FlywayConfig> read(const QString &folder, ErrorInfo *error);

    // The script with every ${name} replaced for `driver` ("sqlite" or "postgresql"): the
    // configured placeholders and Flyway's built-ins ${flyway:defaultSchema} (the run's schema:
    // {{schema}} or, between single quotes, {{schema_literal}} on PostgreSQL; "main" on SQLite),
    // ${flyway:user}, ${flyway:database} (from flyway.conf), ${flyway:timestamp} (when the
    // project was read), ${flyway:filename}, ${flyway:table}. nullopt for an unknown one, with
    // its line in *faultLine (Flyway refuses such a script too). `fileName` is the script's path.
    std::optional<QString> substitute(const QString &script, const QString &fileName, const QString &driver,
                                      ErrorInfo *error, int *faultLine = nullptr) const;

private:
    bool take(const QString &key, const QString &value);
    QString timestamp;
};

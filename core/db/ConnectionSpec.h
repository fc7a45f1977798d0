// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "util/ErrorInfo.h"

#include <QString>
#include <optional>

// Where a database is: parsed from the URL of the headless interface
// (`sqlite:PATH`, a bare path, or `postgresql://USER@HOST:PORT/DB?schema=S&sslmode=M`)
// or filled in by the wizard. The password is kept apart from everything that is shown:
// displayUrl() never contains it.
class ConnectionSpec
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionSpec)

public:
    enum class Driver { Sqlite, Postgresql };

    static std::optional<ConnectionSpec> parse(const QString &url, ErrorInfo *error);
    static ConnectionSpec sqlite(const QString &path);

    Driver driver = Driver::Sqlite;
    QString path;          // SQLite
    QString host;          // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString schema = QStringLiteral("public");
    QString sslMode;
    QString password;      // never shown, logged or stored
    int connectTimeoutSeconds = 5;

    bool isSqlite() const { return driver == Driver::Sqlite; }
    QString driverName() const; // "sqlite" or "postgresql": the key of a plan's SQL
    QString displayUrl() const; // the URL without any password
    // A URL or path as typed, with anything that may be a password replaced by ***.
    static QString redacted(const QString &text);
    // A short, stable name for this database, used for the default lock file name.
    QString identity() const;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "PgTestServer.h"
#include "TestSupport.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The tests that run another tool's project folder (Flyway, golang-migrate) through the REAL
// binary all need the same bench: project folders and empty SQLite files in one temporary
// folder, a live PostgreSQL (PgTestServer) with a password file, and databases on it with the
// schema `app`. One numbering serves folders, files and databases, so no two of a test share a
// name. Only what those tests check differs; that stays in each test.
class ProjectFolderRunner
{
public:
    using Result = TestSupport::ProcessResult;

    // Folders are named <folderPrefix>N, PostgreSQL databases <databasePrefix>N.
    ProjectFolderRunner(const QString &folderPrefix, const QString &databasePrefix);
    ProjectFolderRunner(const ProjectFolderRunner &) = delete;
    ProjectFolderRunner &operator=(const ProjectFolderRunner &) = delete;

    static QString schema() { return QStringLiteral("app"); }

    // MA_BINARY set, the temporary folder made, the server started and the password file
    // written; false with *error.
    bool start(QString *error);
    const PgTestServer &pg() const { return m_pg; }

    // A new folder holding `files` (empty when they could not be written).
    QString project(const QMap<QString, QByteArray> &files);
    // A new empty SQLite file (empty when it could not be made).
    QString emptyDatabase();
    // A new PostgreSQL database with the schema `app` owned by the test role (empty on failure).
    QString pgDatabase();
    // What `sql` prints on `database` of pg() in psql's tuples-only mode, trimmed.
    QString pgValue(const QString &database, const QString &sql) const;

    // --headless --db … --plan plan, then `arguments`, on a SQLite file or a database of pg().
    Result onSqlite(const QString &db, const QString &plan, const QStringList &arguments) const;
    Result onPg(const QString &database, const QString &plan, const QStringList &arguments) const;

private:
    QString m_folderPrefix;
    QString m_databasePrefix;
    QTemporaryDir m_tmp;
    PgTestServer m_pg;
    QString m_passwordFile;
    int m_n = 0;
};

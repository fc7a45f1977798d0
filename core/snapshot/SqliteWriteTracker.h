// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

class DatabaseConnection;

// Which tables the statements run on one SQLite connection may have written, so that the
// state after a run can keep the checksum of a table nothing touched instead of reading all
// of its rows again (on PostgreSQL the server's own statistics tell; SQLite keeps none).
//
// SQLite's authorizer names, while a statement is prepared, every table it will insert into,
// update, delete from, create or drop — including what its triggers and foreign-key actions
// do, which are compiled into it. ALTER TABLE is not a write here: a rename keeps the rows,
// and any change of columns changes the table's shape, which the snapshot compares. Names are turned into b-tree root pages (a table's identity
// through renames) with the schema as it was just before the statement (just after, for a
// table it creates). Anything the authorizer cannot vouch for — virtual tables, whose
// modules write shadow tables through statements prepared long ago; a PRAGMA that could
// rewrite the file or its schema — makes every table count as written.
class SqliteWriteTracker
{
public:
    // Installs the authorizer on db (SQLite only); the destructor removes it.
    explicit SqliteWriteTracker(DatabaseConnection &db);
    ~SqliteWriteTracker();
    SqliteWriteTracker(const SqliteWriteTracker &) = delete;
    SqliteWriteTracker &operator=(const SqliteWriteTracker &) = delete;

    // Call after each statement (a chunked one: after its last chunk) has run.
    void statementDone();
    // May the table whose b-tree starts at rootPage have been written since construction?
    bool mayHaveWritten(qint64 rootPage) const;
    static qint64 rootPage(DatabaseConnection &db, const QString &table);

    // The authorizer's side; public for the C callback only.
    void authorized(int action, const char *name, const char *database);

private:
    QHash<QString, qint64> rootPages() const;

    DatabaseConnection &m_db;
    QHash<QString, qint64> m_before; // lower-case table name → root page, before the statement
    QList<QString> m_written;        // this statement's, resolved with m_before
    QList<QString> m_created;        // this statement's, resolved after it
    QSet<qint64> m_pages;
    bool m_everything = false;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshot/SqliteWriteTracker.h"

#include "db/DatabaseConnection.h"
#include "util/LoggingCategories.h"

#include <QSqlQuery>
#include <sqlite3.h>

namespace {

int authorizer(void *tracker, int action, const char *a, const char *, const char *database, const char *)
{
    switch (action) {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_DROP_TABLE:
    case SQLITE_CREATE_TABLE:
        static_cast<SqliteWriteTracker *>(tracker)->authorized(action, a, database);
        break;
    // Not ALTER TABLE: renaming keeps the rows, and every other form (add, drop or rename a
    // column) changes the table's shape, which the snapshot compares anyway.
    case SQLITE_PRAGMA:
    case SQLITE_CREATE_VTABLE:
    case SQLITE_DROP_VTABLE:
    case SQLITE_ATTACH:
        static_cast<SqliteWriteTracker *>(tracker)->authorized(action, a, database);
        break;
    default:
        break;
    }
    return SQLITE_OK; // it watches, it never refuses
}

} // namespace

SqliteWriteTracker::SqliteWriteTracker(DatabaseConnection &db)
    : m_db(db)
{
    m_before = rootPages();
    // Virtual tables write their shadow tables through statements of their own.
    m_everything = !db.isSqlite() || !db.sqliteHandle()
                   || db.scalar(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                               "sql LIKE 'CREATE VIRTUAL TABLE%'"),
                                nullptr)
                              .toLongLong()
                          != 0;
    if (db.sqliteHandle())
        sqlite3_set_authorizer(db.sqliteHandle(), authorizer, this);
}

SqliteWriteTracker::~SqliteWriteTracker()
{
    if (m_db.sqliteHandle())
        sqlite3_set_authorizer(m_db.sqliteHandle(), nullptr, nullptr);
}

void SqliteWriteTracker::authorized(int action, const char *name, const char *database)
{
    if (action == SQLITE_PRAGMA) {
        // Settings that change how statements behave, and reads; any other PRAGMA (writable_schema,
        // incremental_vacuum, …) could change tables behind the authorizer's back.
        static const QSet<QString> harmless{
            QStringLiteral("legacy_alter_table"), QStringLiteral("foreign_keys"), QStringLiteral("defer_foreign_keys"),
            QStringLiteral("foreign_key_check"),  QStringLiteral("foreign_key_list"), QStringLiteral("table_info"),
            QStringLiteral("table_xinfo"),        QStringLiteral("index_list"),   QStringLiteral("index_info"),
            QStringLiteral("index_xinfo"),        QStringLiteral("integrity_check"), QStringLiteral("quick_check"),
            QStringLiteral("journal_mode"),       QStringLiteral("recursive_triggers"), QStringLiteral("busy_timeout"),
            QStringLiteral("cache_size"),         QStringLiteral("temp_store")};
        if (!harmless.contains(QString::fromUtf8(name).toLower())) {
            qCDebug(lcRunner, "PRAGMA %s: any table may have been written", name);
            m_everything = true;
        }
        return;
    }
    if (action == SQLITE_CREATE_VTABLE || action == SQLITE_DROP_VTABLE || action == SQLITE_ATTACH) {
        qCDebug(lcRunner, "authorizer action %d: any table may have been written", action);
        m_everything = true;
        return;
    }
    // Another schema (temp, an attached file) is not what the snapshots read.
    if (database && qstrcmp(database, "main") != 0)
        return;
    const QString table = QString::fromUtf8(name).toLower();
    // SQLite's own edits of its schema table when a statement creates, renames or drops:
    // what they change is each table's shape, which the snapshot compares.
    if (table == QLatin1String("sqlite_master") || table == QLatin1String("sqlite_schema"))
        return;
    if (action == SQLITE_CREATE_TABLE)
        m_created << table;
    else
        m_written << table;
}

QHash<QString, qint64> SqliteWriteTracker::rootPages() const
{
    QHash<QString, qint64> pages;
    QSqlQuery q = m_db.query();
    if (q.exec(QStringLiteral("SELECT lower(name), rootpage FROM sqlite_master WHERE type = 'table'")))
        while (q.next())
            pages.insert(q.value(0).toString(), q.value(1).toLongLong());
    return pages;
}

void SqliteWriteTracker::statementDone()
{
    if (m_written.isEmpty() && m_created.isEmpty()) {
        m_before = rootPages();
        return;
    }
    const QHash<QString, qint64> after = rootPages();
    for (const QString &table : std::as_const(m_written)) {
        if (const auto it = m_before.constFind(table); it != m_before.constEnd())
            m_pages.insert(*it);
        if (const auto it = after.constFind(table); it != after.constEnd())
            m_pages.insert(*it); // a table the statement created and wrote, or re-created
    }
    for (const QString &table : std::as_const(m_created))
        if (const auto it = after.constFind(table); it != after.constEnd())
            m_pages.insert(*it);
    m_written.clear();
    m_created.clear();
    m_before = after;
}

bool SqliteWriteTracker::mayHaveWritten(qint64 rootPage) const
{
    return m_everything || rootPage <= 0 || !m_written.isEmpty() || !m_created.isEmpty() || m_pages.contains(rootPage);
}

qint64 SqliteWriteTracker::rootPage(DatabaseConnection &db, const QString &table)
{
    return db.scalar(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ? COLLATE NOCASE"),
                     nullptr, {table})
        .toLongLong();
}

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include "db/ConnectionSpec.h"
#include "util/ErrorInfo.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <atomic>

struct sqlite3;
struct pg_cancel;
struct pg_conn;

// One open database connection, owned by the thread that opened it.
//
// QtSql forbids using a connection from another thread but Qt 6.4 does not enforce it,
// so this class does: each instance registers a uniquely named QSqlDatabase in the
// calling thread and removes it in its destructor, which must run in the same thread.
// Only interrupt() may be called from elsewhere (it is how Cancel and SIGINT stop a
// statement that is running).
class DatabaseConnection
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseConnection)

public:
    enum class Mode { ReadWrite, ReadOnly };

    explicit DatabaseConnection(ConnectionSpec spec);
    ~DatabaseConnection();
    DatabaseConnection(const DatabaseConnection &) = delete;
    DatabaseConnection &operator=(const DatabaseConnection &) = delete;

    // busyTimeoutMs: how long SQLite waits for another writer's lock before SQLITE_BUSY.
    bool open(Mode mode, ErrorInfo *error, int busyTimeoutMs = 2000);
    bool isOpen() const;

    const ConnectionSpec &spec() const { return m_spec; }
    bool isSqlite() const { return m_spec.isSqlite(); }
    QSqlDatabase database() const;

    // Runs one statement without bound values. `what` names it for the error message.
    bool exec(const QString &sql, ErrorInfo *error, const QString &what = {});
    // Runs a prepared statement with values bound by position.
    bool exec(QSqlQuery &query, const QString &sql, const QVariantList &values, ErrorInfo *error,
              const QString &what = {});
    // The first column of the first row, or an invalid QVariant and *error.
    QVariant scalar(const QString &sql, ErrorInfo *error, const QVariantList &values = {});
    QSqlQuery query() const;

    bool tableExists(const QString &table, ErrorInfo *error = nullptr);
    // "schema"."table" on PostgreSQL, "table" on SQLite; identifiers are always quoted.
    QString qualified(const QString &table) const;
    static QString quoteIdentifier(const QString &identifier);

    // Stops the statement that is running now, from any thread; the engine reports it as
    // an interruption, and the transaction is rolled back by the caller.
    void interrupt();
    bool wasInterrupted() const { return m_interrupted.load(); }
    void clearInterrupt() { m_interrupted = false; }

    sqlite3 *sqliteHandle() const; // nullptr unless SQLite and open

    // PostgreSQL: the server closed the session (terminated, crashed, network gone). The
    // transaction that was open is then rolled back by the server, not by us.
    bool connectionLost() const;
    // PostgreSQL: the server's version as server_version_num (150004), asked of libpq without
    // a statement (so also inside an aborted transaction); 0 on SQLite or when not open.
    qint64 postgresqlVersion() const;

    // Turns a failed QSqlQuery into an ErrorInfo a person can read, details for support.
    ErrorInfo describe(const QSqlError &error, const QString &what, const QString &sql = {}) const;

private:
    bool openSqlite(Mode mode, ErrorInfo *error, int busyTimeoutMs);
    bool openPostgresql(ErrorInfo *error);

    ConnectionSpec m_spec;
    QString m_name;
    std::atomic<sqlite3 *> m_sqlite{nullptr};
    std::atomic<bool> m_interrupted{false};
    pg_conn *m_pg = nullptr;                   // owned by the QPSQL driver
    std::atomic<pg_cancel *> m_pgCancel{nullptr}; // libpq's cancel request, ours to free
};

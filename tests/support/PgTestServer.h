// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class ConnectionSpec;

// A throwaway PostgreSQL 15 server for tests: a data directory in a temporary folder owned
// by the postgres OS user (the server refuses to run as root; as root the helpers run through
// `runuser -u postgres`), listening on a free port of 127.0.0.1 and on a socket in that folder.
// A role with a password owns the test databases. The server is stopped (immediate mode) and
// its folder removed in the destructor. The password is never printed.
class PgTestServer
{
public:
    PgTestServer();
    ~PgTestServer();
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;

    // initdb + pg_ctl start + role; false with *error set when anything failed.
    bool start(QString *error);
    bool isRunning() const { return m_running; }

    int port() const { return m_port; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    QString socketDir() const;

    // psql as the superuser on the socket; ON_ERROR_STOP. stdin carries the script.
    bool psql(const QString &database, const QString &script, QString *output = nullptr, QString *error = nullptr) const;
    bool createDatabase(const QString &name, QString *error = nullptr) const;
    // Creates `schema` in `database` and loads v1 (resources/demo/v1-schema-postgresql.sql and
    // v1-data-postgresql.sql with `users` users) into it.
    bool loadV1(const QString &database, const QString &schema, int users, QString *error = nullptr) const;

    // Everything in `schema` but the assistant's history, as text: every table's rows (ordered),
    // every constraint by table, name and definition, every index, every column. Equal dumps
    // mean equal schemas, catalog and rows. `maskedColumns` ("table.column") are left out of the
    // rows: values that differ between two identical runs (the time a row was written).
    QString dump(const QString &database, const QString &schema, const QStringList &maskedColumns = {}) const;
    // Waits until no session but psql's own is connected to `database` (a killed client's
    // backend ends when the server notices); false after timeoutMs.
    bool waitForNoSessions(const QString &database, int timeoutMs = 20000) const;

    // postgresql://USER@127.0.0.1:PORT/DB?schema=... (URL-encoded), without the password.
    QString url(const QString &database, const QString &schema) const;
    // The parsed URL with the password set.
    ConnectionSpec spec(const QString &database, const QString &schema) const;

    static QString binDir(); // /usr/lib/postgresql/15/bin, or $MA_PG_BINDIR
    static int freePort();   // a port of 127.0.0.1 nothing listens on right now
    static QString quoteIdent(const QString &identifier);
    static QString quoteLiteral(const QString &text);

private:
    bool run(const QString &program, const QStringList &arguments, const QByteArray &input, QString *output,
             QString *error, int timeoutMs = 60000) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    int m_port = 0;
    QString m_user = QStringLiteral("ma_tester");
    QString m_password;
    bool m_running = false;
    bool m_asRoot = false;
};

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "db/DatabaseConnection.h"

#include "util/LoggingCategories.h"
#include "db/SqliteFunctions.h"
#include "db/SqliteLibrary.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSysInfo>
#include <QThread>
#include <libpq-fe.h>
#include <sqlite3.h>

#include <cerrno>

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return DatabaseConnection::tr(text, disambiguation, n);
}
std::atomic<quint64> connectionCounter{0};

QString shortened(const QString &sql)
{
    const QString simplified = sql.simplified();
    return simplified.size() > 300 ? simplified.left(300) + QStringLiteral(" …") : simplified;
}
} // namespace

DatabaseConnection::DatabaseConnection(ConnectionSpec spec)
    : m_spec(std::move(spec))
    , m_name(QStringLiteral("ma-%1-%2").arg(quintptr(QThread::currentThreadId())).arg(++connectionCounter))
{
}

DatabaseConnection::~DatabaseConnection()
{
    close();
}

void DatabaseConnection::close()
{
    if (PGcancel *cancel = m_pgCancel.exchange(nullptr))
        PQfreeCancel(cancel);
    if (QSqlDatabase::contains(m_name)) {
        qCDebug(lcDb, "closing %s", qUtf8Printable(m_spec.displayUrl()));
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
}

QSqlDatabase DatabaseConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool DatabaseConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && database().isOpen();
}

bool DatabaseConnection::open(Mode mode, ErrorInfo *error, int busyTimeoutMs)
{
    const bool opened = m_spec.isSqlite() ? openSqlite(mode, error, busyTimeoutMs) : openPostgresql(error);
    // displayUrl() holds no password; the error text is left out, the caller reports it.
    if (opened)
        qCInfo(lcDb, "opened %s (%s)", qUtf8Printable(m_spec.displayUrl()),
               mode == Mode::ReadOnly ? "read-only" : "read-write");
    else
        qCInfo(lcDb, "could not open %s", qUtf8Printable(m_spec.displayUrl()));
    return opened;
}

bool DatabaseConnection::openSqlite(Mode mode, ErrorInfo *error, int busyTimeoutMs)
{
    const QFileInfo file(m_spec.path);
    // QSQLITE would silently create a new empty database for a mistyped path.
    if (!file.exists())
        return fail(error, tr("There is no database file at %1.").arg(m_spec.path));
    if (!file.isFile())
        return fail(error, tr("%1 is not a file.").arg(m_spec.path));
    if (!file.isReadable())
        return fail(error, tr("The database file %1 cannot be read (permission denied).").arg(m_spec.path));

    SqliteLibrary::configure();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(m_spec.path);
    QStringList options{QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(qMax(0, busyTimeoutMs))};
    if (mode == Mode::ReadOnly)
        options << QStringLiteral("QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open())
        return fail(error, tr("The database file %1 cannot be opened.").arg(m_spec.path), db.lastError().text());

    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_sqlite = *static_cast<sqlite3 *const *>(handle.constData());
    if (!m_sqlite)
        return fail(error, tr("The SQLite driver gave no native handle."), QString::fromLatin1(handle.typeName()));

    // SQLite only reads the header lazily: make it prove this is a database now.
    QSqlQuery probe(db);
    bool probed = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!probed && mode == Mode::ReadOnly && sqlite3_extended_errcode(m_sqlite) == SQLITE_READONLY_ROLLBACK) {
        // A run killed inside its transaction left a hot journal, which only a connection that
        // may write can roll back: let SQLite do that, as on any open after a crash, then read.
        sqlite3 *writer = nullptr;
        if (sqlite3_open_v2(QFile::encodeName(m_spec.path).constData(), &writer, SQLITE_OPEN_READWRITE, nullptr)
            == SQLITE_OK) {
            sqlite3_busy_timeout(writer, qMax(0, busyTimeoutMs));
            sqlite3_exec(writer, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(writer);
        probed = probe.exec(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    }
    if (!probed) {
        const ErrorInfo info = describe(probe.lastError(), QString());
        const int primary = sqlite3_errcode(m_sqlite) & 0xff;
        probe.finish();
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) // another program's write transaction
            return fail(error, info.message, info.details);
        return fail(error, tr("%1 is not a SQLite database, or it is damaged.").arg(m_spec.path), info.details);
    }
    probe.finish();
    if (mode == Mode::ReadWrite && sqlite3_db_readonly(m_sqlite, "main") == 1)
        return fail(error, tr("The database file %1 is read-only: it cannot be migrated. Make it writable (and its "
                              "folder, for the journal and the backup) and try again.").arg(m_spec.path));
    // The table swap must not trip over foreign keys half-way; validations check them instead.
    if (mode == Mode::ReadWrite && !exec(QStringLiteral("PRAGMA foreign_keys = OFF"), error))
        return false;
    if (!SqliteFunctions::install(m_sqlite, error))
        return false;
    return true;
}

bool DatabaseConnection::openPostgresql(ErrorInfo *error)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
        return fail(error, tr("The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql)."));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
    db.setHostName(m_spec.host);
    db.setPort(m_spec.port);
    db.setDatabaseName(m_spec.database);
    if (!m_spec.user.isEmpty())
        db.setUserName(m_spec.user);
    // Without a password here libpq itself reads PGPASSWORD and ~/.pgpass, as psql does.
    if (!m_spec.password.isEmpty())
        db.setPassword(m_spec.password);
    // The name says which process on which machine, so that a person looking at
    // pg_stat_activity (or at our own "who holds the lock" message) can find the run.
    const QString appName = QStringLiteral("migration-assistant/%1@%2")
                                .arg(QCoreApplication::applicationPid())
                                .arg(QSysInfo::machineHostName())
                                .left(63)
                                .remove(QLatin1Char(';'))
                                .remove(QLatin1Char(' '));
    QStringList options{QStringLiteral("connect_timeout=%1").arg(m_spec.connectTimeoutSeconds),
                        QStringLiteral("application_name=%1").arg(appName)};
    if (!m_spec.sslMode.isEmpty())
        options << QStringLiteral("sslmode=%1").arg(m_spec.sslMode);
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        const QString text = db.lastError().databaseText().trimmed();
        return fail(error, tr("Cannot connect to the PostgreSQL server: %1").arg(text.section(QLatin1Char('\n'), 0, 0)),
                    text);
    }
    // libpq's cancel request is the only way to stop a statement the server is running;
    // the object is made here, in the owning thread, and PQcancel() is safe from any other.
    const QVariant handle = db.driver()->handle();
    // Qt names the type by the struct behind libpq's typedef: "pg_conn*".
    if (qstrcmp(handle.typeName(), "pg_conn*") == 0 || qstrcmp(handle.typeName(), "PGconn*") == 0) {
        m_pg = *static_cast<PGconn *const *>(handle.constData());
        m_pgCancel = PQgetCancel(m_pg);
    }
    ErrorInfo err;
    const QVariant exists = scalar(QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = ?"), &err,
                                   {m_spec.schema});
    if (err.isError())
        return fail(error, err.message, err.details);
    if (exists.toInt() == 0)
        return fail(error, tr("The database %1 has no schema \"%2\".").arg(m_spec.database, m_spec.schema));
    return exec(QStringLiteral("SET search_path TO %1").arg(quoteIdentifier(m_spec.schema)), error);
}

bool DatabaseConnection::exec(const QString &sql, ErrorInfo *error, const QString &what)
{
    QSqlQuery q(database());
    if (!q.exec(sql)) {
        const ErrorInfo info = describe(q.lastError(), what, sql);
        return fail(error, info.message, info.details);
    }
    return true;
}

bool DatabaseConnection::exec(QSqlQuery &query, const QString &sql, const QVariantList &values, ErrorInfo *error,
                              const QString &what)
{
    // Prepared once, executed per call: chunked steps run the same statement many times.
    if (query.lastQuery() != sql && !query.prepare(sql)) {
        const ErrorInfo info = describe(query.lastError(), what, sql);
        return fail(error, info.message, info.details);
    }
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
    if (!query.exec()) {
        const ErrorInfo info = describe(query.lastError(), what, sql);
        return fail(error, info.message, info.details);
    }
    return true;
}

QVariant DatabaseConnection::scalar(const QString &sql, ErrorInfo *error, const QVariantList &values)
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    bool ok = values.isEmpty() ? q.exec(sql) : (q.prepare(sql) && [&] {
        for (int i = 0; i < values.size(); ++i)
            q.bindValue(i, values.at(i));
        return q.exec();
    }());
    if (!ok) {
        const ErrorInfo info = describe(q.lastError(), {}, sql);
        fail(error, info.message, info.details);
        return {};
    }
    if (!q.next())
        return QVariant(QMetaType::fromType<qlonglong>()); // an empty result reads as NULL
    return q.value(0);
}

QSqlQuery DatabaseConnection::query() const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    return q;
}

bool DatabaseConnection::tableExists(const QString &table, ErrorInfo *error)
{
    const QString sql = isSqlite()
        ? QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?")
        : QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tablename = ?");
    const QVariantList values = isSqlite() ? QVariantList{table} : QVariantList{m_spec.schema, table};
    return scalar(sql, error, values).toLongLong() > 0;
}

QString DatabaseConnection::quoteIdentifier(const QString &identifier)
{
    QString quoted = identifier;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString DatabaseConnection::qualified(const QString &table) const
{
    if (isSqlite())
        return quoteIdentifier(table);
    return quoteIdentifier(m_spec.schema) + QLatin1Char('.') + quoteIdentifier(table);
}

void DatabaseConnection::interrupt()
{
    m_interrupted = true;
    if (sqlite3 *handle = m_sqlite.load())
        sqlite3_interrupt(handle); // documented as safe to call from any thread
    if (PGcancel *cancel = m_pgCancel.load()) {
        char reason[256];
        PQcancel(cancel, reason, sizeof reason); // thread-safe; the statement then fails with 57014
    }
}

bool DatabaseConnection::connectionLost() const
{
    return m_pg && PQstatus(m_pg) == CONNECTION_BAD;
}

sqlite3 *DatabaseConnection::sqliteHandle() const
{
    return m_sqlite.load();
}

ErrorInfo DatabaseConnection::describe(const QSqlError &error, const QString &what, const QString &sql) const
{
    QString databaseText = error.databaseText().trimmed();
    if (databaseText.isEmpty())
        databaseText = error.text().trimmed();
    QString message;
    const QString code = error.nativeErrorCode();
    const int primary = code.toInt() & 0xff; // SQLite's extended codes keep the primary one in the low byte
    if (m_interrupted || (isSqlite() && primary == SQLITE_INTERRUPT))
        message = tr("The operation was interrupted.");
    else if (isSqlite() && (primary == SQLITE_BUSY || primary == SQLITE_LOCKED))
        message = tr("The database is locked by another program that is writing to it. Close that program "
                     "(or wait for it to finish) and try again.");
    else if (isSqlite() && (primary == SQLITE_FULL || (primary == SQLITE_IOERR && sqliteHandle()
                                                        && (sqlite3_system_errno(sqliteHandle()) == ENOSPC
                                                            || sqlite3_system_errno(sqliteHandle()) == EFBIG))))
        message = tr("The disk is full: SQLite could not write. Free some space and try again.");
    else if (!isSqlite() && connectionLost())
        message = tr("The connection to the PostgreSQL server was lost: %1").arg(databaseText.section(QLatin1Char('\n'), 0, 0));
    else if (isSqlite() && primary == SQLITE_READONLY)
        message = tr("The database is read-only for this user: it cannot be changed.");
    else if (!what.isEmpty())
        message = tr("%1 failed: %2").arg(what, databaseText.section(QLatin1Char('\n'), 0, 0));
    else
        message = databaseText.section(QLatin1Char('\n'), 0, 0);
    QString details = databaseText;
    if (!code.isEmpty() && !databaseText.contains(code))
        details += QStringLiteral(" (code %1)").arg(code);
    if (!sql.isEmpty())
        details += QStringLiteral("\nStatement: ") + shortened(sql);
    return ErrorInfo{message, details};
}

qint64 DatabaseConnection::postgresqlVersion() const
{
    return m_pg ? PQserverVersion(m_pg) : 0;
}

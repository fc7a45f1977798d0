// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PgTestServer.h"

#include "db/ConnectionSpec.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <unistd.h>

namespace {
QString readResource(const QString &relative)
{
    QFile f(QStringLiteral(MA_SOURCE_DIR "/") + relative);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}
} // namespace

PgTestServer::PgTestServer()
    : m_asRoot(geteuid() == 0)
{
    // Letters and digits only: the password goes into SQL as a literal and into libpq options.
    static const char alphabet[] = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 24; ++i)
        m_password += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
}

PgTestServer::~PgTestServer()
{
    if (m_running)
        run(binDir() + QStringLiteral("/pg_ctl"),
            {QStringLiteral("-D"), m_dir->path() + QStringLiteral("/data"), QStringLiteral("-m"),
             QStringLiteral("immediate"), QStringLiteral("-w"), QStringLiteral("stop")},
            {}, nullptr, nullptr, 30000);
}

QString PgTestServer::binDir()
{
    const QString env = qEnvironmentVariable("MA_PG_BINDIR");
    return env.isEmpty() ? QStringLiteral("/usr/lib/postgresql/15/bin") : env;
}

int PgTestServer::freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

QString PgTestServer::quoteIdent(const QString &identifier)
{
    QString q = identifier;
    q.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

QString PgTestServer::quoteLiteral(const QString &text)
{
    QString q = text;
    q.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

QString PgTestServer::socketDir() const
{
    return m_dir ? m_dir->path() + QStringLiteral("/sock") : QString();
}

bool PgTestServer::run(const QString &program, const QStringList &arguments, const QByteArray &input,
                       QString *output, QString *error, int timeoutMs) const
{
    QProcess p;
    QStringList args = arguments;
    QString prog = program;
    if (m_asRoot) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        prog = QStringLiteral("runuser");
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    if (m_dir)
        p.setWorkingDirectory(m_dir->path());
    p.start(prog, args);
    if (!p.waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start %1: %2").arg(prog, p.errorString());
        return false;
    }
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        if (error)
            *error = QStringLiteral("%1 timed out").arg(QFileInfo(program).fileName());
        return false;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    if (output)
        *output = out;
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = QStringLiteral("%1 failed (exit %2): %3")
                         .arg(QFileInfo(program).fileName())
                         .arg(p.exitCode())
                         .arg(QString::fromUtf8(p.readAllStandardError()).trimmed());
        return false;
    }
    return true;
}

bool PgTestServer::start(QString *error)
{
    if (!QFile::exists(binDir() + QStringLiteral("/initdb"))) {
        if (error)
            *error = QStringLiteral("no PostgreSQL server binaries in %1 (package postgresql)").arg(binDir());
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/ma-pg-XXXXXX"));
    if (!m_dir->isValid()) {
        if (error)
            *error = QStringLiteral("cannot create a temporary folder");
        return false;
    }
    QDir(m_dir->path()).mkpath(QStringLiteral("sock"));
    if (m_asRoot) {
        // The folder must belong to postgres, and /tmp/ma-pg-* must be reachable for it.
        QProcess chown;
        chown.start(QStringLiteral("chown"), {QStringLiteral("-R"), QStringLiteral("postgres:"), m_dir->path()});
        if (!chown.waitForFinished(10000) || chown.exitCode() != 0) {
            if (error)
                *error = QStringLiteral("chown of %1 to postgres failed").arg(m_dir->path());
            return false;
        }
    }
    const QString data = m_dir->path() + QStringLiteral("/data");
    if (!run(binDir() + QStringLiteral("/initdb"),
             {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-E"),
              QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--auth-local=trust"),
              QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("--no-sync")},
             {}, nullptr, error, 120000))
        return false;
    // A free port can be taken by someone else between the probe and the start: try a few.
    QString lastError;
    for (int attempt = 0; attempt < 5 && !m_running; ++attempt) {
        m_port = freePort();
        const QString options = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(socketDir())
                                    .arg(m_port);
        if (run(binDir() + QStringLiteral("/pg_ctl"),
                {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir->path() + QStringLiteral("/server.log"),
                 QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"), QStringLiteral("-o"), options,
                 QStringLiteral("start")},
                {}, nullptr, &lastError, 90000))
            m_running = true;
    }
    if (!m_running) {
        QFile log(m_dir->path() + QStringLiteral("/server.log"));
        log.open(QIODevice::ReadOnly);
        if (error)
            *error = lastError + QStringLiteral("\n") + QString::fromUtf8(log.readAll().right(2000));
        return false;
    }
    return psql(QStringLiteral("postgres"),
                QStringLiteral("CREATE ROLE %1 LOGIN CREATEDB PASSWORD %2;")
                    .arg(quoteIdent(m_user), quoteLiteral(m_password)),
                nullptr, error);
}

bool PgTestServer::psql(const QString &database, const QString &script, QString *output, QString *error) const
{
    return run(binDir() + QStringLiteral("/psql"),
               {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-A"), QStringLiteral("-t"),
                QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), socketDir(),
                QStringLiteral("-p"), QString::number(m_port), QStringLiteral("-U"), QStringLiteral("postgres"),
                QStringLiteral("-d"), database},
               script.toUtf8(), output, error);
}

bool PgTestServer::createDatabase(const QString &name, QString *error) const
{
    return psql(QStringLiteral("postgres"),
                QStringLiteral("CREATE DATABASE %1 OWNER %2 ENCODING 'UTF8' TEMPLATE template0;")
                    .arg(quoteIdent(name), quoteIdent(m_user)),
                nullptr, error);
}

bool PgTestServer::loadV1(const QString &database, const QString &schema, int users, QString *error) const
{
    const QString schemaSql = readResource(QStringLiteral("resources/demo/v1-schema-postgresql.sql"));
    QString dataSql = readResource(QStringLiteral("resources/demo/v1-data-postgresql.sql"));
    if (schemaSql.isEmpty() || dataSql.isEmpty()) {
        if (error)
            *error = QStringLiteral("resources/demo/v1-*-postgresql.sql not found");
        return false;
    }
    dataSql.replace(QLatin1String("{{users}}"), QString::number(users));
    // Created as the test role, so that the assistant (connecting as that role) owns everything.
    const QString script = QStringLiteral("SET ROLE %1;\nCREATE SCHEMA %2;\nSET search_path TO %2;\n%3\n%4\n")
                               .arg(quoteIdent(m_user), quoteIdent(schema), schemaSql, dataSql);
    return psql(database, script, nullptr, error);
}

QString PgTestServer::url(const QString &database, const QString &schema) const
{
    return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3?schema=%4")
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user)))
        .arg(m_port)
        .arg(QString::fromUtf8(QUrl::toPercentEncoding(database)),
             QString::fromUtf8(QUrl::toPercentEncoding(schema)));
}

ConnectionSpec PgTestServer::spec(const QString &database, const QString &schema) const
{
    ErrorInfo error;
    auto parsed = ConnectionSpec::parse(url(database, schema), &error);
    ConnectionSpec s = parsed ? *parsed : ConnectionSpec{};
    s.password = m_password;
    return s;
}

QString PgTestServer::dump(const QString &database, const QString &schema, const QStringList &maskedColumns) const
{
    const QString s = quoteLiteral(schema);
    // Rows as text; a table with masked columns as JSON without them.
    QStringList masks;
    for (const QString &m : maskedColumns)
        masks << QStringLiteral("WHEN %1 THEN format('SELECT %L || '': '' || (to_jsonb(t) - %2)::text FROM %I.%I t "
                                "ORDER BY 1', c.relname, n.nspname, c.relname)")
                     .arg(quoteLiteral(m.section(QLatin1Char('.'), 0, 0)),
                          quoteLiteral(m.section(QLatin1Char('.'), 1)).replace(QLatin1Char('\''), QLatin1String("''")));
    const QString rows = QStringLiteral("format('SELECT %L || '': '' || t::text FROM %I.%I t ORDER BY t::text', "
                                        "c.relname, n.nspname, c.relname)");
    const QString select = masks.isEmpty() ? rows
                                           : QStringLiteral("CASE c.relname %1 ELSE %2 END").arg(masks.join(QLatin1Char(' ')), rows);
    QString out, error;
    if (!psql(database,
              QStringLiteral("SELECT %2 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "WHERE n.nspname = %1 AND c.relkind = 'r' AND c.relname <> 'migration_assistant_history' "
                             "ORDER BY c.relname \\gexec\n"
                             "SELECT 'constraint ' || cl.relname || ' ' || co.conname || ' ' || pg_get_constraintdef(co.oid) "
                             "FROM pg_constraint co JOIN pg_class cl ON cl.oid = co.conrelid JOIN pg_namespace n ON "
                             "n.oid = co.connamespace WHERE n.nspname = %1 AND cl.relname <> 'migration_assistant_history' "
                             "ORDER BY 1;\n"
                             "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = %1 "
                             "AND tablename <> 'migration_assistant_history' ORDER BY 1;\n"
                             "SELECT 'column ' || table_name || ' ' || ordinal_position || ' ' || column_name || ' ' || "
                             "data_type || ' ' || is_nullable || ' ' || coalesce(column_default, '-') FROM "
                             "information_schema.columns WHERE table_schema = %1 AND table_name <> "
                             "'migration_assistant_history' ORDER BY table_name, ordinal_position;\n")
                  .arg(s, select),
              &out, &error))
        qWarning("psql: %s", qPrintable(error));
    return out;
}

bool PgTestServer::waitForNoSessions(const QString &database, int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    do {
        QString out;
        if (psql(QStringLiteral("postgres"),
                 QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE datname = %1 AND pid <> pg_backend_pid();")
                     .arg(quoteLiteral(database)),
                 &out)
            && out.trimmed() == QLatin1String("0"))
            return true;
        QThread::msleep(50);
    } while (!deadline.hasExpired());
    return false;
}

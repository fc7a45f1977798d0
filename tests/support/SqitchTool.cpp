// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqitchTool.h"

#include "PgTestServer.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

bool SqitchTool::available()
{
    return !QStandardPaths::findExecutable(QStringLiteral("sqitch")).isEmpty();
}

QString SqitchTool::fixture(const QString &name)
{
    const QString root = qEnvironmentVariableIsSet("MA_SQITCH_FIXTURES")
        ? qEnvironmentVariable("MA_SQITCH_FIXTURES")
        : QStringLiteral(MA_SOURCE_DIR "/../shared/fixtures");
    const QString folder = QDir::cleanPath(QDir(root).filePath(name));
    return QFileInfo::exists(QDir(folder).filePath(QStringLiteral("sqitch.plan"))) ? folder : QString();
}

QString SqitchTool::copyFixture(const QString &name, const QString &dir)
{
    const QString source = fixture(name);
    if (source.isEmpty())
        return {};
    const QString target = QDir(dir).filePath(name);
    QDirIterator it(source, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = QDir(target).filePath(QDir(source).relativeFilePath(file));
        QDir().mkpath(QFileInfo(to).absolutePath());
        if (!QFile::copy(file, to))
            return {};
        QFile::setPermissions(to, QFile::permissions(to) | QFileDevice::WriteOwner);
    }
    return target;
}

SqitchTool::Result SqitchTool::run(const QString &projectFolder, const QStringList &arguments, const QString &password)
{
    static QTemporaryDir home; // no ~/.sqitch/sqitch.conf of whoever runs the tests
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("SQITCH_CONFIG"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("PGPASSWORD"), password);
    QProcess process;
    process.setWorkingDirectory(projectFolder);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("sqitch"), arguments);
    Result result;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("sqitch did not finish");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

namespace {

// Every row of the registry but who wrote it and when (those differ between two runs).
const QStringList registryQueries{
    QStringLiteral("SELECT project, coalesce(uri, '') FROM %1projects"),
    QStringLiteral("SELECT CAST(version AS TEXT) FROM %1releases"),
    QStringLiteral("SELECT change_id, coalesce(script_hash, ''), change, project, note, planned_at, planner_name, planner_email "
                   "FROM %1changes ORDER BY change_id"),
    QStringLiteral("SELECT tag_id, tag, project, change_id, note, planned_at, planner_name, planner_email FROM %1tags ORDER BY tag_id"),
    QStringLiteral("SELECT change_id, type, dependency, coalesce(dependency_id, '') FROM %1dependencies ORDER BY change_id, dependency"),
    QStringLiteral("SELECT event, change_id, change, project, note, requires, conflicts, tags, planned_at, planner_name, "
                   "planner_email FROM %1events ORDER BY committed_at"),
};

QString filtered(const QString &text, const QStringList &prefixes)
{
    QStringList kept;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        bool drop = false;
        for (const QString &p : prefixes)
            drop = drop || line.startsWith(p);
        if (!drop)
            kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QString sqliteQueries(const QString &file, const QStringList &queries)
{
    QString out;
    const QString name = QStringLiteral("sqitchtool-dump");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            out = QStringLiteral("cannot open ") + file;
        } else {
            QSqlQuery q(db);
            for (const QString &sql : queries) {
                if (!q.exec(sql)) {
                    out += q.lastError().text() + QLatin1Char('\n');
                    continue;
                }
                const int columns = q.record().count();
                while (q.next()) {
                    for (int c = 0; c < columns; ++c)
                        out += q.value(c).toString() + QLatin1Char('|');
                    out += QLatin1Char('\n');
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

} // namespace

QString SqitchTool::statusText(const Result &result)
{
    return filtered(result.out, {QStringLiteral("# On database"), QStringLiteral("# Deployed:"), QStringLiteral("# By:")});
}

QString SqitchTool::logText(const Result &result)
{
    return filtered(result.out, {QStringLiteral("On database"), QStringLiteral("Committer:"), QStringLiteral("Date:")});
}

QString SqitchTool::sqliteRegistryDump(const QString &file)
{
    QStringList queries{QStringLiteral("SELECT type, name, sql FROM sqlite_master ORDER BY name")};
    for (const QString &q : registryQueries)
        queries << q.arg(QString());
    return sqliteQueries(file, queries);
}

QString SqitchTool::sqliteSchema(const QString &file)
{
    return sqliteQueries(file, {QStringLiteral("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE "
                                               "'migration_assistant%' AND tbl_name NOT LIKE 'migration_assistant%' "
                                               "ORDER BY type, name")});
}

QString SqitchTool::pgRegistryDump(const PgTestServer &server, const QString &database, const QString &schema)
{
    const QString ns = PgTestServer::quoteLiteral(schema) + QStringLiteral("::regnamespace");
    QString script = QStringLiteral(
        "SET TimeZone = 'UTC';\n"
        "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
        "pg_get_expr(d.adbin, d.adrelid), col_description(c.oid, a.attnum) FROM pg_attribute a "
        "JOIN pg_class c ON c.oid = a.attrelid LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum "
        "WHERE c.relnamespace = %1 AND a.attnum > 0 AND NOT a.attisdropped ORDER BY 1, a.attnum;\n"
        "SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE connamespace = %1 ORDER BY 1, 2;\n"
        "SELECT relname, relkind, obj_description(oid, 'pg_class') FROM pg_class WHERE relnamespace = %1 ORDER BY 1;\n"
        "SELECT obj_description(%1, 'pg_namespace');\n").arg(ns);
    for (const QString &sql : registryQueries)
        script += sql.arg(PgTestServer::quoteIdent(schema) + QLatin1Char('.')) + QStringLiteral(";\n");
    QString out, error;
    if (!server.psql(database, script, &out, &error))
        return error;
    return out;
}

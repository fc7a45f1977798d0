// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestSupport.h"

#include "plan/PlanLoader.h"

#include "demo/DemoDatabaseWriter.h"
#include "plan/StatementSplitter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

#include <sys/stat.h>

namespace {

// Opens a private connection for one helper call and removes it afterwards.
class ScopedSqlite
{
public:
    explicit ScopedSqlite(const QString &path)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.open();
    }
    ~ScopedSqlite()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

} // namespace

QString TestSupport::demoDatabase(const QString &dir, int users, const QString &name)
{
    const QString path = dir + QLatin1Char('/') + name;
    return DemoDatabaseWriter::write(path, users) ? path : QString();
}

QString TestSupport::builtinPlanSource()
{
    return QStringLiteral(MA_SOURCE_DIR "/resources/plans/user-integrations");
}

QString TestSupport::copyBuiltinPlan(const QString &dir)
{
    return copyPlan(builtinPlanSource(), dir);
}

QString TestSupport::copyPlan(const QString &source, const QString &dir)
{
    const QString target = dir + QStringLiteral("/plan");
    QDirIterator it(source, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString to = target + QLatin1Char('/') + QDir(source).relativeFilePath(file);
        QDir().mkpath(QFileInfo(to).absolutePath());
        QFile::remove(to);
        if (!QFile::copy(file, to))
            return {};
        QFile::setPermissions(to, QFile::ReadOwner | QFile::WriteOwner);
    }
    return target;
}

QByteArray TestSupport::fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

QStringList TestSupport::tableNames(const QString &path)
{
    ScopedSqlite s(path);
    QSqlQuery q(s.db());
    q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    return names;
}

QString TestSupport::dumpDatabase(const QString &path, const QStringList &skipTables, const QStringList &maskedColumns)
{
    QString out;
    const QStringList tables = tableNames(path);
    ScopedSqlite s(path);
    for (const QString &table : tables) {
        if (skipTables.contains(table))
            continue;
        QSqlQuery q(s.db());
        q.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"));
        q.addBindValue(table);
        q.exec();
        q.next();
        // A rename rewrites `CREATE TABLE users` as `CREATE TABLE "users"`: same table.
        QString ddl = q.value(0).toString();
        ddl.replace(QStringLiteral("CREATE TABLE \"%1\"").arg(table), QStringLiteral("CREATE TABLE %1").arg(table));
        out += QStringLiteral("TABLE %1\n%2\n").arg(table, ddl);
        QSqlQuery fk(s.db());
        fk.exec(QStringLiteral("SELECT \"table\", \"from\", \"to\" FROM pragma_foreign_key_list('%1')").arg(table));
        while (fk.next())
            out += QStringLiteral("FK %1 -> %2(%3)\n").arg(fk.value(1).toString(), fk.value(0).toString(),
                                                         fk.value(2).toString());
        QSqlQuery rows(s.db());
        rows.setForwardOnly(true);
        rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY rowid").arg(table));
        while (rows.next()) {
            QStringList fields;
            for (int i = 0; i < rows.record().count(); ++i) {
                if (!maskedColumns.isEmpty()
                    && maskedColumns.contains(table + QLatin1Char('.') + rows.record().fieldName(i))) {
                    fields << QStringLiteral("<masked>");
                    continue;
                }
                const QVariant v = rows.value(i);
                fields << (v.isNull() ? QStringLiteral("<NULL>")
                                      : QStringLiteral("%1:%2").arg(QString::fromLatin1(v.typeName()),
                                                                    QString::fromLatin1(v.toString().toUtf8().toHex())));
            }
            out += fields.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

bool TestSupport::execSql(const QString &path, const QString &script, QString *error)
{
    ScopedSqlite s(path);
    for (const QString &statement : StatementSplitter::split(script, StatementSplitter::Dialect::Sqlite)) {
        QSqlQuery q(s.db());
        if (!q.exec(statement)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + statement;
            return false;
        }
    }
    return true;
}

QVariant TestSupport::scalar(const QString &path, const QString &sql)
{
    ScopedSqlite s(path);
    QSqlQuery q(s.db());
    if (!q.exec(sql) || !q.next())
        return {};
    return q.value(0);
}

QString TestSupport::binary()
{
    return qEnvironmentVariable("MA_BINARY");
}

TestSupport::ProcessResult TestSupport::runBinary(const QStringList &arguments, int timeoutMs,
                                                  const QProcessEnvironment &environment)
{
    ProcessResult result;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000)) {
        result.crashed = true;
        return result;
    }
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.crashed = true;
    }
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    result.crashed = result.crashed || process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    return result;
}

QProcessEnvironment TestSupport::headlessEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return env;
}

TestSupport::ProcessResult TestSupport::lintFolder(const QString &dir, int timeoutMs)
{
    return runBinary({QStringLiteral("--lint"), dir}, timeoutMs, headlessEnvironment());
}

QProcessEnvironment TestSupport::isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = headlessEnvironment();
    const QStringList names{QStringLiteral("HOME"), QStringLiteral("XDG_CONFIG_HOME"), QStringLiteral("XDG_DATA_HOME"),
                            QStringLiteral("XDG_CACHE_HOME"), QStringLiteral("XDG_STATE_HOME"),
                            QStringLiteral("XDG_RUNTIME_DIR")};
    const QStringList folders{QString(), QStringLiteral("/.config"), QStringLiteral("/.local/share"),
                              QStringLiteral("/.cache"), QStringLiteral("/.local/state"), QStringLiteral("/run")};
    for (qsizetype i = 0; i < names.size(); ++i) {
        QDir().mkpath(home + folders.at(i));
        env.insert(names.at(i), home + folders.at(i));
    }
    QFile::setPermissions(home + QStringLiteral("/run"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    return env;
}

QString TestSupport::describe(const ProcessResult &r)
{
    return QStringLiteral("exit code %1%2\n--- stdout:\n%3\n--- stderr:\n%4")
        .arg(r.exitCode)
        .arg(r.crashed ? QStringLiteral(" (CRASHED or timed out)") : QString())
        .arg(QString::fromUtf8(r.out.left(6000)), QString::fromUtf8(r.err.left(6000)));
}

QJsonObject TestSupport::jsonOf(const QByteArray &out, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) {
        *problem = QStringLiteral("stdout is not one JSON document (%1 at %2)\n")
                       .arg(error.errorString())
                       .arg(error.offset);
        return {};
    }
    if (!doc.isObject()) {
        *problem = QStringLiteral("stdout is JSON but not an object\n");
        return {};
    }
    return doc.object();
}

QStringList TestSupport::listing(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

QStringList TestSupport::backups(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.bak")}, QDir::Files | QDir::Hidden, QDir::Name);
}

int TestSupport::fileMode(const QString &path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

bool TestSupport::hasTable(const QString &db, const QString &table)
{
    return tableNames(db).contains(table);
}

bool TestSupport::replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    QByteArray bytes = f.readAll();
    f.close();
    if (!bytes.contains(from))
        return false;
    bytes.replace(from, to);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return f.write(bytes) == bytes.size();
}

bool TestSupport::appendToFile(const QString &path, const QByteArray &text)
{
    QFile f(path);
    return f.open(QIODevice::Append) && f.write(text) == text.size();
}

bool TestSupport::writeFiles(const QString &dir, const QMap<QString, QByteArray> &files)
{
    QDir().mkpath(dir);
    for (auto it = files.begin(); it != files.end(); ++it) {
        const QString path = dir + QLatin1Char('/') + it.key();
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(it.value()) != it.value().size())
            return false;
    }
    return true;
}

QStringList TestSupport::demoSecrets(const QString &db)
{
    QStringList columns;
    for (const QString &c : {QStringLiteral("access_token"), QStringLiteral("refresh_token"),
                             QStringLiteral("client_secret"), QStringLiteral("auth_code")})
        columns << c << c + QStringLiteral("_2");
    columns << QStringLiteral("telegram_signup_token");
    // A migrated database keeps the v1 table as users_old.
    const QString table = tableNames(db).contains(QStringLiteral("users_old")) ? QStringLiteral("users_old")
                                                                               : QStringLiteral("users");
    QStringList selects;
    for (const QString &c : std::as_const(columns))
        selects << QStringLiteral("SELECT %1 AS v FROM %2").arg(c, table);
    ScopedSqlite s(db);
    QSqlQuery q(s.db());
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT DISTINCT v FROM (%1) WHERE v IS NOT NULL AND length(v) >= 12")
               .arg(selects.join(QStringLiteral(" UNION ALL "))));
    QStringList secrets;
    while (q.next())
        secrets << q.value(0).toString();
    return secrets;
}

std::shared_ptr<const Plan> TestSupport::plan(const QString &nameOrFolder)
{
    ErrorInfo error;
    auto loaded = PlanLoader::load(nameOrFolder, &error);
    if (!loaded) {
        qWarning("TestSupport::plan(%s): %s", qUtf8Printable(nameOrFolder), qUtf8Printable(error.message));
        return nullptr;
    }
    return std::make_shared<const Plan>(std::move(*loaded));
}

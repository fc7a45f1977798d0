// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/DemoDatabaseWriter.h"

#include "db/SqliteLibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QTemporaryFile>
#include <QUuid>

// The rows are made by SQLite itself, from resources/demo/v1-data-sqlite-*.sql (users first:
// its header says how every row is made and which awkward values occur how often).

namespace {

QString cannotWrite()
{
    return QCoreApplication::translate("DemoDatabaseWriter", "Could not write the demo database.");
}

QString alreadyExists(const QString &shownPath)
{
    return QCoreApplication::translate("DemoDatabaseWriter",
                                       "%1 already exists. The demo database is only ever written "
                                       "to a new file: choose another name or remove the file first.")
        .arg(shownPath);
}

QString sqlError(const QSqlQuery &query, const QString &statement)
{
    QString shown = statement.trimmed();
    if (shown.size() > 400)
        shown = shown.left(400) + QStringLiteral(" …");
    return query.lastError().text().trimmed() + QStringLiteral("\nStatement: ") + shown;
}

bool exec(QSqlDatabase &db, const QString &statement, ErrorInfo *error)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return fail(error, cannotWrite(), sqlError(query, statement));
    query.finish();
    return true;
}

// Schema and rows, in one transaction on an open connection.
bool fillDatabase(QSqlDatabase &db, int users, ErrorInfo *error)
{
    {
        // DELETE is SQLite's default; said explicitly so the file is never left in WAL mode.
        QSqlQuery query(db);
        const QString pragma = QStringLiteral("PRAGMA journal_mode=DELETE");
        if (!query.exec(pragma) || !query.next()
            || query.value(0).toString().compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
            return fail(error, cannotWrite(), sqlError(query, pragma));
    }
    // A bigger page cache keeps the unique indexes on users in memory while they fill up.
    if (!exec(db, QStringLiteral("PRAGMA cache_size=-65536"), error))
        return false;

    QFile schemaFile(QStringLiteral(":/demo/v1-schema-sqlite.sql"));
    if (!schemaFile.open(QIODevice::ReadOnly))
        return fail(error,
                    QCoreApplication::translate("DemoDatabaseWriter",
                                                "The built-in v1 schema is missing from this program."),
                    schemaFile.fileName() + QStringLiteral(": ") + schemaFile.errorString());
    const QString schema = QString::fromUtf8(schemaFile.readAll());

    if (!db.transaction())
        return fail(error, cannotWrite(), db.lastError().text());

    bool ok = true;
    // The schema file holds no string literal with a ';', so a plain split is enough here.
    const QStringList statements = schema.split(QLatin1Char(';'));
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        if (!exec(db, statement, error)) {
            ok = false;
            break;
        }
    }
    const QString count = QString::number(users);
    for (const char *table : {"users", "emails", "digests", "tasks"}) {
        if (!ok)
            break;
        QFile data(QStringLiteral(":/demo/v1-data-sqlite-%1.sql").arg(QLatin1String(table)));
        if (!data.open(QIODevice::ReadOnly)) {
            ok = fail(error, cannotWrite(), data.fileName() + QStringLiteral(": ") + data.errorString());
            break;
        }
        ok = exec(db, QString::fromUtf8(data.readAll()).replace(QLatin1String("@USERS@"), count), error);
    }

    if (ok && !db.commit())
        ok = fail(error, cannotWrite(), db.lastError().text());
    if (!ok)
        db.rollback();
    return ok;
}

bool writeFile(const QString &file, int users, ErrorInfo *error)
{
    const QString connectionName = QStringLiteral("DemoDatabaseWriter-")
                                   + QUuid::createUuid().toString(QUuid::WithoutBraces);
    bool ok = false;
    {
        SqliteLibrary::configure();
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        if (!db.isValid()) {
            fail(error,
                 QCoreApplication::translate("DemoDatabaseWriter",
                                             "The SQLite driver for Qt (QSQLITE) is not installed."),
                 QStringLiteral("Available drivers: ")
                     + QSqlDatabase::drivers().join(QStringLiteral(", ")));
        } else {
            db.setDatabaseName(file);
            if (!db.open()) {
                fail(error,
                     QCoreApplication::translate("DemoDatabaseWriter",
                                                 "Could not open the new demo database."),
                     db.lastError().text());
            } else {
                ok = fillDatabase(db, users, error);
                db.close();
            }
        }
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok;
}

void removeWithJournal(const QString &file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-journal"));
}

} // namespace

bool DemoDatabaseWriter::write(const QString &path, int users, ErrorInfo *error)
{
    if (path.isEmpty())
        return fail(error, QCoreApplication::translate("DemoDatabaseWriter",
                                                       "No file name was given for the demo database."));
    if (users < 0)
        return fail(error,
                    QCoreApplication::translate("DemoDatabaseWriter",
                                                "The number of users must be zero or more."),
                    QStringLiteral("users = %1").arg(users));

    const QFileInfo target(path);
    const QString shownPath = QDir::toNativeSeparators(path);
    if (target.exists() || target.isSymLink())
        return fail(error, alreadyExists(shownPath));
    const QDir dir = target.absoluteDir();
    const QString shownDir = QDir::toNativeSeparators(dir.absolutePath());
    if (!dir.exists())
        return fail(error, QCoreApplication::translate("DemoDatabaseWriter",
                                                       "The folder %1 does not exist.")
                               .arg(shownDir));

    // Written under a temporary name beside the target and renamed at the end, so that a
    // half-written demo never sits under the requested name. QTemporaryFile creates the file
    // readable by its owner only (the database holds tokens); SQLite keeps those permissions
    // and gives them to its journal as well.
    QTemporaryFile partial(
        dir.filePath(QStringLiteral(".%1.XXXXXX.partial").arg(target.fileName())));
    partial.setAutoRemove(false);
    if (!partial.open())
        return fail(error,
                    QCoreApplication::translate("DemoDatabaseWriter", "Could not create a file in %1.")
                        .arg(shownDir),
                    partial.errorString());
    const QString partialPath = partial.fileName();
    partial.close();
    if (!QFile::setPermissions(partialPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        removeWithJournal(partialPath);
        return fail(error,
                    QCoreApplication::translate("DemoDatabaseWriter",
                                                "Could not make the demo database private to its owner."),
                    partialPath);
    }

    ErrorInfo writeError;
    if (!writeFile(partialPath, users, &writeError)) {
        removeWithJournal(partialPath);
        return fail(error, writeError.message, writeError.details);
    }

    // QFile::rename never replaces an existing file, so a file that appeared at path in the
    // meantime is left alone.
    QFile finished(partialPath);
    if (!finished.rename(path)) {
        const QString reason = finished.errorString();
        removeWithJournal(partialPath);
        if (QFileInfo::exists(path))
            return fail(error, alreadyExists(shownPath));
        return fail(error,
                    QCoreApplication::translate("DemoDatabaseWriter",
                                                "Could not save the demo database as %1.")
                        .arg(shownPath),
                    reason);
    }
    return true;
}

QString DemoDatabaseWriter::describe()
{
    return QCoreApplication::translate("DemoDatabaseWriter",
        "The demo database is a SQLite file in the v1 schema that the built-in plan "
        "user-integrations migrates from: users with their Gmail (about 60%), Google Calendar "
        "(about 35%), Telegram (about 20%) and Signal (about 10%) credentials in columns of the "
        "users table, plus about two emails, one digest and half a task per user. It holds the "
        "awkward data real customers have: names and tokens with quotes, backslashes, newlines, "
        "tabs, JSON, emoji and other Unicode; empty strings next to NULLs; tokens of 2 KB and "
        "more; mixed-case and non-ASCII email addresses; timestamps in several ISO-8601 forms; "
        "refresh_expired true, false and unknown; users with only a client id or only a refresh "
        "token; a few percent of unfinished OAuth sign-ins (an auth code or scopes but no "
        "token), which the checks report and the plan leaves alone; and Telegram accounts with "
        "and without a signup token. It has no NULL or duplicate emails and no orphan rows, so "
        "it migrates without blockers. The same number of users always gives the same content, "
        "and the file is readable by its owner only.");
}

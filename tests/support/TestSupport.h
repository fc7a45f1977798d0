#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the tests share: demo databases in temporary folders, exact comparisons of database
// files and contents, and running the real binary the way installers do.
class TestSupport
{
public:
    // Writes a v1 demo database with `users` users at dir/name; returns its path (empty on failure).
    static QString demoDatabase(const QString &dir, int users, const QString &name = QStringLiteral("demo.db"));
    static QByteArray fileSha256(const QString &path);
    // The built-in plan's folder in the source tree, and a writable copy of it in dir/plan
    // for a test that breaks one piece of it.
    static QString builtinPlanSource();
    static QString copyBuiltinPlan(const QString &dir);
    // Every table's CREATE statement (normalised) and every row (ordered by rowid), as text:
    // equal dumps mean equal databases, row for row and byte for byte.
    static QString dumpDatabase(const QString &path, const QStringList &skipTables = {});
    static QStringList tableNames(const QString &path);
    // Runs one SQL script against a SQLite file (via QtSql, one statement at a time).
    static bool execSql(const QString &path, const QString &script, QString *error = nullptr);
    // A scalar query against a SQLite file.
    static QVariant scalar(const QString &path, const QString &sql);

    struct ProcessResult
    {
        int exitCode = -1;
        bool crashed = false;
        QByteArray out;
        QByteArray err;
    };
    static QString binary(); // $MA_BINARY, set by CTest
    static ProcessResult runBinary(const QStringList &arguments, int timeoutMs = 120000,
                                   const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    // A headless environment: no DISPLAY, no QT_QPA_PLATFORM, as on a server.
    static QProcessEnvironment headlessEnvironment();
};

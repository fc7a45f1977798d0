// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <memory>

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// What the tests share: demo databases in temporary folders, exact comparisons of database
// files and contents, and running the real binary the way installers do.
class Plan;

class TestSupport
{
public:
    // Writes a v1 demo database with `users` users at dir/name; returns its path (empty on failure).
    static QString demoDatabase(const QString &dir, int users, const QString &name = QStringLiteral("demo.db"));
    static QByteArray fileSha256(const QString &path);
    // The built-in plan's folder in the source tree, and a writable copy of it in dir/plan
    // for a test that breaks one piece of it.
    static QString builtinPlanSource();
    // A plan loaded as the CLI and the wizard load it, for RunOptions::plan ("" = the default
    // plan); a plan that does not load fails the calling test's QVERIFY on nullptr.
    static std::shared_ptr<const Plan> plan(const QString &nameOrFolder = {});
    static QString copyBuiltinPlan(const QString &dir);
    // The plan folder `source` copied to dir/plan, writable: for tests that change a plan.
    static QString copyPlan(const QString &source, const QString &dir);
    // Every table's CREATE statement (normalised) and every row (ordered by rowid), as text:
    // equal dumps mean equal databases, row for row and byte for byte.
    // `maskedColumns` ("table.column") are shown as <masked>: values that differ between two
    // identical runs (the time a row was written).
    static QString dumpDatabase(const QString &path, const QStringList &skipTables = {},
                                const QStringList &maskedColumns = {});
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
    // headlessEnvironment() with HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, XDG_STATE_HOME
    // and XDG_RUNTIME_DIR inside `home` (created), so whatever a run writes for its user (settings,
    // logs, a server's lock file) lands where a test can look at it.
    static QProcessEnvironment isolatedEnvironment(const QString &home);
    // `--lint dir` by the real binary, headless.
    static ProcessResult lintFolder(const QString &dir, int timeoutMs = 60000);

    // A run's exit code, stdout and stderr, for a failure message.
    static QString describe(const ProcessResult &result);
    // stdout as one JSON object; *problem says why not.
    static QJsonObject jsonOf(const QByteArray &out, QString *problem);
    // A folder's entries (hidden ones too), sorted; and just its *.bak files.
    static QStringList listing(const QString &dir);
    static QStringList backups(const QString &dir);
    static int fileMode(const QString &path); // st_mode & 07777, -1 when missing
    static bool hasTable(const QString &db, const QString &table);
    static bool replaceInFile(const QString &path, const QByteArray &from, const QByteArray &to);
    static bool appendToFile(const QString &path, const QByteArray &text);
    // Writes `files` (a path relative to dir → its bytes) into dir, making dir and the folders
    // the paths name; false as soon as one file cannot be written whole.
    static bool writeFiles(const QString &dir, const QMap<QString, QByteArray> &files);
    // Every credential of a v1 demo database (tokens, secrets, auth codes, signup tokens) of at
    // least 12 characters: what must never show up outside the database and its backups.
    static QStringList demoSecrets(const QString &db);
};

// Fails the test (with the run's output) unless it ended normally with the expected code.
#define EXPECT_EXIT(result, code)                                                                                    \
    do {                                                                                                             \
        const TestSupport::ProcessResult &r_ = (result);                                                            \
        QVERIFY2(!r_.crashed,                                                                                        \
                 qPrintable(QStringLiteral("the process crashed or timed out: ") + TestSupport::describe(r_)));     \
        QVERIFY2(r_.exitCode == (code),                                                                              \
                 qPrintable(QStringLiteral("expected exit code %1, got ").arg(code) + TestSupport::describe(r_)));   \
    } while (false)

#define PARSE_JSON(var, result)                                                                                      \
    QJsonObject var;                                                                                                 \
    do {                                                                                                             \
        QString problem_;                                                                                            \
        var = TestSupport::jsonOf((result).out, &problem_);                                                          \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_ + TestSupport::describe(result)));                         \
    } while (false)

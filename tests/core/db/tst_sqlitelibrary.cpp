// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteLibrary: the first connection switches off SQLite's process-wide memory statistics,
// whose one mutex made two connections on two threads (a fleet with --parallel 2) wait for
// each other on nearly every row (bench/fleet_parallel.sh; docs/benchmarks.md).
#include "db/ConnectionSpec.h"
#include "db/DatabaseConnection.h"
#include "db/SqliteLibrary.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

class TestSqliteLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstConnectionSwitchesStatisticsOff();
};

void TestSqliteLibrary::firstConnectionSwitchesStatisticsOff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("t.db"));
    QFile touch(path);
    QVERIFY(touch.open(QIODevice::WriteOnly));
    touch.close();

    DatabaseConnection db(ConnectionSpec::sqlite(path));
    ErrorInfo error;
    QVERIFY2(db.open(DatabaseConnection::Mode::ReadWrite, &error), qPrintable(error.message));
    // Statements that allocate for every row, as the plans' steps do with printf().
    QVERIFY2(db.exec(QStringLiteral("CREATE TABLE t AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                    "SELECT i + 1 FROM n WHERE i < 5000) SELECT i, printf('u%07d-%s', i, "
                                    "hex(randomblob(40))) AS v FROM n"),
                     &error),
             qPrintable(error.message));
    QCOMPARE(db.scalar(QStringLiteral("SELECT COUNT(DISTINCT v) FROM t"), &error).toInt(), 5000);

    // With the statistics on, SQLite counts every byte it holds (hundreds of KiB by now).
    sqlite3_int64 current = -1;
    sqlite3_int64 highest = -1;
    QCOMPARE(sqlite3_status64(SQLITE_STATUS_MEMORY_USED, &current, &highest, 0), SQLITE_OK);
    QCOMPARE(current, sqlite3_int64(0));
    QCOMPARE(highest, sqlite3_int64(0));
    QCOMPARE(sqlite3_memory_used(), sqlite3_int64(0));

    // Once SQLite runs, configuring again changes nothing and breaks nothing.
    SqliteLibrary::configure();
    DatabaseConnection second(ConnectionSpec::sqlite(path));
    QVERIFY2(second.open(DatabaseConnection::Mode::ReadOnly, &error), qPrintable(error.message));
    QCOMPARE(second.scalar(QStringLiteral("SELECT COUNT(*) FROM t"), &error).toInt(), 5000);
}

QTEST_GUILESS_MAIN(TestSqliteLibrary)
#include "tst_sqlitelibrary.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// SQLite's table rebuild (lang_altertable.html, "Making Other Kinds Of Table Schema Changes")
// written as a Sqitch script — PRAGMA foreign_keys=off; BEGIN; … DROP TABLE parent; ALTER TABLE
// new_parent RENAME TO parent; COMMIT; PRAGMA foreign_keys=on; — through the engine, on a parent
// whose children reference it ON DELETE CASCADE (tests/data/scripts/sqlite-rebuild): every
// child row is still there, even when the connection enforced foreign keys before the run; a
// rebuild that breaks a reference fails with foreign_key_check's finding and leaves the file
// byte for byte as it was.
#include "db/DatabaseConnection.h"
#include "run/RunContext.h"
#include "run/RunResult.h"
#include "transaction/MigrationRunner.h"
#include "transaction/OneTransactionRun.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kPlan = QStringLiteral(MA_SOURCE_DIR "/tests/data/scripts/sqlite-rebuild");

const QString kSchema = QStringLiteral(
    "CREATE TABLE parent (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER NOT NULL REFERENCES parent (id) ON DELETE CASCADE,"
    " label TEXT NOT NULL);\n"
    "INSERT INTO parent VALUES (1, 'one'), (2, 'two'), (3, 'three');\n"
    "INSERT INTO child (parent_id, label) VALUES (1, 'a'), (1, 'b'), (2, 'c'), (2, 'd'), (2, 'e'), (3, 'f');\n");

// Every child row, in order: what must survive the rebuild.
QString childRows(const QString &db)
{
    return TestSupport::scalar(db, QStringLiteral("SELECT group_concat(id || ':' || parent_id || ':' || label, ' ') "
                                                  "FROM (SELECT * FROM child ORDER BY id)"))
        .toString();
}

RunOptions optionsFor(const QString &db, RunAction action, const QString &plan)
{
    RunOptions options;
    options.action = action;
    options.connection = ConnectionSpec::sqlite(db);
    options.plan = TestSupport::plan(plan);
    return options;
}

} // namespace

class TestSqliteRebuild : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_n = 0;

    QString database()
    {
        const QString path = m_dir.filePath(QStringLiteral("rebuild%1.db").arg(++m_n));
        QString error;
        return TestSupport::execSql(path, kSchema, &error) ? path : (qWarning("%s", qPrintable(error)), QString());
    }

private Q_SLOTS:
    void theHazardIsReal()
    {
        // What the script does when sent as it is, foreign keys enforced: its PRAGMA inside the
        // transaction is a no-op, and DROP TABLE parent deletes every child through the cascade.
        const QString db = database();
        QVERIFY(!db.isEmpty());
        QVERIFY(TestSupport::execSql(db, QStringLiteral(
            "PRAGMA foreign_keys=on; BEGIN; PRAGMA foreign_keys=off; CREATE TABLE new_parent (id INTEGER PRIMARY KEY, "
            "name TEXT NOT NULL, note TEXT NOT NULL DEFAULT ''); INSERT INTO new_parent (id, name) SELECT id, name FROM "
            "parent; DROP TABLE parent; ALTER TABLE new_parent RENAME TO parent; COMMIT;")));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM child")).toInt(), 0);
    }

    void rebuildKeepsEveryChildRowAndRollsBack()
    {
        const QString db = database();
        QVERIFY(!db.isEmpty());
        const QString before = childRows(db);
        const RunResult applied = MigrationRunner(optionsFor(db, RunAction::Apply, kPlan)).run();
        QVERIFY2(applied.outcome == RunOutcome::Ok, qPrintable(applied.error.message + QLatin1Char('\n') + applied.error.details));
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM child")).toInt(), 6);
        QCOMPARE(childRows(db), before);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('parent') WHERE name = 'note'")).toInt(), 1);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_foreign_key_check")).toInt(), 0);
        // The verify script ran, and its ROLLBACK did not end the run's transaction.
        const auto verify = std::find_if(applied.validations.begin(), applied.validations.end(),
                                         [](const ValidationResult &v) { return v.id == QLatin1String("verify-note"); });
        QVERIFY(verify != applied.validations.end() && verify->passed);

        const RunResult rolledBack = MigrationRunner(optionsFor(db, RunAction::Rollback, kPlan)).run();
        QVERIFY2(rolledBack.outcome == RunOutcome::RolledBack, qPrintable(rolledBack.error.message + QLatin1Char('\n') + rolledBack.error.details));
        QCOMPARE(childRows(db), before);
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('parent') WHERE name = 'note'")).toInt(), 0);
    }

    void foreignKeysOnTheConnectionAreOffForTheRunAndBackAfter()
    {
        // A connection that enforces foreign keys (as the application's own would): the run
        // turns them off before its BEGIN and gives the setting back after its COMMIT.
        const QString db = database();
        QVERIFY(!db.isEmpty());
        const QString before = childRows(db);
        const RunOptions options = optionsFor(db, RunAction::Apply, kPlan);
        RunContext context(options);
        DatabaseConnection connection(options.connection);
        ErrorInfo error;
        QVERIFY2(connection.open(DatabaseConnection::Mode::ReadWrite, &error), qPrintable(error.message));
        QVERIFY(connection.exec(QStringLiteral("PRAGMA foreign_keys = ON"), &error));
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA foreign_keys"), &error).toInt(), 1);
        RunResult result;
        {
            OneTransactionRun run(context, connection, *options.plan);
            run.apply(result);
        }
        QVERIFY2(result.outcome == RunOutcome::Ok, qPrintable(result.error.message + QLatin1Char('\n') + result.error.details));
        QCOMPARE(connection.scalar(QStringLiteral("PRAGMA foreign_keys"), &error).toInt(), 1);
        QCOMPARE(connection.scalar(QStringLiteral("SELECT count(*) FROM child"), &error).toInt(), 6);
        QCOMPARE(childRows(db), before);
    }

    void aBrokenReferenceFailsAndLeavesTheFileAsItWas()
    {
        const QString db = database();
        QVERIFY(!db.isEmpty());
        const QString plan = TestSupport::copyPlan(kPlan, m_dir.filePath(QStringLiteral("broken")));
        QVERIFY(!plan.isEmpty());
        // The copy leaves parent 2 behind: three child rows then refer to nothing.
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/sqlite/01_rebuild_parent.sql"),
                                           "SELECT id, name FROM parent;", "SELECT id, name FROM parent WHERE id <> 2;"));
        const QByteArray before = TestSupport::fileSha256(db);
        const RunResult result = MigrationRunner(optionsFor(db, RunAction::Apply, plan)).run();
        QCOMPARE(result.outcome, RunOutcome::Failed);
        QVERIFY2(result.error.message.contains(QLatin1String("foreign_key_check")), qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QLatin1String("3 row(s) of child refer to no row of parent")),
                 qPrintable(result.error.message));
        QCOMPARE(TestSupport::fileSha256(db), before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteRebuild)
#include "tst_sqliterebuild.moc"

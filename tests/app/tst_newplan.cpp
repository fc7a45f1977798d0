// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// --new-plan and --lint by the REAL binary: the skeleton written by --new-plan lints clean
// (exit 0), runs with --plan DIR --rehearse, --apply and --rollback on a SQLite database where
// its from-version detect holds (the stand-in table its step file names in a comment), and a
// second --new-plan into the same folder is refused (exit 1); a broken plan lints with exit 1
// and file:line messages on stderr.
#include "TestSupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;

Result run(const QStringList &arguments)
{
    return TestSupport::runBinary(arguments, 60000, TestSupport::headlessEnvironment());
}

} // namespace

class TestNewPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeletonLintsCleanAndRuns()
    {
        QTemporaryDir dir;
        const QString plan = dir.path() + QStringLiteral("/tasks-archive");
        Result r = run({QStringLiteral("--new-plan"), plan, QStringLiteral("--from"), QStringLiteral("v7"),
                        QStringLiteral("--to"), QStringLiteral("v8")});
        QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
        QVERIFY(QFile::exists(plan + QStringLiteral("/postgresql/01_create_example.sql")));

        r = run({QStringLiteral("--lint"), plan});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(TestSupport::describe(r)));

        // The table the step file names as the stand-in of the v7 schema makes the v7 detect true.
        QFile step(plan + QStringLiteral("/sqlite/01_create_example.sql"));
        QVERIFY(step.open(QIODevice::ReadOnly));
        const auto standIn = QRegularExpression(QStringLiteral("-- stand-in table: (\\w+)")).match(QString::fromUtf8(step.readAll()));
        QVERIFY(standIn.hasMatch());
        const QString db = dir.path() + QStringLiteral("/product.db");
        QString error;
        QVERIFY2(TestSupport::execSql(db, QStringLiteral("CREATE TABLE %1 (id INTEGER PRIMARY KEY, name TEXT);"
                                                         "INSERT INTO %1 (name) VALUES ('a'), ('b');").arg(standIn.captured(1)),
                                      &error), qPrintable(error));
        const QStringList target{QStringLiteral("--headless"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                 QStringLiteral("--plan"), plan};
        for (const QString &action : {QStringLiteral("--check"), QStringLiteral("--rehearse")}) {
            r = run(target + QStringList{action});
            QVERIFY2(r.exitCode == 0, qPrintable(action + QLatin1Char(' ') + TestSupport::describe(r)));
        }
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("example_v8")));
        r = run(target + QStringList{QStringLiteral("--apply")});
        QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
        QVERIFY(TestSupport::hasTable(db, QStringLiteral("example_v8")));
        r = run(target + QStringList{QStringLiteral("--rollback")});
        QVERIFY2(r.exitCode == 0, qPrintable(TestSupport::describe(r)));
        QVERIFY(!TestSupport::hasTable(db, QStringLiteral("example_v8")));

        r = run({QStringLiteral("--new-plan"), plan, QStringLiteral("--from"), QStringLiteral("v7"),
                 QStringLiteral("--to"), QStringLiteral("v8")});
        QVERIFY2(r.exitCode == 1 && r.err.contains("not empty"), qPrintable(TestSupport::describe(r)));
        r = run({QStringLiteral("--new-plan"), dir.path() + QStringLiteral("/other"), QStringLiteral("--from"), QStringLiteral("v7")});
        QCOMPARE(r.exitCode, 1);
        r = run({QStringLiteral("--from"), QStringLiteral("v7")});
        QCOMPARE(r.exitCode, 1);
    }

    void brokenPlanLintsWithFileAndLine()
    {
        QTemporaryDir dir;
        const QString plan = TestSupport::copyPlan(QStringLiteral(MA_SOURCE_DIR "/tests/data/plans/task-positions"), dir.path());
        QVERIFY(TestSupport::appendToFile(plan + QStringLiteral("/postgresql/03_index_position.sql"),
                                          "CREATE INDEX CONCURRENTLY t_x ON tasks (title);\n"));
        const Result r = run({QStringLiteral("--lint"), plan});
        QVERIFY2(r.exitCode == 1, qPrintable(TestSupport::describe(r)));
        QVERIFY2(r.err.contains((plan + QStringLiteral("/postgresql/03_index_position.sql:2: CREATE INDEX CONCURRENTLY")).toUtf8()),
                 qPrintable(TestSupport::describe(r)));
        QVERIFY2(r.err.contains("Faults found: 1."), qPrintable(TestSupport::describe(r)));
        const Result clean = run({QStringLiteral("--lint"), QStringLiteral(MA_SOURCE_DIR "/tests/data/plans")});
        QVERIFY2(clean.exitCode == 0, qPrintable(TestSupport::describe(clean)));
    }
};

QTEST_GUILESS_MAIN(TestNewPlan)
#include "tst_newplan.moc"

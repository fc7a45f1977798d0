// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A path's rollback (PathRun) through a plan without rollback steps, on real SQLite: the
// newest applied plan alone is restored from its backup, exactly; a range that holds such a
// plan with another is refused before anything changes; the path's check previews it too.
#include "TestSupport.h"
#include "plan/Plan.h"
#include "plan/PlanCatalogue.h"
#include "run/RunResult.h"
#include "transaction/MigrationRunner.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kSetup = QStringLiteral(
    "CREATE TABLE owners (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "CREATE TABLE notes (id INTEGER PRIMARY KEY, owner_id INTEGER NOT NULL REFERENCES owners (id), body TEXT, "
    "legacy TEXT);\n"
    "CREATE TABLE archive (id INTEGER PRIMARY KEY, payload TEXT);\n"
    "INSERT INTO owners VALUES (1, 'ann'), (2, 'bo'), (3, 'cy');\n"
    "INSERT INTO notes VALUES (1, 1, 'a', 'x'), (2, 1, 'b', 'y'), (3, 2, NULL, 'z'), (4, 2, 'd', NULL), "
    "(5, 3, 'e', NULL);\n"
    "INSERT INTO archive VALUES (1, 'p'), (2, 'q'), (3, 'r'), (4, 's');\n");

DriverSql sqlite(const QString &sql)
{
    DriverSql s;
    s.byDriver.insert(QStringLiteral("sqlite"), sql);
    return s;
}

// i2 → i3 with rollback steps: the plan after drop-archive.
Plan labels(const Plan &before)
{
    Plan p;
    p.id = QStringLiteral("add-labels");
    p.title = p.id;
    p.fromVersion = QStringLiteral("i2");
    p.toVersion = QStringLiteral("i3");
    p.origin = QStringLiteral("built-in"); // no folder for PlanOnDisk to compare
    p.checksum = QStringLiteral("sha256-lf:") + QString(64, QLatin1Char('a'));
    p.tablesBefore = before.tablesAfter;
    p.tablesAfter = before.tablesAfter + QStringList{QStringLiteral("labels")};
    const QString hasLabels = QStringLiteral("(SELECT count(*) FROM sqlite_master WHERE name = 'labels')");
    p.detectSource = sqlite(QStringLiteral("SELECT (%1) = 0 AND (%2) = 1").arg(hasLabels, before.detectTarget.value(QStringLiteral("sqlite")).mid(7)));
    p.detectTarget = sqlite(QStringLiteral("SELECT %1 = 1").arg(hasLabels));
    PlanStep step;
    step.id = QStringLiteral("create");
    step.sql = sqlite(QStringLiteral("CREATE TABLE labels (note_id INTEGER, label TEXT)"));
    p.steps << step;
    PlanStep undo;
    undo.id = QStringLiteral("drop");
    undo.sql = sqlite(QStringLiteral("DROP TABLE labels"));
    p.rollbackSteps << undo;
    return p;
}

} // namespace

class TestPathRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::shared_ptr<const PlanCatalogue> m_catalogue;
    int m_n = 0;

    RunResult run(const QString &db, RunAction action, const QString &to = {})
    {
        RunOptions options;
        options.action = action;
        options.connection = ConnectionSpec::sqlite(db);
        options.catalogue = m_catalogue;
        options.targetVersion = to;
        if (action != RunAction::Rollback)
            options.acceptedRisks = {QStringLiteral("drops-data")};
        options.operatorName = QStringLiteral("path-test");
        options.lockFile = db + QStringLiteral(".lock");
        return MigrationRunner(options).run();
    }
    QString notes()
    {
        const QString dir = m_tmp.filePath(QString::number(++m_n));
        QDir().mkpath(dir);
        const QString path = dir + QStringLiteral("/notes.db");
        QString error;
        if (!TestSupport::execSql(path, kSetup, &error))
            qWarning("%s", qPrintable(error));
        return path;
    }
    static QString dump(const QString &db)
    {
        return TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        const auto drop = TestSupport::plan(QStringLiteral(MA_SOURCE_DIR "/tests/data/impact/drop-archive"));
        QVERIFY(drop);
        ErrorInfo error;
        const auto linked = PlanCatalogue::link({*drop, labels(*drop)}, &error);
        QVERIFY2(linked, qPrintable(error.message));
        m_catalogue = std::make_shared<const PlanCatalogue>(*linked);
    }

    void pathCheckPreviews()
    {
        const QString db = notes();
        const QString before = dump(db);
        const RunResult r = run(db, RunAction::Check);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        const auto drops = std::find_if(r.checks.begin(), r.checks.end(),
                                        [](const CheckResult &c) { return c.id == QLatin1String("drops-data"); });
        QVERIFY(drops != r.checks.end() && drops->accepted && drops->value == 7);
        QCOMPARE(dump(db), before);
    }

    void newestAloneIsRestored()
    {
        const QString db = notes();
        const QString before = dump(db);
        RunResult r = run(db, RunAction::Apply, QStringLiteral("i2"));
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        r = run(db, RunAction::Rollback);
        QVERIFY2(r.outcome == RunOutcome::RolledBack, qPrintable(r.error.message + r.error.details));
        QCOMPARE(dump(db), before);
    }

    void rangeIsRefusedThenStepByStep()
    {
        const QString db = notes();
        const QString before = dump(db);
        RunResult r = run(db, RunAction::Apply);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        const QString applied = dump(db);
        // Both plans at once: drop-archive could only be restored, which would undo add-labels too.
        r = run(db, RunAction::Rollback, QStringLiteral("i1"));
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        QVERIFY2(r.error.message.contains(QLatin1String("drop-archive has no rollback steps")), qPrintable(r.error.message));
        QCOMPARE(dump(db), applied);
        // One after the other: add-labels by its steps, then drop-archive by its backup.
        r = run(db, RunAction::Rollback);
        QVERIFY2(r.outcome == RunOutcome::RolledBack, qPrintable(r.error.message));
        r = run(db, RunAction::Rollback);
        QVERIFY2(r.outcome == RunOutcome::RolledBack, qPrintable(r.error.message + r.error.details));
        QCOMPARE(dump(db), before);
    }
};

QTEST_GUILESS_MAIN(TestPathRestore)
#include "tst_pathrestore.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "history/HistoryStore.h"
#include "plan/PlanCatalogue.h"
#include "transaction/MigrationRunner.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// --finalize in process (FinalizeRun, FinalizedPlan): nothing applied is nothing to do; before
// the keep period is over it is Blocked with the day it is due and nothing changes; once over,
// the finalize steps and the history row commit together and the apply's backup goes; then
// the rollback is Blocked, naming who finalized it and when. "On time" is made by moving the
// apply's finished_at back (or by a plan folder keeping 0 days), never by a clock of the product's.
class TestFinalizeRun : public QObject
{
    Q_OBJECT

    RunResult run(const QString &path, RunAction action, std::shared_ptr<const Plan> plan = {})
    {
        RunOptions options;
        options.action = action;
        options.connection = ConnectionSpec::sqlite(path);
        options.catalogue = m_catalogue;
        options.plan = plan ? plan : (action == RunAction::Finalize ? nullptr : m_plan);
        options.acceptAllWarnings = true;
        options.operatorName = QStringLiteral("anna");
        options.lockFile = m_dir.filePath(QStringLiteral("run.lock"));
        return MigrationRunner(options).run();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        ErrorInfo error;
        auto catalogue = PlanCatalogue::load({}, {}, &error);
        QVERIFY2(catalogue, qPrintable(error.message));
        m_catalogue = std::make_shared<const PlanCatalogue>(std::move(*catalogue));
        m_plan = TestSupport::plan(QStringLiteral("user-integrations"));
        QVERIFY(m_plan);
    }

    void nothingAppliedIsNothingToDo()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 30, QStringLiteral("fresh.db"));
        const RunResult r = run(path, RunAction::Finalize);
        QCOMPARE(r.outcome, RunOutcome::NothingToDo);
        QVERIFY(!TestSupport::hasTable(path, HistoryStore::tableName()));
    }

    void tooEarlyThenOnTimeThenRollbackRefused()
    {
        const QString path = TestSupport::demoDatabase(m_dir.path(), 30, QStringLiteral("kept.db"));
        const RunResult applied = run(path, RunAction::Apply);
        QCOMPARE(applied.outcome, RunOutcome::Ok);
        QVERIFY(QFile::exists(applied.backupPath));

        const QByteArray before = TestSupport::fileSha256(path);
        RunResult r = run(path, RunAction::Finalize);
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        const QDateTime applyTime = QDateTime::fromString(
            TestSupport::scalar(path, QStringLiteral("SELECT finished_at FROM migration_assistant_history")).toString(),
            Qt::ISODateWithMs);
        const QString due = applyTime.addDays(14).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY2(r.error.message.contains(QStringLiteral("until ") + due), qPrintable(r.error.message));
        QCOMPARE(TestSupport::fileSha256(path), before);

        QVERIFY(TestSupport::execSql(path, QStringLiteral("UPDATE migration_assistant_history SET finished_at = '%1';")
                                               .arg(QDateTime::currentDateTimeUtc().addDays(-14).addSecs(-60)
                                                        .toString(Qt::ISODateWithMs))));
        r = run(path, RunAction::Finalize);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        QCOMPARE(r.planId, QStringLiteral("user-integrations"));
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("users_old")));
        QVERIFY(!QFile::exists(applied.backupPath));
        QVERIFY2(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("Deleted the backup ") + applied.backupPath),
                 qPrintable(r.notes.join(QLatin1Char('\n'))));
        QCOMPARE(run(path, RunAction::Finalize).outcome, RunOutcome::NothingToDo);

        const QByteArray finalized = TestSupport::fileSha256(path);
        r = run(path, RunAction::Rollback);
        QCOMPARE(r.outcome, RunOutcome::Blocked);
        QVERIFY2(r.error.message.startsWith(QStringLiteral("The plan user-integrations was finalized on ")),
                 qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(QStringLiteral(" by anna ")), qPrintable(r.error.message));
        QCOMPARE(TestSupport::fileSha256(path), finalized);

        // --status says so.
        r = run(path, RunAction::Status, m_plan);
        QCOMPARE(r.outcome, RunOutcome::Ok);
        QVERIFY2(r.notes.join(QLatin1Char('\n')).contains(QStringLiteral("was finalized on ")),
                 qPrintable(r.notes.join(QLatin1Char('\n'))));
    }

    // A plan folder may keep for 0 days; --plan finalizes just that plan.
    void aPlanKeepingNoDaysIsDueAtOnce()
    {
        const QString folder = TestSupport::copyBuiltinPlan(m_dir.path());
        QVERIFY(TestSupport::replaceInFile(folder + QStringLiteral("/plan.json"), "\"keep_days\": 14",
                                           "\"keep_days\": 0"));
        const auto plan = TestSupport::plan(folder);
        QVERIFY(plan);
        QCOMPARE(plan->finalize.keepDays, 0);
        const QString path = TestSupport::demoDatabase(m_dir.path(), 30, QStringLiteral("zero.db"));
        QCOMPARE(run(path, RunAction::Apply, plan).outcome, RunOutcome::Ok);
        const RunResult r = run(path, RunAction::Finalize, plan);
        QVERIFY2(r.outcome == RunOutcome::Ok, qPrintable(r.error.message));
        QVERIFY(!TestSupport::hasTable(path, QStringLiteral("users_old")));
        QCOMPARE(run(path, RunAction::Rollback, plan).outcome, RunOutcome::Blocked);
    }

private:
    QTemporaryDir m_dir;
    std::shared_ptr<const PlanCatalogue> m_catalogue;
    std::shared_ptr<const Plan> m_plan;
};

QTEST_GUILESS_MAIN(TestFinalizeRun)
#include "tst_finalizerun.moc"

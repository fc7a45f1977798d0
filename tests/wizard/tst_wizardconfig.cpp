// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/PlanLoader.h"
#include "WizardConfig.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// What the wizard's pages decide together, without a window: verification of the
// connection, the plan, and the options of every run.
class TestWizardConfig : public QObject
{
    Q_OBJECT

    static CheckResult warning(const QString &id)
    {
        CheckResult c;
        c.id = id;
        c.title = id;
        c.severity = PlanCheck::Severity::Warning;
        c.passed = false;
        c.value = 3;
        c.message = QStringLiteral("3 users: ") + id;
        return c;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    }

    void connectionIsVerifiedOnlyForWhatWasTested()
    {
        WizardConfig config(m_settings.get());
        QSignalSpy verified(&config, &WizardConfig::connectionVerifiedChanged);
        const ConnectionSpec a = ConnectionSpec::sqlite(QStringLiteral("/data/a.db"));
        const ConnectionSpec b = ConnectionSpec::sqlite(QStringLiteral("/data/b.db"));
        config.setConnection(a);
        QVERIFY(!config.isConnectionVerified());
        config.connectionTested(b, true); // an answer about other fields: ignored
        QVERIFY(!config.isConnectionVerified());
        config.connectionTested(a, true);
        QVERIFY(config.isConnectionVerified());
        QCOMPARE(config.recent().list().value(0).path, a.path);
        config.setConnection(a); // the same again: still verified
        QVERIFY(config.isConnectionVerified());
        config.setConnection(b);
        QVERIFY(!config.isConnectionVerified());
        QCOMPARE(verified.count(), 2);

        QVERIFY(!WizardConfig::incompleteReason(ConnectionSpec{}).isEmpty());
        ConnectionSpec pg;
        pg.driver = ConnectionSpec::Driver::Postgresql;
        QVERIFY(WizardConfig::incompleteReason(pg).contains(QStringLiteral("host")));
        pg.host = QStringLiteral("h");
        pg.database = QStringLiteral("d");
        QVERIFY(WizardConfig::incompleteReason(pg).isEmpty());
    }

    void planSelection()
    {
        WizardConfig config(m_settings.get());
        QCOMPARE(config.planSource(), PlanLoader::defaultPlanId());
        QVERIFY(config.plan());
        QCOMPARE(config.plan()->fromVersion, QStringLiteral("v1"));
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/a.db")));
        QVERIFY(config.planProblem().isEmpty());
        ErrorInfo error;
        QVERIFY(!config.selectPlan(QStringLiteral("no-such-plan"), &error));
        QVERIFY(error.isError());
        QCOMPARE(config.planSource(), PlanLoader::defaultPlanId()); // unchanged
        QVERIFY(!config.openPlanFolder(m_dir.path(), &error));       // no plan.json there
        QCOMPARE(config.planSources(), PlanLoader::builtinPlanIds());
    }

    void runOptionsCarryExactlyWhatWasAccepted()
    {
        WizardConfig config(m_settings.get());
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/customer.db")));
        RunResult checked;
        checked.outcome = RunOutcome::Blocked;
        checked.checks = {warning(QStringLiteral("w1")), warning(QStringLiteral("w2"))};
        config.setCheckResult(checked);
        config.checks()->setAccepted(QStringLiteral("w2"), true);
        config.setOperatorName(QStringLiteral("  Ana  "));

        const RunOptions apply = config.runOptions(RunAction::Apply);
        QCOMPARE(apply.action, RunAction::Apply);
        QCOMPARE(apply.acceptedRisks, QStringList{QStringLiteral("w2")});
        QVERIFY(!apply.acceptAllWarnings);
        QCOMPARE(apply.operatorName, QStringLiteral("Ana"));
        QCOMPARE(apply.connection.path, QStringLiteral("/data/customer.db"));
        // The run gets the very plan the pages showed, not a name to load again.
        QCOMPARE(apply.plan.get(), config.plan());
        QCOMPARE(apply.plan->id, PlanLoader::defaultPlanId());
        const RunOptions rehearse = config.runOptions(RunAction::Rehearse);
        QVERIFY(rehearse.acceptAllWarnings);
        QVERIFY(config.runOptions(RunAction::Rollback).acceptedRisks.isEmpty());

        // The report marks what was accepted, by whom; the verdict follows the boxes.
        RunResult report = config.checkReport();
        QVERIFY(!report.checks.at(0).accepted);
        QVERIFY(report.checks.at(1).accepted);
        QCOMPARE(report.checks.at(1).acceptedBy, QStringLiteral("Ana"));
        QCOMPARE(report.outcome, RunOutcome::Blocked);
        config.checks()->setAccepted(QStringLiteral("w1"), true);
        QCOMPARE(config.checkReport().outcome, RunOutcome::Ok);

        // The Confirm page's summary.
        QString all;
        for (const auto &[label, value] : config.summary())
            all += label + QStringLiteral(": ") + value + QLatin1Char('\n');
        QVERIFY(all.contains(QStringLiteral("sqlite:/data/customer.db")));
        QVERIFY(all.contains(QStringLiteral("beside the file in /data")));
        QVERIFY(all.contains(QStringLiteral("3 users: w1 (w1)")));
        QVERIFY(all.contains(QStringLiteral("Operator: Ana")));
        QVERIFY(all.contains(QStringLiteral("users, emails, digests, tasks")));

        // Another database: the checks are about the old one and go.
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/other.db")));
        QVERIFY(!config.hasCheckResult());
        QCOMPARE(config.checks()->rowCount(), 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
};

QTEST_GUILESS_MAIN(TestWizardConfig)
#include "tst_wizardconfig.moc"

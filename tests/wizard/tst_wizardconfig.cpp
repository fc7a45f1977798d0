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
        config.setSinglePlan(true); // the advanced choice: exactly this plan
        QVERIFY2(config.planProblem().isEmpty(), qPrintable(config.planProblem()));
        ErrorInfo error;
        QVERIFY(!config.selectPlan(QStringLiteral("no-such-plan"), &error));
        QVERIFY(error.isError());
        QCOMPARE(config.planSource(), PlanLoader::defaultPlanId()); // unchanged
        QVERIFY(!config.openPlanFolder(m_dir.path(), &error));       // no plan.json there
        QCOMPARE(config.planSources(), PlanLoader::builtinPlanIds());
    }

    static DatabaseVersion at(const QString &version)
    {
        DatabaseVersion v;
        v.source = DatabaseVersion::Source::Detected;
        v.version = version;
        return v;
    }

    // Without a plan chosen, runs follow the path from the database's version to the target.
    void pathFromTheDatabasesVersion()
    {
        WizardConfig config(m_settings.get());
        QVERIFY2(config.catalogue(), qPrintable(config.catalogueError()));
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/a.db")));
        QVERIFY(!config.planProblem().isEmpty()); // not tested yet: where it stands is not known
        QVERIFY(config.runPlans().isEmpty());

        QSignalSpy changed(&config, &WizardConfig::planChanged);
        config.connectionTested(config.connection(), true, at(QStringLiteral("v1")));
        QVERIFY(changed.count() > 0);
        QCOMPARE(config.latestVersion(), QStringLiteral("v3"));
        QCOMPARE(config.targetVersions(), (QStringList{QStringLiteral("v2"), QStringLiteral("v3")}));
        QCOMPARE(config.effectiveTarget(), QStringLiteral("v3"));
        QCOMPARE(config.runPlans().size(), 2);
        QCOMPARE(config.whereText(), QStringLiteral("This database is at v1. The newest version is v3: 2 plans will run: "
                                                    "user-integrations, encrypt-tokens."));
        QVERIFY(config.needsKey());
        QVERIFY2(config.planProblem().contains(QStringLiteral("key file")), qPrintable(config.planProblem()));
        RunOptions options = config.runOptions(RunAction::Check);
        QVERIFY(!options.plan);
        QCOMPARE(options.catalogue, config.catalogue());
        QVERIFY(options.targetVersion.isEmpty());

        config.setTargetVersion(QStringLiteral("v2"));
        QCOMPARE(config.runPlans().size(), 1);
        QCOMPARE(config.runPlans().first()->id, QStringLiteral("user-integrations"));
        QVERIFY(!config.needsKey());
        QVERIFY2(config.planProblem().isEmpty(), qPrintable(config.planProblem()));
        QCOMPARE(config.runOptions(RunAction::Apply).targetVersion, QStringLiteral("v2"));
        // A rollback goes back where it is told, not to the target.
        QCOMPARE(config.runOptions(RunAction::Rollback, QStringLiteral("v1")).targetVersion, QStringLiteral("v1"));
        config.setTargetVersion(QStringLiteral("v3")); // the newest is written as no target
        QVERIFY(config.targetVersion().isEmpty());

        // The advanced choice: exactly one plan.
        config.setSinglePlan(true);
        QCOMPARE(config.runOptions(RunAction::Apply).plan.get(), config.plan());
        QCOMPARE(config.runPlans().size(), 1);
        config.setSinglePlan(false);

        // At the newest version: nothing to run.
        config.setDatabaseVersion(at(QStringLiteral("v3")));
        QVERIFY(config.targetVersions().isEmpty());
        QVERIFY(config.runPlans().isEmpty());
        QVERIFY(!config.planProblem().isEmpty());
        QVERIFY2(config.whereText().contains(QStringLiteral("nothing to migrate")), qPrintable(config.whereText()));

        // Unknown, newer, drifted: the engine's words, and no target.
        DatabaseVersion unknown;
        config.setDatabaseVersion(unknown);
        QCOMPARE(config.whereText(), unknown.describe());
        QCOMPARE(config.planProblem(), unknown.blocker(QStringLiteral("v3")));
        DatabaseVersion newer = at(QStringLiteral("v9"));
        newer.source = DatabaseVersion::Source::History;
        newer.newerThanKnown = true;
        config.setDatabaseVersion(newer);
        QCOMPARE(config.planProblem(), newer.blocker(QStringLiteral("v3")));
        QVERIFY(config.targetVersions().isEmpty());
        DatabaseVersion drifted = at(QStringLiteral("v2"));
        drifted.drift << QStringLiteral("users_old is missing.");
        config.setDatabaseVersion(drifted);
        QVERIFY(config.targetVersions().isEmpty());
        QVERIFY2(config.planProblem().contains(QStringLiteral("users_old is missing.")), qPrintable(config.planProblem()));

        // Another database: where the old one stood is forgotten.
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/b.db")));
        QVERIFY(!config.databaseVersion());
    }

    void runOptionsCarryExactlyWhatWasAccepted()
    {
        WizardConfig config(m_settings.get());
        config.setConnection(ConnectionSpec::sqlite(QStringLiteral("/data/customer.db")));
        config.setDatabaseVersion(at(QStringLiteral("v1")));
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
        // The run gets the very catalogue the pages showed, not names to load again.
        QVERIFY(!apply.plan);
        QCOMPARE(apply.catalogue, config.catalogue());
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

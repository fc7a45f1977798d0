// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A migration project of another tool in the wizard (issue 15): Sqitch's own tutorial project
// (../shared/fixtures/sqitch-sqlite-intro, copied) opened on the plan page of a database the
// assistant deployed to its first tag. The page says where the database is by Sqitch's
// registry and lists every change (deployed, will run); the checks page shows the data-impact
// preview; the apply leaves `sqitch status` saying nothing is left to deploy.
#include "ChecksPage.h"
#include "DonePage.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "SqitchTool.h"
#include "TestSupport.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

class TestWizardProject : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sqitchProjectFromTheFirstTagToTheLatest()
    {
        const QString project = SqitchTool::copyFixture(QStringLiteral("sqitch-sqlite-intro"), m_dir.path());
        if (project.isEmpty())
            QSKIP("the Sqitch fixtures are not there (../shared/fixtures or $MA_SQITCH_FIXTURES)");
        const QString db = m_dir.filePath(QStringLiteral("flipr.db"));
        QFile(db).open(QIODevice::WriteOnly); // sqitch deploys into an empty database
        EXPECT_EXIT(TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--apply"), QStringLiteral("--yes"),
                                            QStringLiteral("--db"), QStringLiteral("sqlite:") + db, QStringLiteral("--plan"),
                                            project, QStringLiteral("--to"), QStringLiteral("@v1.0.0-dev1")}),
                    0);

        WizardDriver driver(m_dir.filePath(QStringLiteral("project.ini")));
        MigrationWizard *wizard = driver.wizard();
        wizard->show();
        QVERIFY(driver.connectSqlite(db));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        PlanPage *page = wizard->planPage();
        QVERIFY(page->projectButton()->isVisible());
        QVERIFY(page->openSource(project));
        QVERIFY(QTest::qWaitFor([&] { return !page->isLocating(); }, 30000));
        QCOMPARE(page->whereText(), QStringLiteral("This database is at userflips@v1.0.0-dev2 (from Sqitch's registry). "
                                                   "3 changes will run, up to userflips."));
        const QString details = page->detailsText();
        QVERIFY2(details.contains(QStringLiteral("Sqitch project “flipr”, 6 changes")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("1.usersdeployed")) || details.contains(QStringLiteral("users\tdeployed"))
                     || details.contains(QStringLiteral("deployed")),
                 qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("will run")), qPrintable(details));
        QVERIFY2(details.contains(QStringLiteral("tag @v1.0.0-dev2")), qPrintable(details));
        QVERIFY2(driver.isNextEnabled(), qPrintable(page->problemText()));
        if (qEnvironmentVariableIsSet("MA_SCREENSHOT_DIR"))
            wizard->grab().save(QDir(qEnvironmentVariable("MA_SCREENSHOT_DIR")).filePath(QStringLiteral("plan-sqitch.png")));

        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());
        QStringList ids;
        for (const CheckResult &c : wizard->config()->checkResult().checks)
            ids << c.planId + QLatin1Char(':') + c.id;
        QVERIFY2(ids.contains(QStringLiteral("lists:impact-schema")), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY2(ids.contains(QStringLiteral("hashtags:drops-data")), qPrintable(ids.join(QLatin1Char(' '))));
        QVERIFY(driver.startApplyFromChecks());
        QVERIFY(driver.waitForRunFinished());
        QVERIFY(driver.waitForPage(DonePageId, 60000));
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Ok);
        QCOMPARE(wizard->donePage()->shownResult().toVersion, QStringLiteral("userflips"));

        if (SqitchTool::available()) {
            const auto status = SqitchTool::run(project, {QStringLiteral("status"), QStringLiteral("db:sqlite:") + db});
            QVERIFY2(SqitchTool::statusText(status).contains(QStringLiteral("Nothing to deploy (up-to-date)")),
                     qPrintable(SqitchTool::statusText(status)));
        }
    }
};

QTEST_MAIN(TestWizardProject)
#include "tst_wizard_project.moc"

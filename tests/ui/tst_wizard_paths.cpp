// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The wizard follows the path from the database's version (../shared/spec/cli.md, "Versions
// and paths"): the plan page says where a v1 demo database stands and which plans will run,
// with the target to choose; v2 runs only user-integrations; the checks of v1 → v3 are grouped
// by plan; the run page names the plan running; the Done page and History list each plan.
#include "ChecksPage.h"
#include "CheckTableModel.h"
#include "DonePage.h"
#include "FileDialog.h"
#include "HistoryDialog.h"
#include "HistoryTableModel.h"
#include "MigrationWizard.h"
#include "PlanPage.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunPage.h"
#include "RunResultView.h"
#include "TestSupport.h"
#include "TokenOpener.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestWizardPaths : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString keyFile()
    {
        const QString path = m_dir.filePath(QStringLiteral("tokens.key"));
        if (!QFile::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(TokenOpener::keyFileText(TokenOpener::randomKey()));
        }
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void planPageSaysWhereTheDatabaseStandsAndWhatWillRun()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 200, QStringLiteral("where.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("where.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.connectSqlite(db));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        PlanPage *page = wizard->planPage();
        QCOMPARE(page->whereText(),
                 QStringLiteral("This database is at v1. The newest version is v3: 2 plans will run: user-integrations, "
                                "encrypt-tokens."));
        QComboBox *target = page->targetBox();
        QCOMPARE(target->count(), 2);
        QCOMPARE(target->itemData(0).toString(), QStringLiteral("v2"));
        QCOMPARE(target->itemData(1).toString(), QStringLiteral("v3"));
        QCOMPARE(target->currentData().toString(), QStringLiteral("v3")); // the newest by default
        // encrypt-tokens is on the path: its key is asked for, and Next waits for it.
        QVERIFY(page->keyRowShown());
        QVERIFY(!driver.isNextEnabled());
        QVERIFY(page->detailsText().contains(QStringLiteral("Plan 2 of 2")));

        // v2: only user-integrations, no key needed.
        QVERIFY(driver.chooseTarget(QStringLiteral("v2")));
        QCOMPARE(page->whereText(), QStringLiteral("This database is at v1. To reach v2, 1 plan will run: user-integrations."));
        QVERIFY(!page->keyRowShown());
        QVERIFY2(driver.isNextEnabled(), qPrintable(page->problemText()));
        const RunOptions options = wizard->config()->runOptions(RunAction::Apply);
        QVERIFY(!options.plan);
        QVERIFY(options.catalogue);
        QCOMPARE(options.targetVersion, QStringLiteral("v2"));

        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());
        QVERIFY(driver.startApplyFromChecks());
        QVERIFY(driver.waitForRunFinished());
        QVERIFY(driver.waitForPage(DonePageId, 60000));
        const RunResult &done = wizard->donePage()->shownResult();
        QCOMPARE(done.outcome, RunOutcome::Ok);
        QCOMPARE(done.toVersion, QStringLiteral("v2"));
        QCOMPARE(done.path.size(), size_t(1));
        QCOMPARE(done.path.front().planId, QStringLiteral("user-integrations"));
    }

    void wholePathWithAKey()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 300, QStringLiteral("path.db"));
        WizardDriver driver(m_dir.filePath(QStringLiteral("path.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.connectSqlite(db));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        PlanPage *page = wizard->planPage();
        FileDialog::setNextFileName(keyFile());
        QTest::mouseClick(page->keyButton(), Qt::LeftButton);
        QVERIFY2(driver.isNextEnabled(), qPrintable(page->problemText()));

        // The checks, grouped by plan: a heading row before each plan's checks.
        driver.clickNext();
        QVERIFY(driver.waitForPage(ChecksPageId) && driver.waitForChecks());
        CheckTableModel *checks = wizard->config()->checks();
        QVERIFY(checks->isHeading(0));
        QVERIFY2(checks->data(checks->index(0, 0)).toString().startsWith(QStringLiteral("Plan 1 of 2: ")),
                 qPrintable(checks->data(checks->index(0, 0)).toString()));
        int headings = 0;
        QString plan;
        QStringList order;
        for (int row = 0; row < checks->rowCount(); ++row) {
            if (checks->isHeading(row)) {
                ++headings;
                continue;
            }
            const QString id = checks->checkAt(row)->planId;
            if (id != plan)
                order << id;
            plan = id;
        }
        QCOMPARE(headings, 2);
        QCOMPARE(order, (QStringList{QStringLiteral("user-integrations"), QStringLiteral("encrypt-tokens")}));
        QCOMPARE(wizard->checksPage()->table()->columnSpan(0, 0), int(CheckTableModel::ColumnCount));

        // The run page names the plan running.
        QStringList planTexts;
        RunPage *run = wizard->runPage();
        connect(run->controller(), &RunController::progressed, this, [&] {
            const QString text = run->monitor()->planText();
            if (!text.isEmpty() && !planTexts.contains(text))
                planTexts << text;
        });
        QVERIFY(driver.startApplyFromChecks());
        QVERIFY(driver.waitForRunFinished());
        QVERIFY(driver.waitForPage(DonePageId, 60000));
        QVERIFY2(!planTexts.isEmpty() && planTexts.first().startsWith(QStringLiteral("Plan 1 of 2: ")),
                 qPrintable(planTexts.join(QStringLiteral(" | "))));
        QVERIFY2(planTexts.last().startsWith(QStringLiteral("Plan 2 of 2: ")), qPrintable(planTexts.join(QStringLiteral(" | "))));

        // Done lists each plan.
        const RunResult &done = wizard->donePage()->shownResult();
        QCOMPARE(done.outcome, RunOutcome::Ok);
        QCOMPARE(done.fromVersion, QStringLiteral("v1"));
        QCOMPARE(done.toVersion, QStringLiteral("v3"));
        const QString plans = wizard->donePage()->findChild<RunResultView *>()->plansText();
        QVERIFY2(plans.contains(QStringLiteral("1. ")) && plans.contains(QStringLiteral("(v1 → v2): applied")), qPrintable(plans));
        QVERIFY2(plans.contains(QStringLiteral("2. ")) && plans.contains(QStringLiteral("(v2 → v3): applied")), qPrintable(plans));

        // History lists both plans.
        HistoryDialog *history = wizard->openHistory();
        QVERIFY(QTest::qWaitFor([&] { return !history->controller()->isRunning() && history->model()->rowCount() >= 2; },
                                30000));
        QStringList planIds;
        for (int row = 0; row < history->model()->rowCount(); ++row)
            planIds << history->model()->entryAt(row)->planId;
        QCOMPARE(planIds, (QStringList{QStringLiteral("encrypt-tokens"), QStringLiteral("user-integrations")}));
        QVERIFY(history->rollbackButton()->isEnabled()); // the last plan of the path can be rolled back
        history->reject();
    }

    void unknownDatabaseIsSaidInTheEnginesWords()
    {
        const QString db = m_dir.filePath(QStringLiteral("other.db"));
        QVERIFY(TestSupport::execSql(db, QStringLiteral("CREATE TABLE unrelated (id INTEGER PRIMARY KEY);")));
        WizardDriver driver(m_dir.filePath(QStringLiteral("other.ini")));
        QVERIFY(driver.connectSqlite(db));
        driver.clickNext();
        QVERIFY(driver.waitForPage(PlanPageId));
        PlanPage *page = driver.wizard()->planPage();
        QVERIFY2(page->whereText().contains(QStringLiteral("unknown")), qPrintable(page->whereText()));
        QVERIFY2(page->problemText().contains(QStringLiteral("baseline")), qPrintable(page->problemText()));
        QVERIFY(!page->targetBox()->isVisibleTo(page));
        QVERIFY(!driver.isNextEnabled());
    }
};

QTEST_MAIN(TestWizardPaths)
#include "tst_wizard_paths.moc"

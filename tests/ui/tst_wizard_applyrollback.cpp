// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConnectPage.h"
#include "DonePage.h"
#include "HistoryDialog.h"
#include "HistoryTableModel.h"
#include "MessageBox.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "RunResultView.h"
#include "TableCountsModel.h"
#include "TestSupport.h"
#include "WizardConfig.h"
#include "WizardDriver.h"

#include <QFileInfo>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// The whole wizard on a real SQLite file, both ways: apply, then roll back — once from the
// Done page, once from the History view of a fresh wizard — and the database compared with
// its dump from before.
class TestWizardApplyRollback : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void applyThenRollbackFromDonePage()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 2000, QStringLiteral("done.db"));
        QVERIFY(!db.isEmpty());
        const QString before = TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")});

        WizardDriver driver(m_dir.filePath(QStringLiteral("done.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.startApply(db));
        QVERIFY(driver.waitForPage(DonePageId, 300000));

        DonePage *done = wizard->donePage();
        QCOMPARE(done->shownResult().outcome, RunOutcome::Ok);
        QVERIFY(TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));
        QCOMPARE(done->resultView()->counts()->rowsBefore(QStringLiteral("users")), 2000);
        QCOMPARE(done->resultView()->counts()->rowsAfter(QStringLiteral("users_old")), 2000);
        QVERIFY(done->resultView()->counts()->rowsAfter(QStringLiteral("user_integrations")) > 0);
        QVERIFY(!done->shownResult().backupPath.isEmpty());
        QVERIFY(QFileInfo::exists(done->shownResult().backupPath));
        QVERIFY(done->resultView()->backupText().contains(QFileInfo(done->shownResult().backupPath).fileName()));
        // The warnings ticked one by one are the history's accepted risks.
        const QString risks = TestSupport::scalar(db, QStringLiteral("SELECT accepted_risks FROM "
                                                                     "migration_assistant_history")).toString();
        QVERIFY2(risks.contains(QStringLiteral("incomplete-oauth-gmail")), qPrintable(risks));
        QVERIFY2(risks.contains(QStringLiteral("incomplete-oauth-google_calendar")), qPrintable(risks));

        // Rollback: one click, confirmed.
        QVERIFY(done->rollbackButton()->isEnabled());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(done->rollbackButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !done->controller()->isRunning() && done->controller()->hasResult(); },
                                300000));
        QCOMPARE(done->shownResult().outcome, RunOutcome::RolledBack);
        QVERIFY(done->resultView()->headlineText().contains(QStringLiteral("rolled back")));
        QVERIFY(!done->rollbackButton()->isEnabled());
        QCOMPARE(TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")}), before);

        QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 5000));
    }

    void applyThenRollbackFromHistory()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 2000, QStringLiteral("history.db"));
        QVERIFY(!db.isEmpty());
        const QString before = TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")});
        {
            WizardDriver driver(m_dir.filePath(QStringLiteral("history.ini")));
            QVERIFY(driver.startApply(db));
            QVERIFY(driver.waitForPage(DonePageId, 300000));
            QCOMPARE(driver.wizard()->donePage()->shownResult().outcome, RunOutcome::Ok);
        }
        QVERIFY(TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));

        // A new session: connect, open History from the first page, roll back the last run.
        WizardDriver driver(m_dir.filePath(QStringLiteral("history.ini")));
        QVERIFY(driver.connectSqlite(db));
        QTest::mouseClick(driver.wizard()->connectPage()->historyButton(), Qt::LeftButton);
        HistoryDialog *history = driver.wizard()->historyDialog();
        QVERIFY(history);
        QVERIFY(QTest::qWaitFor([&] { return history->model()->rowCount() == 1; }, 30000));
        QCOMPARE(history->model()->entryAt(0)->action, QStringLiteral("apply"));
        QVERIFY(history->rollbackButton()->isEnabled());

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(history->rollbackButton(), Qt::LeftButton);
        // The rollback, then the history read again: two rows, the newest a rollback.
        QVERIFY(QTest::qWaitFor([&] { return history->model()->rowCount() == 2 && !history->controller()->isRunning(); },
                                300000));
        QCOMPARE(history->model()->entryAt(0)->action, QStringLiteral("rollback"));
        QVERIFY(history->resultView()->headlineText().contains(QStringLiteral("rolled back")));
        QVERIFY(!history->rollbackButton()->isEnabled());
        QCOMPARE(TestSupport::dumpDatabase(db, {QStringLiteral("migration_assistant_history")}), before);
        history->reject();
        QVERIFY(QTest::qWaitFor([&] { return !history->isVisible(); }, 5000));
    }

    // History offers Finalize once the keep period is over, not before; afterwards users_old
    // is gone and no rollback is offered.
    void finalizeFromHistoryWhenDue()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 500, QStringLiteral("finalize.db"));
        QVERIFY(!db.isEmpty());
        const auto applied = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--db"),
                                                     QStringLiteral("sqlite:") + db, QStringLiteral("--apply"),
                                                     QStringLiteral("--yes"), QStringLiteral("--to"),
                                                     QStringLiteral("v2")});
        QCOMPARE(applied.exitCode, 0);
        QVERIFY(TestSupport::tableNames(db).contains(QStringLiteral("users_old")));

        WizardDriver driver(m_dir.filePath(QStringLiteral("finalize.ini")));
        QVERIFY(driver.connectSqlite(db));
        QTest::mouseClick(driver.wizard()->connectPage()->historyButton(), Qt::LeftButton);
        HistoryDialog *history = driver.wizard()->historyDialog();
        QVERIFY(history);
        QVERIFY(QTest::qWaitFor([&] { return history->model()->rowCount() == 1; }, 30000));
        QVERIFY(history->rollbackButton()->isEnabled());
        QVERIFY(!history->finalizeButton()->isEnabled()); // applied just now: 14 days to go

        // Fifteen days later.
        QVERIFY(TestSupport::execSql(db, QStringLiteral("UPDATE migration_assistant_history SET finished_at = "
                                                        "strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '-15 days');")));
        history->refresh();
        QVERIFY(QTest::qWaitFor([&] { return history->finalizeButton()->isEnabled(); }, 30000));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(history->finalizeButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return history->model()->rowCount() == 2 && !history->controller()->isRunning(); },
                                60000));
        QCOMPARE(history->model()->entryAt(0)->action, QStringLiteral("finalize"));
        QVERIFY(!TestSupport::tableNames(db).contains(QStringLiteral("users_old")));
        QVERIFY(!history->finalizeButton()->isEnabled());
        QVERIFY(!history->rollbackButton()->isEnabled());
        history->reject();
        QVERIFY(QTest::qWaitFor([&] { return !history->isVisible(); }, 5000));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardApplyRollback)
#include "tst_wizard_applyrollback.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"
#include "LockedPanel.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "RunPage.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// Another process migrating the same database holds the run lock: the wizard shows who
// (process, host, since when) with a Retry button — and Retry works once it is gone.
class TestWizardLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is set by CTest");
    }

    void lockHeldByAnotherProcessThenRetry()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 2000, QStringLiteral("locked.db"));
        QProcess holder;
        QProcessEnvironment env = TestSupport::headlessEnvironment();
        env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), QStringLiteral("copy-users"));
        holder.setProcessEnvironment(env);
        holder.start(TestSupport::binary(), {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                             QStringLiteral("sqlite:") + db, QStringLiteral("--apply"),
                                             QStringLiteral("--yes")});
        QVERIFY(holder.waitForStarted());
        QByteArray err;
        QVERIFY2(QTest::qWaitFor([&] {
                     err += holder.readAllStandardError();
                     return err.contains("MA_TEST_PAUSED");
                 }, 60000),
                 err.constData());

        WizardDriver driver(m_dir.filePath(QStringLiteral("locked.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.startApply(db));
        RunPage *run = wizard->runPage();
        QVERIFY(QTest::qWaitFor([&] { return run->isShowingLock(); }, 60000));
        QCOMPARE(run->controller()->result().outcome, RunOutcome::Locked);
        QVERIFY(run->lockedPanel()->isVisible());
        const QString holderText = run->lockedPanel()->holderText();
        QVERIFY2(holderText.contains(QString::number(holder.processId())), qPrintable(holderText));
        QCOMPARE(wizard->currentId(), int(RunPageId));
        QVERIFY(!driver.isNextEnabled());

        holder.kill();
        QVERIFY(holder.waitForFinished(10000));
        // The killed run's lock is stale (its process is gone) and its transaction is rolled
        // back by SQLite's journal: Retry migrates.
        QTest::mouseClick(run->lockedPanel()->retryButton(), Qt::LeftButton);
        QVERIFY(driver.waitForPage(DonePageId, 300000));
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Ok);
        QVERIFY(TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardLock)
#include "tst_wizard_lock.moc"

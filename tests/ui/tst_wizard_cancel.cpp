// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"
#include "MessageBox.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "RunMonitor.h"
#include "RunPage.h"
#include "RunResultView.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

// Stopping a migration from the wizard — with its Stop button, or by closing the window —
// leaves the database file byte for byte as it was. The engine is paused inside its
// transaction at copy-users (MA_TEST_PAUSE_AT, read once per process: every run of this
// executable pauses there until cancelled).
class TestWizardCancel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("MA_TEST_PAUSE_AT", "copy-users");
    }

    void stopMidRunLeavesFileUnchanged()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 2000, QStringLiteral("stop.db"));
        const QByteArray sha = TestSupport::fileSha256(db);
        WizardDriver driver(m_dir.filePath(QStringLiteral("stop.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.startApply(db));
        RunController *run = wizard->runPage()->controller();
        QVERIFY(QTest::qWaitFor([&] { return run->lastProgress().step == QLatin1String("copy-users"); }, 60000));

        // Declining the confirmation keeps it running.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(wizard->runPage()->monitor()->cancelButton(), Qt::LeftButton);
        QTest::qWait(300);
        QVERIFY(run->isRunning());
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("rolled back")));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard->runPage()->monitor()->cancelButton(), Qt::LeftButton);
        QVERIFY(driver.waitForPage(DonePageId, 60000));
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Interrupted);
        QVERIFY(wizard->donePage()->resultView()->headlineText().contains(QStringLiteral("Cancelled")));
        QVERIFY(!wizard->donePage()->rollbackButton()->isVisible());
        QCOMPARE(TestSupport::fileSha256(db), sha);
        // The backup of a run that changed nothing is removed; no lock is left behind.
        const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("stop.db.*")}, QDir::Files);
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }

    void closingDuringRunRollsBackThenCloses()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 2000, QStringLiteral("close.db"));
        const QByteArray sha = TestSupport::fileSha256(db);
        WizardDriver driver(m_dir.filePath(QStringLiteral("close.ini")));
        MigrationWizard *wizard = driver.wizard();
        QVERIFY(driver.startApply(db));
        RunController *run = wizard->runPage()->controller();
        QVERIFY(QTest::qWaitFor([&] { return run->lastProgress().step == QLatin1String("copy-users"); }, 60000));

        // "Keep running": the window stays, the run goes on.
        MessageBox::setNextAnswer(QMessageBox::No);
        wizard->close();
        QTest::qWait(200);
        QVERIFY(wizard->isVisible());
        QVERIFY(run->isRunning());

        // "Stop and close": close() returns at once (the event loop is never blocked), the
        // window stays until the worker has rolled back, then goes.
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QElapsedTimer clock;
        clock.start();
        wizard->close();
        QVERIFY2(clock.elapsed() < 500, "close() must not wait for the worker");
        QVERIFY(wizard->isClosing());
        QVERIFY(QTest::qWaitFor([&] { return !wizard->isVisible(); }, 60000));
        QVERIFY(!run->isRunning());
        QCOMPARE(run->result().outcome, RunOutcome::Interrupted);
        QCOMPARE(TestSupport::fileSha256(db), sha);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWizardCancel)
#include "tst_wizard_cancel.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RunController.h"
#include "TestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// RunController runs MigrationRunner on a worker and reports on its own thread: progress,
// log lines and exactly one finished() per run; cancel() rolls the run back.
class TestRunController : public QObject
{
    Q_OBJECT

    RunOptions options(RunAction action, const QString &db)
    {
        RunOptions o;
        o.action = action;
        o.connection = ConnectionSpec::sqlite(db);
        o.plan = TestSupport::plan();
        o.acceptAllWarnings = true;
        return o;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void checkReportsOnTheOwnersThread()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 300, QStringLiteral("check.db"));
        RunController controller;
        QSignalSpy finished(&controller, &RunController::finished);
        QSignalSpy running(&controller, &RunController::runningChanged);
        QThread *signalledOn = nullptr;
        connect(&controller, &RunController::finished, this, [&] { signalledOn = QThread::currentThread(); });

        QVERIFY(controller.start(options(RunAction::Check, db)));
        QVERIFY(controller.isRunning());
        QVERIFY2(!controller.start(options(RunAction::Check, db)), "one run at a time");
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(signalledOn, thread());
        QVERIFY(!controller.isRunning());
        QCOMPARE(running.count(), 2);
        QVERIFY(controller.hasResult());
        QCOMPARE(controller.result().action, RunAction::Check);
        QCOMPARE(controller.result().outcome, RunOutcome::Ok); // --yes: warnings accepted
        QVERIFY(!controller.result().checks.isEmpty());
    }

    void applyReportsProgressAndLog()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 3000, QStringLiteral("apply.db"));
        RunController controller;
        QSignalSpy finished(&controller, &RunController::finished);
        QList<QThread *> progressThreads;
        qint64 lastDone = -1;
        connect(&controller, &RunController::progressed, this, [&](const ProgressEvent &e) {
            progressThreads << QThread::currentThread();
            lastDone = e.done;
        });
        QStringList lines;
        connect(&controller, &RunController::logLine, this, [&](const QString &l) { lines << l; });
        QVERIFY(controller.start(options(RunAction::Apply, db)));
        QVERIFY(finished.wait(120000));
        QCOMPARE(controller.result().outcome, RunOutcome::Ok);
        QVERIFY(!progressThreads.isEmpty());
        for (QThread *t : progressThreads)
            QCOMPARE(t, thread());
        // Throttled: test the last value, never the count.
        QCOMPARE(lastDone, controller.lastProgress().total);
        QVERIFY(controller.lastProgress().total > 0);
        QVERIFY(lines.contains(QStringLiteral("Migration committed")));
        QCOMPARE(controller.logLines(), lines);
        QVERIFY(controller.elapsedMs() >= 0);
        QCOMPARE(controller.remainingMs(), -1); // not running
    }

    void cancelRollsBack()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 100000, QStringLiteral("cancel.db"));
        const QByteArray sha = TestSupport::fileSha256(db);
        RunController controller;
        QSignalSpy finished(&controller, &RunController::finished);
        // Cancel at the first row-counting step: long before the commit.
        connect(&controller, &RunController::progressed, this, [&](const ProgressEvent &e) {
            if (e.step == QLatin1String("copy-users"))
                controller.cancel();
        });
        QVERIFY(controller.start(options(RunAction::Apply, db)));
        QVERIFY(finished.wait(120000));
        QCOMPARE(controller.result().outcome, RunOutcome::Interrupted);
        QCOMPARE(TestSupport::fileSha256(db), sha);
        QVERIFY(!TestSupport::tableNames(db).contains(QStringLiteral("user_integrations")));
    }

    void destroyedWhileRunningCancelsAndWaits()
    {
        const QString db = TestSupport::demoDatabase(m_dir.path(), 50000, QStringLiteral("destroy.db"));
        const QByteArray sha = TestSupport::fileSha256(db);
        {
            RunController controller;
            QVERIFY(controller.start(options(RunAction::Apply, db)));
            QTest::qWait(50);
        } // the destructor cancels and waits: no worker calls into a dead object
        QCOMPARE(TestSupport::fileSha256(db), sha);
    }

    void remainingTimeFollowsTheRate()
    {
        RunController controller;
        QCOMPARE(controller.remainingMs(), -1);
        QCOMPARE(controller.elapsedMs(), 0);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRunController)
#include "tst_runcontroller.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "DonePage.h"
#include "MigrationWizard.h"
#include "RunController.h"
#include "RunPage.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The GUI thread never waits on SQL: while a 200 000-user migration runs from the wizard, a
// timer on the GUI thread ticking every 10 ms never sees a gap over 50 ms.
//
// The benchmark harness (bench/run.sh) runs this same test at customer scale:
//   MA_BENCH_USERS=N   users in the generated demo database (default 200 000)
//   MA_BENCH_DB=FILE   migrate this existing v1 SQLite file instead of generating one
//                      (MA_BENCH_USERS then only names its size in the output)
// and reads the "max gap between ticks" line below.
class TestWizardResponsiveness : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiThreadStaysResponsiveDuringALargeMigration()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const int users = qEnvironmentVariableIsSet("MA_BENCH_USERS") ? qEnvironmentVariableIntValue("MA_BENCH_USERS")
                                                                       : 200000;
        QVERIFY(users > 0);
        const QString benchDb = qEnvironmentVariable("MA_BENCH_DB");
        const QString db = benchDb.isEmpty() ? TestSupport::demoDatabase(dir.path(), users)
                                             : QFileInfo(benchDb).absoluteFilePath();
        QVERIFY(!db.isEmpty());
        QVERIFY(QFileInfo::exists(db));

        WizardDriver driver(dir.filePath(QStringLiteral("settings.ini")));
        MigrationWizard *wizard = driver.wizard();
        RunController *run = wizard->runPage()->controller();

        QElapsedTimer sinceTick;
        qint64 maxGap = 0;
        qint64 ticks = 0;
        bool measuring = false;
        QTimer probe;
        probe.setTimerType(Qt::PreciseTimer);
        probe.setInterval(10);
        connect(&probe, &QTimer::timeout, this, [&] {
            if (measuring) {
                const qint64 gap = sinceTick.elapsed();
                maxGap = qMax(maxGap, gap);
                ++ticks;
                if (gap > 30) // where it happened, to find what held the GUI thread
                    qInfo("gap %lld ms at step %s (%lld of %lld rows), run %s", gap,
                          qPrintable(run->lastProgress().step), run->lastProgress().done, run->lastProgress().total,
                          run->isRunning() ? "running" : "finished");
            }
            sinceTick.start();
        });
        // Measured from the moment the apply starts until its result arrives.
        connect(run, &RunController::started, this, [&] {
            measuring = true;
            sinceTick.start();
        });
        connect(run, &RunController::finished, this, [&] { measuring = false; }, Qt::QueuedConnection);
        probe.start();

        QVERIFY(driver.startApply(db, 300000));
        QVERIFY(driver.waitForPage(DonePageId, 600000));
        QTest::qWait(50);
        probe.stop();
        QCOMPARE(wizard->donePage()->shownResult().outcome, RunOutcome::Ok);
        qInfo("responsiveness: %lld ticks during a %lld ms migration of %d users; max gap between ticks %lld ms",
              ticks, wizard->donePage()->shownResult().durationMs, users, maxGap);
        QVERIFY(ticks > 50);
        QVERIFY2(maxGap <= 50, qPrintable(QStringLiteral("max gap %1 ms").arg(maxGap)));
    }
};

QTEST_MAIN(TestWizardResponsiveness)
#include "tst_wizard_responsiveness.moc"

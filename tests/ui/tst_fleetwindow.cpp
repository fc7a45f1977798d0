// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet view, a real window offscreen, reached from the wizard's Connect page: a folder
// of demo SQLite files opened, previewed (versions and checks, nothing changed), applied after
// a confirmation that counts the targets that change, the report saved; Stop once in another
// run (the running target rolled back, the rest skipped); and a thousand targets in the table,
// each finishing, without freezing the window.
#include "ConnectPage.h"
#include "FileDialog.h"
#include "FleetController.h"
#include "FleetTargetModel.h"
#include "FleetWindow.h"
#include "MessageBox.h"
#include "MigrationWizard.h"
#include "TestSupport.h"
#include "TokenOpener.h"
#include "WizardDriver.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

class TestFleetWindow : public QObject
{
    Q_OBJECT

    static QString url(const QString &path) { return QStringLiteral("sqlite:") + path; }

    static FleetTargetState stateOf(FleetWindow *w, const QString &path)
    {
        const FleetTargetModel::Row *row = w->controller()->model()->rowOf(url(path));
        return row ? row->state : FleetTargetState::Skipped;
    }

    // Opens the Fleet view from the Connect page and the folder through its button.
    FleetWindow *openFolder(WizardDriver &driver, const QString &folder, int expected)
    {
        QTest::mouseClick(driver.wizard()->connectPage()->fleetButton(), Qt::LeftButton);
        FleetWindow *w = driver.wizard()->fleetWindow();
        if (!w || !QTest::qWaitForWindowExposed(w))
            return nullptr;
        FileDialog::setNextFileName(folder);
        QTest::mouseClick(w->folderButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !w->controller()->isBusy() && w->controller()->targetCount() == expected; },
                             30000))
            return nullptr;
        w->targetBox()->setCurrentIndex(w->targetBox()->findData(QStringLiteral("v2")));
        return w;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
    }

    void previewApplyAndReport()
    {
        const QString folder = m_dir.filePath(QStringLiteral("fleet"));
        QVERIFY(QDir().mkpath(folder));
        const QString a = TestSupport::demoDatabase(folder, 300, QStringLiteral("acme.db"));
        const QString b = TestSupport::demoDatabase(folder, 200, QStringLiteral("globex.db"));
        const QString c = TestSupport::demoDatabase(folder, 100, QStringLiteral("initech.db"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        QFile broken(QDir(folder).filePath(QStringLiteral("umbrella.db")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write(QByteArray(4096, 'x'));
        broken.close();

        WizardDriver driver(m_dir.filePath(QStringLiteral("apply.ini")));
        driver.wizard()->show();
        QVERIFY(QTest::qWaitForWindowExposed(driver.wizard()));
        FleetWindow *w = openFolder(driver, folder, 4);
        QVERIFY(w);
        QVERIFY2(w->sourceText().contains(QStringLiteral("4 targets")), qPrintable(w->sourceText()));
        QCOMPARE(w->table()->model()->rowCount(), 4);
        QVERIFY(w->previewButton()->isEnabled());
        QVERIFY(!w->stopButton()->isEnabled());
        QVERIFY(!w->saveButton()->isEnabled());

        // Preview: check on every target; nothing changes.
        const QByteArray sha = TestSupport::fileSha256(a);
        QTest::mouseClick(w->previewButton(), Qt::LeftButton);
        QVERIFY(w->controller()->isBusy());
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        QCOMPARE(TestSupport::fileSha256(a), sha);
        const QAbstractItemModel *m = w->table()->model();
        QCOMPARE(m->data(m->index(0, FleetTargetModel::VersionColumn)).toString(), QStringLiteral("v1 → v2"));
        QVERIFY(m->data(m->index(0, FleetTargetModel::ChecksColumn)).toString().contains(QStringLiteral("warning")));
        QCOMPARE(m->data(m->index(0, FleetTargetModel::StatusColumn)).toString(), QStringLiteral("blocked"));
        QCOMPARE(m->data(m->index(3, FleetTargetModel::StatusColumn)).toString(), QStringLiteral("failed"));
        QCOMPARE(w->progressText(), QStringLiteral("4 of 4 targets"));

        // Apply: confirmed with the count of targets that change and the warnings named.
        w->actionBox()->setCurrentIndex(w->actionBox()->findData(int(RunAction::Apply)));
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(w->startButton(), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("3 targets will change.")), qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("incomplete-oauth-gmail")));
        QVERIFY2(MessageBox::lastText().contains(QStringLiteral("1 blocked or failed")), qPrintable(MessageBox::lastText()));
        QVERIFY(!w->controller()->isBusy()); // answered No: nothing started
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(w->startButton(), Qt::LeftButton);
        QVERIFY(w->controller()->isBusy());
        QVERIFY(w->stopButton()->isEnabled());
        QVERIFY(!w->startButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        QCOMPARE(stateOf(w, a), FleetTargetState::Ok);
        QCOMPARE(stateOf(w, b), FleetTargetState::Ok);
        QCOMPARE(stateOf(w, c), FleetTargetState::Ok);
        QCOMPARE(stateOf(w, broken.fileName()), FleetTargetState::Failed);
        QVERIFY(TestSupport::hasTable(a, QStringLiteral("user_integrations")));
        QCOMPARE(w->progressBar()->value(), 1000);
        QVERIFY2(w->summaryText().startsWith(QStringLiteral("Apply: 3 ok, 1 failed")), qPrintable(w->summaryText()));
        QVERIFY(w->saveButton()->isEnabled());

        // Save report: HTML through FleetReport.
        const QString report = m_dir.filePath(QStringLiteral("fleet-report"));
        FileDialog::setNextFileName(report);
        QTest::mouseClick(w->saveButton(), Qt::LeftButton);
        QFile html(report + QStringLiteral(".html"));
        QVERIFY(html.open(QIODevice::ReadOnly));
        QVERIFY(html.readAll().contains(url(b).toUtf8()));

        const QImage shot = w->grab().toImage();
        QVERIFY(!shot.isNull() && shot.width() > 400);
        QVERIFY(shot.save(m_dir.filePath(QStringLiteral("fleet.png"))));
        w->reject();
    }

    // The key of encrypt-tokens chosen in the Fleet view itself: without it a target whose path
    // encrypts is blocked and unchanged; with it the same target goes to v3.
    void keyFileTakesTheFleetPastEncryption()
    {
        const QString folder = m_dir.filePath(QStringLiteral("keyed"));
        QVERIFY(QDir().mkpath(folder));
        const QString a = TestSupport::demoDatabase(folder, 120, QStringLiteral("acme.db"));
        QVERIFY(!a.isEmpty());
        const QString key = m_dir.filePath(QStringLiteral("fleet-tokens.key"));
        {
            QFile f(key);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(TokenOpener::keyFileText(TokenOpener::randomKey()));
        }
        WizardDriver driver(m_dir.filePath(QStringLiteral("keyed.ini")));
        driver.wizard()->show();
        QVERIFY(QTest::qWaitForWindowExposed(driver.wizard()));
        FleetWindow *w = openFolder(driver, folder, 1);
        QVERIFY(w);
        QVERIFY(w->keyButton()->isVisible());
        QVERIFY2(w->keyText().startsWith(QStringLiteral("no key")), qPrintable(w->keyText()));
        w->targetBox()->setCurrentIndex(w->targetBox()->findData(QStringLiteral("v3")));
        w->actionBox()->setCurrentIndex(w->actionBox()->findData(int(RunAction::Apply)));

        // The preview without a key: blocked, and says what to give.
        const QByteArray sha = TestSupport::fileSha256(a);
        QTest::mouseClick(w->previewButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        QCOMPARE(stateOf(w, a), FleetTargetState::Blocked);
        const FleetTargetModel::Row *row = w->controller()->model()->rowOf(url(a));
        QVERIFY2(row->message.contains(QStringLiteral("needs a key")), qPrintable(row->message));
        QCOMPARE(TestSupport::fileSha256(a), sha);

        FileDialog::setNextFileName(key);
        QTest::mouseClick(w->keyButton(), Qt::LeftButton);
        QVERIFY2(w->keyText().startsWith(QStringLiteral("key ")), qPrintable(w->keyText()));
        QVERIFY(!w->keyText().contains(QStringLiteral("fleet-tokens.key"))); // the fingerprint, not the path
        QTest::mouseClick(w->previewButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        row = w->controller()->model()->rowOf(url(a));
        QVERIFY2(!row->message.contains(QStringLiteral("needs a key")), qPrintable(row->message));
        QCOMPARE(w->controller()->previewChanging(), 1);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(w->startButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        row = w->controller()->model()->rowOf(url(a));
        QVERIFY2(row->state == FleetTargetState::Ok, qPrintable(row->message));
        QCOMPARE(row->toVersion, QStringLiteral("v3"));
        w->reject();
    }

    void stopRollsBackTheRunningTarget()
    {
        const QString folder = m_dir.filePath(QStringLiteral("stop"));
        QVERIFY(QDir().mkpath(folder));
        const QString big = TestSupport::demoDatabase(folder, 100000, QStringLiteral("a-big.db"));
        const QString small = TestSupport::demoDatabase(folder, 100, QStringLiteral("b-small.db"));
        QVERIFY(!big.isEmpty() && !small.isEmpty());
        const QByteArray sha = TestSupport::fileSha256(big);
        WizardDriver driver(m_dir.filePath(QStringLiteral("stop.ini")));
        driver.wizard()->show();
        QVERIFY(QTest::qWaitForWindowExposed(driver.wizard()));
        FleetWindow *w = openFolder(driver, folder, 2);
        QVERIFY(w);
        w->parallelBox()->setValue(1);
        w->actionBox()->setCurrentIndex(w->actionBox()->findData(int(RunAction::Rehearse)));
        // A rehearsal needs no confirmation and goes past the warnings: it runs the whole way.
        QTest::mouseClick(w->startButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] {
            const FleetTargetModel::Row *row = w->controller()->model()->rowOf(url(big));
            return row && row->status == FleetTargetModel::Status::Running && row->perMille > 0;
        }, 60000));
        QVERIFY2(w->progressText().contains(QStringLiteral("time left")), qPrintable(w->progressText()));
        QTest::mouseClick(w->stopButton(), Qt::LeftButton);
        QVERIFY(!w->stopButton()->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        QCOMPARE(stateOf(w, big), FleetTargetState::Interrupted);
        QCOMPARE(stateOf(w, small), FleetTargetState::Skipped);
        QCOMPARE(TestSupport::fileSha256(big), sha);
        QVERIFY2(w->summaryText().contains(QStringLiteral("Stopped")), qPrintable(w->summaryText()));

        // Closing the wizard while the fleet applies: asked, stopped, rolled back, both closed.
        // (A preview first, so the apply goes past the demo's warnings.)
        QTest::mouseClick(w->previewButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !w->controller()->isBusy(); }, 120000));
        w->actionBox()->setCurrentIndex(w->actionBox()->findData(int(RunAction::Apply)));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(w->startButton(), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] {
            const FleetTargetModel::Row *row = w->controller()->model()->rowOf(url(big));
            return row && row->status == FleetTargetModel::Status::Running && row->perMille > 0;
        }, 60000));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        driver.wizard()->reject();
        QVERIFY(MessageBox::lastText().contains(QStringLiteral("The fleet is changing databases.")));
        QVERIFY(driver.wizard()->isVisible()); // not before the rollback is done
        QVERIFY(QTest::qWaitFor([&] { return !driver.wizard()->isVisible(); }, 120000));
        QVERIFY(!w->isVisible());
        QCOMPARE(stateOf(w, big), FleetTargetState::Interrupted);
        QCOMPARE(TestSupport::fileSha256(big), sha);
    }

    void thousandTargetsStayResponsive()
    {
        WizardDriver driver(m_dir.filePath(QStringLiteral("many.ini")));
        driver.wizard()->show();
        QTest::mouseClick(driver.wizard()->connectPage()->fleetButton(), Qt::LeftButton);
        FleetWindow *w = driver.wizard()->fleetWindow();
        QVERIFY(w && QTest::qWaitForWindowExposed(w));
        FleetTargetModel *model = w->controller()->model();
        QList<FleetTarget> targets;
        for (int i = 0; i < 1000; ++i) {
            FleetTarget t;
            t.spec = ConnectionSpec::sqlite(QStringLiteral("/srv/customers/customer-%1.db").arg(i, 4, 10, QLatin1Char('0')));
            targets << t;
        }
        model->setTargets(targets);
        QApplication::processEvents();
        // Every target finishes, painted as it goes (an event loop turn each ten targets, as
        // the queued events come in a run): the window keeps up.
        QElapsedTimer clock;
        clock.start();
        qint64 longestTurn = 0;
        for (int i = 0; i < 1000; ++i) {
            model->targetStarted(targets.at(i));
            FleetTargetResult r;
            r.target = targets.at(i).url();
            r.ran = true;
            r.state = FleetTargetState::Ok;
            r.fromVersion = QStringLiteral("v1");
            r.toVersion = QStringLiteral("v2");
            r.durationMs = 900;
            model->targetFinished(r, true);
            if (i % 10 == 9) {
                QElapsedTimer turn;
                turn.start();
                w->table()->scrollTo(model->index(i, 0));
                QApplication::processEvents();
                longestTurn = qMax(longestTurn, turn.elapsed());
            }
        }
        const qint64 ms = clock.elapsed();
        qInfo("1000 targets finished in the shown table: %lld ms, longest event-loop turn %lld ms", ms, longestTurn);
        QVERIFY2(ms < 1000, qPrintable(QString::number(ms)));
        QVERIFY2(longestTurn < 100, qPrintable(QString::number(longestTurn)));
        QCOMPARE(model->finishedCount(), 1000);
        w->reject();
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestFleetWindow)
#include "tst_fleetwindow.moc"

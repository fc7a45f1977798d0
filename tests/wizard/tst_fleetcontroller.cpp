// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Fleet view's logic without a window: FleetController on a folder of demo SQLite files
// (two at v1, one already at v2, one that is no database) through a preview and an apply,
// every status exactly; a server's schemas named by a pattern, listed and applied with the
// password given beside the URL; Stop in a run (the running target rolls back, the rest are skipped);
// and FleetTargetModel fed a thousand finished events: well under a second, one row each.
#include "FleetController.h"
#include "FleetTargetModel.h"
#include "PgTestServer.h"
#include "TestSupport.h"
#include "transaction/MigrationRunner.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestFleetController : public QObject
{
    Q_OBJECT

    static QString url(const QString &path) { return QStringLiteral("sqlite:") + path; }

    static FleetTargetState stateOf(FleetController &c, const QString &path)
    {
        const FleetTargetModel::Row *row = c.model()->rowOf(url(path));
        return row ? row->state : FleetTargetState::Skipped;
    }

    static bool applyToV2(const QString &db)
    {
        RunOptions o;
        o.action = RunAction::Apply;
        o.connection = ConnectionSpec::sqlite(db);
        o.plan = TestSupport::plan();
        o.acceptAllWarnings = true;
        return MigrationRunner(o).run().outcome == RunOutcome::Ok;
    }

private Q_SLOTS:
    void previewThenApply()
    {
        QTemporaryDir dir;
        const QString a = TestSupport::demoDatabase(dir.path(), 200, QStringLiteral("a.db"));
        const QString b = TestSupport::demoDatabase(dir.path(), 300, QStringLiteral("b.db"));
        const QString c = TestSupport::demoDatabase(dir.path(), 100, QStringLiteral("c.db"));
        QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());
        QVERIFY(applyToV2(c));
        const QString broken = dir.filePath(QStringLiteral("d.db"));
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x')); // not a database
        f.close();

        FleetController controller;
        controller.setTargetVersion(QStringLiteral("v2"));
        controller.setParallel(2);
        QSignalSpy listed(&controller, &FleetController::listed);
        ErrorInfo error;
        QVERIFY2(controller.openSqliteFolder(dir.path(), &error), qPrintable(error.message));
        QVERIFY(controller.isBusy());
        QVERIFY(listed.wait(30000));
        QCOMPARE(controller.targetCount(), 4);
        QCOMPARE(controller.model()->rowAt(0).target, url(a)); // sorted by name
        QCOMPARE(controller.model()->rowAt(3).target, url(broken));

        // Preview: check on every target, nothing changed.
        const QByteArray shaA = TestSupport::fileSha256(a);
        QSignalSpy finished(&controller, &FleetController::finished);
        QVERIFY2(controller.preview(&error), qPrintable(error.message));
        QCOMPARE(controller.activity(), FleetController::Activity::Previewing);
        QVERIFY(finished.wait(120000));
        QCOMPARE(TestSupport::fileSha256(a), shaA);
        QVERIFY(controller.hasPreview());
        QCOMPARE(stateOf(controller, a), FleetTargetState::Blocked); // warnings nobody accepted
        QCOMPARE(stateOf(controller, b), FleetTargetState::Blocked);
        QCOMPARE(stateOf(controller, c), FleetTargetState::NothingToDo);
        QCOMPARE(stateOf(controller, broken), FleetTargetState::Failed);
        const FleetTargetModel::Row *rowA = controller.model()->rowOf(url(a));
        QCOMPARE(FleetTargetModel::versionText(*rowA), QStringLiteral("v1 → v2"));
        QVERIFY(rowA->checksKnown);
        QVERIFY(rowA->warnings > 0);
        QCOMPARE(rowA->blockers, 0);
        QVERIFY2(FleetTargetModel::checksText(*rowA).contains(QStringLiteral("warning")),
                 qPrintable(FleetTargetModel::checksText(*rowA)));
        QCOMPARE(FleetTargetModel::versionText(*controller.model()->rowOf(url(c))), QStringLiteral("v2"));
        QCOMPARE(controller.previewChanging(), 2); // once the warnings are accepted
        QCOMPARE(controller.previewBlocked(), 1);  // the file that is no database
        QCOMPARE(controller.previewUpToDate(), 1);
        const QStringList warnings = controller.previewWarnings();
        QVERIFY(warnings.contains(QStringLiteral("incomplete-oauth-gmail")));
        QCOMPARE(controller.progressText(), QStringLiteral("4 of 4 targets"));

        // Apply with the preview's warnings accepted.
        QVERIFY2(controller.start(RunAction::Apply, warnings, &error), qPrintable(error.message));
        QVERIFY(!controller.start(RunAction::Apply, warnings, &error)); // one at a time
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(stateOf(controller, a), FleetTargetState::Ok);
        QCOMPARE(stateOf(controller, b), FleetTargetState::Ok);
        QCOMPARE(stateOf(controller, c), FleetTargetState::NothingToDo);
        QCOMPARE(stateOf(controller, broken), FleetTargetState::Failed);
        QVERIFY(TestSupport::hasTable(a, QStringLiteral("user_integrations")));
        QVERIFY(TestSupport::hasTable(b, QStringLiteral("user_integrations")));
        QVERIFY(!controller.model()->rowOf(url(broken))->message.isEmpty());
        QCOMPARE(controller.result().action, RunAction::Apply);
        QCOMPARE(controller.result().targets.size(), 4);
        QCOMPARE(controller.model()->finishedCount(), 4);
        QCOMPARE(controller.perMille(), 1000);
        QCOMPARE(FleetTargetModel::statusText(*controller.model()->rowOf(url(a))), QStringLiteral("ok"));
        QVERIFY2(!controller.hasPreview(), "the apply changed what the preview counted");

        // The report, through FleetReport.
        const QString report = dir.filePath(QStringLiteral("fleet.html"));
        QVERIFY2(controller.saveReport(report, &error), qPrintable(error.message));
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QVERIFY(r.readAll().contains(url(b).toUtf8()));
    }

    // A folder of SQLite files: every name SQLite databases are given, never a backup, and
    // no "matches no database" for a suffix the folder does not have.
    void folderTakesEverySqliteSuffix()
    {
        QTemporaryDir dir;
        const QString a = TestSupport::demoDatabase(dir.path(), 50, QStringLiteral("a.db"));
        const QString b = TestSupport::demoDatabase(dir.path(), 50, QStringLiteral("b.sqlite3"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        QVERIFY(QFile::copy(a, a + QStringLiteral(".before-user-integrations-20261201T000000.000Z.bak")));
        FleetController controller;
        QSignalSpy listed(&controller, &FleetController::listed);
        ErrorInfo error;
        QVERIFY2(controller.openSqliteFolder(dir.path(), &error), qPrintable(error.message));
        QVERIFY(listed.wait(30000));
        QVERIFY2(listed.first().at(0).toBool(), qPrintable(listed.first().at(1).toString()));
        QCOMPARE(controller.targetCount(), 2);
        QCOMPARE(controller.model()->rowAt(0).target, url(a));
        QCOMPARE(controller.model()->rowAt(1).target, url(b));
        QVERIFY2(controller.sourceText().contains(QStringLiteral("*.sqlite3")), qPrintable(controller.sourceText()));
        QVERIFY2(!controller.sourceText().contains(QStringLiteral("*.sqlite,")), qPrintable(controller.sourceText()));
        QVERIFY2(!listed.first().at(1).toString().contains(QStringLiteral("matches no")),
                 qPrintable(listed.first().at(1).toString()));
    }

    void manifestWithStages()
    {
        QTemporaryDir dir;
        const QString a = TestSupport::demoDatabase(dir.path(), 100, QStringLiteral("a.db"));
        const QString b = TestSupport::demoDatabase(dir.path(), 100, QStringLiteral("b.db"));
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{ \"targets\": [ { \"url\": \"sqlite:%1\", \"label\": \"canary\" },\n"
                               "  { \"url\": \"sqlite:%2/*.db\", \"label\": \"rest\" } ],\n"
                               "  \"stages\": [ { \"name\": \"canary\", \"labels\": [\"canary\"] },\n"
                               "              { \"name\": \"everyone\" } ],\n"
                               "  \"defaults\": { \"to\": \"v2\", \"accept_risk\": [\"incomplete-oauth-gmail\",\n"
                               "                \"incomplete-oauth-google_calendar\"] } }\n")
                    .arg(a, dir.path())
                    .toUtf8());
        f.close();
        FleetController controller;
        QSignalSpy listed(&controller, &FleetController::listed);
        ErrorInfo error;
        QVERIFY2(controller.openManifest(manifest, &error), qPrintable(error.message));
        QVERIFY(listed.wait(30000));
        QCOMPARE(controller.targetCount(), 2); // a.db named twice: once, in the first place
        QCOMPARE(controller.targetVersion(), QStringLiteral("v2"));
        QCOMPARE(controller.model()->rowAt(0).label, QStringLiteral("canary"));
        QCOMPARE(controller.model()->rowAt(1).label, QStringLiteral("rest"));
        QSignalSpy finished(&controller, &FleetController::finished);
        QVERIFY(controller.preview(&error));
        QVERIFY(finished.wait(120000));
        // The manifest's accept_risk: past the warnings, so the check is ok; stages filled in.
        QCOMPARE(stateOf(controller, a), FleetTargetState::Ok);
        QCOMPARE(stateOf(controller, b), FleetTargetState::Ok);
        QCOMPARE(controller.model()->rowOf(url(a))->stage, QStringLiteral("canary"));
        QCOMPARE(controller.model()->rowOf(url(b))->stage, QStringLiteral("everyone"));
        QCOMPARE(controller.previewChanging(), 2);
        QVERIFY(controller.previewWarnings().isEmpty());
    }

    void serverSchemasByPattern()
    {
        PgTestServer pg;
        QString problem;
        QVERIFY2(pg.start(&problem), qPrintable(problem));
        const QString db = QStringLiteral("customers");
        QVERIFY2(pg.createDatabase(db, &problem), qPrintable(problem));
        for (const char *schema : {"tenant_a", "tenant_b", "tenantx"})
            QVERIFY2(pg.loadV1(db, QString::fromLatin1(schema), 50, &problem), qPrintable(problem));

        FleetController controller;
        controller.setTargetVersion(QStringLiteral("v2"));
        QSignalSpy listed(&controller, &FleetController::listed);
        ErrorInfo error;
        ConnectionSpec server = pg.spec(db, QStringLiteral("public"));
        QVERIFY(!server.password.isEmpty());
        QVERIFY2(controller.openServer(server, QStringLiteral("tenant_*"), &error), qPrintable(error.message));
        QVERIFY(listed.wait(30000));
        QVERIFY2(listed.first().at(0).toBool(), qPrintable(listed.first().at(1).toString()));
        QCOMPARE(controller.targetCount(), 2); // tenantx: '_' is no wildcard
        const QString a = pg.url(db, QStringLiteral("tenant_a"));
        QCOMPARE(controller.model()->rowAt(0).target, a);
        QVERIFY(!controller.model()->rowAt(0).target.contains(server.password));
        QVERIFY(!controller.sourceText().contains(server.password));

        QSignalSpy finished(&controller, &FleetController::finished);
        QVERIFY2(controller.start(RunAction::Apply, {QStringLiteral("incomplete-oauth-gmail"),
                                                     QStringLiteral("incomplete-oauth-google_calendar")}, &error),
                 qPrintable(error.message));
        QVERIFY(finished.wait(120000));
        QCOMPARE(controller.model()->rowOf(a)->state, FleetTargetState::Ok);
        QCOMPARE(controller.model()->rowOf(pg.url(db, QStringLiteral("tenant_b")))->state, FleetTargetState::Ok);
        QCOMPARE(FleetTargetModel::versionText(*controller.model()->rowOf(a)), QStringLiteral("v1 → v2"));

        // A manifest opened next gets no password of the server before: its servers are others'.
        QTemporaryDir dir;
        const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{\"targets\": [\"%1\"]}").arg(pg.url(db, QStringLiteral("tenant_*"))).toUtf8());
        f.close();
        listed.clear();
        QVERIFY2(controller.openManifest(manifest, &error), qPrintable(error.message));
        QVERIFY(listed.wait(30000));
        QCOMPARE(controller.targetCount(), 0);
        QVERIFY2(listed.first().at(1).toString().contains(QStringLiteral("no password supplied")),
                 qPrintable(listed.first().at(1).toString()));
        QVERIFY(!listed.first().at(1).toString().contains(server.password));
    }

    void stopRollsBackTheRunningTarget()
    {
        QTemporaryDir dir;
        const QString big = TestSupport::demoDatabase(dir.path(), 100000, QStringLiteral("a-big.db"));
        const QString other = TestSupport::demoDatabase(dir.path(), 100, QStringLiteral("b-small.db"));
        QVERIFY(!big.isEmpty() && !other.isEmpty());
        const QByteArray sha = TestSupport::fileSha256(big);
        const QByteArray otherSha = TestSupport::fileSha256(other);
        FleetController controller;
        controller.setTargetVersion(QStringLiteral("v2"));
        controller.setParallel(1);
        QSignalSpy listed(&controller, &FleetController::listed);
        QVERIFY(controller.openSqliteFolder(dir.path(), nullptr));
        QVERIFY(listed.wait(30000));
        QSignalSpy finished(&controller, &FleetController::finished);
        // Stop once the big one counts its rows: long before its commit.
        connect(&controller, &FleetController::progressed, this, [&] {
            const FleetTargetModel::Row *row = controller.model()->rowOf(url(big));
            if (row && row->status == FleetTargetModel::Status::Running && row->perMille > 0)
                controller.cancel();
        });
        QVERIFY(controller.start(RunAction::Apply, {QStringLiteral("incomplete-oauth-gmail"),
                                                    QStringLiteral("incomplete-oauth-google_calendar")}));
        QVERIFY(finished.wait(120000));
        QVERIFY(controller.result().interrupted);
        QCOMPARE(stateOf(controller, big), FleetTargetState::Interrupted);
        QCOMPARE(stateOf(controller, other), FleetTargetState::Skipped);
        QCOMPARE(TestSupport::fileSha256(big), sha);
        QCOMPARE(TestSupport::fileSha256(other), otherSha);
        QVERIFY(!controller.isBusy());
    }

    void lockedThenRetried()
    {
        FleetTarget t;
        t.spec = ConnectionSpec::sqlite(QStringLiteral("/srv/customers/acme.db"));
        FleetTargetModel model;
        model.setTargets({t});
        model.targetStarted(t);
        QCOMPARE(FleetTargetModel::statusText(model.rowAt(0)), QStringLiteral("running"));
        model.targetProgressed(t.url(), QStringLiteral("Copy the users"), 400);
        QCOMPARE(FleetTargetModel::statusText(model.rowAt(0)), QStringLiteral("running, 40 %"));
        QCOMPARE(model.data(model.index(0, FleetTargetModel::MessageColumn)).toString(), QStringLiteral("Copy the users"));
        FleetTargetResult locked;
        locked.target = t.url();
        locked.ran = true;
        locked.state = FleetTargetState::Locked;
        locked.message = QStringLiteral("Another run holds the lock. Held by PID 4242 on build-7.");
        model.targetFinished(locked, false);
        QCOMPARE(model.rowAt(0).status, FleetTargetModel::Status::Waiting);
        QCOMPARE(FleetTargetModel::statusText(model.rowAt(0)), QStringLiteral("locked, tried again later"));
        QCOMPARE(model.finishedCount(), 0);
        FleetTargetResult done = locked;
        done.state = FleetTargetState::NothingToDo;
        done.message.clear();
        model.targetStarted(t);
        model.targetFinished(done, true);
        QCOMPARE(FleetTargetModel::statusText(model.rowAt(0)), QStringLiteral("nothing to do"));
        QCOMPARE(model.finishedCount(), 1);
        QCOMPARE(model.summaryText(), QStringLiteral("1 nothing to do"));
    }

    void thousandFinishedEventsStaySmooth()
    {
        QList<FleetTarget> targets;
        for (int i = 0; i < 1000; ++i) {
            FleetTarget t;
            t.spec = ConnectionSpec::sqlite(QStringLiteral("/srv/customers/c%1.db").arg(i, 4, 10, QLatin1Char('0')));
            t.stage = QStringLiteral("everyone");
            targets << t;
        }
        FleetTargetModel model;
        model.setTargets(targets);
        QCOMPARE(model.rowCount(), 1000);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        int changes = 0;
        bool singleRows = true;
        connect(&model, &QAbstractItemModel::dataChanged, this, [&](const QModelIndex &from, const QModelIndex &to) {
            ++changes;
            singleRows = singleRows && from.row() == to.row();
        });
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < 1000; ++i) {
            model.targetStarted(targets.at(i));
            FleetTargetResult r;
            r.target = targets.at(i).url();
            r.stage = targets.at(i).stage;
            r.ran = true;
            r.state = i % 10 == 0 ? FleetTargetState::NothingToDo : FleetTargetState::Ok;
            r.fromVersion = QStringLiteral("v1");
            r.toVersion = QStringLiteral("v2");
            r.durationMs = 1200;
            model.targetFinished(r, true);
        }
        const qint64 ms = clock.elapsed();
        qInfo("1000 targets started and finished in the model: %lld ms", ms);
        QVERIFY2(ms < 250, qPrintable(QString::number(ms)));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes, 2000);
        QVERIFY(singleRows);
        QCOMPARE(model.finishedCount(), 1000);
        QCOMPARE(model.count(FleetTargetState::NothingToDo), 100);
        QCOMPARE(model.data(model.index(999, FleetTargetModel::StatusColumn)).toString(), QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(TestFleetController)
#include "tst_fleetcontroller.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// --fleet's exit code (shared/spec/cli.md, "Fleets"): 0 when every target is ok or had nothing
// to do, else the most severe of its targets' codes in the order 6, 5, 2, 3, 4 (a target's bad
// input, 1, after 5), 130 when interrupted; skipped targets have none. Then a fleet run in
// process: one manifest of two SQLite databases, --apply --json, the document's fields.
#include "Cli.h"
#include "ExitCode.h"
#include "FleetCommand.h"
#include "TestSupport.h"
#include "fleet/FleetResult.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

FleetTargetResult target(RunOutcome outcome)
{
    FleetTargetResult t;
    t.ran = true;
    t.outcome = outcome;
    t.state = FleetTargetResult::stateFor(outcome);
    return t;
}

int exitOf(const QList<RunOutcome> &outcomes, bool skippedToo = false, bool interrupted = false)
{
    FleetResult result;
    for (const RunOutcome o : outcomes)
        result.targets << target(o);
    if (skippedToo)
        result.targets << FleetTargetResult{};
    result.interrupted = interrupted;
    return FleetCommand::fleetExitCode(result, FleetCommand::exitCodesOf(result));
}

} // namespace

class TestFleetCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exitCodeOrder()
    {
        using O = RunOutcome;
        QCOMPARE(exitOf({}), 0);
        QCOMPARE(exitOf({O::Ok, O::NothingToDo, O::RolledBack}), 0);
        QCOMPARE(exitOf({O::Ok}, true), 0); // a skipped target alone changes nothing
        QCOMPARE(exitOf({O::Locked, O::Blocked, O::CannotConnect, O::Failed, O::NeedsPerson}), 6);
        QCOMPARE(exitOf({O::Locked, O::Blocked, O::CannotConnect, O::Failed}), 5);
        QCOMPARE(exitOf({O::Locked, O::Blocked, O::CannotConnect, O::BadInput}), 1);
        QCOMPARE(exitOf({O::Locked, O::Blocked, O::CannotConnect}), 2);
        QCOMPARE(exitOf({O::Locked, O::Blocked, O::Ok}), 3);
        QCOMPARE(exitOf({O::Locked, O::NothingToDo}), 4);
        QCOMPARE(exitOf({O::NeedsPerson, O::Interrupted}, true, true), 130);
        QVERIFY(!FleetCommand::exitCodeOf(FleetTargetResult{}).has_value());
        QCOMPARE(*FleetCommand::exitCodeOf(target(O::Interrupted)), 130);
    }

    void inProcess()
    {
        QTemporaryDir dir;
        const QString v1 = TestSupport::demoDatabase(dir.path(), 100, QStringLiteral("a.db"));
        QVERIFY(!v1.isEmpty());
        QVERIFY(QFile::copy(v1, dir.filePath(QStringLiteral("b.db"))));
        const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("targets"),
                                           QJsonArray{QStringLiteral("sqlite:") + dir.path() + QStringLiteral("/*.db")}}})
                    .toJson());
        f.close();
        QString out, err;
        QTextStream o(&out), e(&err);
        const int code = Cli::run({QStringLiteral("migration-assistant"), QStringLiteral("--headless"), QStringLiteral("--fleet"),
                                   manifest, QStringLiteral("--plan"), QStringLiteral("user-integrations"),
                                   QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--json"),
                                   QStringLiteral("--parallel"), QStringLiteral("2")},
                                  {o, e});
        o.flush();
        e.flush();
        QVERIFY2(code == 0, qPrintable(out + err));
        const QJsonObject doc = QJsonDocument::fromJson(out.toUtf8()).object();
        QCOMPARE(doc.value(QLatin1String("action")).toString(), QStringLiteral("apply"));
        QCOMPARE(doc.value(QLatin1String("summary")).toObject().value(QLatin1String("ok")).toInt(), 2);
        for (const char *key : {"ok", "nothing-to-do", "blocked", "failed", "locked", "skipped"})
            QVERIFY2(doc.value(QLatin1String("summary")).toObject().contains(QLatin1String(key)), key);
        for (const QJsonValue &v : doc.value(QLatin1String("targets")).toArray())
            for (const char *key : {"target", "label", "from_version", "to_version", "result", "exit_code", "duration_ms",
                                    "backup", "message"})
                QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        QVERIFY(doc.contains(QLatin1String("duration_ms")));
    }
};

QTEST_GUILESS_MAIN(TestFleetCommand)
#include "tst_fleetcommand.moc"

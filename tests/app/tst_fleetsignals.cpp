// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// A fleet interrupted (../shared/spec/cli.md, "Fleets"): SIGINT while two targets are in the
// middle of their migration (paused at the copy-users step, MA_TEST_PAUSE_AT) stops the fleet
// from starting any other target and rolls the running ones back, byte for byte; the fleet
// exits 130 and says which targets were interrupted and which skipped. Run again, the fleet
// finishes: every database migrated exactly once.
#include "PausedRun.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <map>

namespace {

using Result = TestSupport::ProcessResult;

constexpr int kUsers = 2000;
constexpr int kTargets = 6;
const QString kHistory = QStringLiteral("migration_assistant_history");

} // namespace

class TestFleetSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void interruptedInTheMiddle_data();
    void interruptedInTheMiddle();
};

void TestFleetSignals::interruptedInTheMiddle_data()
{
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("SIGINT") << int(SIGINT);
    QTest::newRow("SIGTERM") << int(SIGTERM);
}

void TestFleetSignals::interruptedInTheMiddle()
{
    QFETCH(int, signalNumber);
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QTemporaryDir dir;
    const QProcessEnvironment env = TestSupport::isolatedEnvironment(dir.filePath(QStringLiteral("home")));
    const QString v1 = TestSupport::demoDatabase(dir.path(), kUsers, QStringLiteral("v1.source"));
    QVERIFY(!v1.isEmpty());
    QDir().mkpath(dir.filePath(QStringLiteral("fleet")));
    QStringList dbs;
    for (int i = 0; i < kTargets; ++i) {
        dbs << dir.filePath(QStringLiteral("fleet/customer-%1.db").arg(i));
        QVERIFY(QFile::copy(v1, dbs.last()));
    }
    const QByteArray sha = TestSupport::fileSha256(dbs.first());
    const QString manifest = dir.filePath(QStringLiteral("fleet.json"));
    {
        QFile f(manifest);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("{ \"targets\": [\"sqlite:%1/fleet/*.db\"] }").arg(dir.path()).toUtf8());
    }
    const QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--fleet"), manifest,
                                QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--apply"),
                                QStringLiteral("--yes"), QStringLiteral("--parallel"), QStringLiteral("2"),
                                QStringLiteral("--json")};
    PausedRun paused;
    QString why;
    QVERIFY2(paused.start(arguments, QStringLiteral("copy-users"), &why, env), qPrintable(why));
    QThread::msleep(1500); // the second worker reaches its pause too
    paused.signal(signalNumber);
    const Result r = paused.finish(60000);
    EXPECT_EXIT(r, 130);
    PARSE_JSON(doc, r);
    QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 130);
    QVERIFY(doc.value(QLatin1String("interrupted")).toBool());
    const QJsonObject summary = doc.value(QLatin1String("summary")).toObject();
    const int interrupted = summary.value(QLatin1String("interrupted")).toInt();
    const int skipped = summary.value(QLatin1String("skipped")).toInt();
    QVERIFY2(interrupted >= 1 && interrupted <= 2 && interrupted + skipped == kTargets && summary.value(QLatin1String("ok")).toInt() == 0,
             qPrintable(TestSupport::describe(r)));
    qInfo("interrupted: %d targets rolled back, %d skipped", interrupted, skipped);
    for (const QJsonValue &v : doc.value(QLatin1String("targets")).toArray()) {
        const QJsonObject t = v.toObject();
        if (t.value(QLatin1String("result")).toString() == QLatin1String("interrupted"))
            QCOMPARE(t.value(QLatin1String("exit_code")).toInt(), 130);
        else
            QVERIFY(t.value(QLatin1String("exit_code")).isNull());
    }
    // Rolled back or never started: every file as it was.
    for (const QString &db : dbs)
        QVERIFY2(TestSupport::fileSha256(db) == sha, qPrintable(db + QStringLiteral(" changed")));

    // The rerun finishes what the interrupted one began.
    const Result again = TestSupport::runBinary(arguments, 300000, env);
    EXPECT_EXIT(again, 0);
    PARSE_JSON(second, again);
    QCOMPARE(second.value(QLatin1String("summary")).toObject().value(QLatin1String("ok")).toInt(), kTargets);
    for (const QString &db : dbs)
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestFleetSignals)
#include "tst_fleetsignals.moc"

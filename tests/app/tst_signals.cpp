// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// SIGINT and SIGTERM at the moments tst_headless does not reach: with the run lock taken but
// the database not yet open, during the checks, while the backup is being copied or is copied
// but not yet named, during a rollback's verification, during a rehearsal, and while waiting
// for another run's lock. Each: exit 130, the database byte for byte as before, no backup (not
// even a partial one) and no lock file left, and the next run goes through.
// cleanupTestCase prints "RELIABILITY tst_signals: N tried, N survived (...), 0 lost".
#include "PausedRun.h"
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
using Result = TestSupport::ProcessResult;
using State = Tally::State;
constexpr int kUsers = 300;
} // namespace

class TestSignals : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_v1;
    QString m_v2;
    SecretScan m_scan;
    Tally m_tally;

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void interruptedAt_data();
    void interruptedAt();
    void interruptedWhileWaitingForTheLock();
};

void TestSignals::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
    m_v2 = m_tmp.filePath(QStringLiteral("v2.db"));
    QVERIFY(QFile::copy(m_v1, m_v2));
    EXPECT_EXIT(TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                        QStringLiteral("sqlite:") + m_v2, QStringLiteral("--apply"),
                                        QStringLiteral("--yes")},
                                       60000, m_env),
                0);
}

void TestSignals::cleanupTestCase()
{
    m_scan.scanTree(m_tmp.filePath(QStringLiteral("home")));
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_signals"))));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

void TestSignals::interruptedAt_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("moment");
    QTest::addColumn<int>("signalNumber");
    QTest::newRow("apply, SIGTERM with the lock taken") << QStringLiteral("apply") << QStringLiteral("lock") << int(SIGTERM);
    QTest::newRow("apply, SIGINT at the checks") << QStringLiteral("apply") << QStringLiteral("checks") << int(SIGINT);
    QTest::newRow("apply, SIGTERM as the backup starts") << QStringLiteral("apply") << QStringLiteral("backup")
                                                         << int(SIGTERM);
    QTest::newRow("apply, SIGINT with the backup written") << QStringLiteral("apply")
                                                           << QStringLiteral("backup-written") << int(SIGINT);
    QTest::newRow("rehearse, SIGINT at copy-users") << QStringLiteral("rehearse") << QStringLiteral("copy-users")
                                                    << int(SIGINT);
    QTest::newRow("rehearse, SIGTERM at validate") << QStringLiteral("rehearse") << QStringLiteral("validate")
                                                   << int(SIGTERM);
    QTest::newRow("rollback, SIGTERM with the lock taken") << QStringLiteral("rollback") << QStringLiteral("lock")
                                                           << int(SIGTERM);
    QTest::newRow("rollback, SIGINT at the checks") << QStringLiteral("rollback") << QStringLiteral("checks")
                                                    << int(SIGINT);
    QTest::newRow("rollback, SIGTERM with the backup written") << QStringLiteral("rollback")
                                                               << QStringLiteral("backup-written") << int(SIGTERM);
    QTest::newRow("rollback, SIGINT at verify") << QStringLiteral("rollback") << QStringLiteral("verify")
                                                << int(SIGINT);
}

void TestSignals::interruptedAt()
{
    QFETCH(QString, action);
    QFETCH(QString, moment);
    QFETCH(int, signalNumber);

    QTemporaryDir dir;
    const bool rollback = action == QLatin1String("rollback");
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(rollback ? m_v2 : m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList files = TestSupport::listing(dir.path());
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                          QStringLiteral("--") + action, QStringLiteral("--json")};
    if (!rollback)
        arguments << QStringLiteral("--yes");

    PausedRun paused;
    QString why;
    QVERIFY2(paused.start(arguments, moment, &why, m_env), qPrintable(why));
    paused.signal(signalNumber);
    const Result r = paused.finish(30000);
    m_scan.scanResult(QStringLiteral("interrupted"), r);

    QStringList problems;
    if (r.crashed || r.exitCode != 130)
        problems << QStringLiteral("expected exit 130: ") + TestSupport::describe(r);
    QString parse;
    const QJsonObject doc = TestSupport::jsonOf(r.out, &parse);
    if (!parse.isEmpty())
        problems << parse;
    else if (doc.value(QLatin1String("exit_code")).toInt() != 130)
        problems << QStringLiteral("--json says exit_code %1").arg(doc.value(QLatin1String("exit_code")).toInt());
    if (TestSupport::fileSha256(db) != sha)
        problems << QStringLiteral("the database file changed");
    if (TestSupport::listing(dir.path()) != files)
        problems << QStringLiteral("left behind: ") + TestSupport::listing(dir.path()).join(QLatin1Char(' '));
    if (problems.isEmpty()) {
        const Result next = TestSupport::runBinary(arguments.mid(0, 6) + (rollback ? QStringList{}
                                                                                   : QStringList{QStringLiteral("--yes")}),
                                                   60000, m_env);
        m_scan.scanResult(QStringLiteral("next"), next);
        if (next.crashed || next.exitCode != 0)
            problems << QStringLiteral("the next run failed: ") + TestSupport::describe(next);
    }
    const QString problem = problems.join(QLatin1Char('\n'));
    QVERIFY2(m_tally.check(problem, State::AsBefore), qPrintable(problem));
}

// A run waiting for another's lock (--wait-lock) is interrupted: it stops waiting at once,
// exits 130, and the holder carries on undisturbed.
void TestSignals::interruptedWhileWaitingForTheLock()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    const QStringList apply{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                            QStringLiteral("--apply"), QStringLiteral("--yes")};
    PausedRun holder;
    QString why;
    QVERIFY2(holder.start(apply, QStringLiteral("copy-users:4000"), &why, m_env), qPrintable(why));

    QProcess waiting;
    waiting.setProcessEnvironment(m_env);
    waiting.start(TestSupport::binary(), apply + QStringList{QStringLiteral("--wait-lock"), QStringLiteral("60")});
    QVERIFY(waiting.waitForStarted(10000));
    QByteArray out;
    const QDeadlineTimer announced(15000);
    while (!announced.hasExpired() && !out.contains("Waiting") && waiting.state() == QProcess::Running) {
        waiting.waitForReadyRead(100);
        out += waiting.readAllStandardOutput();
    }
    QElapsedTimer clock;
    clock.start();
    ::kill(pid_t(waiting.processId()), SIGINT);
    QVERIFY(waiting.waitForFinished(20000));
    Result r;
    r.out = out + waiting.readAllStandardOutput();
    r.err = waiting.readAllStandardError();
    r.exitCode = waiting.exitCode();
    r.crashed = waiting.exitStatus() == QProcess::CrashExit;
    m_scan.scanResult(QStringLiteral("waiting, interrupted"), r);

    QStringList problems;
    if (r.crashed || r.exitCode != 130)
        problems << QStringLiteral("the waiting run: expected exit 130: ") + TestSupport::describe(r);
    if (clock.elapsed() > 3000)
        problems << QStringLiteral("it took %1 ms to stop waiting").arg(clock.elapsed());
    const Result held = holder.finish(60000);
    m_scan.scanResult(QStringLiteral("holder"), held);
    if (held.crashed || held.exitCode != 0)
        problems << QStringLiteral("the holder did not finish its run: ") + TestSupport::describe(held);
    if (!TestSupport::hasTable(db, QStringLiteral("user_integrations")))
        problems << QStringLiteral("the holder's migration is not there");
    const QString problem = problems.join(QLatin1Char('\n'));
    QVERIFY2(m_tally.check(problem, State::Complete), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Never two runs at once": four assistants started together on one SQLite database, the way
// two installers and two admins might. Exactly one applies; the others exit 4 at once and name
// the holder's PID; with --wait-lock all four finish, one applies and three find nothing to do.
// PostgreSQL races are proven elsewhere (advisory locks).
// cleanupTestCase prints "RELIABILITY tst_races: N tried, N survived (...), 0 lost".
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

namespace {

using Result = TestSupport::ProcessResult;
using State = Tally::State;

const QString kHistory = QStringLiteral("migration_assistant_history");
const QStringList kMasked{QStringLiteral("user_integrations.created_at")};
constexpr int kUsers = 1000;
constexpr int kRunners = 4;

struct Racer
{
    std::unique_ptr<QProcess> process;
    QElapsedTimer clock;
    qint64 pid = 0;
    qint64 elapsedMs = 0;
    Result result;
    QJsonObject doc;
};

} // namespace

class TestRaces : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_v1;
    QString m_v2Dump;
    SecretScan m_scan;
    Tally m_tally;

    // Starts kRunners runs of --apply on db as close together as QProcess allows and waits for
    // all of them. `pauseAt` (MA_TEST_PAUSE_AT) makes the winner hold the lock a little longer.
    std::vector<Racer> race(const QString &db, const QStringList &extra, const QString &pauseAt)
    {
        QProcessEnvironment env = m_env;
        if (!pauseAt.isEmpty())
            env.insert(QStringLiteral("MA_TEST_PAUSE_AT"), pauseAt);
        std::vector<Racer> racers(kRunners);
        for (Racer &r : racers) {
            r.process = std::make_unique<QProcess>();
            r.process->setProcessEnvironment(env);
        }
        const QStringList arguments = QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                  QStringLiteral("sqlite:") + db, QStringLiteral("--apply"),
                                                  QStringLiteral("--yes"), QStringLiteral("--json")}
                                      + extra;
        for (Racer &r : racers) {
            r.clock.start();
            r.process->start(TestSupport::binary(), arguments);
        }
        for (Racer &r : racers) {
            r.process->waitForStarted(10000);
            r.pid = r.process->processId();
            r.process->closeWriteChannel();
        }
        // Read as they go, so a full pipe never holds one up; note when each one ended.
        for (int open = kRunners; open > 0;) {
            open = 0;
            for (Racer &r : racers) {
                if (r.process->state() == QProcess::NotRunning) {
                    if (r.elapsedMs == 0)
                        r.elapsedMs = qMax<qint64>(1, r.clock.elapsed());
                    continue;
                }
                ++open;
                r.process->waitForFinished(20);
                r.result.out += r.process->readAllStandardOutput();
                r.result.err += r.process->readAllStandardError();
                if (r.clock.elapsed() > 120000)
                    r.process->kill();
            }
        }
        for (Racer &r : racers) {
            r.result.out += r.process->readAllStandardOutput();
            r.result.err += r.process->readAllStandardError();
            r.result.crashed = r.process->exitStatus() == QProcess::CrashExit;
            r.result.exitCode = r.process->exitCode();
            QString problem;
            r.doc = TestSupport::jsonOf(r.result.out, &problem);
            m_scan.scanResult(QStringLiteral("racing --apply"), r.result);
        }
        return racers;
    }

    // What all races must show afterwards: migrated exactly once, nothing left behind.
    QString afterRace(const QString &label, const QString &db)
    {
        if (TestSupport::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
            return label + QStringLiteral(": integrity_check failed");
        if (TestSupport::dumpDatabase(db, {kHistory}, kMasked) != m_v2Dump)
            return label + QStringLiteral(": the database is not the reference migrated database");
        const int history = TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt();
        if (history != 1)
            return label + QStringLiteral(": %1 history rows, expected exactly 1").arg(history);
        if (QFileInfo::exists(db + QStringLiteral(".migration-lock")))
            return label + QStringLiteral(": a lock file was left behind");
        if (TestSupport::backups(QFileInfo(db).absolutePath()).size() != 1)
            return label + QStringLiteral(": %1 backups, expected the winner's one")
                               .arg(TestSupport::backups(QFileInfo(db).absolutePath()).size());
        m_scan.scanSqliteHistory(db);
        return {};
    }

    static QString summary(const std::vector<Racer> &racers)
    {
        QStringList lines;
        for (const Racer &r : racers)
            lines << QStringLiteral("pid %1, %2 ms: ").arg(r.pid).arg(r.elapsedMs) + TestSupport::describe(r.result);
        return lines.join(QStringLiteral("\n======\n"));
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void fourAtOnceOneApplies();
    void fourAtOnceUnpaced();
    void fourWaitingAllFinish();
};

void TestRaces::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
    const QString v2 = m_tmp.filePath(QStringLiteral("v2.db"));
    QVERIFY(QFile::copy(m_v1, v2));
    const Result applied = TestSupport::runBinary({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                   QStringLiteral("sqlite:") + v2, QStringLiteral("--apply"),
                                                   QStringLiteral("--yes")},
                                                  120000, m_env);
    EXPECT_EXIT(applied, 0);
    m_v2Dump = TestSupport::dumpDatabase(v2, {kHistory}, kMasked);
}

void TestRaces::cleanupTestCase()
{
    m_scan.scanTree(m_tmp.filePath(QStringLiteral("home")));
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_races"))));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

// The winner holds the lock 0.7 s longer (paused just after taking it), so the four
// always overlap however loaded the machine is: the race is for the lock itself.
void TestRaces::fourAtOnceOneApplies()
{
    for (int round = 1; round <= 10; ++round) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("customer.db"));
        QVERIFY(QFile::copy(m_v1, db));
        const auto racers = race(db, {}, QStringLiteral("lock:700"));
        const QString label = QStringLiteral("round %1").arg(round);

        QStringList problems;
        const Racer *winner = nullptr;
        for (const Racer &r : racers) {
            if (r.result.crashed)
                problems << QStringLiteral("pid %1 crashed").arg(r.pid);
            if (r.result.exitCode == 0 && r.doc.value(QLatin1String("result")).toString() == QLatin1String("ok")) {
                if (winner)
                    problems << QStringLiteral("two runs applied: pids %1 and %2").arg(winner->pid).arg(r.pid);
                winner = &r;
            }
        }
        if (!winner)
            problems << QStringLiteral("no run applied");
        for (const Racer &r : racers) {
            if (&r == winner || !winner)
                continue;
            if (r.result.exitCode != 4 || r.doc.value(QLatin1String("result")).toString() != QLatin1String("locked"))
                problems << QStringLiteral("pid %1 exited %2 (%3), expected 4 (locked)")
                                .arg(r.pid)
                                .arg(r.result.exitCode)
                                .arg(r.doc.value(QLatin1String("result")).toString());
            const qint64 holder = r.doc.value(QLatin1String("lock_holder")).toObject().value(QLatin1String("pid")).toInteger();
            const QString message = r.doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString();
            if (holder != winner->pid || !message.contains(QString::number(winner->pid)))
                problems << QStringLiteral("pid %1 names holder %2 (\"%3\"), the winner is %4")
                                .arg(r.pid)
                                .arg(holder)
                                .arg(message)
                                .arg(winner->pid);
            if (!QString::fromUtf8(r.result.err).contains(QString::number(winner->pid)))
                problems << QStringLiteral("pid %1 does not name the holder on stderr").arg(r.pid);
            // "At once": before the winner, who sat on the lock for a second, was done.
            if (r.elapsedMs >= winner->elapsedMs)
                problems << QStringLiteral("pid %1 took %2 ms to give up, the winner %3 ms")
                                .arg(r.pid)
                                .arg(r.elapsedMs)
                                .arg(winner->elapsedMs);
        }
        if (problems.isEmpty())
            problems << afterRace(label, db);
        problems.removeAll(QString());
        const QString problem = problems.isEmpty() ? QString()
                                                   : label + QStringLiteral(": ") + problems.join(QStringLiteral("; "));
        QVERIFY2(m_tally.check(problem, State::Complete), qPrintable(problem + QStringLiteral("\n") + summary(racers)));
    }
}

// No help at all: four runs of a small database started together. Whoever is late may find the
// work done; what must never happen is two applies, a failure or a crash.
void TestRaces::fourAtOnceUnpaced()
{
    for (int round = 1; round <= 3; ++round) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("customer.db"));
        QVERIFY(QFile::copy(m_v1, db));
        const auto racers = race(db, {}, QString());
        QStringList problems;
        int applied = 0;
        for (const Racer &r : racers) {
            const QString result = r.doc.value(QLatin1String("result")).toString();
            if (r.result.crashed)
                problems << QStringLiteral("pid %1 crashed").arg(r.pid);
            else if (r.result.exitCode == 0 && result == QLatin1String("ok"))
                ++applied;
            else if (!(r.result.exitCode == 4 && result == QLatin1String("locked"))
                     && !(r.result.exitCode == 0 && result == QLatin1String("nothing-to-do")))
                problems << QStringLiteral("pid %1 exited %2 (%3)").arg(r.pid).arg(r.result.exitCode).arg(result);
        }
        if (applied != 1)
            problems << QStringLiteral("%1 runs applied").arg(applied);
        if (problems.isEmpty())
            problems << afterRace(QStringLiteral("unpaced round %1").arg(round), db);
        problems.removeAll(QString());
        const QString problem = problems.join(QStringLiteral("; "));
        QVERIFY2(m_tally.check(problem, State::Complete), qPrintable(problem + QStringLiteral("\n") + summary(racers)));
    }
}

void TestRaces::fourWaitingAllFinish()
{
    for (int round = 1; round <= 3; ++round) {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("customer.db"));
        QVERIFY(QFile::copy(m_v1, db));
        const auto racers = race(db, {QStringLiteral("--wait-lock"), QStringLiteral("60")},
                                         QStringLiteral("lock:500"));
        QStringList problems;
        int applied = 0;
        int nothing = 0;
        for (const Racer &r : racers) {
            const QString result = r.doc.value(QLatin1String("result")).toString();
            if (r.result.crashed || r.result.exitCode != 0)
                problems << QStringLiteral("pid %1 exited %2 (%3)").arg(r.pid).arg(r.result.exitCode).arg(result);
            else if (result == QLatin1String("ok"))
                ++applied;
            else if (result == QLatin1String("nothing-to-do"))
                ++nothing;
            else
                problems << QStringLiteral("pid %1: result %2").arg(r.pid).arg(result);
        }
        if (applied != 1 || nothing != kRunners - 1)
            problems << QStringLiteral("%1 applied and %2 found nothing to do").arg(applied).arg(nothing);
        if (problems.isEmpty())
            problems << afterRace(QStringLiteral("--wait-lock round %1").arg(round), db);
        problems.removeAll(QString());
        const QString problem = problems.join(QStringLiteral("; "));
        QVERIFY2(m_tally.check(problem, State::Complete), qPrintable(problem + QStringLiteral("\n") + summary(racers)));
    }
}

QTEST_GUILESS_MAIN(TestRaces)
#include "tst_races.moc"

// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// "Nothing is lost" against kill -9: the REAL binary is killed at every named moment of
// --apply and --rollback (MA_TEST_PAUSE_AT, model/TestPause.h) on SQLite (rollback journal
// and WAL) and on a live PostgreSQL 15 server, and at random times across runs on a 50 000-user
// database. After each kill:
//   - SQLite: PRAGMA integrity_check is ok, and the file is byte for byte as before (SHA-256)
//     or its dump equals the reference dump of a complete run; PostgreSQL: the dump of catalog
//     and rows equals the one before or the reference after;
//   - --status works at once, and the next run succeeds without anyone deleting a lock file;
//   - no secret (password, token) shows in any output, the lock files or the history;
//   - lock files are the owner's only (0600).
// cleanupTestCase prints "RELIABILITY tst_crash: N tried, N survived (...), 0 lost".
// The random delays come from a seed printed at the start; MA_CRASH_SEED=N repeats a run.
#include "PausedRun.h"
#include "PgTestServer.h"
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {

using Result = TestSupport::ProcessResult;
using State = Tally::State;

const QString kHistory = QStringLiteral("migration_assistant_history");
const QStringList kMasked{QStringLiteral("user_integrations.created_at")}; // the time each row was written
const QString kSchema = QStringLiteral("crash \"q\" 'it''s'");
constexpr int kUsers = 300;
constexpr int kPgUsers = 200;
constexpr int kRandomUsers = 50000;
constexpr int kRandomApplyKills = 8;
constexpr int kRandomRollbackKills = 4;

const QStringList kApplyMoments{QStringLiteral("lock"),
                                QStringLiteral("checks"),
                                QStringLiteral("backup"),
                                QStringLiteral("backup-written"),
                                QStringLiteral("create-users-new"),
                                QStringLiteral("copy-users"),
                                QStringLiteral("swap-users"),
                                QStringLiteral("create-integrations"),
                                QStringLiteral("migrate-gmail"),
                                QStringLiteral("migrate-google_calendar"),
                                QStringLiteral("migrate-telegram"),
                                QStringLiteral("migrate-signal"),
                                QStringLiteral("validate"),
                                QStringLiteral("commit")};
const QStringList kRollbackMoments{QStringLiteral("lock"),          QStringLiteral("checks"),
                                   QStringLiteral("backup"),        QStringLiteral("backup-written"),
                                   QStringLiteral("drop-integrations"),
                                   QStringLiteral("restore-users"), QStringLiteral("validate"),
                                   QStringLiteral("verify"),        QStringLiteral("rollback-commit")};

// The first line where two dumps differ, for a failure message a person can act on.
QString firstDifference(const QString &expected, const QString &actual)
{
    const QStringList a = expected.split(QLatin1Char('\n'));
    const QStringList b = actual.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < qMax(a.size(), b.size()); ++i)
        if (a.value(i) != b.value(i))
            return QStringLiteral("line %1: expected \"%2\", found \"%3\"").arg(i + 1).arg(a.value(i).left(200), b.value(i).left(200));
    return QStringLiteral("(no line differs)");
}

QStringList actionArguments(bool rollback)
{
    return rollback ? QStringList{QStringLiteral("--rollback")}
                    : QStringList{QStringLiteral("--apply"), QStringLiteral("--yes")};
}

// A file's copy in dir/name, 0600 like the demo databases.
QString copyTo(const QString &from, const QString &dir, const QString &name)
{
    const QString to = dir + QLatin1Char('/') + name;
    QFile::remove(to);
    return QFile::copy(from, to) ? to : QString();
}

// Every table's row count (the history apart), one line each: a quick comparison.
QString rowCounts(const QString &db)
{
    QString out;
    for (const QString &table : TestSupport::tableNames(db))
        if (table != kHistory)
            out += QStringLiteral("%1 %2\n").arg(table,
                                                 TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM \"%1\"")
                                                                             .arg(table))
                                                     .toString());
    return out;
}

// A state a database may be in after a kill: a file in that state, and its dump (the history
// and the time rows were written apart), made the first time it is needed; 50 000 users take seconds.
struct Reference
{
    QString path;
    QString counts;
    mutable QString dump;
    const QString &dumped() const
    {
        if (dump.isEmpty())
            dump = TestSupport::dumpDatabase(path, {kHistory}, kMasked);
        return dump;
    }
};

Reference reference(const QString &path)
{
    return Reference{path, rowCounts(path), {}};
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_home;
    // SQLite: a v1 database and the same migrated by a clean run.
    QString m_v1;
    QString m_v2;
    Reference m_v1Ref;
    Reference m_v2Ref;
    // PostgreSQL: template databases crash_v1 and crash_v2 in kSchema, and their dumps.
    PgTestServer m_pg;
    QString m_passwordFile;
    QString m_pgV1Dump;
    QString m_pgV2Dump;
    int m_pgDatabases = 0;
    SecretScan m_scan;
    Tally m_tally;

    Result run(const QStringList &arguments, int timeoutMs = 120000)
    {
        const Result r = TestSupport::runBinary(arguments, timeoutMs, m_env);
        m_scan.scanResult(arguments.join(QLatin1Char(' ')), r);
        return r;
    }
    Result runOn(const QString &db, const QStringList &arguments)
    {
        return run(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}
                   + arguments);
    }
    QStringList pgArguments(const QString &database) const
    {
        return {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), m_pg.url(database, kSchema),
                QStringLiteral("--password-file"), m_passwordFile};
    }
    QString pgSql(const QString &database, const QString &script)
    {
        QString out, error;
        if (!m_pg.psql(database, script, &out, &error))
            return QStringLiteral("psql failed: ") + error;
        return out.trimmed();
    }
    int pgHistoryRows(const QString &database)
    {
        const QString table = PgTestServer::quoteIdent(kSchema) + QStringLiteral(".") + kHistory;
        const QString exists = pgSql(database, QStringLiteral("SELECT to_regclass(%1) IS NOT NULL;")
                                                   .arg(PgTestServer::quoteLiteral(table)));
        if (exists != QLatin1String("t"))
            return 0;
        return pgSql(database, QStringLiteral("SELECT count(*) FROM %1;").arg(table)).toInt();
    }
    QString newPgDatabase(const QString &templateName)
    {
        const QString name = QStringLiteral("crash_%1").arg(++m_pgDatabases);
        const QString result = pgSql(QStringLiteral("postgres"),
                                     QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3;")
                                         .arg(name, PgTestServer::quoteIdent(m_pg.user()), templateName));
        return result.startsWith(QLatin1String("psql failed")) ? QString() : name;
    }
    static int historyRows(const QString &db)
    {
        return TestSupport::hasTable(db, kHistory)
            ? TestSupport::scalar(db, QStringLiteral("SELECT count(*) FROM %1").arg(kHistory)).toInt()
            : 0;
    }
    // A half-written backup (every token of the database in it), a journal or WAL file: the
    // next run must not leave any behind. Finished backups (*.bak) are the person's to keep.
    static QString debris(const QString &dir)
    {
        QStringList found;
        for (const QString &f : TestSupport::listing(dir))
            if (f.contains(QLatin1String(".partial")) || f.endsWith(QLatin1String("-journal"))
                || f.endsWith(QLatin1String("-wal")) || f.endsWith(QLatin1String("-shm")))
                found << f;
        return found.join(QLatin1Char(' '));
    }
    // The lock file, and every file of the isolated home, are the owner's only and hold no secret.
    QString lockFileProblem(const QString &lockFile)
    {
        if (!QFileInfo::exists(lockFile))
            return QStringLiteral("no lock file %1 while the run held the lock").arg(lockFile);
        const int mode = TestSupport::fileMode(lockFile);
        if (mode != 0600)
            return QStringLiteral("the lock file %1 has mode %2, not 600").arg(lockFile).arg(mode, 0, 8);
        m_scan.scanFile(lockFile);
        return {};
    }
    QString pgLockFile() const
    {
        const QStringList locks = QDir(m_home + QStringLiteral("/run"))
                                      .entryList({QStringLiteral("migration-assistant-*.lock")}, QDir::Files);
        return locks.isEmpty() ? QString() : m_home + QStringLiteral("/run/") + locks.first();
    }

    // After a kill: what the SQLite file holds, whether --status and the next run work.
    // Returns what went wrong, or nothing; *state says which of the two allowed states it was in.
    // `thorough`: after the next run, compare whole dumps (else row counts: the 50k cases).
    QString judgeSqlite(const QString &label, const QString &db, bool rollback, const QByteArray &shaBefore,
                        const Reference &before, const Reference &after, int historyBefore, bool thorough,
                        State *state)
    {
        const QString dir = QFileInfo(db).absolutePath();
        // First what support would run after a crash: it reads, it must not need a repair.
        const Result status = runOn(db, {QStringLiteral("--status"), QStringLiteral("--json")});
        if (status.crashed || status.exitCode != 0)
            return label + QStringLiteral(": --status after the kill failed: ") + TestSupport::describe(status);

        const QString integrity = TestSupport::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString();
        if (integrity != QLatin1String("ok"))
            return label + QStringLiteral(": PRAGMA integrity_check says: ") + integrity;
        const int history = historyRows(db);
        if (TestSupport::fileSha256(db) == shaBefore) {
            *state = State::AsBefore;
            if (history != historyBefore)
                return label + QStringLiteral(": the file is as before but the history has %1 rows, not %2")
                                   .arg(history)
                                   .arg(historyBefore);
        } else {
            const QString dump = TestSupport::dumpDatabase(db, {kHistory}, kMasked);
            if (dump == after.dumped() && history == historyBefore + 1) {
                *state = State::Complete;
            } else if (dump == before.dumped()) {
                return label + QStringLiteral(": the tables are as before but the file's bytes are not");
            } else {
                return label + QStringLiteral(": the database is neither as before nor fully %1 (history rows: %2)")
                                   .arg(rollback ? QStringLiteral("rolled back") : QStringLiteral("migrated"))
                                   .arg(history);
            }
        }
        m_scan.scanSqliteHistory(db);

        // The next run, with the dead run's lock file where it was left.
        const Result next = runOn(db, actionArguments(rollback) + QStringList{QStringLiteral("--json")});
        if (next.crashed || next.exitCode != 0)
            return label + QStringLiteral(": the next run failed: ") + TestSupport::describe(next);
        QString problem;
        const QJsonObject doc = TestSupport::jsonOf(next.out, &problem);
        const QString expected = *state == State::Complete ? QStringLiteral("nothing-to-do")
                                 : rollback               ? QStringLiteral("rolled-back")
                                                          : QStringLiteral("ok");
        if (doc.value(QLatin1String("result")).toString() != expected)
            return label + QStringLiteral(": the next run's result is \"%1\", expected \"%2\"")
                               .arg(doc.value(QLatin1String("result")).toString(), expected);
        if (thorough ? TestSupport::dumpDatabase(db, {kHistory}, kMasked) != after.dumped()
                     : rowCounts(db) != after.counts)
            return label + QStringLiteral(": after the next run the database is not the reference");
        if (historyRows(db) != historyBefore + 1)
            return label + QStringLiteral(": after the next run the history has %1 rows").arg(historyRows(db));
        if (QFileInfo::exists(db + QStringLiteral(".migration-lock")))
            return label + QStringLiteral(": the next run left its lock file");
        if (!debris(dir).isEmpty())
            return label + QStringLiteral(": the next run left ") + debris(dir);
        m_scan.scanTree(dir, {db});
        return {};
    }

    QString judgePostgresql(const QString &label, const QString &database, bool rollback, const QString &dumpBefore,
                            const QString &dumpAfter, int historyBefore, State *state)
    {
        if (!m_pg.waitForNoSessions(database))
            return label + QStringLiteral(": the killed run's session never ended");
        const QString dump = m_pg.dump(database, kSchema, kMasked);
        const int history = pgHistoryRows(database);
        if (dump == dumpBefore && history == historyBefore)
            *state = State::AsBefore;
        else if (dump == dumpAfter && history == historyBefore + 1)
            *state = State::Complete;
        else
            return label + QStringLiteral(": the schema is neither as before nor fully %1 (history rows: %2)")
                               .arg(rollback ? QStringLiteral("rolled back") : QStringLiteral("migrated"))
                               .arg(history);
        const Result status = run(pgArguments(database) + QStringList{QStringLiteral("--status")});
        if (status.crashed || status.exitCode != 0)
            return label + QStringLiteral(": --status after the kill failed: ") + TestSupport::describe(status);
        const Result next = run(pgArguments(database) + actionArguments(rollback));
        if (next.crashed || next.exitCode != 0)
            return label + QStringLiteral(": the next run failed: ") + TestSupport::describe(next);
        if (const QString nextDump = m_pg.dump(database, kSchema, kMasked); nextDump != dumpAfter)
            return label + QStringLiteral(": after the next run the schema is not the reference: ")
                   + firstDifference(dumpAfter, nextDump);
        if (!pgLockFile().isEmpty())
            return label + QStringLiteral(": the next run left its lock file ") + pgLockFile();
        m_scan.scan(label + QStringLiteral(" history"),
                    pgSql(database, QStringLiteral("SELECT * FROM %1.%2;")
                                        .arg(PgTestServer::quoteIdent(kSchema), kHistory))
                        .toUtf8());
        return {};
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void sqliteKilledAtMoment_data();
    void sqliteKilledAtMoment();
    void sqliteKilledAtRandomTimes();
    void postgresqlKilledAtMoment_data();
    void postgresqlKilledAtMoment();
};

void TestCrash::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_home = m_tmp.filePath(QStringLiteral("home"));
    m_env = TestSupport::isolatedEnvironment(m_home);

    const QString templates = m_tmp.filePath(QStringLiteral("templates"));
    QVERIFY(QDir().mkpath(templates));
    m_v1 = TestSupport::demoDatabase(templates, kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
    QVERIFY(m_scan.secretCount() > 100);
    m_v2 = copyTo(m_v1, templates, QStringLiteral("v2.db"));
    EXPECT_EXIT(runOn(m_v2, actionArguments(false)), 0);
    m_v1Ref = reference(m_v1);
    m_v2Ref = reference(m_v2);
    QVERIFY(!m_v1Ref.dumped().isEmpty());
    QVERIFY(m_v1Ref.dumped() != m_v2Ref.dumped());
    for (const QString &f : TestSupport::backups(templates))
        QFile::remove(templates + QLatin1Char('/') + f);

    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    m_scan.addSecret(m_pg.password());
    m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
    {
        QFile f(m_passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(m_pg.password().toUtf8() + '\n');
    }
    QVERIFY2(m_pg.createDatabase(QStringLiteral("crash_v1"), &error), qPrintable(error));
    QVERIFY2(m_pg.loadV1(QStringLiteral("crash_v1"), kSchema, kPgUsers, &error), qPrintable(error));
    QVERIFY2(pgSql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE crash_v2 OWNER %1 TEMPLATE crash_v1;")
                                                   .arg(PgTestServer::quoteIdent(m_pg.user())))
                 .isEmpty(),
             "cannot copy crash_v1");
    EXPECT_EXIT(run(pgArguments(QStringLiteral("crash_v2")) + actionArguments(false)), 0);
    QVERIFY(m_pg.waitForNoSessions(QStringLiteral("crash_v2")));
    // The reference was planned without statistics; every copy made from here on has them, as
    // autovacuum gives them sooner or later. A plan whose ids followed the scan the planner picks
    // (issue 17: an index scan once users is analyzed) then fails every apply case, every time,
    // not only on a busy machine.
    const QString analyzed = pgSql(QStringLiteral("crash_v1"), QStringLiteral("ANALYZE;"));
    QVERIFY2(!analyzed.startsWith(QLatin1String("psql failed")), qPrintable(analyzed));
    m_pgV1Dump = m_pg.dump(QStringLiteral("crash_v1"), kSchema, kMasked);
    m_pgV2Dump = m_pg.dump(QStringLiteral("crash_v2"), kSchema, kMasked);
    QVERIFY(m_pgV1Dump.contains(QLatin1String("users: ")));
    QVERIFY(m_pgV2Dump.contains(QLatin1String("user_integrations: ")));
}

void TestCrash::cleanupTestCase()
{
    // Whatever the runs left for their user (settings, logs, lock files) holds no secret.
    m_scan.scanTree(m_home);
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_crash"))));
    qInfo("RELIABILITY tst_crash: searched %d outputs and files for %lld secrets, %lld found",
          m_scan.scanned(), qlonglong(m_scan.secretCount()), qlonglong(m_scan.leaks().size()));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

// ------------------------------------------------------------------------ named moments

void TestCrash::sqliteKilledAtMoment_data()
{
    QTest::addColumn<bool>("rollback");
    QTest::addColumn<QString>("moment");
    QTest::addColumn<bool>("wal");
    for (const QString &m : kApplyMoments)
        QTest::addRow("apply, %s", qPrintable(m)) << false << m << false;
    for (const QString &m : kRollbackMoments)
        QTest::addRow("rollback, %s", qPrintable(m)) << true << m << false;
    // A database in WAL mode: the backup goes through SQLite, the transaction into the -wal file.
    for (const QString &m : {QStringLiteral("backup-written"), QStringLiteral("copy-users"), QStringLiteral("commit")})
        QTest::addRow("WAL apply, %s", qPrintable(m)) << false << m << true;
    QTest::addRow("WAL rollback, restore-users") << true << QStringLiteral("restore-users") << true;
}

void TestCrash::sqliteKilledAtMoment()
{
    QFETCH(bool, rollback);
    QFETCH(QString, moment);
    QFETCH(bool, wal);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = copyTo(rollback ? m_v2 : m_v1, dir.path(), QStringLiteral("customer.db"));
    QVERIFY(!db.isEmpty());
    if (wal)
        QCOMPARE(TestSupport::scalar(db, QStringLiteral("PRAGMA journal_mode=WAL")).toString(), QStringLiteral("wal"));
    const QByteArray sha = TestSupport::fileSha256(db);
    const int historyBefore = historyRows(db);
    const QString lockFile = db + QStringLiteral(".migration-lock");

    PausedRun paused;
    QString why;
    QVERIFY2(paused.start(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}
                              + actionArguments(rollback),
                          moment, &why, m_env),
             qPrintable(why));
    const QString lockProblem = lockFileProblem(lockFile);
    paused.signal(SIGKILL);
    const Result killed = paused.finish(20000);
    m_scan.scanResult(QStringLiteral("killed run"), killed);
    QVERIFY2(killed.crashed, qPrintable(TestSupport::describe(killed)));
    QVERIFY2(lockProblem.isEmpty(), qPrintable(lockProblem));

    State state = State::AsBefore;
    const QString label = QString::fromLatin1(QTest::currentDataTag());
    const QString problem = judgeSqlite(label, db, rollback, sha, rollback ? m_v2Ref : m_v1Ref,
                                        rollback ? m_v1Ref : m_v2Ref, historyBefore, true, &state);
    QVERIFY2(m_tally.check(problem, state), qPrintable(problem));
    // Killed inside the transaction, before COMMIT: nothing of the run may remain.
    if (moment != QLatin1String("commit") && moment != QLatin1String("rollback-commit"))
        QVERIFY2(state == State::AsBefore, "a run killed before its COMMIT left its changes");
}

// --------------------------------------------------------------------- random moments

void TestCrash::sqliteKilledAtRandomTimes()
{
    bool fixed = false;
    const quint32 seed = qEnvironmentVariable("MA_CRASH_SEED").toUInt(&fixed);
    const quint32 used = fixed ? seed : quint32(QDateTime::currentMSecsSinceEpoch() & 0x7fffffff);
    qInfo("random kills: seed %u (MA_CRASH_SEED=%u repeats them)", used, used);
    QRandomGenerator random(used);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QElapsedTimer clock;
    clock.start();
    const QString v1 = TestSupport::demoDatabase(dir.path(), kRandomUsers, QStringLiteral("v1-50k.db"));
    QVERIFY(!v1.isEmpty());
    const QByteArray v1Sha = TestSupport::fileSha256(v1);
    const Reference v1Ref = reference(v1);
    qInfo("50k database written in %lld ms", clock.restart());

    // A clean run of each, timed: the kills fall anywhere in the first 90 % of a run (a kill after
    // the COMMIT is the named moments' and a finished run's business).
    const QString v2 = copyTo(v1, dir.path(), QStringLiteral("v2-50k.db"));
    EXPECT_EXIT(runOn(v2, actionArguments(false)), 0);
    const qint64 applyMs = clock.restart();
    const QByteArray v2Sha = TestSupport::fileSha256(v2);
    const Reference v2Ref = reference(v2);
    clock.restart();
    const QString back = copyTo(v2, dir.path(), QStringLiteral("back-50k.db"));
    EXPECT_EXIT(runOn(back, actionArguments(true)), 0);
    const qint64 rollbackMs = clock.elapsed();
    QCOMPARE(rowCounts(back), v1Ref.counts);
    QFile::remove(back);
    for (const QString &f : TestSupport::backups(dir.path()))
        QFile::remove(dir.filePath(f));
    qInfo("a clean --apply of 50 000 users takes %lld ms, a --rollback %lld ms", applyMs, rollbackMs);

    QStringList problems;
    for (int i = 0; i < kRandomApplyKills + kRandomRollbackKills; ++i) {
        const bool rollback = i >= kRandomApplyKills;
        const qint64 span = rollback ? rollbackMs : applyMs;
        const int delayMs = int(random.bounded(qMax<qint64>(2, span * 9 / 10)));
        QTemporaryDir caseDir;
        const QString db = copyTo(rollback ? v2 : v1, caseDir.path(), QStringLiteral("customer.db"));
        QVERIFY(!db.isEmpty());

        QProcess process;
        process.setProcessEnvironment(m_env);
        process.start(TestSupport::binary(), QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                         QStringLiteral("sqlite:") + db}
                                                 + actionArguments(rollback));
        QVERIFY(process.waitForStarted(10000));
        const bool finishedFirst = process.waitForFinished(delayMs);
        if (!finishedFirst) {
            ::kill(pid_t(process.processId()), SIGKILL);
            process.waitForFinished(20000);
        }
        Result killed;
        killed.out = process.readAllStandardOutput();
        killed.err = process.readAllStandardError();
        m_scan.scanResult(QStringLiteral("randomly killed run"), killed);
        if (finishedFirst && process.exitCode() != 0)
            problems << QStringLiteral("run %1 ended by itself with exit %2").arg(i).arg(process.exitCode());

        const QString label = QStringLiteral("%1 killed after %2 ms%3")
                                  .arg(rollback ? QStringLiteral("--rollback") : QStringLiteral("--apply"))
                                  .arg(delayMs)
                                  .arg(finishedFirst ? QStringLiteral(" (it had finished)") : QString());
        State state = State::AsBefore;
        const QString problem = judgeSqlite(label, db, rollback, rollback ? v2Sha : v1Sha, rollback ? v2Ref : v1Ref,
                                            rollback ? v1Ref : v2Ref, rollback ? 1 : 0, false, &state);
        if (!m_tally.check(problem, state))
            problems << problem;
        qInfo("%s: %s", qPrintable(label),
              problem.isEmpty() ? (state == State::AsBefore ? "as before" : "complete") : "LOST");
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

// ----------------------------------------------------------------------- PostgreSQL

void TestCrash::postgresqlKilledAtMoment_data()
{
    QTest::addColumn<bool>("rollback");
    QTest::addColumn<QString>("moment");
    for (const QString &m : kApplyMoments)
        if (!m.startsWith(QLatin1String("backup"))) // a server's database is not backed up by the assistant
            QTest::addRow("apply, %s", qPrintable(m)) << false << m;
    for (const QString &m : kRollbackMoments)
        if (!m.startsWith(QLatin1String("backup")))
            QTest::addRow("rollback, %s", qPrintable(m)) << true << m;
}

void TestCrash::postgresqlKilledAtMoment()
{
    QFETCH(bool, rollback);
    QFETCH(QString, moment);

    const QString database = newPgDatabase(rollback ? QStringLiteral("crash_v2") : QStringLiteral("crash_v1"));
    QVERIFY(!database.isEmpty());
    const int historyBefore = pgHistoryRows(database);
    QCOMPARE(historyBefore, rollback ? 1 : 0);

    PausedRun paused;
    QString why;
    QVERIFY2(paused.start(pgArguments(database) + actionArguments(rollback), moment, &why, m_env), qPrintable(why));
    const QString lockProblem = lockFileProblem(pgLockFile());
    paused.signal(SIGKILL);
    const Result killed = paused.finish(20000);
    m_scan.scanResult(QStringLiteral("killed run"), killed);
    QVERIFY2(killed.crashed, qPrintable(TestSupport::describe(killed)));
    QVERIFY2(lockProblem.isEmpty(), qPrintable(lockProblem));

    State state = State::AsBefore;
    const QString label = QStringLiteral("PostgreSQL ") + QString::fromLatin1(QTest::currentDataTag());
    const QString problem = judgePostgresql(label, database, rollback, rollback ? m_pgV2Dump : m_pgV1Dump,
                                            rollback ? m_pgV1Dump : m_pgV2Dump, historyBefore, &state);
    QVERIFY2(m_tally.check(problem, state), qPrintable(problem));
    if (moment != QLatin1String("commit") && moment != QLatin1String("rollback-commit"))
        QVERIFY2(state == State::AsBefore, "a run killed before its COMMIT left its changes");
    pgSql(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE %1;").arg(database));
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"

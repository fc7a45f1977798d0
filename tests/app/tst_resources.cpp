// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The machine says no: the disk fills up during the backup or during the migration, the
// database file or its folder cannot be written, another program holds the database in a
// write transaction. Each case runs the REAL binary and asserts a message a support person
// understands, the documented exit code, no crash, and the database byte for byte as before
// (then the next run, with the obstacle gone, succeeds).
//
// Tests run as root in CI, where chmod stops nobody. What works as root is used instead:
//   - disk full: RLIMIT_FSIZE on the child (prlimit, always possible), and a small tmpfs the
//     test mounts (root with CAP_SYS_ADMIN; skipped with a message where mounting is refused);
//   - read-only: chattr +i (ext4 and most disk filesystems; root with CAP_LINUX_IMMUTABLE),
//     else a read-only bind mount; not root: plain chmod. Skipped with a message when none works.
// cleanupTestCase prints "RELIABILITY tst_resources: N tried, N survived (...), 0 lost".
#include "PausedRun.h"
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sys/stat.h>
#include <unistd.h>

namespace {

using Result = TestSupport::ProcessResult;
using State = Tally::State;

constexpr int kUsers = 300;

bool runTool(const QString &program, const QStringList &arguments, QString *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForFinished(30000))
        return false;
    if (output)
        *output = QString::fromUtf8(p.readAll()).trimmed();
    return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

// Makes a file or folder read-only for everyone, root included, and undoes it on destruction.
class ReadOnly
{
public:
    explicit ReadOnly(const QString &path)
        : m_path(path)
    {
        QString out;
        if (::geteuid() != 0) {
            m_mode = TestSupport::fileMode(path);
            if (::chmod(QFile::encodeName(path).constData(), QFileInfo(path).isDir() ? 0555 : 0444) == 0)
                m_how = QStringLiteral("chmod");
        } else if (runTool(QStringLiteral("chattr"), {QStringLiteral("+i"), path}, &out)) {
            m_how = QStringLiteral("chattr +i");
        } else {
            m_why = QStringLiteral("chattr +i: ") + out;
            if (runTool(QStringLiteral("mount"), {QStringLiteral("--bind"), path, path}, &out)) {
                if (runTool(QStringLiteral("mount"),
                            {QStringLiteral("-o"), QStringLiteral("remount,bind,ro"), path}, &out))
                    m_how = QStringLiteral("read-only bind mount");
                else
                    runTool(QStringLiteral("umount"), {path});
            }
            if (m_how.isEmpty())
                m_why += QStringLiteral("; mount --bind,ro: ") + out;
        }
    }
    ~ReadOnly()
    {
        if (m_how == QLatin1String("chmod"))
            ::chmod(QFile::encodeName(m_path).constData(), mode_t(m_mode));
        else if (m_how == QLatin1String("chattr +i"))
            runTool(QStringLiteral("chattr"), {QStringLiteral("-i"), m_path});
        else if (!m_how.isEmpty())
            runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_path});
    }
    bool ok() const { return !m_how.isEmpty(); }
    QString how() const { return m_how; }
    QString why() const { return m_why; }

private:
    QString m_path;
    QString m_how;
    QString m_why;
    int m_mode = 0;
};

// A small tmpfs mounted on a fresh folder: a disk that really fills up (ENOSPC).
class SmallDisk
{
public:
    SmallDisk(const QString &folder, qint64 bytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        m_mounted = runTool(QStringLiteral("mount"),
                            {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                             QStringLiteral("size=%1,mode=0700").arg(bytes), QStringLiteral("ma-test"), folder},
                            &m_why);
    }
    ~SmallDisk()
    {
        if (m_mounted)
            runTool(QStringLiteral("umount"), {QStringLiteral("-l"), m_folder});
    }
    bool ok() const { return m_mounted; }
    QString why() const { return m_why; }
    // Writes a file until the disk is full; returns the bytes written.
    qint64 fill(const QString &name)
    {
        QFile f(m_folder + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        const QByteArray block(4096, 'x');
        qint64 written = 0;
        while (f.write(block) == block.size() && f.flush())
            written += block.size();
        return written;
    }

private:
    QString m_folder;
    QString m_why;
    bool m_mounted = false;
};

// The sqlite3 shell holding BEGIN EXCLUSIVE on a database, as another program's writer would.
class ShellWriter
{
public:
    bool begin(const QString &db, QString *why)
    {
        m_shell.setProcessChannelMode(QProcess::MergedChannels);
        m_shell.start(QStringLiteral("sqlite3"), {db});
        if (!m_shell.waitForStarted(10000)) {
            *why = QStringLiteral("the sqlite3 shell did not start (package sqlite3)");
            return false;
        }
        m_shell.write("BEGIN EXCLUSIVE;\nUPDATE users SET name = name WHERE rowid = 1;\nSELECT 'holding';\n");
        const QDeadlineTimer deadline(10000);
        QByteArray out;
        while (!deadline.hasExpired() && !out.contains("holding")) {
            m_shell.waitForReadyRead(100);
            out += m_shell.readAll();
        }
        if (!out.contains("holding")) {
            *why = QStringLiteral("the shell did not take the lock: ") + QString::fromUtf8(out);
            return false;
        }
        return true;
    }
    void end()
    {
        if (m_shell.state() == QProcess::NotRunning)
            return;
        m_shell.write("ROLLBACK;\n.quit\n");
        m_shell.closeWriteChannel();
        m_shell.waitForFinished(10000);
    }
    ~ShellWriter() { end(); }

private:
    QProcess m_shell;
};

} // namespace

class TestResources : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_v1;
    SecretScan m_scan;
    Tally m_tally;
    QStringList m_skipped;

    // Runs the binary (behind `wrapper` when given, e.g. prlimit) and scans what it printed.
    Result run(const QStringList &arguments, const QStringList &wrapper = {})
    {
        QProcess p;
        p.setProcessEnvironment(m_env);
        if (wrapper.isEmpty())
            p.start(TestSupport::binary(), arguments);
        else
            p.start(wrapper.first(), wrapper.mid(1) + QStringList{TestSupport::binary()} + arguments);
        Result r;
        if (!p.waitForStarted(10000)) {
            r.crashed = true;
            return r;
        }
        p.closeWriteChannel();
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
            r.crashed = true;
        }
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        r.crashed = r.crashed || p.exitStatus() == QProcess::CrashExit;
        r.exitCode = p.exitCode();
        m_scan.scanResult(arguments.join(QLatin1Char(' ')), r);
        return r;
    }
    static QStringList on(const QString &db, const QStringList &arguments)
    {
        return QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}
               + arguments;
    }
    static QStringList apply() { return {QStringLiteral("--apply"), QStringLiteral("--yes")}; }

    // The promise for a run the machine refused: the expected exit code, a message on stderr
    // that says what happened in words a support person knows, and nothing changed.
    QString judge(const QString &label, const Result &r, int expectedExit, const QString &mention, const QString &db,
                  const QByteArray &sha, bool readable = true)
    {
        QStringList problems;
        if (r.crashed)
            problems << QStringLiteral("the process crashed (killed by a signal) or timed out");
        else if (r.exitCode != expectedExit)
            problems << QStringLiteral("exit code %1, expected %2").arg(r.exitCode).arg(expectedExit);
        const QString err = QString::fromUtf8(r.err);
        if (!err.contains(QLatin1String("migration-assistant: ")))
            problems << QStringLiteral("no message on stderr");
        if (!mention.isEmpty() && !err.contains(QRegularExpression(mention, QRegularExpression::CaseInsensitiveOption)))
            problems << QStringLiteral("the message does not say /%1/").arg(mention);
        // SQLite's own words are details, not the message.
        static const QRegularExpression raw(QStringLiteral("^migration-assistant: .*(SQLITE_|errno|Error code|"
                                                           "QSQLITE|Unable to fetch row)"),
                                            QRegularExpression::MultilineOption);
        if (err.contains(raw))
            problems << QStringLiteral("the message is a raw driver error");
        if (readable // (not while another writer holds the database)
            && TestSupport::scalar(db, QStringLiteral("PRAGMA integrity_check")).toString() != QLatin1String("ok"))
            problems << QStringLiteral("integrity_check failed");
        if (TestSupport::fileSha256(db) != sha)
            problems << QStringLiteral("the database file changed");
        return problems.isEmpty() ? QString()
                                  : label + QStringLiteral(": ") + problems.join(QStringLiteral("; "))
                                        + QStringLiteral("\n") + TestSupport::describe(r);
    }
    // Leaves no half-written backup and no lock file behind.
    static QString noDebris(const QString &label, const QString &dir, const QStringList &allowed)
    {
        QStringList extra;
        for (const QString &f : TestSupport::listing(dir))
            if (!allowed.contains(f))
                extra << f;
        return extra.isEmpty() ? QString() : label + QStringLiteral(": left behind: ") + extra.join(QLatin1Char(' '));
    }
    void skip(const QString &what)
    {
        m_skipped << what;
        qWarning("SKIPPED: %s", qPrintable(what));
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void diskFullByFileSizeLimit_data();
    void diskFullByFileSizeLimit();
    void diskFullOnSmallDisk_data();
    void diskFullOnSmallDisk();
    void noRoomForBackupIsCheckedFirst();
    void readOnlyDatabaseFile();
    void readOnlyFolder();
    void busyInAnotherWritersTransaction();
};

void TestResources::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
}

void TestResources::cleanupTestCase()
{
    m_scan.scanTree(m_tmp.filePath(QStringLiteral("home")));
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_resources"))));
    for (const QString &s : std::as_const(m_skipped))
        qInfo("RELIABILITY tst_resources: skipped %s", qPrintable(s));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

// ------------------------------------------------------------------------- disk full

void TestResources::diskFullByFileSizeLimit_data()
{
    QTest::addColumn<bool>("rollback");
    QTest::addColumn<QString>("when");
    QTest::newRow("apply, during the backup") << false << QStringLiteral("backup");
    QTest::newRow("apply, during the migration") << false << QStringLiteral("migration");
    QTest::newRow("rollback, during the backup") << true << QStringLiteral("backup");
}

// RLIMIT_FSIZE (prlimit --fsize) caps every file the run writes: below the database's size the
// backup cannot be written; a little above it, the backup fits and the migration does not.
void TestResources::diskFullByFileSizeLimit()
{
    QFETCH(bool, rollback);
    QFETCH(QString, when);
    if (QStandardPaths::findExecutable(QStringLiteral("prlimit")).isEmpty())
        QFAIL("prlimit is missing (package util-linux)");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    if (rollback) {
        EXPECT_EXIT(run(on(db, apply())), 0);
        for (const QString &f : TestSupport::backups(dir.path()))
            QFile::remove(dir.filePath(f));
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    const qint64 size = QFileInfo(db).size();
    const qint64 limit = when == QLatin1String("backup") ? size / 2 : size + 8192;
    const QStringList filesBefore = TestSupport::listing(dir.path());

    const QStringList action = rollback ? QStringList{QStringLiteral("--rollback")} : apply();
    const Result r = run(on(db, action), {QStringLiteral("prlimit"), QStringLiteral("--fsize=%1").arg(limit),
                                          QStringLiteral("--")});
    QString problem = judge(QString::fromLatin1(QTest::currentDataTag()), r, rollback ? 6 : 5,
                            QStringLiteral("disk is full|too large|no space"), db, sha);
    if (problem.isEmpty())
        problem = noDebris(QString::fromLatin1(QTest::currentDataTag()), dir.path(), filesBefore);
    if (problem.isEmpty()) {
        const Result next = run(on(db, action));
        if (next.crashed || next.exitCode != 0)
            problem = QStringLiteral("the next run without the limit failed: ") + TestSupport::describe(next);
    }
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

void TestResources::diskFullOnSmallDisk_data()
{
    QTest::addColumn<QString>("pauseAt"); // where the disk is filled up
    QTest::newRow("during the backup") << QStringLiteral("backup");
    QTest::newRow("during the migration") << QStringLiteral("create-integrations");
}

// A real ENOSPC: the database on a small tmpfs with room for it and its backup (so the
// free-space check passes); the test fills the disk while the run waits at a moment, then
// lets it go on.
void TestResources::diskFullOnSmallDisk()
{
    QFETCH(QString, pauseAt);
    const qint64 size = QFileInfo(m_v1).size();
    SmallDisk disk(m_tmp.filePath(QStringLiteral("small-") + pauseAt), size * 3 + (1 << 20));
    if (!disk.ok()) {
        skip(QStringLiteral("disk full on a small tmpfs (%1): cannot mount one here: %2").arg(pauseAt, disk.why()));
        QSKIP("mounting a tmpfs is not allowed here; the RLIMIT_FSIZE cases still ran");
    }
    const QString folder = m_tmp.filePath(QStringLiteral("small-") + pauseAt);
    const QString db = folder + QStringLiteral("/customer.db");
    QVERIFY(QFile::copy(m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);

    PausedRun paused;
    QString why;
    QVERIFY2(paused.start(on(db, apply()), pauseAt + QStringLiteral(":3000"), &why, m_env), qPrintable(why));
    const qint64 filled = disk.fill(QStringLiteral("filler"));
    QVERIFY(filled > 0);
    const Result r = paused.finish(60000);
    m_scan.scanResult(QStringLiteral("disk full"), r);
    QFile::remove(folder + QStringLiteral("/filler"));

    const QString label = QStringLiteral("small disk, full ") + QString::fromLatin1(QTest::currentDataTag());
    QString problem = judge(label, r, 5, QStringLiteral("disk is full|no space|disk"), db, sha);
    if (problem.isEmpty())
        problem = noDebris(label, folder, {QStringLiteral("customer.db")});
    if (problem.isEmpty()) {
        const Result next = run(on(db, apply()));
        if (next.crashed || next.exitCode != 0)
            problem = QStringLiteral("the next run with room again failed: ") + TestSupport::describe(next);
    }
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

// The designed path: a disk without room for the backup is found by the checks (exit 3), before
// anything is written.
void TestResources::noRoomForBackupIsCheckedFirst()
{
    const qint64 size = QFileInfo(m_v1).size();
    const QString folder = m_tmp.filePath(QStringLiteral("tiny"));
    SmallDisk disk(folder, size + size / 2);
    if (!disk.ok()) {
        skip(QStringLiteral("no room for the backup on a small tmpfs: cannot mount one here: ") + disk.why());
        QSKIP("mounting a tmpfs is not allowed here");
    }
    const QString db = folder + QStringLiteral("/customer.db");
    QVERIFY(QFile::copy(m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);
    const Result r = run(on(db, apply() + QStringList{QStringLiteral("--json")}));
    QString problem;
    PARSE_JSON(doc, r);
    if (r.exitCode != 3 || doc.value(QLatin1String("result")).toString() != QLatin1String("blocked"))
        problem = QStringLiteral("expected exit 3 (blocked): ") + TestSupport::describe(r);
    QJsonObject freeSpace;
    for (const QJsonValue &v : doc.value(QLatin1String("checks")).toArray())
        if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("free-space"))
            freeSpace = v.toObject();
    if (problem.isEmpty() && freeSpace.value(QLatin1String("passed")).toBool(true))
        problem = QStringLiteral("the free-space check passed on a disk without room: ") + TestSupport::describe(r);
    if (problem.isEmpty() && TestSupport::fileSha256(db) != sha)
        problem = QStringLiteral("the database changed");
    if (problem.isEmpty())
        problem = noDebris(QStringLiteral("no room"), folder, {QStringLiteral("customer.db")});
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

// ------------------------------------------------------------------------- read-only

void TestResources::readOnlyDatabaseFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);
    ReadOnly readOnly(db);
    if (!readOnly.ok()) {
        skip(QStringLiteral("read-only database file: ") + readOnly.why());
        QSKIP("no way to make a file read-only for root here");
    }
    qInfo("read-only database file by %s", qPrintable(readOnly.how()));

    // Reading still works: the checks run and say what they found.
    const Result check = run(on(db, {QStringLiteral("--check"), QStringLiteral("--yes")}));
    QString problem;
    if (check.crashed || check.exitCode != 0)
        problem = QStringLiteral("--check on a read-only file: ") + TestSupport::describe(check);
    for (const QStringList &action : {apply(), QStringList{QStringLiteral("--rehearse"), QStringLiteral("--yes")}}) {
        if (!problem.isEmpty())
            break;
        const Result r = run(on(db, action));
        problem = judge(QStringLiteral("read-only file, ") + action.first(), r, 2,
                        QStringLiteral("read-only|cannot be written|not writable|readonly"), db, sha);
    }
    if (problem.isEmpty())
        problem = noDebris(QStringLiteral("read-only file"), dir.path(), {QStringLiteral("customer.db")});
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

void TestResources::readOnlyFolder()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("data"));
    QVERIFY(QDir().mkpath(folder));
    const QString db = folder + QStringLiteral("/customer.db");
    QVERIFY(QFile::copy(m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);
    ReadOnly readOnly(folder);
    if (!readOnly.ok()) {
        skip(QStringLiteral("read-only folder: ") + readOnly.why());
        QSKIP("no way to make a folder read-only for root here");
    }
    qInfo("read-only folder by %s", qPrintable(readOnly.how()));

    // The lock file cannot be created beside the database.
    const Result r = run(on(db, apply()));
    QString problem = judge(QStringLiteral("read-only folder"), r, 2, QStringLiteral("lock file.*writable"), db, sha);
    // With the lock elsewhere, the backup cannot be created (nor, later, the journal): the run
    // stops there, exit 5, nothing changed.
    if (problem.isEmpty()) {
        const Result elsewhere = run(on(db, apply() + QStringList{QStringLiteral("--lock-file"),
                                                                    dir.filePath(QStringLiteral("run.lock"))}));
        problem = judge(QStringLiteral("read-only folder, --lock-file elsewhere"), elsewhere, 5,
                        QStringLiteral("cannot create the backup"), db, sha);
    }
    if (problem.isEmpty())
        problem = noDebris(QStringLiteral("read-only folder"), folder, {QStringLiteral("customer.db")});
    if (problem.isEmpty() && QFileInfo::exists(dir.filePath(QStringLiteral("run.lock"))))
        problem = QStringLiteral("the lock file elsewhere was left behind");
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

// ------------------------------------------------------------------------------- busy

void TestResources::busyInAnotherWritersTransaction()
{
    if (QStandardPaths::findExecutable(QStringLiteral("sqlite3")).isEmpty())
        QFAIL("the sqlite3 shell is missing: packaging/install-build-deps.sh installs it");
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    const QByteArray sha = TestSupport::fileSha256(db);

    QStringList problems;
    {
        ShellWriter writer;
        QString why;
        QVERIFY2(writer.begin(db, &why), qPrintable(why));
        const Result r = run(on(db, apply()));
        problems << judge(QStringLiteral("busy, --apply"), r, 4, QStringLiteral("another program|in use|busy|locked"),
                          db, sha, false);
        const Result rehearse = run(on(db, {QStringLiteral("--rehearse"), QStringLiteral("--yes")}));
        problems << judge(QStringLiteral("busy, --rehearse"), rehearse, 4,
                          QStringLiteral("another program|in use|busy|locked"), db, sha, false);
        const Result check = run(on(db, {QStringLiteral("--check"), QStringLiteral("--yes")}));
        problems << judge(QStringLiteral("busy, --check"), check, 4,
                          QStringLiteral("another program|in use|busy|locked"), db, sha, false);
        writer.end();
    }
    problems << noDebris(QStringLiteral("busy"), dir.path(), {QStringLiteral("customer.db")});
    problems.removeAll(QString());
    // SHA was judged while the shell held its transaction; once it rolled back it is still the same.
    if (problems.isEmpty() && TestSupport::fileSha256(db) != sha)
        problems << QStringLiteral("busy: the file changed");

    // --wait-lock waits for the other writer to finish, then migrates.
    if (problems.isEmpty()) {
        ShellWriter writer;
        QString why;
        QVERIFY2(writer.begin(db, &why), qPrintable(why));
        QProcess waiting;
        waiting.setProcessEnvironment(m_env);
        waiting.start(TestSupport::binary(), on(db, apply() + QStringList{QStringLiteral("--wait-lock"),
                                                                           QStringLiteral("30")}));
        QVERIFY(waiting.waitForStarted());
        QThread::msleep(1500);
        writer.end();
        QVERIFY(waiting.waitForFinished(60000));
        Result r;
        r.out = waiting.readAllStandardOutput();
        r.err = waiting.readAllStandardError();
        r.exitCode = waiting.exitCode();
        r.crashed = waiting.exitStatus() == QProcess::CrashExit;
        m_scan.scanResult(QStringLiteral("--wait-lock behind the shell"), r);
        if (r.crashed || r.exitCode != 0)
            problems << QStringLiteral("--wait-lock behind another writer: ") + TestSupport::describe(r);
        else if (!TestSupport::hasTable(db, QStringLiteral("user_integrations")))
            problems << QStringLiteral("--wait-lock exit 0 but not migrated");
    }
    const QString problem = problems.join(QLatin1Char('\n'));
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"

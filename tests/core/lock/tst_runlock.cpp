// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// RunLock: the lock that keeps two runs apart. Acquired and released in one process, a
// holder that died (reclaimed at once), a live holder in another process (never stale,
// however old), waiting with a deadline and a cancel flag, and a folder that is not there.
#include "db/ConnectionSpec.h"
#include "lock/RunLock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <chrono>
#include <thread>

#include <sys/stat.h>
#include <sys/types.h>
#include <unistd.h>

namespace {

// A lock file as QLockFile writes it: PID, application name, host name (Qt 5.10+ adds
// the machine id and the boot id on two more lines).
bool writeLockFile(const QString &path, qint64 pid, const QString &app, const QString &host, bool withIds = false)
{
    QByteArray text = QByteArray::number(pid) + '\n' + app.toUtf8() + '\n' + host.toUtf8() + '\n';
    if (withIds)
        text += QSysInfo::machineUniqueId() + '\n' + QSysInfo::bootUniqueId() + '\n';
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(text) != text.size())
        return false;
    f.close();
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}

// The PID of a process that has certainly exited: a shell that prints its own PID.
qint64 deadPid()
{
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("echo $$")});
    if (!p.waitForFinished(10000))
        return 0;
    bool ok = false;
    const qint64 pid = p.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? pid : 0;
}

bool processExists(qint64 pid)
{
    return ::kill(pid_t(pid), 0) == 0 || errno != ESRCH;
}

int fileMode(const QString &path)
{
    struct stat st;
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}

} // namespace

class TestRunLock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void acquireAndRelease();
    void lockFileIsPrivate();
    void secondLockInTheSameProcessIsHeld();
    void releaseThenAcquireAgain();
    void destructorReleases();
    void deadHolderIsReclaimed_data();
    void deadHolderIsReclaimed();
    void liveHolderIsHeld_data();
    void liveHolderIsHeld();
    void oldLockOfALiveHolderIsNotStale();
    void lockOfAnotherHostIsNotReclaimed();
    void liveProcessOfAnotherProgramIsReclaimed();
    void waitsForTheDeadline();
    void cancelStopsTheWait();
    void alreadyCancelledReturnsAtOnce();
    void holderDyingWhileWeWait();
    void unreadableLockFileNamesTheFile();
    void missingFolderIsAnError();
    void readOnlyFolderIsAnError();
    void defaultPath();

private:
    qint64 startSleeper(); // a live child `sleep 30`; killed in cleanup()

    QTemporaryDir *m_dir = nullptr;
    QString m_path;
    QProcess *m_sleeper = nullptr;
};

void TestRunLock::init()
{
    m_dir = new QTemporaryDir;
    QVERIFY(m_dir->isValid());
    m_path = m_dir->path() + QStringLiteral("/customer.db.migration-lock");
}

void TestRunLock::cleanup()
{
    if (m_sleeper) {
        m_sleeper->kill();
        m_sleeper->waitForFinished(5000);
        delete m_sleeper;
        m_sleeper = nullptr;
    }
    QFile::setPermissions(m_dir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    delete m_dir;
    m_dir = nullptr;
}

qint64 TestRunLock::startSleeper()
{
    m_sleeper = new QProcess;
    m_sleeper->start(QStringLiteral("sleep"), {QStringLiteral("30")});
    if (!m_sleeper->waitForStarted(10000))
        return 0;
    return m_sleeper->processId();
}

void TestRunLock::acquireAndRelease()
{
    RunLock lock(m_path);
    QCOMPARE(lock.path(), m_path);
    ErrorInfo error;
    QCOMPARE(lock.acquire(0, nullptr, &error), RunLock::Result::Acquired);
    QVERIFY(!error.isError());
    QVERIFY(QFileInfo::exists(m_path));
    // QLockFile's format: our PID on the first line.
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readLine().trimmed().toLongLong(), QCoreApplication::applicationPid());
    f.close();
    lock.release();
    QVERIFY(!QFileInfo::exists(m_path));
    lock.release(); // twice is harmless
}

void TestRunLock::lockFileIsPrivate()
{
    RunLock lock(m_path);
    QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    QCOMPARE(fileMode(m_path), 0600);
}

void TestRunLock::secondLockInTheSameProcessIsHeld()
{
    RunLock first(m_path);
    QCOMPARE(first.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);

    RunLock second(m_path);
    ErrorInfo error;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(second.acquire(0, nullptr, &error), RunLock::Result::Held);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(!error.isError());

    const LockHolder holder = second.holder();
    QVERIFY(holder.isKnown());
    QCOMPARE(holder.pid, QCoreApplication::applicationPid());
    QCOMPARE(holder.host, QSysInfo::machineHostName());
    QCOMPARE(holder.application, QCoreApplication::applicationName());
    QCOMPARE(holder.lockFile, m_path);
    QVERIFY(holder.since.isValid());
    const qint64 age = holder.since.secsTo(QDateTime::currentDateTime());
    QVERIFY2(age >= -2 && age <= 60, qPrintable(holder.since.toString(Qt::ISODate)));
    QVERIFY2(holder.describe().contains(QString::number(holder.pid)), qPrintable(holder.describe()));
    QVERIFY2(holder.describe().contains(holder.host), qPrintable(holder.describe()));

    // The refused lock leaves the holder's file alone.
    QVERIFY(QFileInfo::exists(m_path));
    QCOMPARE(first.holder().pid, QCoreApplication::applicationPid());
}

void TestRunLock::releaseThenAcquireAgain()
{
    RunLock first(m_path);
    RunLock second(m_path);
    QCOMPARE(first.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    QCOMPARE(second.acquire(0, nullptr, nullptr), RunLock::Result::Held);
    first.release();
    QCOMPARE(second.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    QCOMPARE(first.acquire(0, nullptr, nullptr), RunLock::Result::Held);
    second.release();
    QCOMPARE(first.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    first.release();
    QCOMPARE(first.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
}

void TestRunLock::destructorReleases()
{
    {
        RunLock lock(m_path);
        QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    }
    QVERIFY(!QFileInfo::exists(m_path));
    RunLock again(m_path);
    QCOMPARE(again.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
}

void TestRunLock::deadHolderIsReclaimed_data()
{
    QTest::addColumn<QString>("app");
    QTest::addColumn<bool>("withIds");
    QTest::newRow("three lines") << "migration-assistant" << false;
    QTest::newRow("with machine and boot id") << "migration-assistant" << true;
    QTest::newRow("another application name") << "sh" << false;
}

void TestRunLock::deadHolderIsReclaimed()
{
    QFETCH(QString, app);
    QFETCH(bool, withIds);
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY2(!processExists(pid), "the PID must belong to no process");
    QVERIFY(writeLockFile(m_path, pid, app, QSysInfo::machineHostName(), withIds));

    RunLock lock(m_path);
    QCOMPARE(lock.holder().pid, pid); // what a person would be told before the retry
    ErrorInfo error;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(lock.acquire(0, nullptr, &error), RunLock::Result::Acquired);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(lock.holder().pid, QCoreApplication::applicationPid());
    QCOMPARE(fileMode(m_path), 0600);
}

void TestRunLock::liveHolderIsHeld_data()
{
    QTest::addColumn<bool>("withIds");
    QTest::newRow("three lines") << false;
    QTest::newRow("with machine and boot id") << true;
}

void TestRunLock::liveHolderIsHeld()
{
    QFETCH(bool, withIds);
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    // The application name is the holder's executable, as QLockFile records it.
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName(), withIds));

    RunLock lock(m_path);
    ErrorInfo error;
    QCOMPARE(lock.acquire(0, nullptr, &error), RunLock::Result::Held);
    QVERIFY(!error.isError());
    const LockHolder holder = lock.holder();
    QCOMPARE(holder.pid, pid);
    QCOMPARE(holder.host, QSysInfo::machineHostName());
    QCOMPARE(holder.application, QStringLiteral("sleep"));
    QVERIFY(QFileInfo::exists(m_path));
}

void TestRunLock::oldLockOfALiveHolderIsNotStale()
{
    // A migration may run for hours: its lock must not go stale with age.
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName()));
    {
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-3 * 3600), QFileDevice::FileModificationTime));
    }
    RunLock lock(m_path);
    QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Held);
    QCOMPARE(lock.holder().pid, pid);
    const qint64 age = lock.holder().since.secsTo(QDateTime::currentDateTime());
    QVERIFY2(age > 2 * 3600, qPrintable(QString::number(age)));
}

void TestRunLock::lockOfAnotherHostIsNotReclaimed()
{
    // A PID on another machine cannot be checked from here (a lock on a shared folder).
    const qint64 pid = deadPid();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("migration-assistant"), QStringLiteral("some-other-host")));
    RunLock lock(m_path);
    QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Held);
    QCOMPARE(lock.holder().host, QStringLiteral("some-other-host"));
    QCOMPARE(lock.holder().pid, pid);
}

void TestRunLock::liveProcessOfAnotherProgramIsReclaimed()
{
    // The PID is alive but runs another program than the one that wrote the lock: the
    // holder died and its PID was reused. QLockFile treats that as stale.
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("migration-assistant"), QSysInfo::machineHostName()));
    RunLock lock(m_path);
    QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Acquired);
    QCOMPARE(lock.holder().pid, QCoreApplication::applicationPid());
}

void TestRunLock::waitsForTheDeadline()
{
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName()));
    RunLock lock(m_path);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(lock.acquire(2, nullptr, nullptr), RunLock::Result::Held);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(elapsed >= 1900 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    QCOMPARE(lock.holder().pid, pid);
}

void TestRunLock::cancelStopsTheWait()
{
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName()));
    RunLock lock(m_path);
    std::atomic<bool> cancelled{false};
    std::thread canceller([&cancelled] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        cancelled = true;
    });
    QElapsedTimer timer;
    timer.start();
    const RunLock::Result result = lock.acquire(30, &cancelled, nullptr);
    const qint64 elapsed = timer.elapsed();
    canceller.join();
    QCOMPARE(result, RunLock::Result::Held);
    QVERIFY2(elapsed >= 250 && elapsed < 2000, qPrintable(QString::number(elapsed)));
}

void TestRunLock::alreadyCancelledReturnsAtOnce()
{
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName()));
    RunLock lock(m_path);
    const std::atomic<bool> cancelled{true};
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(lock.acquire(30, &cancelled, nullptr), RunLock::Result::Held);
    QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

    // A free lock is still taken when cancelled: cancelling only stops a wait.
    RunLock free(m_dir->path() + QStringLiteral("/other.lock"));
    QCOMPARE(free.acquire(30, &cancelled, nullptr), RunLock::Result::Acquired);
}

void TestRunLock::holderDyingWhileWeWait()
{
    const qint64 pid = startSleeper();
    QVERIFY(pid > 0);
    QVERIFY(writeLockFile(m_path, pid, QStringLiteral("sleep"), QSysInfo::machineHostName()));
    RunLock lock(m_path);
    std::thread killer([pid] {
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        ::kill(pid_t(pid), SIGKILL);
    });
    QElapsedTimer timer;
    timer.start();
    const RunLock::Result result = lock.acquire(20, nullptr, nullptr);
    const qint64 elapsed = timer.elapsed();
    killer.join();
    QCOMPARE(result, RunLock::Result::Acquired);
    QVERIFY2(elapsed >= 400 && elapsed < 5000, qPrintable(QString::number(elapsed)));
    QCOMPARE(lock.holder().pid, QCoreApplication::applicationPid());
}

void TestRunLock::unreadableLockFileNamesTheFile()
{
    // A lock file without a PID (cut short): nobody can tell whether its holder lives, so it
    // is not taken, and a person is told which file it is.
    QFile f(m_path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    RunLock lock(m_path);
    QCOMPARE(lock.acquire(0, nullptr, nullptr), RunLock::Result::Held);
    const LockHolder holder = lock.holder();
    QVERIFY(!holder.isKnown());
    QVERIFY2(holder.describe().contains(m_path), qPrintable(holder.describe()));
}

void TestRunLock::missingFolderIsAnError()
{
    const QString folder = m_dir->path() + QStringLiteral("/no/such/folder");
    RunLock lock(folder + QStringLiteral("/x.lock"));
    ErrorInfo error;
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(lock.acquire(5, nullptr, &error), RunLock::Result::Error);
    QVERIFY2(timer.elapsed() < 1000, "an error is not worth waiting for");
    QVERIFY(error.isError());
    QVERIFY2(error.message.contains(folder), qPrintable(error.message));
    QVERIFY(!QFileInfo::exists(folder));
    // Nothing held, nothing known.
    QVERIFY(!lock.holder().isKnown());
    lock.release();
}

void TestRunLock::readOnlyFolderIsAnError()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders");
    const QString folder = m_dir->path() + QStringLiteral("/readonly");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
    RunLock lock(folder + QStringLiteral("/x.lock"));
    ErrorInfo error;
    const RunLock::Result result = lock.acquire(0, nullptr, &error);
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(result, RunLock::Result::Error);
    QVERIFY2(error.message.contains(folder), qPrintable(error.message));
}

void TestRunLock::defaultPath()
{
    const ConnectionSpec sqlite = ConnectionSpec::sqlite(m_dir->path() + QStringLiteral("/customer.db"));
    QCOMPARE(RunLock::defaultPath(sqlite), m_dir->path() + QStringLiteral("/customer.db.migration-lock"));

    ErrorInfo error;
    const auto pg = ConnectionSpec::parse(QStringLiteral("postgresql://u@h/db?schema=s"), &error);
    QVERIFY2(pg, qPrintable(error.message));
    const QByteArray saved = qgetenv("XDG_RUNTIME_DIR");
    const bool had = qEnvironmentVariableIsSet("XDG_RUNTIME_DIR");
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path()));
    const QString inRuntime = RunLock::defaultPath(*pg);
    qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_dir->path() + QStringLiteral("/missing")));
    const QString inTemp = RunLock::defaultPath(*pg);
    if (had)
        qputenv("XDG_RUNTIME_DIR", saved);
    else
        qunsetenv("XDG_RUNTIME_DIR");
    QCOMPARE(inRuntime, m_dir->path() + QStringLiteral("/migration-assistant-%1.lock").arg(pg->identity()));
    QCOMPARE(inTemp, QDir::tempPath() + QStringLiteral("/migration-assistant-%1.lock").arg(pg->identity()));
}

QTEST_GUILESS_MAIN(TestRunLock)
#include "tst_runlock.moc"

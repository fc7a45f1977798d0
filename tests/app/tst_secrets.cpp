// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Secrets stay in the database: the PostgreSQL password (given each way cli.md allows) and every
// token of the demo data never show in stdout, stderr, reports, the history table, the files a
// run leaves for its user (settings, logs, lock files); and whatever holds data (backups,
// reports, lock files) is the owner's only, even under umask 000. The other reliability
// suites scan their own outputs too; this one covers what they do not.
// cleanupTestCase prints "RELIABILITY tst_secrets: ...".
#include "PausedRun.h"
#include "PgTestServer.h"
#include "RecentConnections.h"
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/stat.h>

namespace {

using Result = TestSupport::ProcessResult;
using State = Tally::State;
constexpr int kUsers = 300;
const QString kSchema = QStringLiteral("app");

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_v1;
    SecretScan m_scan;
    Tally m_tally;

    Result run(const QStringList &arguments, const QProcessEnvironment &env)
    {
        const Result r = TestSupport::runBinary(arguments, 120000, env);
        m_scan.scanResult(arguments.join(QLatin1Char(' ')), r);
        return r;
    }
    static QString modeProblem(const QString &path)
    {
        const int mode = TestSupport::fileMode(path);
        return mode == 0600 ? QString()
                            : QStringLiteral("%1 has mode %2, not 600\n").arg(path).arg(mode, 0, 8);
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void ownerOnlyUnderUmask000();
    void postgresqlPasswordNeverShown_data();
    void postgresqlPasswordNeverShown();
    void wizardSettingsHoldNoSecret();
};

void TestSecrets::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
    QVERIFY(m_scan.secretCount() > 100);
}

void TestSecrets::cleanupTestCase()
{
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_secrets"))));
    qInfo("RELIABILITY tst_secrets: searched %d outputs and files for %lld secrets, %lld found", m_scan.scanned(),
          qlonglong(m_scan.secretCount()), qlonglong(m_scan.leaks().size()));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

// An installer running with umask 000 still gets a private lock file, backup (also while it is
// being written) and reports; and none of them but the backup holds a token.
void TestSecrets::ownerOnlyUnderUmask000()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    const QProcessEnvironment env = TestSupport::isolatedEnvironment(home);
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    const QString lockFile = db + QStringLiteral(".migration-lock");
    QStringList reports;
    QString problems;

    const mode_t old = ::umask(0);
    for (const QString &action : {QStringLiteral("apply"), QStringLiteral("rollback")}) {
        const QString report = dir.filePath(action + QStringLiteral(".html"));
        const QString json = dir.filePath(action + QStringLiteral(".json"));
        reports << report << json;
        PausedRun paused;
        QString why;
        QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                              QStringLiteral("--") + action, QStringLiteral("--report"), report};
        if (action == QLatin1String("apply"))
            arguments << QStringLiteral("--yes");
        const bool started = paused.start(arguments, QStringLiteral("backup-written:1500"), &why, env);
        if (!started) {
            problems += why + QLatin1Char('\n');
            break;
        }
        problems += modeProblem(lockFile);
        const QStringList partial = QDir(dir.path()).entryList({QStringLiteral("*.partial")}, QDir::Files);
        if (partial.size() != 1)
            problems += QStringLiteral("no backup being written: %1\n").arg(TestSupport::listing(dir.path()).join(QLatin1Char(' ')));
        for (const QString &p : partial)
            problems += modeProblem(dir.filePath(p));
        const Result r = paused.finish();
        m_scan.scanResult(action, r);
        if (r.crashed || r.exitCode != 0)
            problems += TestSupport::describe(r) + QLatin1Char('\n');
        // A JSON report of the same run: written again by --status is not possible, so a second run
        // with --json --report on the action's outcome: --status writes the history report.
        const Result status = run({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db,
                                   QStringLiteral("--status"), QStringLiteral("--report"), json},
                                  env);
        if (status.exitCode != 0)
            problems += TestSupport::describe(status) + QLatin1Char('\n');
    }
    ::umask(old);

    for (const QString &report : std::as_const(reports)) {
        problems += modeProblem(report);
        m_scan.scanFile(report);
    }
    const QStringList baks = TestSupport::backups(dir.path());
    if (baks.size() != 2)
        problems += QStringLiteral("expected two backups: %1\n").arg(baks.join(QLatin1Char(' ')));
    for (const QString &bak : baks)
        problems += modeProblem(dir.filePath(bak));
    if (QFileInfo::exists(lockFile))
        problems += QStringLiteral("the lock file was left behind\n");
    m_scan.scanSqliteHistory(db);
    m_scan.scanTree(dir.path(), {db});
    QVERIFY2(m_tally.check(problems, State::Complete), qPrintable(problems));
}

void TestSecrets::postgresqlPasswordNeverShown_data()
{
    QTest::addColumn<QString>("how");
    QTest::newRow("--password-file") << QStringLiteral("file");
    QTest::newRow("PGPASSWORD") << QStringLiteral("env");
    QTest::newRow("~/.pgpass") << QStringLiteral("pgpass");
}

// Every action on a live server, with a report of each, and a wrong password too: the password
// is nowhere but where the person put it.
void TestSecrets::postgresqlPasswordNeverShown()
{
    QFETCH(QString, how);
    static PgTestServer server; // one per test binary, started on first use
    static QString startError;
    static bool started = server.start(&startError);
    QVERIFY2(started, qPrintable(startError));
    m_scan.addSecret(server.password());

    const QString database = QStringLiteral("secrets_") + how;
    QString error;
    QVERIFY2(server.createDatabase(database, &error), qPrintable(error));
    QVERIFY2(server.loadV1(database, kSchema, 100, &error), qPrintable(error));

    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    QProcessEnvironment env = TestSupport::isolatedEnvironment(home);
    env.remove(QStringLiteral("PGPASSWORD"));
    QStringList base{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), server.url(database, kSchema)};
    const QString wrong = QStringLiteral("WrongPassw0rdNotShown");
    m_scan.addSecret(wrong);
    QProcessEnvironment wrongEnv = env;
    QStringList wrongBase = base;
    if (how == QLatin1String("file")) {
        const QString file = dir.filePath(QStringLiteral("pw"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(server.password().toUtf8() + '\n');
        f.close();
        base << QStringLiteral("--password-file") << file;
        const QString wrongFile = dir.filePath(QStringLiteral("wrong"));
        QFile w(wrongFile);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(wrong.toUtf8());
        w.close();
        wrongBase << QStringLiteral("--password-file") << wrongFile;
    } else if (how == QLatin1String("env")) {
        env.insert(QStringLiteral("PGPASSWORD"), server.password());
        wrongEnv.insert(QStringLiteral("PGPASSWORD"), wrong);
    } else {
        QFile f(home + QStringLiteral("/.pgpass"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        f.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(server.port()).arg(server.user(), server.password()).toUtf8());
        f.close();
        wrongEnv.insert(QStringLiteral("PGPASSFILE"), dir.filePath(QStringLiteral("wrongpass")));
        QFile w(dir.filePath(QStringLiteral("wrongpass")));
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        w.write(QStringLiteral("127.0.0.1:%1:*:%2:%3\n").arg(server.port()).arg(server.user(), wrong).toUtf8());
    }

    QString problems;
    const QStringList actions[] = {{QStringLiteral("--check"), QStringLiteral("--yes")},
                                   {QStringLiteral("--rehearse"), QStringLiteral("--yes")},
                                   {QStringLiteral("--apply"), QStringLiteral("--yes"), QStringLiteral("--progress")},
                                   {QStringLiteral("--status")},
                                   {QStringLiteral("--rollback")}};
    int n = 0;
    for (const QStringList &action : actions) {
        for (const QString &format : {QStringLiteral("txt"), QStringLiteral("json")}) {
            const QString report = dir.filePath(QStringLiteral("report-%1.%2").arg(++n).arg(format));
            QStringList arguments = base + action + QStringList{QStringLiteral("--report"), report};
            if (format == QLatin1String("json"))
                arguments << QStringLiteral("--json");
            const Result r = run(arguments, env);
            // The first --apply does it; the second finds it done. The same for --rollback.
            if (r.crashed || r.exitCode != 0)
                problems += TestSupport::describe(r) + QLatin1Char('\n');
            m_scan.scanFile(report);
            problems += modeProblem(report);
        }
    }
    const Result refused = run(wrongBase + QStringList{QStringLiteral("--check")}, wrongEnv);
    if (refused.crashed || refused.exitCode != 2)
        problems += QStringLiteral("wrong password: ") + TestSupport::describe(refused) + QLatin1Char('\n');
    QString history;
    if (!server.psql(database, QStringLiteral("SELECT * FROM app.migration_assistant_history;"), &history, &error))
        problems += error + QLatin1Char('\n');
    if (history.count(QLatin1Char('\n')) < 2)
        problems += QStringLiteral("the history should hold the apply and the rollback\n");
    m_scan.scan(database + QStringLiteral(" history"), history.toUtf8());
    // The user's files: settings, logs, the run's lock files; not the .pgpass the person wrote.
    QFile::remove(home + QStringLiteral("/.pgpass"));
    m_scan.scanTree(home);
    QVERIFY2(m_tally.check(problems, State::Complete), qPrintable(problems));
}

// The wizard remembers recent databases in its settings file: the real wizard, offscreen, opened
// on a database and closed by SIGTERM; and a PostgreSQL connection with a password remembered
// the way the wizard does it. The settings file never holds a password or a token.
void TestSecrets::wizardSettingsHoldNoSecret()
{
    QTemporaryDir dir;
    const QString home = dir.filePath(QStringLiteral("home"));
    QProcessEnvironment env = TestSupport::isolatedEnvironment(home);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));

    QProcess wizard;
    wizard.setProcessEnvironment(env);
    wizard.start(TestSupport::binary(), {db});
    QVERIFY(wizard.waitForStarted(10000));
    QTest::qWait(3000); // it connects, runs the checks and shows sample rows (masked)
    ::kill(pid_t(wizard.processId()), SIGTERM);
    if (!wizard.waitForFinished(10000)) {
        wizard.kill();
        wizard.waitForFinished();
    }
    Result r;
    r.out = wizard.readAllStandardOutput();
    r.err = wizard.readAllStandardError();
    m_scan.scanResult(QStringLiteral("wizard"), r);

    // The wizard's settings class, as it remembers a server connection typed with a password.
    const QString password = QStringLiteral("WizardTypedPassw0rd");
    m_scan.addSecret(password);
    {
        QSettings settings(home + QStringLiteral("/.config/migration-assistant/migration-assistant.conf"),
                           QSettings::IniFormat);
        ConnectionSpec spec = *ConnectionSpec::parse(QStringLiteral("postgresql://admin@db.example:5432/crm?schema=app"),
                                                     nullptr);
        spec.password = password;
        RecentConnections(&settings).remember(spec);
    }
    int files = 0;
    for (QDirIterator it(home, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext(); it.next())
        ++files;
    m_scan.scanTree(home);
    const QString problem = files > 0 ? QString() : QStringLiteral("no settings file was written to look at");
    QVERIFY2(m_tally.check(problem, State::Complete), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"

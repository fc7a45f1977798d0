// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// Bad input, the REAL binary: every kind of flag misuse, malformed URLs and URLs that point
// nowhere, URLs carrying a password, files that are not (whole) databases, broken plans,
// rollback SQL that fails at each step, awkward schema names, databases already migrated or
// migrated by hand. Each case: a message on stderr a support person understands, the
// documented exit code (shared/spec/cli.md), no crash, nothing changed (SHA-256 of the file,
// the dump of a PostgreSQL schema), no secret printed. What tst_headless already proves
// (unknown flag, two actions, --db missing, mysql://, a password in the URL, a missing plan
// folder, a plan.json syntax error, each migration step failing on SQLite, random bytes,
// users_old by hand, a foreign database) is not repeated here.
// cleanupTestCase prints "RELIABILITY tst_badinput: N tried, N survived (...), 0 lost".
#include "PgTestServer.h"
#include "SecretScan.h"
#include "Tally.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Result = TestSupport::ProcessResult;
using State = Tally::State;

constexpr int kUsers = 300;
const QString kHistory = QStringLiteral("migration_assistant_history");
const QString kPassword = QStringLiteral("s3cr3tPassw0rd");
const QString kSchema = QStringLiteral("bad \"input\"; DROP TABLE users; --'");

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;
    QString m_v1;
    QString m_v2; // migrated by the assistant
    PgTestServer m_pg;
    QString m_passwordFile;
    int m_pgDatabases = 0;
    SecretScan m_scan;
    Tally m_tally;

    Result run(const QStringList &arguments, const QProcessEnvironment &env = {})
    {
        const Result r = TestSupport::runBinary(arguments, 60000, env.isEmpty() ? m_env : env);
        m_scan.scanResult(arguments.join(QLatin1Char(' ')), r);
        return r;
    }

    // The promise for one refused run. `mention` is a regular expression the message must match.
    QString judge(const Result &r, int expectedExit, const QString &mention)
    {
        QStringList problems;
        if (r.crashed)
            problems << QStringLiteral("crashed (killed by a signal) or timed out");
        else if (r.exitCode != expectedExit)
            problems << QStringLiteral("exit code %1, expected %2").arg(r.exitCode).arg(expectedExit);
        const QString err = QString::fromUtf8(r.err);
        if (expectedExit != 0 && !err.contains(QLatin1String("migration-assistant: ")))
            problems << QStringLiteral("no message on stderr");
        const QString all = QString::fromUtf8(r.out) + err;
        if (!mention.isEmpty() && !all.contains(QRegularExpression(mention, QRegularExpression::CaseInsensitiveOption)))
            problems << QStringLiteral("the output does not say /%1/").arg(mention);
        for (const QString &secret : {kPassword, m_pg.password()})
            if (!secret.isEmpty() && all.contains(secret))
                problems << QStringLiteral("the password was printed");
        return problems.join(QStringLiteral("; "));
    }
    QString newPgDatabase(const QString &templateName)
    {
        const QString name = QStringLiteral("bad_%1").arg(++m_pgDatabases);
        QString error;
        if (!m_pg.psql(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1 OWNER %2 TEMPLATE %3;")
                                                       .arg(name, PgTestServer::quoteIdent(m_pg.user()), templateName),
                       nullptr, &error))
            qWarning("%s", qPrintable(error));
        return name;
    }
    QStringList pg(const QString &database, const QString &schema = kSchema) const
    {
        return {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), m_pg.url(database, schema),
                QStringLiteral("--password-file"), m_passwordFile};
    }

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void misuse_data();
    void misuse();
    void databaseFiles_data();
    void databaseFiles();
    void brokenPlan_data();
    void brokenPlan();
    void brokenRollbackStep_data();
    void brokenRollbackStep();
    void postgresqlUrls_data();
    void postgresqlUrls();
    void postgresqlAwkwardSchema();
    void postgresqlBrokenStep_data();
    void postgresqlBrokenStep();
};

void TestBadInput::initTestCase()
{
    QVERIFY2(!TestSupport::binary().isEmpty(), "MA_BINARY is not set (run through ctest)");
    QVERIFY(m_tmp.isValid());
    m_env = TestSupport::isolatedEnvironment(m_tmp.filePath(QStringLiteral("home")));
    m_v1 = TestSupport::demoDatabase(m_tmp.path(), kUsers, QStringLiteral("v1.db"));
    QVERIFY(!m_v1.isEmpty());
    m_scan.addSecrets(TestSupport::demoSecrets(m_v1));
    m_scan.addSecret(kPassword);
    m_v2 = m_tmp.filePath(QStringLiteral("v2.db"));
    QVERIFY(QFile::copy(m_v1, m_v2));
    EXPECT_EXIT(run({QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + m_v2,
                     QStringLiteral("--apply"), QStringLiteral("--yes")}),
                0);

    QString error;
    QVERIFY2(m_pg.start(&error), qPrintable(error));
    m_scan.addSecret(m_pg.password());
    m_passwordFile = m_tmp.filePath(QStringLiteral("pgpass"));
    QFile f(m_passwordFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    f.write(m_pg.password().toUtf8() + '\n');
    f.close();
    QVERIFY2(m_pg.createDatabase(QStringLiteral("bad_v1"), &error), qPrintable(error));
    QVERIFY2(m_pg.loadV1(QStringLiteral("bad_v1"), kSchema, 100, &error), qPrintable(error));
}

void TestBadInput::cleanupTestCase()
{
    m_scan.scanTree(m_tmp.filePath(QStringLiteral("home")));
    qInfo("%s", qPrintable(m_tally.line(QStringLiteral("tst_badinput"))));
    QVERIFY2(m_scan.leaks().isEmpty(), qPrintable(m_scan.report()));
}

// ------------------------------------------------------------------ flags and URLs

void TestBadInput::misuse_data()
{
    QTest::addColumn<QStringList>("arguments"); // @DB@, @DIR@ are replaced
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");

    const QStringList db{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:@DB@")};
    const QString pw = kPassword;
    auto add = [](const char *name, const QStringList &arguments, int code, const QString &mention) {
        QTest::newRow(name) << arguments << code << mention;
    };
    add("--db without a value", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--check"), QStringLiteral("--db")}, 1,
        QStringLiteral("db"));
    add("--db empty", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--check"), QStringLiteral("--db"), QString()}, 1,
        QStringLiteral("no database"));
    add("--plan without a value", db + QStringList{QStringLiteral("--check"), QStringLiteral("--plan")}, 1,
        QStringLiteral("plan"));
    add("--report without a value", db + QStringList{QStringLiteral("--check"), QStringLiteral("--report")}, 1,
        QStringLiteral("report"));
    add("--report .doc", db + QStringList{QStringLiteral("--check"), QStringLiteral("--report"),
                                          QStringLiteral("@DIR@/r.doc")},
        1, QStringLiteral("report"));
    add("--wait-lock -1", db + QStringList{QStringLiteral("--apply"), QStringLiteral("--yes"),
                                           QStringLiteral("--wait-lock"), QStringLiteral("-1")},
        1, QStringLiteral("wait-lock"));
    add("--wait-lock huge", db + QStringList{QStringLiteral("--apply"), QStringLiteral("--yes"),
                                             QStringLiteral("--wait-lock"), QStringLiteral("99999999999")},
        1, QStringLiteral("wait-lock"));
    add("--operator without a value", db + QStringList{QStringLiteral("--apply"), QStringLiteral("--operator")}, 1,
        QStringLiteral("operator"));
    add("--password-file missing", db + QStringList{QStringLiteral("--check"), QStringLiteral("--password-file"),
                                                    QStringLiteral("@DIR@/nope")},
        1, QStringLiteral("password file"));
    add("--password-file empty", db + QStringList{QStringLiteral("--check"), QStringLiteral("--password-file"),
                                                  QStringLiteral("@DIR@/empty")},
        1, QStringLiteral("empty"));
    add("--apply and --rollback", db + QStringList{QStringLiteral("--apply"), QStringLiteral("--rollback")}, 1,
        QStringLiteral("exactly one action"));
    add("--status and --check", db + QStringList{QStringLiteral("--status"), QStringLiteral("--check")}, 1,
        QStringLiteral("exactly one action"));
    add("a stray argument", db + QStringList{QStringLiteral("--check"), QStringLiteral("extra.db")}, 1,
        QStringLiteral("extra\\.db"));
    add("--accept-risk on a blocker", db + QStringList{QStringLiteral("--apply"), QStringLiteral("--accept-risk"),
                                                       QStringLiteral("schema-version")},
        1, QStringLiteral("schema-version.*not a warning"));
    add("--print-sql mysql", {QStringLiteral("--print-sql"), QStringLiteral("mysql")}, 1, QStringLiteral("mysql"));
    add("--demo without a path", {QStringLiteral("--demo")}, 1, QStringLiteral("demo"));
    add("--demo --users 0", {QStringLiteral("--demo"), QStringLiteral("@DIR@/new.db"), QStringLiteral("--users"),
                             QStringLiteral("0")},
        1, QStringLiteral("users"));
    add("--headles (typo, so no headless mode) on a server",
        {QStringLiteral("--headles"), QStringLiteral("--db"), QStringLiteral("sqlite:@DB@"), QStringLiteral("--check")},
        1, QStringLiteral("headless|display|unknown option"));
    add("-x", db + QStringList{QStringLiteral("--check"), QStringLiteral("-x")}, 1, QStringLiteral("x"));
    add("sqlite: with no path", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:"),
                                 QStringLiteral("--check")},
        1, QStringLiteral("names no file"));
    add("a bare path that does not exist", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                            QStringLiteral("@DIR@/nope.db"), QStringLiteral("--check")},
        1, QStringLiteral("neither a database URL nor an existing file"));
    add("postgresql:// without a database", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                             QStringLiteral("postgresql://u@localhost"), QStringLiteral("--check")},
        1, QStringLiteral("must look like"));
    add("postgresql:// with an empty schema", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                               QStringLiteral("postgresql://u@localhost/db?schema="),
                                               QStringLiteral("--check")},
        1, QStringLiteral("schema"));
    add("postgresql:// with a bad port", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                          QStringLiteral("postgresql://u@localhost:port/db"), QStringLiteral("--check")},
        1, QStringLiteral("malformed"));
    add("postgresql:// with an unknown option", {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                                 QStringLiteral("postgresql://u@localhost/db?colour=blue"),
                                                 QStringLiteral("--check")},
        1, QStringLiteral("colour"));
    // A password in any shape of URL: refused (exit 1), never echoed.
    for (const QString &url : {QStringLiteral("postgres://u:%1@localhost/db"), QStringLiteral("postgresql://:%1@localhost/db"),
                               QStringLiteral("postgresql://u:%1@localhost:5432/db?schema=public"),
                               QStringLiteral("postgresql://u:%1@localhost:port/db"),
                               QStringLiteral("postgresql://u:%1 x@localhost/db"),
                               QStringLiteral("postgresql://u@localhost/db?password=%1"),
                               QStringLiteral("postgresql://u@localhost/db?schema=public&password=%1"),
                               QStringLiteral("sqlite://u:%1@/tmp/x.db"), QStringLiteral("mysql://u:%1@localhost/db")})
        QTest::addRow("password in %s", qPrintable(url.arg(QStringLiteral("PW"))))
            << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), url.arg(pw), QStringLiteral("--check")}
            << 1 << QString();
    QTest::addRow("password in a percent-encoded URL")
        << QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                       QStringLiteral("postgresql://u:%1%40x@localhost/db").arg(pw), QStringLiteral("--check")}
        << 1 << QStringLiteral("password");
}

void TestBadInput::misuse()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    QFile empty(dir.filePath(QStringLiteral("empty")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.close();
    for (QString &a : arguments) {
        a.replace(QLatin1String("@DB@"), db);
        a.replace(QLatin1String("@DIR@"), dir.path());
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList files = TestSupport::listing(dir.path());

    const Result r = run(arguments);
    QString problem = judge(r, exitCode, mention);
    // --json first: after an option that takes a value it would be taken as that value.
    const Result json = run(QStringList{QStringLiteral("--json")} + arguments);
    const QString jsonProblem = judge(json, exitCode, QString());
    if (!jsonProblem.isEmpty())
        problem += QStringLiteral("; with --json: ") + jsonProblem;
    if (TestSupport::fileSha256(db) != sha)
        problem += QStringLiteral("; the database changed");
    if (TestSupport::listing(dir.path()) != files)
        problem += QStringLiteral("; files appeared or vanished: ") + TestSupport::listing(dir.path()).join(QLatin1Char(' '));
    if (problem.startsWith(QLatin1String("; ")))
        problem = problem.mid(2);
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem + QLatin1Char('\n') + TestSupport::describe(r)));
}

// --------------------------------------------------------------------- database files

void TestBadInput::databaseFiles_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QStringList>("action");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    const QStringList check{QStringLiteral("--check"), QStringLiteral("--yes")};
    const QStringList apply{QStringLiteral("--apply"), QStringLiteral("--yes")};
    const QStringList rehearse{QStringLiteral("--rehearse"), QStringLiteral("--yes")};
    const QStringList rollback{QStringLiteral("--rollback")};
    const QStringList status{QStringLiteral("--status")};
    const QString damaged = QStringLiteral("not a SQLite database|damaged|malformed");
    for (const auto &[name, action] : {std::pair{"--check", check}, {"--apply", apply}, {"--status", status}}) {
        QTest::addRow("truncated to half, %s", name) << QStringLiteral("half") << action << 2 << damaged;
        QTest::addRow("only the header, %s", name) << QStringLiteral("header") << action << 2 << damaged;
        QTest::addRow("a text file, %s", name) << QStringLiteral("text") << action << 2 << damaged;
    }
    QTest::newRow("empty file, --apply") << QStringLiteral("empty") << apply << 3 << QStringLiteral("blocker");
    // Already migrated by the assistant: nothing to do, whatever the action.
    QTest::newRow("migrated, --check") << QStringLiteral("migrated") << check << 0 << QStringLiteral("already applied");
    QTest::newRow("migrated, --rehearse") << QStringLiteral("migrated") << rehearse << 0
                                          << QStringLiteral("already applied");
    // Migrated by hand (the printed SQL run in the sqlite3 shell): v2 without history.
    QTest::newRow("migrated by hand, --apply") << QStringLiteral("by-hand") << apply << 3
                                               << QStringLiteral("schema-version|v1");
    QTest::newRow("migrated by hand, --rollback") << QStringLiteral("by-hand") << rollback << 0
                                                  << QStringLiteral("not applied");
    // A hand-run migration that stopped half-way: users_new and users_old lying around.
    QTest::newRow("half a migration by hand, --apply") << QStringLiteral("half-by-hand") << apply << 3
                                                       << QStringLiteral("users_old|schema-version");
    QTest::newRow("users_old renamed by hand, no history, --apply")
        << QStringLiteral("users-old-renamed") << apply << 3 << QStringLiteral("users_old|schema-version");
}

void TestBadInput::databaseFiles()
{
    QFETCH(QString, setup);
    QFETCH(QStringList, action);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(setup == QLatin1String("migrated") ? m_v2 : m_v1, db));
    QFile file(db);
    QString error;
    if (setup == QLatin1String("half")) {
        QVERIFY(file.resize(file.size() / 2));
    } else if (setup == QLatin1String("header")) {
        QVERIFY(file.resize(100));
    } else if (setup == QLatin1String("text")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("id,email\n1,a@example.com\n2,b@example.com\n");
        file.close();
    } else if (setup == QLatin1String("empty")) {
        QVERIFY(file.resize(0));
    } else if (setup == QLatin1String("by-hand") || setup == QLatin1String("half-by-hand")) {
        const Result sql = run({QStringLiteral("--print-sql"), QStringLiteral("sqlite")});
        EXPECT_EXIT(sql, 0);
        QString script = QString::fromUtf8(sql.out);
        if (setup == QLatin1String("half-by-hand")) // up to the swap (committed): users renamed, users_new copied
            script = script.left(script.indexOf(QLatin1String("CREATE TABLE user_integrations")))
                     + QStringLiteral("\nCOMMIT;\n");
        QProcess shell;
        shell.start(QStringLiteral("sqlite3"), {db});
        QVERIFY(shell.waitForStarted());
        shell.write(script.toUtf8());
        shell.closeWriteChannel();
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    } else if (setup == QLatin1String("users-old-renamed")) {
        QVERIFY2(TestSupport::execSql(db, QStringLiteral("ALTER TABLE users RENAME TO users_old;"), &error),
                 qPrintable(error));
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList files = TestSupport::listing(dir.path());

    const Result r = run(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db}
                         + action);
    QString problem = judge(r, exitCode, mention);
    if (TestSupport::fileSha256(db) != sha)
        problem += QStringLiteral("; the database file changed");
    if (TestSupport::listing(dir.path()) != files)
        problem += QStringLiteral("; files appeared or vanished: ") + TestSupport::listing(dir.path()).join(QLatin1Char(' '));
    if (problem.startsWith(QLatin1String("; ")))
        problem = problem.mid(2);
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem + QLatin1Char('\n') + TestSupport::describe(r)));
}

// ---------------------------------------------------------------------------- plans

void TestBadInput::brokenPlan_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to"); // in plan.json; from empty: the whole file is `to`
    QTest::addColumn<QString>("mention");
    QTest::newRow("plan.json empty") << QByteArray() << QByteArray() << QStringLiteral("plan\\.json");
    QTest::newRow("plan.json a list") << QByteArray() << QByteArray("[1, 2]") << QStringLiteral("plan\\.json");
    QTest::newRow("plan.json cut short") << QByteArray() << QByteArray("{\"format\": 1, \"id\": \"x\", \"steps\": [")
                                         << QStringLiteral("plan\\.json.*line");
    QTest::newRow("plan.json binary") << QByteArray() << QByteArray("\x00\xff\xfe{\x01", 5)
                                      << QStringLiteral("plan\\.json");
    QTest::newRow("format 2") << QByteArray("\"format\": 1,") << QByteArray("\"format\": 2,")
                              << QStringLiteral("format");
    QTest::newRow("a step's SQL file missing") << QByteArray("sqlite/03_swap_users.sql")
                                               << QByteArray("sqlite/99_missing.sql")
                                               << QStringLiteral("99_missing\\.sql");
    QTest::newRow("a step's SQL file outside the plan") << QByteArray("sqlite/03_swap_users.sql")
                                                        << QByteArray("../../../../etc/hostname")
                                                        << QStringLiteral("hostname|outside|plan");
    QTest::newRow("severity unknown") << QByteArray("\"severity\": \"blocker\"")
                                      << QByteArray("\"severity\": \"fatal\"") << QStringLiteral("severity");
    QTest::newRow("id not a string") << QByteArray("\"id\": \"user-integrations\"") << QByteArray("\"id\": 7")
                                     << QStringLiteral("id");
}

void TestBadInput::brokenPlan()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, mention);

    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v1, db));
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(!plan.isEmpty());
    if (from.isEmpty()) {
        QFile f(plan + QStringLiteral("/plan.json"));
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(to);
    } else {
        QVERIFY(TestSupport::replaceInFile(plan + QStringLiteral("/plan.json"), from, to));
    }
    const QByteArray sha = TestSupport::fileSha256(db);
    QString problem;
    for (const QStringList &action : {QStringList{QStringLiteral("--check")},
                                      QStringList{QStringLiteral("--apply"), QStringLiteral("--yes")}}) {
        const Result r = run(QStringList{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
                                         QStringLiteral("sqlite:") + db, QStringLiteral("--plan"), plan}
                             + action);
        problem = judge(r, 1, mention);
        if (problem.isEmpty() && TestSupport::fileSha256(db) != sha)
            problem = QStringLiteral("the database changed");
        if (!problem.isEmpty()) {
            problem += QLatin1Char('\n') + TestSupport::describe(r);
            break;
        }
    }
    if (problem.isEmpty()) {
        const QStringList files = TestSupport::listing(dir.path());
        if (files != QStringList{QStringLiteral("customer.db"), QStringLiteral("plan")})
            problem = QStringLiteral("files appeared: ") + files.join(QLatin1Char(' '));
    }
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

void TestBadInput::brokenRollbackStep_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("rollback 01 drop-integrations") << QStringLiteral("rollback_01_drop_integrations.sql");
    QTest::newRow("rollback 02 restore-users") << QStringLiteral("rollback_02_restore_users.sql");
}

// A rollback whose SQL fails half-way: exit 6 (needs a person), the database still migrated,
// exactly as it was; once the plan is mended the rollback goes through.
void TestBadInput::brokenRollbackStep()
{
    QFETCH(QString, file);
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("customer.db"));
    QVERIFY(QFile::copy(m_v2, db));
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    QVERIFY(TestSupport::appendToFile(plan + QStringLiteral("/sqlite/") + file,
                                      "\nSELECT no_such_column FROM users;\n"));
    const QByteArray sha = TestSupport::fileSha256(db);
    const QStringList files = TestSupport::listing(dir.path());
    const QStringList on{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), QStringLiteral("sqlite:") + db};

    const Result r = run(on + QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--rollback")});
    QString problem = judge(r, 6, QStringLiteral("roll"));
    if (problem.isEmpty() && TestSupport::fileSha256(db) != sha)
        problem = QStringLiteral("the migrated database changed");
    if (problem.isEmpty() && TestSupport::listing(dir.path()) != files)
        problem = QStringLiteral("files appeared: ") + TestSupport::listing(dir.path()).join(QLatin1Char(' '));
    if (problem.isEmpty()) {
        // The plan as it was applied (the built-in one) rolls it back.
        const Result mended = run(on + QStringList{QStringLiteral("--rollback")});
        if (mended.crashed || mended.exitCode != 0)
            problem = QStringLiteral("the rollback with the built-in plan failed: ") + TestSupport::describe(mended);
    }
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem + QLatin1Char('\n') + TestSupport::describe(r)));
}

// ------------------------------------------------------------------------ PostgreSQL

void TestBadInput::postgresqlUrls_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("mention");
    QTest::newRow("nothing listens on the port") << QStringLiteral("port") << 2 << QStringLiteral("connect");
    QTest::newRow("a host that does not resolve") << QStringLiteral("host") << 2 << QStringLiteral("connect");
    QTest::newRow("no such database") << QStringLiteral("database") << 2 << QStringLiteral("no_such_db|connect");
    QTest::newRow("no such schema (quotes in its name)") << QStringLiteral("schema") << 2
                                                         << QStringLiteral("no schema");
    QTest::newRow("wrong password") << QStringLiteral("password") << 2 << QStringLiteral("password|authentication");
    QTest::newRow("no password at all") << QStringLiteral("none") << 2 << QStringLiteral("password|authentication");
}

void TestBadInput::postgresqlUrls()
{
    QFETCH(QString, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, mention);

    const QString before = m_pg.dump(QStringLiteral("bad_v1"), kSchema);
    QString url = m_pg.url(QStringLiteral("bad_v1"), kSchema);
    QString passwordFile = m_passwordFile;
    if (kind == QLatin1String("port"))
        url = QStringLiteral("postgresql://%1@127.0.0.1:%2/bad_v1?connect_timeout=3")
                  .arg(m_pg.user())
                  .arg(PgTestServer::freePort());
    else if (kind == QLatin1String("host"))
        url = QStringLiteral("postgresql://%1@no-such-host.invalid/bad_v1?connect_timeout=3").arg(m_pg.user());
    else if (kind == QLatin1String("database"))
        url = m_pg.url(QStringLiteral("no_such_db"), kSchema);
    else if (kind == QLatin1String("schema"))
        url = m_pg.url(QStringLiteral("bad_v1"), QStringLiteral("no \"such\" 'schema'"));
    QStringList arguments{QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"), url};
    if (kind == QLatin1String("password")) {
        passwordFile = m_tmp.filePath(QStringLiteral("wrong"));
        QFile f(passwordFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kPassword.toUtf8());
    }
    if (kind != QLatin1String("none"))
        arguments << QStringLiteral("--password-file") << passwordFile;
    QProcessEnvironment env = m_env;
    env.remove(QStringLiteral("PGPASSWORD"));
    QString problem;
    for (const QStringList &action : {QStringList{QStringLiteral("--check")},
                                      QStringList{QStringLiteral("--apply"), QStringLiteral("--yes")}}) {
        const Result r = run(arguments + action, env);
        problem = judge(r, exitCode, mention);
        if (!problem.isEmpty()) {
            problem += QLatin1Char('\n') + TestSupport::describe(r);
            break;
        }
    }
    if (problem.isEmpty() && m_pg.dump(QStringLiteral("bad_v1"), kSchema) != before)
        problem = QStringLiteral("the schema changed");
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem));
}

// A schema whose name carries quotes, a semicolon and a comment: everything is quoted, nothing
// is injected; apply and rollback go through and restore the schema exactly.
void TestBadInput::postgresqlAwkwardSchema()
{
    const QString database = newPgDatabase(QStringLiteral("bad_v1"));
    const QString before = m_pg.dump(database, kSchema);
    QVERIFY(before.contains(QLatin1String("users: ")));
    EXPECT_EXIT(run(pg(database) + QStringList{QStringLiteral("--apply"), QStringLiteral("--yes")}), 0);
    const QString migrated = m_pg.dump(database, kSchema);
    QVERIFY(migrated.contains(QLatin1String("user_integrations: ")));
    EXPECT_EXIT(run(pg(database) + QStringList{QStringLiteral("--rollback")}), 0);
    const QString problem = m_pg.dump(database, kSchema) == before ? QString()
                                                                   : QStringLiteral("the rollback did not restore it");
    QVERIFY2(m_tally.check(problem, State::AsBefore), qPrintable(problem));
}

void TestBadInput::postgresqlBrokenStep_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("chunked");
    for (const auto &[file, chunked] : {std::pair{"01_create_users_new.sql", false}, {"02_copy_users.sql", true},
                                        {"03_swap_users.sql", false}, {"04_create_integrations.sql", false},
                                        {"05_migrate_gmail.sql", true}, {"06_migrate_google_calendar.sql", true},
                                        {"07_migrate_telegram.sql", true}, {"08_migrate_signal.sql", true}})
        QTest::newRow(file) << QString::fromLatin1(file) << chunked;
}

// The SQL of each step in turn fails on PostgreSQL: exit 5, the schema as before.
void TestBadInput::postgresqlBrokenStep()
{
    QFETCH(QString, file);
    QFETCH(bool, chunked);
    QTemporaryDir dir;
    const QString plan = TestSupport::copyBuiltinPlan(dir.path());
    const QString path = plan + QStringLiteral("/postgresql/") + file;
    if (chunked)
        QVERIFY(TestSupport::replaceInFile(path, "SELECT id,", "SELECT no_such_id,")
                || TestSupport::replaceInFile(path, "SELECT ", "SELECT no_such_id, "));
    else
        QVERIFY(TestSupport::appendToFile(path, "\nSELECT no_such_column FROM users;\n"));
    const QString database = newPgDatabase(QStringLiteral("bad_v1"));
    const QString before = m_pg.dump(database, kSchema);
    const Result r = run(pg(database) + QStringList{QStringLiteral("--plan"), plan, QStringLiteral("--apply"),
                                                     QStringLiteral("--yes")});
    QString problem = judge(r, 5, QStringLiteral("no_such"));
    if (problem.isEmpty() && m_pg.dump(database, kSchema) != before)
        problem = QStringLiteral("the schema changed");
    QVERIFY2(m_tally.check(problem, State::Refused), qPrintable(problem + QLatin1Char('\n') + TestSupport::describe(r)));
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"

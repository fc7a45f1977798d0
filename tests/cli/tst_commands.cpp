// SPDX-FileCopyrightText: 2026 Migration Assistant Maintainers
// SPDX-License-Identifier: GPL-3.0-or-later
// The commands of cli/ run in process: Cli::run with a command line and two string streams,
// as KeePassXC tests its CLI. What they print and the exit code they return are the contract of
// shared/spec/cli.md; tests/app/tst_headless checks the same through the real binary.
#include "Cli.h"
#include "ExitCode.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

namespace {

struct Printed
{
    int exitCode = -1;
    QString out;
    QString err;
};

Printed run(const QStringList &arguments)
{
    Printed p;
    QTextStream out(&p.out);
    QTextStream err(&p.err);
    p.exitCode = Cli::run(QStringList{QStringLiteral("migration-assistant")} + arguments, {out, err});
    out.flush();
    err.flush();
    return p;
}

QStringList on(const QString &db)
{
    return {QStringLiteral("--headless"), QStringLiteral("--plan"), QStringLiteral("user-integrations"), QStringLiteral("--db"),
            QStringLiteral("sqlite:") + db};
}

QString describe(const Printed &p)
{
    return QStringLiteral("exit %1\n--- out:\n%2\n--- err:\n%3").arg(p.exitCode).arg(p.out, p.err);
}

const QString kWarnings = QStringLiteral("incomplete-oauth-gmail,incomplete-oauth-google_calendar");

} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void badUsage_data();
    void badUsage();
    void badUsageWithJson();
    void helpListsEveryReportFormat();
    void version();
    void checkStopsOnWarnings();
    void checkJsonDocument();
    void acceptedWarningsPass();
    void statusNamesAcceptedRisksInWords();
    void demoAndItsUsers();
    void printSql();
    void exitCodeForEveryOutcome();

private:
    QTemporaryDir m_dir;
    QString m_db; // a v1 demo database nobody changes
};

void TestCommands::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestSupport::demoDatabase(m_dir.path(), 300);
    QVERIFY(!m_db.isEmpty());
}

void TestCommands::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList db = {QStringLiteral("--headless"), QStringLiteral("--db"), QStringLiteral("sqlite:/nonexistent.db")};
    QTest::newRow("unknown flag") << QStringList{QStringLiteral("--headless"), QStringLiteral("--frobnicate")}
                                  << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("no action") << db << QStringLiteral("Give exactly one action");
    QTest::newRow("two actions") << db + QStringList{QStringLiteral("--check"), QStringLiteral("--apply")}
                                 << QStringLiteral("Give exactly one action");
    QTest::newRow("no --db") << QStringList{QStringLiteral("--headless"), QStringLiteral("--check")}
                             << QStringLiteral("--db URL is required.");
    QTest::newRow("without --headless") << QStringList{QStringLiteral("--check")}
                                        << QStringLiteral("These options need --headless.");
    QTest::newRow("a positional argument") << QStringList{QStringLiteral("--headless"), QStringLiteral("x.db")}
                                           << QStringLiteral("Unexpected argument \"x.db\"");
    QTest::newRow("--wait-lock -1") << db + QStringList{QStringLiteral("--check"), QStringLiteral("--wait-lock"), QStringLiteral("-1")}
                                    << QStringLiteral("--wait-lock takes a number of seconds");
    QTest::newRow("--batch-size 0") << db + QStringList{QStringLiteral("--check"), QStringLiteral("--batch-size"), QStringLiteral("0")}
                                    << QStringLiteral("--batch-size takes a whole number");
    QTest::newRow("--report .doc") << db + QStringList{QStringLiteral("--check"), QStringLiteral("--report"), QStringLiteral("r.doc")}
                                   << QStringLiteral("--report: use a file name ending in .json");
    QTest::newRow("--password-file missing")
        << db + QStringList{QStringLiteral("--check"), QStringLiteral("--password-file"), QStringLiteral("/nonexistent/pw")}
        << QStringLiteral("Cannot read the password file /nonexistent/pw");
    QTest::newRow("--users without --demo") << QStringList{QStringLiteral("--users"), QStringLiteral("5")}
                                            << QStringLiteral("--users goes with --demo.");
    QTest::newRow("--print-sql unknown driver") << QStringList{QStringLiteral("--print-sql"), QStringLiteral("oracle")}
                                                << QStringLiteral("has no SQL for \"oracle\"");
}

void TestCommands::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Printed p = run(arguments);
    QVERIFY2(p.exitCode == int(ExitCode::BadInput), qPrintable(describe(p)));
    QVERIFY2(p.err.startsWith(QLatin1String("migration-assistant: ")), qPrintable(describe(p)));
    QVERIFY2(p.err.contains(message), qPrintable(describe(p)));
    QVERIFY2(p.err.contains(QLatin1String("Try 'migration-assistant --help' for the options.")), qPrintable(describe(p)));
    QVERIFY2(p.out.isEmpty(), qPrintable(describe(p)));
}

void TestCommands::badUsageWithJson()
{
    const Printed p = run({QStringLiteral("--headless"), QStringLiteral("--check"), QStringLiteral("--json")});
    QCOMPARE(p.exitCode, 1);
    const QJsonObject doc = QJsonDocument::fromJson(p.out.toUtf8()).object();
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("failed"));
    QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 1);
    QCOMPARE(doc.value(QLatin1String("error")).toObject().value(QLatin1String("message")).toString(),
             QStringLiteral("--db URL is required."));
    QVERIFY(p.err.contains(QLatin1String("--db URL is required.")));
}

void TestCommands::helpListsEveryReportFormat()
{
    const Printed p = run({QStringLiteral("--help")});
    QCOMPARE(p.exitCode, 0);
    QVERIFY(p.err.isEmpty());
    const qsizetype report = p.out.indexOf(QLatin1String("--report <FILE>"));
    QVERIFY2(report >= 0, qPrintable(p.out));
    // The description may wrap: up to the next option.
    const QString line = p.out.mid(report, p.out.indexOf(QLatin1String("\n  -"), report) - report);
    for (const char *format : {".json", ".html", ".txt", ".pdf"})
        QVERIFY2(line.contains(QLatin1String(format)), qPrintable(line));
    for (const char *flag : {"--check", "--rehearse", "--apply", "--rollback", "--status", "--demo", "--print-sql",
                             "--db", "--plan", "--password-file", "--key-file", "--accept-risk", "--json", "--progress"})
        QVERIFY2(p.out.contains(QLatin1String(flag)), flag);
    QVERIFY(p.out.contains(QLatin1String("\nExit codes: 0 done or nothing to do")));
}

void TestCommands::version()
{
    const Printed p = run({QStringLiteral("--version")});
    QCOMPARE(p.exitCode, 0);
    QCOMPARE(p.out, QStringLiteral("migration-assistant " MA_VERSION "\n"));
}

void TestCommands::checkStopsOnWarnings()
{
    const QByteArray sha = TestSupport::fileSha256(m_db);
    const Printed p = run(on(m_db) + QStringList{QStringLiteral("--check")});
    QVERIFY2(p.exitCode == int(ExitCode::ChecksStopped), qPrintable(describe(p)));
    QVERIFY2(p.out.contains(QLatin1String("\nChecks:\n")), qPrintable(describe(p)));
    QVERIFY2(p.out.contains(QLatin1String("incomplete-oauth-gmail")), qPrintable(describe(p)));
    QVERIFY2(p.out.contains(QLatin1String("Result: blocked (exit code 3)")), qPrintable(describe(p)));
    // stderr says why, and how to go on.
    QVERIFY2(p.err.contains(QLatin1String("run again with --yes or --accept-risk incomplete-oauth-gmail")),
             qPrintable(describe(p)));
    QCOMPARE(TestSupport::fileSha256(m_db), sha);
}

void TestCommands::checkJsonDocument()
{
    const Printed p = run(on(m_db) + QStringList{QStringLiteral("--check"), QStringLiteral("--json")});
    QCOMPARE(p.exitCode, 3);
    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(p.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(p.out));
    for (const char *key : {"plan", "action", "database", "checks", "blockers", "warnings", "result", "duration_ms"})
        QVERIFY2(doc.contains(QLatin1String(key)), key);
    QCOMPARE(doc.value(QLatin1String("plan")).toString(), QStringLiteral("user-integrations"));
    QCOMPARE(doc.value(QLatin1String("action")).toString(), QStringLiteral("check"));
    QCOMPARE(doc.value(QLatin1String("database")).toString(), QStringLiteral("sqlite:") + m_db);
    QCOMPARE(doc.value(QLatin1String("result")).toString(), QStringLiteral("blocked"));
    QCOMPARE(doc.value(QLatin1String("exit_code")).toInt(), 3);
    QCOMPARE(doc.value(QLatin1String("blockers")).toInt(), 0);
    QVERIFY(doc.value(QLatin1String("warnings")).toInt() >= 2);
    const QJsonArray checks = doc.value(QLatin1String("checks")).toArray();
    QVERIFY(!checks.isEmpty());
    for (const QJsonValue &v : checks) {
        const QJsonObject c = v.toObject();
        for (const char *key : {"id", "severity", "passed", "value", "message"})
            QVERIFY2(c.contains(QLatin1String(key)), key);
        QVERIFY(QStringList({QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("blocker")})
                    .contains(c.value(QLatin1String("severity")).toString()));
    }
    // What programs read is all on stdout; nothing is logged into it.
    QVERIFY2(!p.out.contains(QLatin1String("Checks:")), qPrintable(p.out));
}

void TestCommands::acceptedWarningsPass()
{
    const Printed p = run(on(m_db) + QStringList{QStringLiteral("--check"), QStringLiteral("--accept-risk"), kWarnings});
    QVERIFY2(p.exitCode == 0, qPrintable(describe(p)));
    QVERIFY2(p.out.contains(QLatin1String("Result: ok (exit code 0)")), qPrintable(describe(p)));
    QVERIFY2(p.err.isEmpty(), qPrintable(describe(p)));
}

void TestCommands::statusNamesAcceptedRisksInWords()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = TestSupport::demoDatabase(dir.path(), 300);
    QVERIFY(!db.isEmpty());
    const Printed apply = run(on(db) + QStringList{QStringLiteral("--apply"), QStringLiteral("--accept-risk"), kWarnings,
                                                   QStringLiteral("--operator"), QStringLiteral("alice")});
    QVERIFY2(apply.exitCode == 0, qPrintable(describe(apply)));

    const Printed status = run(on(db) + QStringList{QStringLiteral("--status")});
    QVERIFY2(status.exitCode == 0, qPrintable(describe(status)));
    QVERIFY2(status.out.contains(QLatin1String("\nHistory:\n")), qPrintable(describe(status)));
    const qsizetype risks = status.out.indexOf(QLatin1String("accepted risks: "));
    QVERIFY2(risks >= 0, qPrintable(describe(status)));
    const QString line = status.out.mid(risks, status.out.indexOf(QLatin1Char('\n'), risks) - risks);
    QVERIFY2(line.contains(QRegularExpression(QStringLiteral("incomplete-oauth-gmail \\([0-9,]+, accepted by alice\\)"))),
             qPrintable(line));
    QVERIFY2(line.contains(QLatin1String("incomplete-oauth-google_calendar (")), qPrintable(line));
    // In words, not the history's raw JSON.
    QVERIFY2(!status.out.contains(QLatin1String("accepted_by")) && !status.out.contains(QLatin1String("[{")),
             qPrintable(status.out));

    // --json keeps the history's fields for programs.
    const Printed json = run(on(db) + QStringList{QStringLiteral("--status"), QStringLiteral("--json")});
    QCOMPARE(json.exitCode, 0);
    const QJsonArray history =
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(QLatin1String("history")).toArray();
    QCOMPARE(history.size(), 1);
    const QJsonArray accepted = history.at(0).toObject().value(QLatin1String("accepted_risks")).toArray();
    QCOMPARE(accepted.size(), 2);
    QCOMPARE(accepted.at(0).toObject().value(QLatin1String("accepted_by")).toString(), QStringLiteral("alice"));
}

void TestCommands::demoAndItsUsers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("d.db"));
    const Printed p = run({QStringLiteral("--demo"), path, QStringLiteral("--users"), QStringLiteral("20")});
    QVERIFY2(p.exitCode == 0, qPrintable(describe(p)));
    QCOMPARE(p.out, QStringLiteral("Wrote a v1 demo database with 20 users: %1\n").arg(path));
    QCOMPARE(TestSupport::scalar(path, QStringLiteral("SELECT count(*) FROM users")).toInt(), 20);

    const Printed again = run({QStringLiteral("--demo"), path});
    QCOMPARE(again.exitCode, 1); // never over an existing file
    const Printed zero = run({QStringLiteral("--demo"), dir.filePath(QStringLiteral("e.db")), QStringLiteral("--users"),
                              QStringLiteral("0")});
    QCOMPARE(zero.exitCode, 1);
    QVERIFY(zero.err.contains(QLatin1String("--users takes a whole number from 1 to 50000000.")));
}

void TestCommands::printSql()
{
    const Printed migration = run({QStringLiteral("--print-sql"), QStringLiteral("sqlite")});
    QVERIFY2(migration.exitCode == 0, qPrintable(describe(migration)));
    QVERIFY2(migration.out.contains(QLatin1String("user_integrations")), qPrintable(migration.out));
    const Printed rollback = run({QStringLiteral("--print-sql"), QStringLiteral("sqlite"), QStringLiteral("--rollback")});
    QCOMPARE(rollback.exitCode, 0);
    QVERIFY(!rollback.out.isEmpty());
    QVERIFY(rollback.out != migration.out);
}

void TestCommands::exitCodeForEveryOutcome()
{
    QCOMPARE(int(exitCodeFor(RunOutcome::Ok)), 0);
    QCOMPARE(int(exitCodeFor(RunOutcome::NothingToDo)), 0);
    QCOMPARE(int(exitCodeFor(RunOutcome::RolledBack)), 0);
    QCOMPARE(int(exitCodeFor(RunOutcome::BadInput)), 1);
    QCOMPARE(int(exitCodeFor(RunOutcome::CannotConnect)), 2);
    QCOMPARE(int(exitCodeFor(RunOutcome::Blocked)), 3);
    QCOMPARE(int(exitCodeFor(RunOutcome::Locked)), 4);
    QCOMPARE(int(exitCodeFor(RunOutcome::Failed)), 5);
    QCOMPARE(int(exitCodeFor(RunOutcome::NeedsPerson)), 6);
    QCOMPARE(int(exitCodeFor(RunOutcome::Interrupted)), 130);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
